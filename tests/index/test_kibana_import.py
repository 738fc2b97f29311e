"""The importer against a real HTTP server on localhost that answers as Kibana's import API does.

Kibana answers 200 with `success: false` and one error per object when
objects fail; the importer must fail then, naming each object.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import orjson
import pytest

from pipeline.errors import WirepipeError
from pipeline.index.kibana import KibanaLogin, import_saved_objects, saved_objects
from tests.index.fake_kibana import FakeKibana, fake_kibana


@pytest.fixture
def kibana() -> Iterator[FakeKibana]:
    with fake_kibana() as server:
        yield server


def uploaded_objects(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The saved objects of the multipart upload, read as a multipart parser reads them."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: "
        + request["headers"]["Content-Type"].encode()
        + b"\r\n\r\n"
        + request["body"]
    )
    (part,) = message.iter_parts()
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename().endswith(".ndjson")
    content = part.get_payload(decode=True)
    return [orjson.loads(line) for line in content.splitlines() if line]


def test_a_successful_import_posts_the_objects_as_kibana_wants_them(kibana: FakeKibana) -> None:
    kibana.answer = {"success": True, "successCount": 14, "successResults": []}
    imported = import_saved_objects(
        kibana.url + "/", "desk-b-articles", login=KibanaLogin("elastic", "s3cret")
    )
    assert imported == 14
    (request,) = kibana.requests
    assert request["path"] == "/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["kbn-xsrf"]
    assert request["headers"]["Authorization"] == "Basic ZWxhc3RpYzpzM2NyZXQ="
    objects = uploaded_objects(request)
    assert objects == saved_objects("desk-b-articles")
    assert objects[0]["attributes"]["title"] == "desk-b-articles"


def test_per_object_errors_in_a_200_answer_fail_the_import(kibana: FakeKibana) -> None:
    kibana.answer = {
        "success": False,
        "successCount": 12,
        "errors": [
            {
                "id": "wire-top-people",
                "type": "lens",
                "title": "Top people",
                "meta": {"title": "Top people", "icon": "lensApp"},
                "error": {
                    "type": "missing_references",
                    "references": [{"type": "index-pattern", "id": "wire-articles"}],
                },
            },
            {
                "id": "wire-story-places",
                "type": "map",
                "meta": {"title": "Story places"},
                "error": {"type": "unknown", "message": "Invalid layer", "statusCode": 400},
            },
        ],
    }
    with pytest.raises(WirepipeError) as failed:
        import_saved_objects(kibana.url, "wire-articles")
    assert failed.value.reason == "kibana-import"
    message = str(failed.value)
    assert "2 of 14 saved objects failed" in message
    assert "lens/wire-top-people (Top people): missing_references index-pattern/wire-articles" in (
        message
    )
    assert "map/wire-story-places (Story places): unknown Invalid layer" in message


def test_success_false_without_errors_still_fails(kibana: FakeKibana) -> None:
    kibana.answer = {"success": False, "successCount": 0}
    with pytest.raises(WirepipeError, match="no per-object errors given"):
        import_saved_objects(kibana.url, "wire-articles")


def test_an_http_error_names_the_status_and_kibanas_words(kibana: FakeKibana) -> None:
    kibana.status = 401
    kibana.answer = {"statusCode": 401, "error": "Unauthorized", "message": "missing credentials"}
    with pytest.raises(WirepipeError, match=r"HTTP 401 .*missing credentials"):
        import_saved_objects(kibana.url, "wire-articles")


def test_an_answer_that_is_not_an_import_result_fails(kibana: FakeKibana) -> None:
    kibana.answer = ["not", "an", "answer"]
    with pytest.raises(WirepipeError, match="answered list"):
        import_saved_objects(kibana.url, "wire-articles")


def test_an_unreachable_kibana_is_an_error_not_a_traceback() -> None:
    with pytest.raises(WirepipeError, match="unreachable"):
        import_saved_objects("http://127.0.0.1:9", "wire-articles", timeout=5)
