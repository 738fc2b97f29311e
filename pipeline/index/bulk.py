"""Bulk sink: article documents into Elasticsearch, idempotently.

Each article is one `index` action on its stable id. Where the article has a
`sequence` (the version order dedup computed) the action uses external
versioning, so a version that arrives late is refused by Elasticsearch (409)
instead of overwriting a newer one; that refusal is an expected outcome
("stale"), not an error.

Whole-request failures (node down, 429, 5xx) are retried with capped
exponential backoff for as long as it takes: the agent holds its batch, its
offsets stay uncommitted, and Kafka buffers the backlog (backpressure).
Per-document 429/5xx are retried `max_retries` times; any other
per-document failure is final and goes back to the caller for the DLQ.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Any, Literal

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, AsyncElasticsearch

from pipeline.clock import utc_iso
from pipeline.model import Article

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Keys of `article["dedup"]` that are searchable; the rest is working state of
# the dedup stage (signatures) that would only bloat the stored document.
INDEXED_DEDUP_KEYS = (
    "content_hash", "cluster_id", "duplicate_of", "similarity", "supersedes",
    "updates_of", "retracts", "retracted_by",
)  # fmt: skip

Outcome = Literal["indexed", "stale", "failed"]


@dataclass(frozen=True, slots=True)
class IndexResult:
    id: str
    outcome: Outcome
    reason: str | None = None


def document_source(article: Article, indexed_at: str) -> dict[str, Any]:
    source = dict(article)
    dedup = article.get("dedup") or {}
    source["dedup"] = {key: dedup.get(key) for key in INDEXED_DEDUP_KEYS if key in dedup}
    # Search collapses on the cluster: a story that starts one is its own cluster.
    source["dedup"]["cluster_id"] = dedup.get("cluster_id") or article["id"]
    source["indexed_at"] = indexed_at
    return source


def index_action(alias: str, article: Article) -> dict[str, Any]:
    action: dict[str, Any] = {"_index": alias, "_id": article["id"]}
    sequence = article.get("sequence")
    if isinstance(sequence, int) and 0 <= sequence < 2**63:
        action["version"] = sequence
        action["version_type"] = "external"
    return {"index": action}


def classify_item(item: dict[str, Any]) -> tuple[Outcome | Literal["retry"], str | None]:
    status = int(item.get("status", 0))
    if 200 <= status < 300:
        return "indexed", None
    error = item.get("error") or {}
    reason = f"{error.get('type', 'error')}: {error.get('reason', '')}".strip()
    if status == 409:
        return "stale", reason
    if status in RETRYABLE_STATUS:
        return "retry", reason
    return "failed", f"HTTP {status} {reason}"


class BulkIndexer:
    def __init__(
        self,
        es: AsyncElasticsearch,
        alias: str,
        *,
        max_retries: int = 5,
        backoff_base: float = 0.5,
        backoff_max: float = 30.0,
    ) -> None:
        self.es = es
        self.alias = alias
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_max, self.backoff_base * (2**attempt))
        return delay * (0.5 + random.random() / 2)  # jitter: workers must not retry in step

    async def index(self, articles: list[Article]) -> list[IndexResult]:
        """Index a batch; returns one result per article, in order."""
        now = utc_iso()
        results: dict[int, IndexResult] = {}
        pending = list(range(len(articles)))
        for attempt in range(self.max_retries + 1):
            operations: list[dict[str, Any]] = []
            for position in pending:
                article = articles[position]
                operations.append(index_action(self.alias, article))
                operations.append(document_source(article, now))
            items = await self._send(operations)
            retry: list[int] = []
            for position, item in zip(pending, items, strict=True):
                outcome, reason = classify_item(next(iter(item.values())))
                if outcome == "retry":
                    retry.append(position)
                    results[position] = IndexResult(articles[position]["id"], "failed", reason)
                else:
                    results[position] = IndexResult(articles[position]["id"], outcome, reason)
            if not retry:
                break
            pending = retry
            log.warning("retrying %d documents (attempt %d)", len(retry), attempt + 1)
            await asyncio.sleep(self._backoff(attempt))
        return [results[position] for position in range(len(articles))]

    async def _send(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        attempt = 0
        while True:
            try:
                response = await self.es.bulk(operations=operations)
                return list(response["items"])
            except (TransportConnectionError, ConnectionTimeout) as exc:
                problem = f"unreachable: {exc}"
            except ApiError as exc:
                if exc.meta.status not in RETRYABLE_STATUS:
                    raise
                problem = f"HTTP {exc.meta.status}"
            delay = self._backoff(min(attempt, 10))
            log.warning("bulk request failed (%s); retrying in %.1fs", problem, delay)
            await asyncio.sleep(delay)
            attempt += 1
