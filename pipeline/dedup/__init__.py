"""Duplicate, version and kill handling: each story appears once in search, as its latest version.

`fingerprint_article` runs in enrich (stateless); `Deduplicator.decide` runs in
the dedup agent against a `DedupStore`, the in-memory index of the stories
decided in the window (restored from a Kafka topic in the worker, see
pipeline.stream.dedup_log; filled in order by `dedup_stream` in `wirepipe enrich`).
"""

from pipeline.dedup.engine import DedupDecision, Deduplicator, Reason, dedup_stream
from pipeline.dedup.fingerprint import fingerprint_article
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.store import DedupStore, StoryRecord

__all__ = [
    "DedupDecision",
    "DedupSettings",
    "DedupStore",
    "Deduplicator",
    "Reason",
    "StoryRecord",
    "dedup_stream",
    "fingerprint_article",
]
