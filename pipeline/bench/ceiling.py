"""The transport ceiling: the enriched documents straight into a scratch index with `_bulk`.

The documents are those the pure run decided to index, sent by the index
stage's own `BulkIndexer` (same actions, same source, external versions) in
requests of 500, one after another as the index stage sends them, into an
index made from the pipeline's template. The time runs from the first
request until a refresh has made the last document searchable. No worker,
no Kafka: what Elasticsearch on this machine takes at most.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.config import Settings
from pipeline.index.bulk import BulkIndexer
from pipeline.index.client import async_es_client
from pipeline.model import Article

REQUEST_DOCUMENTS = 500


async def _index_all(
    settings: Settings, documents: Sequence[Article], say: Callable[[str], None], size: int
) -> dict[str, Any]:
    outcomes: dict[str, int] = {}
    async with async_es_client(settings, request_timeout=120) as es:
        indexer = BulkIndexer(es, settings.index_alias, max_retries=settings.bulk_max_retries)
        started = time.perf_counter()
        for first in range(0, len(documents), size):
            batch = list(documents[first : first + size])
            for result in await indexer.index(batch):
                outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
            say(f"bulk: {first + len(batch)}/{len(documents)} documents sent")
        await es.indices.refresh(index=settings.index_alias)
        seconds = time.perf_counter() - started
    return {
        "documents": len(documents),
        "request_documents": size,
        "requests": -(-len(documents) // size),
        "seconds": round(seconds, 3),
        "per_second": round(len(documents) / seconds, 1),
        "outcomes": outcomes,
    }


def bulk_ceiling(
    settings: Settings,
    documents: Sequence[Article],
    say: Callable[[str], None],
    *,
    request_documents: int = REQUEST_DOCUMENTS,
) -> dict[str, Any]:
    """Index `documents` into `settings.index_alias` (which must exist) in requests of
    `request_documents`, and time it."""
    return asyncio.run(_index_all(settings, documents, say, request_documents))
