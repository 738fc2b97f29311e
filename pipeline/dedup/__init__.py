"""Duplicate, version and kill handling: each story appears once in search, as its latest version.

`fingerprint_article` runs in enrich (stateless); `Deduplicator.decide` runs in
the dedup agent against a `DedupStore` (Faust tables there, dicts in
`wirepipe enrich` through `dedup_stream`).
"""

from pipeline.dedup.engine import DedupDecision, Deduplicator, Reason, dedup_stream
from pipeline.dedup.fingerprint import fingerprint_article
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.store import DedupStore, MemoryDedupStore

__all__ = [
    "DedupDecision",
    "DedupSettings",
    "DedupStore",
    "Deduplicator",
    "MemoryDedupStore",
    "Reason",
    "dedup_stream",
    "fingerprint_article",
]
