"""The local single-node Elasticsearch: start, health, capabilities."""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import orjson

from pipeline.config import redact
from pipeline.errors import StackError
from pipeline.stack.distributions import es_dist_dir
from pipeline.stack.es_layout import ES_MINIMUM_JAVA, entitlement_agent_jar, entitlement_bridge_jar
from pipeline.stack.es_server_args import encode_server_args
from pipeline.stack.java import find_java_home, java_executable
from pipeline.stack.processes import ServerProcess, start_detached
from pipeline.stack.runtime import ServerRuntime, prepare_runtime, server_runtime
from pipeline.stack.settings import StackSettings
from pipeline.stack.templates import flat_settings, option_lines, render_template

ES_MAIN_MODULE = "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"
ES_MAIN_CLASS = "org.elasticsearch.bootstrap.Elasticsearch"
# Every Elasticsearch response carries it; without it, something else answers on the port.
PRODUCT_HEADER = "X-Elastic-Product"


def es_runtime(settings: StackSettings) -> ServerRuntime:
    dist = es_dist_dir(settings)
    return server_runtime(settings, "elasticsearch", dist, settings.es_service_user)


def es_config_dir(runtime: ServerRuntime) -> Path:
    """The distribution's own: the node writes nothing there, and it holds no secret."""
    return runtime.home / "config"


def es_process(settings: StackSettings) -> ServerProcess:
    runtime = es_runtime(settings)
    return ServerProcess(
        name="Elasticsearch",
        pid_file=settings.stack_dir / "run" / "elasticsearch.pid",
        main_class=ES_MAIN_CLASS,
        marker=f"-Des.path.home={runtime.home}",
    )


def es_log_paths(settings: StackSettings) -> tuple[Path, Path]:
    """The JVM's own output (start-up failures), then the node's log."""
    logs_dir = es_runtime(settings).logs_dir
    return logs_dir / "stdout.log", logs_dir / "elasticsearch.log"


def node_settings(settings: StackSettings, runtime: ServerRuntime) -> dict[str, str]:
    return flat_settings(
        render_template(
            "elasticsearch/elasticsearch.yml",
            {
                "home": runtime.home,
                "data_dir": runtime.data_dir,
                "logs_dir": runtime.logs_dir,
                "http_port": settings.es_port,
                "transport_port": settings.es_transport_port,
            },
        )
    )


def jvm_options(settings: StackSettings, runtime: ServerRuntime) -> list[str]:
    return option_lines(
        render_template(
            "elasticsearch/jvm.options",
            {
                "heap": settings.es_heap,
                "home": runtime.home,
                "config_dir": es_config_dir(runtime),
                "logs_dir": runtime.logs_dir,
                "tmp_dir": runtime.tmp_dir,
                "entitlement_bridge_jar": entitlement_bridge_jar(runtime.home),
                "entitlement_agent_jar": entitlement_agent_jar(runtime.home),
            },
        )
    )


def start_elasticsearch(settings: StackSettings) -> ServerProcess:
    """Start the node detached, as the launcher would: JVM options, then ServerArgs on stdin."""
    runtime = es_runtime(settings)
    prepare_runtime(runtime, es_dist_dir(settings))
    java_home = find_java_home(
        settings.es_java_home, ES_MINIMUM_JAVA, "Elasticsearch", needs_jdk=False
    )
    server = es_process(settings)
    start_detached(
        [
            str(java_executable(java_home)),
            *jvm_options(settings, runtime),
            "--module",
            ES_MAIN_MODULE,
        ],
        cwd=runtime.home,
        # The node checks that libffi has a private temp folder, as the launcher sets it up.
        env={**os.environ, "LIBFFI_TMPDIR": str(runtime.tmp_dir)},
        log_path=runtime.logs_dir / "stdout.log",
        pid_file=server.pid_file,
        stdin_bytes=encode_server_args(
            node_settings(settings, runtime), es_config_dir(runtime), runtime.logs_dir
        ),
        user=runtime.service_user,
    )
    return server


def es_probe(es_url: str) -> str | None:
    """None when the cluster is yellow or green and answers as Elasticsearch; why not otherwise."""
    shown = redact(es_url)
    try:
        response = _request(es_url, "GET", "/_cluster/health?wait_for_status=yellow&timeout=1s")
    except OSError as error:
        return f"no answer from {shown}: {error}"
    if response.headers.get(PRODUCT_HEADER) != "Elasticsearch":
        return f"{shown} does not answer as Elasticsearch (no {PRODUCT_HEADER} header)"
    status = response.body.get("status") if isinstance(response.body, dict) else None
    if status not in ("yellow", "green"):
        return f"cluster health of {shown} is {status}"
    return None


def es_has_english_analyzer(es_url: str) -> bool:
    """Whether the node offers the `english` analyzer (it lives in the analysis-common module).

    The local node has no analysis-common: Elastic publishes only the server and
    transport-netty4 on Maven Central. A full distribution (Docker) has it.
    """
    try:
        response = _request(
            es_url, "POST", "/_analyze", {"analyzer": "english", "text": "indexing"}
        )
    except OSError as error:
        raise StackError(f"cannot ask {redact(es_url)} for its analyzers: {error}") from error
    if response.status == 200:
        return True
    if response.status == 400:
        return False
    raise StackError(f"{redact(es_url)} answered {response.status} to _analyze: {response.body!r}")


@dataclass(frozen=True)
class _Response:
    status: int
    headers: Message
    body: object = field(default=None)


def _request(
    es_url: str, method: str, path: str, body: object = None, timeout_s: float = 5.0
) -> _Response:
    """A JSON request with the standard library, so the stack needs no Elasticsearch client.

    Credentials in the URL (http://user:password@host:port) become basic authentication.
    """
    parts = urlsplit(es_url)
    netloc_without_credentials = parts.netloc.rpartition("@")[2]
    url = (
        urlunsplit((parts.scheme, netloc_without_credentials, parts.path.rstrip("/"), "", ""))
        + path
    )
    request = urllib.request.Request(url, method=method)
    request.add_header("Accept", "application/json")
    if parts.username is not None:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        request.add_header(
            "Authorization", "Basic " + base64.b64encode(credentials.encode()).decode()
        )
    data = None
    if body is not None:
        data = orjson.dumps(body)
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, data=data, timeout=timeout_s) as answer:
            return _Response(answer.status, answer.headers, _json_or_none(answer.read()))
    except urllib.error.HTTPError as answer:
        with answer:
            return _Response(answer.code, answer.headers, _json_or_none(answer.read()))


def _json_or_none(raw: bytes) -> object:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
