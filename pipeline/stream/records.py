"""The article records that travel between stages: decoded strictly, encoded within limits.

`wire.enriched` and `wire.articles` carry one article document per message,
as JSON. The pipeline writes them, but a foreign producer or a hand-made
replay can put anything there, and a value that is valid JSON but not an
article (`[]`, `1`, `{"body": "x"}`) must become a dead letter with a clear
reason, not an exception that crashes the worker and, uncommitted, crashes
it again after every restart.
"""

from __future__ import annotations

from typing import cast

import orjson

from pipeline.errors import OverBudget, RecordError
from pipeline.model import Article

# Elasticsearch refuses document ids longer than 512 bytes.
MAX_ID_BYTES = 512


def decode_article(value: object) -> Article:
    """The article in a message value; RecordError says what is wrong with anything else."""
    if not isinstance(value, bytes | bytearray | memoryview):
        raise RecordError("bad-record", f"message value is {type(value).__name__}, not bytes")
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise RecordError("bad-record", f"not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise RecordError("bad-record", f"JSON {type(document).__name__}, not an object")
    identifier = document.get("id")
    if not isinstance(identifier, str) or not identifier:
        raise RecordError("bad-record", "no document id")
    if len(identifier.encode()) > MAX_ID_BYTES:
        raise RecordError("bad-record", f"document id longer than {MAX_ID_BYTES} bytes")
    return cast(Article, document)


def encode_article(article: Article, *, max_bytes: int) -> bytes:
    """The message value of an article; OverBudget("too-large") past the topic's limit."""
    payload = orjson.dumps(article)
    if len(payload) > max_bytes:
        raise OverBudget(
            "too-large", f"document of {len(payload)} bytes exceeds the message limit {max_bytes}"
        )
    return payload
