"""Dedup state at a newsroom's scale: decision cost, memory per story, and a fresh worker's restore.

Enriching 200,000 stories to fill the state would take the benchmark most of
an hour, so the state is filled with synthetic records modelled on real
ones. A few hundred generated stories (originals only: a copy would make its
original's phrases look common) are enriched and decided; each
synthetic record copies one of those records (source, slug, versions,
supersedes, sizes) under a fresh id, guid and text hash, with:

* a fresh shingle set of the model's size, in which the same share of
  shingles as in the model stories are phrases common to many stories
  (drawn as often as the model stories use them) and the rest are the
  story's own, turned into a signature by the pipeline's own hasher, so LSH
  band buckets fill as real copy fills them;
* the model's names with fresh figures as its evidence (names recur from
  story to story, figures hardly do);
* a decision time spread over the window, oldest first.

The records are written once to a file (`write_records`). For each of 10k,
50k and 200k stories, `decide_cost` fills a fresh in-memory `DedupStore` from
it through `Deduplicator.restore` (the path a worker's restore takes) and
times `Deduplicator.decide` on the same real enriched stories, new to
the state, each story decided by the three stores in turn. `restore_time`
sends the records to a scratch deployment's state topic and times a worker
started on an empty data folder until it has restored them and indexes a
story.
"""

from __future__ import annotations

import gc
import hashlib
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson

from pipeline.bench.scratch import Scratch
from pipeline.bench.stories import Story
from pipeline.dedup import Deduplicator, DedupSettings, DedupStore, StoryRecord
from pipeline.dedup.evidence import Evidence
from pipeline.dedup.minhash import minhasher
from pipeline.dedup.shingles import shingle_hashes, words
from pipeline.enrich import enrich_story
from pipeline.model import Article
from pipeline.stream.dedup_log import state_topic
from pipeline.stream.memory import freeze_long_lived, return_large_buffers

SIZES = (10_000, 50_000, 200_000)
MODEL_STORIES = 500
QUERY_STORIES = 600
RESTORE_BATCH = 1000  # records restored at once, as a worker restores a fetched batch
RESTORE_WITHIN = 900.0  # seconds a fresh worker gets to restore before it counts as failed
# Records are spread over this share of the window, so none expires during the run.
SPREAD = 0.9
RESTORED_LINE = re.compile(rb"dedup state restored: (\d+) stories in ([\d.]+)s")

Say = Callable[[str], None]


def rss_bytes(pid: int | str = "self") -> int | None:
    """Resident memory of a process (Linux), None where /proc does not tell."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) * 1024 if found else None


@dataclass
class RecordModel:
    """Real records and the phrase statistics of their texts, to make synthetic ones from."""

    records: list[StoryRecord]
    names: list[tuple[int, ...]]
    common: npt.NDArray[np.uint64]  # shingle hashes used by more than one model story
    common_cdf: npt.NDArray[np.float64]  # drawn as often as the model stories use them
    common_share: float  # share of a model story's shingles that are common ones
    settings: DedupSettings

    @classmethod
    def learn(cls, articles: Sequence[Article], settings: DedupSettings) -> RecordModel:
        deduplicator = Deduplicator(DedupStore(), settings)
        now = time.time()
        records = [
            decision.record
            for decision in (deduplicator.decide(a, now) for a in articles)
            if decision.record is not None and decision.record.get("minhash")
        ]
        shingle_sets = [
            shingle_hashes(words(str(a.get("body") or "")), settings.shingle_words, settings.seed)
            for a in articles
        ]
        hashes, stories = np.unique(np.concatenate(shingle_sets), return_counts=True)
        common, weights = hashes[stories > 1], stories[stories > 1].astype(np.float64)
        shares = [np.isin(s, common).mean() for s in shingle_sets if len(s)]
        names = []
        for record in records:
            evidence = Evidence.decode(record.get("evidence"))
            names.append(evidence.names if evidence is not None else ())
        return cls(
            records=records,
            names=names,
            common=common,
            common_cdf=np.cumsum(weights) / weights.sum(),
            common_share=float(np.mean(shares)),
            settings=settings,
        )

    def synthetic(self, count: int, now: float, seed: int) -> Iterator[StoryRecord]:
        """`count` records, decided oldest first over the window before `now`."""
        rng = np.random.default_rng(seed)
        picks = random.Random(seed)
        hasher = minhasher(self.settings)
        oldest = now - SPREAD * self.settings.window_seconds
        step = SPREAD * self.settings.window_seconds / count
        for number in range(count):
            model = self.records[number % len(self.records)]
            names = self.names[number % len(self.records)]
            size = max(1, model["shingle_count"])
            shared = int(rng.binomial(size, self.common_share))
            common = self.common[np.searchsorted(self.common_cdf, rng.random(shared))]
            own = rng.integers(0, 2**64, size=size - shared, dtype=np.uint64)
            shingles = np.unique(np.concatenate((common, own)))
            figures = tuple(picks.getrandbits(16) for _ in range(len(names) or 4))
            token = hashlib.blake2b(f"{seed}:{number}".encode(), digest_size=16).hexdigest()
            doc_id = token[:24]
            yield model | {  # type: ignore[misc]
                "id": doc_id,
                "guid": f"{model['guid']}-{number}",
                "content_hash": token,
                "cluster_id": doc_id,
                "duplicate_of": None,
                "similarity": None,
                "updates_of": None,
                "minhash": hasher.signature(shingles),
                "shingle_count": len(shingles),
                "evidence": Evidence(names, figures).encode(),
                "seen_at": oldest + number * step,
            }


def write_records(model: RecordModel, count: int, path: Path, seed: int) -> None:
    """`count` synthetic records as JSON lines, made once for both measurements."""
    with path.open("wb") as out:
        for record in model.synthetic(count, time.time(), seed):
            out.write(orjson.dumps(record) + b"\n")


def decide_cost(
    settings: DedupSettings, records: Path, queries: Sequence[Article], say: Say
) -> dict[str, Any]:
    """CPU microseconds per decision at each of SIZES stories of state, and memory per story.

    Each size gets a store of its own, filled from the first records of the file,
    and all of them decide the same queries, in turn, one query at a time: the
    sizes then differ by the state alone, not by which stories were asked (a
    redistribution costs more than a new story), nor by when they were timed (a
    shared machine's speed changes from minute to minute, and a slow minute now
    slows every size alike). Every decision is timed apart, so the median shows
    the common case beside the mean.
    """
    return_large_buffers()  # as a worker does (pipeline.stream.memory)
    now = time.time()
    restore_seconds = 0.0
    restored = 0
    deduplicators: list[Deduplicator] = []
    rss_per_story: int | None = None
    for size in SIZES:
        rss_before = rss_bytes()
        deduplicator = Deduplicator(DedupStore(), settings)
        with records.open("rb") as lines:
            while (missing := size - len(deduplicator.store)) > 0:
                batch = [orjson.loads(line) for line in islice(lines, min(missing, RESTORE_BATCH))]
                started = time.perf_counter()
                deduplicator.restore(batch)
                restore_seconds += time.perf_counter() - started
                restored += len(batch)
        deduplicator.expire(now)  # the agent's hourly expiry, out of the timed decisions
        if size == SIZES[-1] and (rss_after := rss_bytes()) is not None and rss_before:
            rss_per_story = round((rss_after - rss_before) / size)
        deduplicators.append(deduplicator)
        say(f"dedup: {size} stories of state restored")
    # As a worker does once restored (dedup_log): what exists now stays out of the
    # collector's sight, so a full collection of this process's lexicons is not timed.
    freeze_long_lived()
    reasons: list[Counter[str]] = [Counter() for _ in SIZES]
    cpu_ns: list[list[int]] = [[] for _ in SIZES]
    for article in queries:
        for deduplicator, counts, times in zip(deduplicators, reasons, cpu_ns, strict=True):
            cpu = time.process_time_ns()
            counts[str(deduplicator.decide(article, now).reason)] += 1
            times.append(time.process_time_ns() - cpu)
    gc.unfreeze()
    by_size: dict[str, Any] = {}
    for size, deduplicator, counts, times in zip(
        SIZES, deduplicators, reasons, cpu_ns, strict=True
    ):
        cost = by_size[str(size)] = {
            "stories": size,
            "decisions": len(times),
            "cpu_us_per_story": round(sum(times) / len(times) / 1e3, 1),
            "cpu_us_median": round(statistics.median(times) / 1e3, 1),
            "store_bytes_per_story": round(
                deduplicator.store.memory_bytes() / len(deduplicator.store)
            ),
            "reasons": dict(counts.most_common()),
        }
        say(
            f"dedup: {cost['cpu_us_per_story']} µs of CPU per decision "
            f"(median {cost['cpu_us_median']}) at {size} stories"
        )
    first, last = by_size[str(SIZES[0])], by_size[str(SIZES[-1])]
    return {
        "memory_bytes_per_story": last["store_bytes_per_story"],
        "by_state_size": by_size,
        # CPU time: on a shared machine, wall time also measures the neighbours.
        "largest_over_smallest": round(last["cpu_us_per_story"] / first["cpu_us_per_story"], 3),
        "largest_over_smallest_median": round(last["cpu_us_median"] / first["cpu_us_median"], 3),
        "restore_in_process_per_second": round(restored / restore_seconds),
        "process_rss_bytes_per_story": rss_per_story,
    }


def restore_time(
    target: Scratch, records: Path, probe: Sequence[Story], say: Say
) -> dict[str, Any]:
    """A fresh worker's restore of the records from the state topic, until it serves."""
    target.set_up()
    target.start_workers(1)  # declares the state topic as the pipeline configures it
    empty_rss = rss_bytes(target.workers[0].process.pid)
    topic = state_topic(target.settings)
    count = written = 0
    with target.feed() as feed, records.open("rb") as lines:
        for line in lines:
            value = line.rstrip(b"\n")
            feed.producer.send(topic, key=orjson.loads(value)["id"].encode(), value=value)
            count, written = count + 1, written + len(value)
        feed.producer.flush()
    say(f"dedup: {count} records ({written // count} bytes each) on {topic}")
    target.stop_workers()

    started = time.monotonic()
    target.start_workers(1, ready_within=RESTORE_WITHIN)
    worker = target.workers[0]
    while (found := RESTORED_LINE.search(worker.log.read_bytes())) is None:
        if worker.process.poll() is not None or time.monotonic() - started > RESTORE_WITHIN:
            return {"stories": count, "restored": False, "log": str(worker.log)}
        time.sleep(0.2)
    restored_after = time.monotonic() - started
    restored_rss = rss_bytes(worker.process.pid)
    with target.feed() as feed:
        served = feed.burst(probe, say, "dedup restore probe")
    return {
        "stories": count,
        "record_bytes": round(written / count),
        "restored_stories": int(found.group(1)),
        "restore_seconds": float(found.group(2)),
        "restored_after_start_seconds": round(restored_after, 1),
        "serves_after_start_seconds": round(time.monotonic() - started, 1),
        "probe_complete": served["complete"],
        "worker_rss_bytes_per_story": round((restored_rss - empty_rss) / count)
        if restored_rss is not None and empty_rss is not None
        else None,
    }


def enriched(stories: Sequence[Story]) -> list[Article]:
    return [enrich_story(story.payload, key=story.key) for story in stories]
