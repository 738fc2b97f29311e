"""The newsroom's Kibana objects (pipeline/kibana), fitted to the alias and imported.

The objects ship as Kibana exports them, one saved object per line: the data
view on the read alias, saved searches, Lens charts, a map and the "Wire
desk" dashboard (docs/kibana.md). The data view's title is the index
pattern Kibana queries, so it follows `WIREPIPE_INDEX_ALIAS`; everything
else refers to the data view by its stable id.

Kibana's import API answers 200 even when objects fail (a missing
reference, an unknown type, a conflict): `success: false` and one error per
object. `import_saved_objects` turns that answer into an error that names
every failed object, so a setup job that imports them fails when they do.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from importlib import resources
from typing import Any

import orjson

from pipeline.config import redact
from pipeline.errors import WirepipeError

OBJECTS_FILE = resources.files("pipeline") / "kibana" / "wire-articles.ndjson"
DATA_VIEW_ID = "wire-articles"
IMPORT_PATH = "/api/saved_objects/_import?overwrite=true"
# Kibana refuses state-changing API calls without this header (any value will do).
XSRF_HEADER = "kbn-xsrf"
MAX_SHOWN_BODY = 300


@dataclass(frozen=True, slots=True)
class KibanaLogin:
    username: str
    password: str

    def header(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"


def saved_objects(alias: str) -> list[dict[str, Any]]:
    """The shipped objects, the data view titled after `alias`."""
    objects = [orjson.loads(line) for line in OBJECTS_FILE.read_bytes().splitlines() if line]
    for saved in objects:
        if saved["type"] == "index-pattern" and saved["id"] == DATA_VIEW_ID:
            saved["attributes"]["title"] = alias
    return objects


def ndjson(objects: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(saved) + b"\n" for saved in objects)


def multipart_file(name: str, filename: str, content: bytes) -> tuple[bytes, str]:
    """A multipart/form-data body holding one file, and its content type."""
    boundary = f"wirepipe-{uuid.uuid4().hex}"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        "Content-Type: application/ndjson\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )


def describe_failure(error: dict[str, Any]) -> str:
    """One failed object of an import answer, e.g. "lens/wire-top-people (Top people):
    missing_references index-pattern/wire-articles"."""
    cause = error.get("error") or {}
    kind = cause.get("type", "unknown")
    title = error.get("title") or (error.get("meta") or {}).get("title")
    named = f"{error.get('type')}/{error.get('id')}" + (f" ({title})" if title else "")
    if kind == "missing_references":
        missing = ", ".join(f"{r.get('type')}/{r.get('id')}" for r in cause.get("references", []))
        return f"{named}: missing_references {missing}"
    message = cause.get("message") or cause.get("reason")
    return f"{named}: {kind}" + (f" {message}" if message else "")


def check_import_answer(answer: dict[str, Any], expected: int) -> int:
    """The number of objects imported; WirepipeError("kibana-import") naming each failure."""
    failures = answer.get("errors") or []
    if answer.get("success") is not True or failures:
        lines = [describe_failure(error) for error in failures] or ["no per-object errors given"]
        raise WirepipeError(
            "kibana-import",
            f"{len(failures)} of {expected} saved objects failed: " + "; ".join(lines),
        )
    return int(answer.get("successCount", expected))


def import_saved_objects(
    kibana_url: str,
    alias: str,
    *,
    login: KibanaLogin | None = None,
    timeout: float = 60.0,
) -> int:
    """Import (overwriting) the objects into the Kibana at `kibana_url`; the number imported."""
    objects = saved_objects(alias)
    shown = redact(kibana_url)
    body, content_type = multipart_file("file", "wire-articles.ndjson", ndjson(objects))
    request = urllib.request.Request(
        kibana_url.rstrip("/") + IMPORT_PATH,
        data=body,
        method="POST",
        headers={"Content-Type": content_type, XSRF_HEADER: "wirepipe"},
    )
    if login is not None:
        request.add_header("Authorization", login.header())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = orjson.loads(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:MAX_SHOWN_BODY].decode("utf-8", errors="replace")
        raise WirepipeError("kibana-import", f"HTTP {exc.code} from {shown}: {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise WirepipeError("kibana-import", f"{shown} unreachable: {exc}") from None
    except orjson.JSONDecodeError as exc:
        raise WirepipeError("kibana-import", f"{shown} answered no JSON: {exc}") from None
    if not isinstance(answer, dict):
        raise WirepipeError("kibana-import", f"{shown} answered {type(answer).__name__}")
    return check_import_answer(answer, len(objects))
