"""Stories flowing through a deployment while nodes fail, and the check that follows.

`Feeder` sends distinct stories to wire.raw from a thread, through the pipeline's own
producer (acks=all, idempotent): a first few at once, then, once the worker has indexed
those (so a slow start-up never eats into the feed), the rest at a steady rate, so the
stream is still running when a node dies and while it is away. `assert_indexed_exactly_once` then asks Elasticsearch: one
document per story sent, none missing, none extra, and no story dead-lettered.
"""

from __future__ import annotations

import threading
import time

from pipeline.stream.clients import kafka_producer
from tests.integration.pipeline_run import PipelineRun
from tests.integration.stories import generated_story


class Feeder:
    def __init__(
        self, run: PipelineRun, name: str, count: int, per_second: float, *, first: int = 50
    ) -> None:
        self.run = run
        self.keys = [f"{name}-{number}" for number in range(count)]
        self.per_second = per_second
        self.first = first
        self.sent = 0
        self._go = threading.Event()
        self.errors: list[BaseException] = []
        self._producer = kafka_producer(run.settings, client_id=f"wirepipe-feed-{name}")
        self._thread = threading.Thread(target=self._feed, name=f"feed-{name}", daemon=True)

    def start(self) -> Feeder:
        """Send the first stories; once the worker has indexed them, feed the rest."""
        self._thread.start()
        self.run.wait_for(
            lambda: self.run.count() >= self.first, timeout=180, what="the first stories indexed"
        )
        self._go.set()
        return self

    def _feed(self) -> None:
        started = 0.0
        for number, key in enumerate(self.keys):
            if number == self.first:
                self._producer.flush()
                self._go.wait()
                started = time.monotonic()
            if number >= self.first:
                due = started + (number - self.first) / self.per_second
                time.sleep(max(0.0, due - time.monotonic()))
            future = self._producer.send(
                self.run.settings.topics.raw, key=key.encode(), value=generated_story(number)
            )
            future.add_errback(self.errors.append)
            self.sent = number + 1
        self._producer.flush()

    def join(self, timeout: float = 180.0) -> None:
        """Every story sent and acknowledged by the brokers, none refused."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"the feed is stuck after {self.sent} stories"
        self._producer.close()
        assert self.errors == [], self.errors[:3]


def assert_indexed_exactly_once(run: PipelineRun, keys: list[str], timeout: float) -> None:
    """Each story of `keys` is one document; nothing else was indexed or dead-lettered."""
    run.wait_for(
        lambda: run.count() >= len(keys), timeout=timeout, what=f"{len(keys)} stories indexed"
    )
    guids = run.search(size=0, aggs={"guids": {"terms": {"field": "guid", "size": 2 * len(keys)}}})
    per_guid = {
        bucket["key"]: bucket["doc_count"] for bucket in guids["aggregations"]["guids"]["buckets"]
    }
    assert sorted(per_guid) == sorted(keys), "stories missing or extra in the index"
    assert set(per_guid.values()) == {1}
    assert run.count() == len(keys)
    assert run.dead_letters() == []
