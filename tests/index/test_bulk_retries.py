"""The bulk sink's retry loop against a scripted Elasticsearch client.

The client replays a script of bulk responses and exceptions (real ones from
`elasticsearch` / `elastic_transport`, built as the client builds them) and
records the operations of every call; sleeping is recorded, never done.
"""

import asyncio
from typing import Any

import pytest
from elastic_transport import ApiResponseMeta, ConnectionTimeout, HttpHeaders, NodeConfig
from elastic_transport import ConnectionError as TransportConnectionError
from elasticsearch import ApiError
from elasticsearch.exceptions import HTTP_EXCEPTIONS

from pipeline.errors import IndexingError
from pipeline.index.bulk import BulkIndexer, IndexResult

Step = dict[str, Any] | Exception


class ScriptedClient:
    def __init__(self, *script: Step) -> None:
        self.script = list(script)
        self.calls: list[list[dict[str, Any]]] = []

    async def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
        self.calls.append(list(operations))
        if not self.script:
            raise AssertionError(f"unexpected bulk request number {len(self.calls)}")
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    def sent_ids(self) -> list[list[str]]:
        return [[operation["index"]["_id"] for operation in call[::2]] for call in self.calls]


class RecordedSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def response(*statuses: int | tuple[int, str, str]) -> dict[str, Any]:
    """A bulk response body with one item per status (or (status, error type, reason))."""
    items = []
    for status in statuses:
        code, error_type, reason = status if isinstance(status, tuple) else (status, "", "")
        item: dict[str, Any] = {"status": code}
        if error_type:
            item["error"] = {"type": error_type, "reason": reason}
        items.append({"index": item})
    return {"errors": any(item["index"]["status"] >= 300 for item in items), "items": items}


def api_error(status: int, error_type: str = "", reason: str = "") -> ApiError:
    """The exception `AsyncElasticsearch` raises for a refused request."""
    meta = ApiResponseMeta(
        status=status,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.01,
        node=NodeConfig("http", "localhost", 9200),
    )
    body: Any = (
        {"error": {"type": error_type, "reason": reason}, "status": status} if error_type else ""
    )
    return HTTP_EXCEPTIONS.get(status, ApiError)(
        message=error_type or str(body), meta=meta, body=body
    )


def articles(*ids: str) -> list[dict[str, Any]]:
    return [{"id": article_id, "body": f"text of {article_id}"} for article_id in ids]


def run(
    client: ScriptedClient, batch: list[dict[str, Any]], **policy: Any
) -> tuple[list[IndexResult], RecordedSleep]:
    sleep = RecordedSleep()
    indexer = BulkIndexer(client, "wire-articles", sleep=sleep, **policy)
    return asyncio.run(indexer.index(batch)), sleep


def test_a_document_refused_with_429_is_resent_alone() -> None:
    client = ScriptedClient(
        response(201, (429, "es_rejected_execution_exception", "queue full"), 201),
        response(201),
    )
    results, sleep = run(client, articles("a", "b", "c"))
    assert [result.outcome for result in results] == ["indexed", "indexed", "indexed"]
    assert client.sent_ids() == [["a", "b", "c"], ["b"]]
    assert client.calls[1][1]["body"] == "text of b"
    assert len(sleep.delays) == 1


def test_a_whole_request_503_is_resent_whole() -> None:
    client = ScriptedClient(
        api_error(503, "unavailable_shards_exception", "primary not active"), response(201, 201)
    )
    results, sleep = run(client, articles("a", "b"))
    assert [result.outcome for result in results] == ["indexed", "indexed"]
    assert client.calls[0] == client.calls[1]
    assert len(sleep.delays) == 1


def test_connection_errors_and_timeouts_are_waited_out() -> None:
    client = ScriptedClient(
        TransportConnectionError(
            "Connection error", errors=(ConnectionRefusedError(111, "refused"),)
        ),
        ConnectionTimeout("Connection timed out"),
        response(201),
    )
    results, sleep = run(client, articles("a"))
    assert results == [IndexResult("a", "indexed")]
    assert len(client.calls) == 3
    assert len(sleep.delays) == 2


def test_a_refused_whole_request_raises_indexing_error() -> None:
    refused = api_error(400, "illegal_argument_exception", "mapper conflict")
    client = ScriptedClient(refused)
    with pytest.raises(IndexingError) as raised:
        run(client, articles("a", "b"))
    assert raised.value.reason == "bulk-rejected"
    assert "HTTP 400" in raised.value.detail
    assert "illegal_argument_exception: mapper conflict" in raised.value.detail
    assert raised.value.__cause__ is refused
    assert len(client.calls) == 1


def test_only_the_configured_statuses_are_transient() -> None:
    client = ScriptedClient(api_error(502, "bad_gateway", "proxy"))
    with pytest.raises(IndexingError, match="HTTP 502"):
        run(client, articles("a"), retry_on_status=(429,))


def test_exhausted_retries_leave_a_failed_result_with_the_last_reason() -> None:
    rejected = [(429, "es_rejected_execution_exception", f"queue full {n}") for n in range(1, 4)]
    client = ScriptedClient(
        response(201, rejected[0]), response(rejected[1]), response(rejected[2])
    )
    results, sleep = run(client, articles("a", "b"), max_retries=2)
    assert results[0] == IndexResult("a", "indexed")
    assert results[1].outcome == "failed"
    assert results[1].reason == "HTTP 429 es_rejected_execution_exception: queue full 3"
    assert client.sent_ids() == [["a", "b"], ["b"], ["b"]]
    assert len(sleep.delays) == 2


def test_a_too_large_request_is_split_until_the_oversized_document_stands_alone() -> None:
    too_large = api_error(413)  # Elasticsearch answers an oversized request with an empty body
    client = ScriptedClient(too_large, response(201, 201), too_large, too_large, response(201))
    results, sleep = run(client, articles("a", "b", "huge", "c"))
    assert client.sent_ids() == [
        ["a", "b", "huge", "c"],
        ["a", "b"],
        ["huge", "c"],
        ["huge"],
        ["c"],
    ]
    assert [result.outcome for result in results] == ["indexed", "indexed", "failed", "indexed"]
    assert (results[2].reason or "").startswith("too-large")
    assert "HTTP 413" in (results[2].reason or "")
    assert sleep.delays == []


def test_a_stale_version_is_not_retried() -> None:
    client = ScriptedClient(
        response(201, (409, "version_conflict_engine_exception", "current version [9] is higher"))
    )
    results, sleep = run(client, articles("a", "b"))
    assert results[1].outcome == "stale"
    assert "version_conflict_engine_exception" in (results[1].reason or "")
    assert len(client.calls) == 1
    assert sleep.delays == []


def test_backoff_grows_with_jitter_and_stays_under_the_cap() -> None:
    outage = [api_error(503, "unavailable_shards_exception", "down") for _ in range(40)]
    client = ScriptedClient(*outage, response(201))
    results, sleep = run(client, articles("a"), initial_backoff=1.0, max_backoff=8.0)
    assert results == [IndexResult("a", "indexed")]  # outlasts max_retries: backpressure
    nominal = [min(8.0, 2.0**n) for n in range(40)]
    assert len(sleep.delays) == 40
    assert all(
        ceiling / 2 <= delay <= ceiling
        for delay, ceiling in zip(sleep.delays, nominal, strict=True)
    )
    assert sleep.delays[:4] == sorted(sleep.delays[:4])  # 1, 2, 4, 8 s before the cap
    assert max(sleep.delays) <= 8.0
    assert sleep.delays != nominal  # jittered, so that workers do not retry in step


def test_document_retries_back_off_too() -> None:
    rejected = (429, "es_rejected_execution_exception", "queue full")
    client = ScriptedClient(
        response(rejected), response(rejected), response(rejected), response(201)
    )
    results, sleep = run(client, articles("a"), initial_backoff=1.0, max_backoff=3.0)
    assert results == [IndexResult("a", "indexed")]
    assert len(sleep.delays) == 3
    assert 0.5 <= sleep.delays[0] <= 1.0
    assert 1.0 <= sleep.delays[1] <= 2.0
    assert 1.5 <= sleep.delays[2] <= 3.0  # 4 s capped at 3


def test_an_empty_batch_sends_nothing() -> None:
    client = ScriptedClient()
    assert run(client, [])[0] == []
    assert client.calls == []
