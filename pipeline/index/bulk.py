"""Bulk sink: article documents into Elasticsearch, idempotently.

Each article is one `index` action on its stable id. Where the article has a
`sequence` (the version order dedup computed) the action uses external
versioning, so a version that arrives late is refused by Elasticsearch (409)
instead of overwriting a newer one; that refusal is an expected outcome
("stale"), not an error, and is never retried.

Retry policy (the knobs are `BulkIndexer` keyword parameters):

- A whole request that fails transiently (connection error, timeout, or an
  HTTP status in `retry_on_status`, by default 429 and 5xx) is retried for as
  long as it takes: the index stage holds its batch, its Kafka offsets stay
  uncommitted, and Kafka buffers the backlog (backpressure).
- A document whose own item status is in `retry_on_status` is re-sent, alone
  with the other such documents, up to `max_retries` times; after that it is a
  `failed` result carrying the last reason. Any other per-document failure is
  final at once. The caller dead-letters failed documents.
- Every wait is `initial_backoff * 2**n` seconds capped at `max_backoff`, then
  scaled by a random factor in [0.5, 1] so that workers do not retry in step.
- A whole request refused as too large (413) is split in halves, each indexed
  on its own (recursively); a single document that alone is too large becomes
  a `failed` result whose reason starts with "too-large".
- A whole request refused for any other reason raises `IndexingError`
  ("bulk-rejected", with the HTTP status and Elasticsearch's error): the caller
  dead-letters the whole batch.

An optional `BulkObserver` hears of every request and every retry, so the
caller can measure them without this module knowing how they are reported.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError

from pipeline.clock import utc_iso
from pipeline.errors import IndexingError
from pipeline.model import Article

log = logging.getLogger(__name__)

DEFAULT_RETRY_ON_STATUS = (429, 500, 502, 503, 504)
REQUEST_TOO_LARGE = 413
# Keys of `article["dedup"]` that are searchable; the rest is working state of
# the dedup stage (signatures) that would only bloat the stored document.
INDEXED_DEDUP_KEYS = (
    "content_hash", "cluster_id", "duplicate_of", "similarity", "supersedes",
    "updates_of", "retracts", "retracted_by", "primary",
)  # fmt: skip
# A refusal's body can be a proxy's HTML page; the dead-letter reason needs only its start.
MAX_DETAIL_CHARS = 300
# Past this many doublings any sensible `max_backoff` is reached; the cap keeps
# an endless whole-request retry from growing the exponent without bound.
MAX_BACKOFF_EXPONENT = 32

Outcome = Literal["indexed", "stale", "failed"]
Action = Mapping[str, Any]


class BulkClient(Protocol):
    """The part of `elasticsearch.AsyncElasticsearch` the sink uses."""

    async def bulk(self, *, operations: Sequence[Action]) -> Any: ...


class BulkObserver(Protocol):
    """Hears what the sink does, for monitoring."""

    def request_finished(self, seconds: float, status: int | None) -> None:
        """One bulk request took `seconds`; `status` is the HTTP status, None if unanswered."""

    def retrying(self) -> None:
        """A request, or the documents Elasticsearch asked to be re-sent, goes out again."""


@dataclass(frozen=True, slots=True)
class IndexResult:
    id: str
    outcome: Outcome
    reason: str | None = None


def document_source(article: Article, indexed_at: str) -> dict[str, Any]:
    source: dict[str, Any] = dict(article)
    dedup: Mapping[str, object] = article.get("dedup") or {}
    indexed = {key: dedup.get(key) for key in INDEXED_DEDUP_KEYS if key in dedup}
    # Search collapses on the cluster: a story that starts one is its own cluster.
    indexed["cluster_id"] = dedup.get("cluster_id") or article["id"]
    source["dedup"] = indexed
    source["indexed_at"] = indexed_at
    return source


def index_action(alias: str, article: Article) -> dict[str, Any]:
    action: dict[str, Any] = {"_index": alias, "_id": article["id"]}
    sequence = article.get("sequence")
    if isinstance(sequence, int) and 0 <= sequence < 2**63:
        action["version"] = sequence
        action["version_type"] = "external"
    return {"index": action}


def classify_item(
    item: Mapping[str, Any], retry_on_status: Collection[int] = DEFAULT_RETRY_ON_STATUS
) -> tuple[Outcome | Literal["retry"], str | None]:
    status = int(item.get("status", 0))
    if 200 <= status < 300:
        return "indexed", None
    error = item.get("error") or {}
    reason = f"{error.get('type', 'error')}: {error.get('reason', '')}".strip()
    if status == 409:
        return "stale", reason
    if status in retry_on_status:
        return "retry", f"HTTP {status} {reason}"
    return "failed", f"HTTP {status} {reason}"


def refusal(exc: ApiError) -> IndexingError:
    """The `IndexingError` for a whole request Elasticsearch refused for good."""
    error = exc.body.get("error") if isinstance(exc.body, dict) else exc.body
    if isinstance(error, dict):
        cause = f"{error.get('type', 'error')}: {error.get('reason', '')}"
    else:
        cause = str(error or "")
    detail = f"HTTP {exc.meta.status} {cause[:MAX_DETAIL_CHARS]}".strip()
    return IndexingError(
        "too-large" if exc.meta.status == REQUEST_TOO_LARGE else "bulk-rejected", detail
    )


@dataclass(frozen=True, slots=True)
class _Document:
    position: int
    action: dict[str, Any]
    source: dict[str, Any]


class BulkIndexer:
    def __init__(
        self,
        es: BulkClient,
        alias: str,
        *,
        max_retries: int = 5,
        initial_backoff: float = 0.5,
        max_backoff: float = 30.0,
        retry_on_status: Collection[int] = DEFAULT_RETRY_ON_STATUS,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        observer: BulkObserver | None = None,
    ) -> None:
        self.es = es
        self.alias = alias
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.retry_on_status = frozenset(retry_on_status)
        self.sleep = sleep
        self.observer = observer

    def _backoff(self, retry: int) -> float:
        """Seconds to wait before retry number `retry` (0 for the first)."""
        exponent = min(retry, MAX_BACKOFF_EXPONENT)
        delay = min(self.max_backoff, self.initial_backoff * 2.0**exponent)
        return delay * (0.5 + random.random() / 2)  # jitter: workers must not retry in step

    async def index(self, articles: list[Article]) -> list[IndexResult]:
        """Index a batch; returns one result per article, in order.

        Raises `IndexingError` when Elasticsearch refuses the whole request for
        a reason that retrying cannot cure.
        """
        now = utc_iso()
        pending = [
            _Document(position, index_action(self.alias, article), document_source(article, now))
            for position, article in enumerate(articles)
        ]
        reasons: dict[int, tuple[Outcome, str | None]] = {}
        for attempt in range(self.max_retries + 1):
            if not pending:
                break
            if attempt:
                delay = self._backoff(attempt - 1)
                log.warning("retrying %d documents in %.1fs", len(pending), delay)
                await self.sleep(delay)
                if self.observer is not None:
                    self.observer.retrying()
            again: list[_Document] = []
            for document, (outcome, reason) in zip(
                pending, await self._round(pending), strict=True
            ):
                if outcome == "retry":
                    again.append(document)
                    outcome = "failed"  # unless a later retry succeeds
                reasons[document.position] = (outcome, reason)
            pending = again
        return [
            IndexResult(article["id"], *reasons[position])
            for position, article in enumerate(articles)
        ]

    async def _round(
        self, documents: list[_Document]
    ) -> list[tuple[Outcome | Literal["retry"], str | None]]:
        """One bulk round for `documents`, halving the request while it is too large."""
        operations = [part for document in documents for part in (document.action, document.source)]
        try:
            items = await self._send(operations)
        except IndexingError as error:
            if error.reason != "too-large":
                raise
            if len(documents) == 1:
                return [("failed", str(error))]
            middle = len(documents) // 2
            log.warning("bulk request too large; splitting %d documents", len(documents))
            return [*await self._round(documents[:middle]), *await self._round(documents[middle:])]
        return [classify_item(next(iter(item.values())), self.retry_on_status) for item in items]

    def _finished(self, started: float, status: int | None) -> None:
        if self.observer is not None:
            self.observer.request_finished(time.monotonic() - started, status)

    async def _send(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The response items of one bulk request, retried while its failure is transient."""
        retry = 0
        while True:
            started = time.monotonic()
            try:
                response = await self.es.bulk(operations=operations)
            except (TransportConnectionError, ConnectionTimeout) as exc:
                self._finished(started, None)
                problem = f"unreachable: {exc}"
            except ApiError as exc:
                self._finished(started, exc.meta.status)
                if exc.meta.status not in self.retry_on_status:
                    raise refusal(exc) from exc
                problem = f"HTTP {exc.meta.status}"
            else:
                self._finished(started, 200)
                return list(response["items"])
            delay = self._backoff(retry)
            log.warning("bulk request failed (%s); retrying in %.1fs", problem, delay)
            await self.sleep(delay)
            if self.observer is not None:
                self.observer.retrying()
            retry += 1
