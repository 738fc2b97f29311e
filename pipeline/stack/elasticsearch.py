"""The local Elasticsearch nodes: start, health, capabilities.

`local_node` describes the stack's own single node; `start_node` starts any `EsNode`, so the
three nodes of the local cluster (`cluster`) run from the same code and distribution.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.request
from collections.abc import Mapping
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


@dataclass(frozen=True)
class EsNode:
    """One Elasticsearch node: its runtime, ports, heap, and the template of its settings.

    `template_values` fill the template's own placeholders beyond the paths and ports (a
    cluster node's name and the addresses of the others).
    """

    name: str
    runtime: ServerRuntime
    dist_dir: Path
    http_port: int
    transport_port: int
    heap: str
    java_home: Path | None
    pid_file: Path
    template: str = "elasticsearch/elasticsearch.yml"
    template_values: Mapping[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def log_paths(self) -> tuple[Path, Path]:
        """The JVM's own output (start-up failures), then the node's log."""
        logs_dir = self.runtime.logs_dir
        return logs_dir / "stdout.log", logs_dir / "elasticsearch.log"


def es_runtime(settings: StackSettings) -> ServerRuntime:
    dist = es_dist_dir(settings)
    return server_runtime(settings, "elasticsearch", dist, settings.es_service_user)


def local_node(settings: StackSettings) -> EsNode:
    return EsNode(
        name="Elasticsearch",
        runtime=es_runtime(settings),
        dist_dir=es_dist_dir(settings),
        http_port=settings.es_port,
        transport_port=settings.es_transport_port,
        heap=settings.es_heap,
        java_home=settings.es_java_home,
        pid_file=settings.stack_dir / "run" / "elasticsearch.pid",
    )


def es_config_dir(runtime: ServerRuntime) -> Path:
    """The distribution's own: the node writes nothing there, and it holds no secret."""
    return runtime.home / "config"


def node_process(node: EsNode) -> ServerProcess:
    # The nodes share one distribution (es.path.home); the temp folder is each node's own.
    return ServerProcess(
        name=node.name,
        pid_file=node.pid_file,
        main_class=ES_MAIN_CLASS,
        marker=f"-Djava.io.tmpdir={node.runtime.tmp_dir}",
    )


def es_process(settings: StackSettings) -> ServerProcess:
    return node_process(local_node(settings))


def es_log_paths(settings: StackSettings) -> tuple[Path, Path]:
    return local_node(settings).log_paths


def node_settings(node: EsNode) -> dict[str, str]:
    runtime = node.runtime
    return flat_settings(
        render_template(
            node.template,
            {
                **node.template_values,
                "home": runtime.home,
                "data_dir": runtime.data_dir,
                "logs_dir": runtime.logs_dir,
                "http_port": node.http_port,
                "transport_port": node.transport_port,
            },
        )
    )


def jvm_options(node: EsNode) -> list[str]:
    runtime = node.runtime
    return option_lines(
        render_template(
            "elasticsearch/jvm.options",
            {
                "heap": node.heap,
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
    return start_node(local_node(settings))


def start_node(node: EsNode) -> ServerProcess:
    """Start the node detached, as the launcher would: JVM options, then ServerArgs on stdin."""
    runtime = node.runtime
    prepare_runtime(runtime, node.dist_dir)
    java_home = find_java_home(node.java_home, ES_MINIMUM_JAVA, "Elasticsearch", needs_jdk=False)
    server = node_process(node)
    start_detached(
        [
            str(java_executable(java_home)),
            *jvm_options(node),
            "--module",
            ES_MAIN_MODULE,
        ],
        cwd=runtime.home,
        # The node checks that libffi has a private temp folder, as the launcher sets it up.
        env={**os.environ, "LIBFFI_TMPDIR": str(runtime.tmp_dir)},
        log_path=node.log_paths[0],
        pid_file=server.pid_file,
        stdin_bytes=encode_server_args(
            node_settings(node), es_config_dir(runtime), runtime.logs_dir
        ),
        user=runtime.service_user,
    )
    return server


def es_probe(es_url: str, *, green: bool = False, nodes: int | None = None) -> str | None:
    """None when the cluster answers as Elasticsearch and is healthy; why not otherwise.

    Healthy: yellow or green (only green with `green`: every replica allocated), and with
    `nodes` nodes in the cluster when that is given.
    """
    shown = redact(es_url)
    wanted = ("green",) if green else ("yellow", "green")
    query = f"wait_for_status={wanted[0]}&timeout=1s"
    if nodes is not None:
        query += f"&wait_for_nodes={nodes}"
    try:
        response = _request(es_url, "GET", f"/_cluster/health?{query}")
    except OSError as error:
        return f"no answer from {shown}: {error}"
    if response.headers.get(PRODUCT_HEADER) != "Elasticsearch":
        return f"{shown} does not answer as Elasticsearch (no {PRODUCT_HEADER} header)"
    body = response.body if isinstance(response.body, dict) else {}
    status = body.get("status")
    if status not in wanted:
        return f"cluster health of {shown} is {status}"
    if nodes is not None and body.get("number_of_nodes") != nodes:
        return f"the cluster of {shown} has {body.get('number_of_nodes')} of {nodes} nodes"
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
