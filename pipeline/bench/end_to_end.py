"""End to end through real workers: bursts timed until searchable, and latency at a steady rate.

A burst is produced to `wire.raw` with kafka-python as fast as it will go;
its time runs from the first send until Elasticsearch counts every document
the burst adds (originals and redistributions; a version replaces its
story's document). Counting goes through search, so a document counts once a
refresh has made it searchable, as it does for the newsroom. A burst whose
count stops growing for `STALL_SECONDS` ends as incomplete, with the count
it reached (a dead-lettered story, a stopped worker).

At a steady rate, a thread produces on schedule while this one polls
Elasticsearch for the documents sent and not yet seen; a story's latency is
the time from its send to the first poll that finds it, within a poll's
interval.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch
from kafka import KafkaProducer

from pipeline.bench.cpu import CpuMeter
from pipeline.bench.speed_probe import probe_ms
from pipeline.bench.stories import Story

POLL_SECONDS = 0.25
PROGRESS_SECONDS = 5.0
STALL_SECONDS = 120.0
SEARCH_IDS = 5000  # ids asked for in one search, under the index's result window

Say = Callable[[str], None]


@dataclass(frozen=True)
class Feed:
    """Where stories go in (a producer on `wire.raw`) and come out searchable (the alias)."""

    es: Elasticsearch
    producer: KafkaProducer
    topic: str
    alias: str
    workers: Sequence[int] = ()  # pids of the worker processes, whose CPU a burst reports
    servers: Mapping[str, int] = field(default_factory=dict)  # the local servers' pids by name

    def send(self, story: Story) -> None:
        self.producer.send(self.topic, key=story.key.encode(), value=story.payload)

    def searchable(self) -> int:
        return int(self.es.count(index=self.alias)["count"])

    def wait_searchable(self, expected: int, say: Say, label: str) -> tuple[int, float]:
        """(documents searchable, monotonic time) once `expected` are, or once the count stalls."""
        last, changed, shown = -1, time.monotonic(), time.monotonic()
        while True:
            count, now = self.searchable(), time.monotonic()
            if count >= expected:
                return count, now
            if count != last:
                last, changed = count, now
            elif now - changed > STALL_SECONDS:
                say(f"{label}: stalled at {count}/{expected} documents")
                return count, now
            if now - shown >= PROGRESS_SECONDS:
                say(f"{label}: {count}/{expected} documents searchable")
                shown = now
            time.sleep(POLL_SECONDS)

    def burst(self, stories: Sequence[Story], say: Say, label: str) -> dict[str, Any]:
        """Produce `stories` at once and time them until searchable; the machine's speed
        is probed just before and just after (the workers are idle then)."""
        probe_before = probe_ms()
        already = self.searchable()
        adds = sum(story.adds_document for story in stories)
        meter = CpuMeter.start(self.workers, self.servers)
        started = time.monotonic()
        for story in stories:
            self.send(story)
        self.producer.flush()
        produced = time.monotonic() - started
        say(f"{label}: {len(stories)} stories produced in {produced:.1f}s")
        count, finished = self.wait_searchable(already + adds, say, label)
        seconds = finished - started
        probes = [probe_before, probe_ms()]
        return {
            "stories": len(stories),
            "documents": adds,
            "complete": count >= already + adds,
            "searchable": count - already,
            "produce_seconds": round(produced, 3),
            "seconds": round(seconds, 3),
            "per_second": round(len(stories) / seconds, 1),
            "cpu": meter.report(len(stories)),
            "speed_probe_ms": probes,
        }

    def seen_now(self, doc_ids: Sequence[str]) -> list[str]:
        """Which of `doc_ids` a search finds now."""
        found: list[str] = []
        for first in range(0, len(doc_ids), SEARCH_IDS):
            chunk = list(doc_ids[first : first + SEARCH_IDS])
            hits = self.es.search(
                index=self.alias, query={"ids": {"values": chunk}}, source=False, size=len(chunk)
            )["hits"]["hits"]
            found += [hit["_id"] for hit in hits]
        return found

    def steady(self, stories: Sequence[Story], rate: float, say: Say) -> dict[str, Any]:
        """Produce `stories` at `rate` per second; produce -> searchable latency of each."""
        producing = _Schedule(self, stories, rate)
        producing.start()
        seen: dict[str, float] = {}
        expected = sum(story.adds_document for story in stories)
        last_seen = shown = time.monotonic()
        while len(seen) < expected:
            pending = [doc_id for doc_id in producing.sent_ids() if doc_id not in seen]
            found = self.seen_now(pending) if pending else []
            now = time.monotonic()
            seen |= dict.fromkeys(found, now)
            last_seen = now if found else last_seen
            if not producing.is_alive() and now - last_seen > STALL_SECONDS:
                say(f"steady: stalled with {expected - len(seen)} documents not searchable")
                break
            if now - shown >= PROGRESS_SECONDS:
                say(f"steady: {len(producing.sent)} sent, {len(seen)} searchable")
                shown = now
            time.sleep(POLL_SECONDS)
        producing.join()
        if producing.error is not None:
            raise producing.error
        latencies = [seen[doc_id] - at for doc_id, at in producing.sent.items() if doc_id in seen]
        report: dict[str, Any] = {
            "rate": rate,
            "stories": len(stories),
            "achieved_rate": round(len(stories) / producing.seconds, 1),
            "measured": len(latencies),
            "unseen": expected - len(latencies),
            "poll_seconds": POLL_SECONDS,
        }
        if latencies:
            report |= {
                f"{name}_seconds": round(percentile(latencies, share), 3)
                for name, share in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))
            }
        return report


class _Schedule(threading.Thread):
    """Sends stories at a steady rate and notes when each document-adding one was sent."""

    def __init__(self, feed: Feed, stories: Sequence[Story], rate: float) -> None:
        super().__init__(name="wirepipe-bench-producer", daemon=True)
        self.feed, self.stories, self.rate = feed, stories, rate
        self.sent: dict[str, float] = {}
        self.lock = threading.Lock()
        self.seconds = 0.0
        self.error: Exception | None = None

    def sent_ids(self) -> list[str]:
        with self.lock:
            return list(self.sent)

    def run(self) -> None:
        start = time.monotonic()
        try:
            for number, story in enumerate(self.stories):
                delay = start + number / self.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                self.feed.send(story)
                if story.adds_document:
                    with self.lock:
                        self.sent[story.doc_id] = time.monotonic()
            self.feed.producer.flush()
        except Exception as exc:  # handed to the measuring thread, which raises it
            self.error = exc
        self.seconds = time.monotonic() - start


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (`share` in [0, 1]) of a non-empty sequence."""
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(share * len(ordered))))
    return ordered[rank - 1]
