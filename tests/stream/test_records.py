"""Records between stages: anything that is not an article is refused with a reason."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.errors import OverBudget, RecordError
from pipeline.stream.records import decode_article, encode_article


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        (b"[]", "JSON list, not an object"),
        (b"1", "JSON int, not an object"),
        (b'{"body": "x"}', "no document id"),
        (b'{"id": 7}', "no document id"),
        (b'{"id": ""}', "no document id"),
        (b"{not json", "not JSON"),
        (None, "message value is NoneType"),
        (orjson.dumps({"id": "x" * 600}), "longer than 512 bytes"),
    ],
)
def test_what_is_not_an_article_is_a_bad_record(value: object, detail: str) -> None:
    with pytest.raises(RecordError, match=detail) as raised:
        decode_article(value)
    assert raised.value.reason == "bad-record"


def test_an_article_round_trips() -> None:
    article = {"id": "abc", "body": "text"}
    assert decode_article(encode_article(article, max_bytes=1000)) == article  # type: ignore[arg-type]


def test_a_document_over_the_message_limit_is_too_large() -> None:
    with pytest.raises(OverBudget) as raised:
        encode_article({"id": "abc", "body": "x" * 2000}, max_bytes=1000)
    assert raised.value.reason == "too-large"


@given(st.binary(max_size=200))
def test_any_bytes_give_an_article_or_a_bad_record(value: bytes) -> None:
    try:
        article = decode_article(value)
    except RecordError:
        return
    assert isinstance(article["id"], str)
