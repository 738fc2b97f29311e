"""Every setting of wirepipe, read from the environment here and nowhere else (12-factor).

Each variable is declared once, as a `Variable` with its default, its check
and one line of documentation: `Settings` (the pipeline) and
`pipeline.stack.settings.StackSettings` (the local servers) are built from
them, the README's configuration table is generated from them
(`settings_table()`, pinned by a test), and a value out of range fails at
start with the variable's name and what it must be, e.g.
"WIREPIPE_SESSION_TIMEOUT=2: must be at least 6 seconds".

A namespace set in the environment (topic prefix, index alias, app id)
isolates one deployment, or one test run, from another on the same servers.
Defaults work on one machine from any folder: state goes under the checkout's
`.stack/` when running from a source checkout, else under the user's state
directory (`$XDG_STATE_HOME/wirepipe`).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pipeline.errors import ConfigurationError

T = TypeVar("T")
N = TypeVar("N", int, float)
Parse = Callable[[str], T]

# The test stack's ports: deliberately not Kafka's and Elasticsearch's own, so the
# local stack never collides with servers a developer already runs.
DEFAULT_KAFKA_BOOTSTRAP = "127.0.0.1:19092"
DEFAULT_ES_URL = "http://127.0.0.1:19200"
DEFAULT_KAFKA_VERSION = "3.9.2"
DEFAULT_ES_VERSION = "9.5.3"
# The broker's group.min.session.timeout.ms: a shorter session is refused at join.
MIN_SESSION_TIMEOUT = 6.0


def checkout_root() -> Path | None:
    """The source checkout this package runs from (editable install), if any."""
    root = Path(__file__).resolve().parents[1]
    return root if (root / "pyproject.toml").is_file() and (root / "pipeline").is_dir() else None


# ---- checks: each turns the variable's text into a value or says what it must be


def text(value: str) -> str:
    return value


def integer(minimum: int, maximum: int | None = None, unit: str = "") -> Parse[int]:
    return _bounded(int, "a whole number", minimum, maximum, unit)


def number(minimum: float, maximum: float | None = None, unit: str = "") -> Parse[float]:
    return _bounded(float, "a finite number", minimum, maximum, unit)


def _bounded(
    convert: Callable[[str], N], what: str, minimum: float, maximum: float | None, unit: str
) -> Parse[N]:
    suffix = f" {unit}" if unit else ""

    def parse(value: str) -> N:
        try:
            parsed = convert(value)
        except ValueError:
            raise ValueError(f"must be {what}") from None
        if not math.isfinite(parsed):
            raise ValueError(f"must be {what}")
        if parsed < minimum:
            raise ValueError(f"must be at least {minimum:g}{suffix}")
        if maximum is not None and parsed > maximum:
            raise ValueError(f"must be at most {maximum:g}{suffix}")
        return parsed

    return parse


def positive(unit: str) -> Parse[float]:
    def parse(value: str) -> float:
        parsed = number(float("-inf"), unit=unit)(value)
        if parsed <= 0:
            raise ValueError(f"must be more than 0{f' {unit}' if unit else ''}")
        return parsed

    return parse


def port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise ValueError("is not a TCP port (1-65535)")
    return int(value)


def path(value: str) -> Path:
    return Path(value).expanduser().resolve()


def url(value: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError("must be an http:// or https:// URL")
    return value.rstrip("/")


def heap_size(value: str) -> str:
    if not re.fullmatch(r"[1-9][0-9]*[kKmMgG]", value):
        raise ValueError("is not a JVM heap size such as 512m or 1g")
    return value.lower()


def release(value: str) -> str:
    if not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", value):
        raise ValueError("is not a release version such as 3.9.2")
    return value


def name_part(value: str) -> str:
    """A piece of a Kafka topic, consumer group or index name."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", value):
        raise ValueError("must be lower-case letters, digits, '.', '_' or '-'")
    return value


def prefix(value: str) -> str:
    return name_part(value) if value else value


# ---- the variables


@dataclass(frozen=True)
class Variable(Generic[T]):
    """One environment variable: its name, default, check and documentation.

    An empty value counts as unset. `documented_default` is what the README
    shows where the default is computed (a path, another variable plus one).
    """

    name: str
    default: T
    parse: Parse[T]
    help: str
    group: str = "pipeline"
    documented_default: str | None = None

    def read(self, environ: Mapping[str, str]) -> T:
        raw = environ.get(self.name, "").strip()
        if not raw:
            return self.default
        try:
            return self.parse(raw)
        except ValueError as exc:
            raise ConfigurationError(f"{self.name}={_shown(raw)!r}: {exc}") from None

    def shown_default(self) -> str:
        if self.documented_default is not None:
            return self.documented_default
        if self.default is None or self.default == "":
            return "(unset)"
        if isinstance(self.default, float) and self.default.is_integer():
            return str(int(self.default))
        return str(self.default)


VARIABLES: list[Variable[Any]] = []


def variable(
    name: str,
    default: T,
    parse: Parse[T],
    help: str,
    *,
    group: str = "pipeline",
    documented_default: str | None = None,
) -> Variable[T]:
    declared = Variable(name, default, parse, help, group, documented_default)
    if any(known.name == name for known in VARIABLES):
        raise RuntimeError(f"{name} is declared twice")
    VARIABLES.append(declared)
    return declared


KAFKA_BOOTSTRAP = variable(
    "KAFKA_BOOTSTRAP", None, text,
    "Kafka brokers (comma-separated host:port). When set, `wirepipe stack up` starts no Kafka",
    documented_default=f"`{DEFAULT_KAFKA_BOOTSTRAP}` (the local stack)",
)
ES_URL = variable(
    "ES_URL", None, url,
    "Elasticsearch URL. When set, `wirepipe stack up` starts no Elasticsearch",
    documented_default=f"`{DEFAULT_ES_URL}` (the local stack)",
)
APP_ID = variable(
    "WIREPIPE_APP_ID", "wirepipe", name_part,
    "Faust app id: the consumer groups' and the dedup state topic's names",
)
TOPIC_PREFIX = variable(
    "WIREPIPE_TOPIC_PREFIX", "", prefix,
    "prefix of every topic name, to run several pipelines on one cluster",
)
INDEX_ALIAS = variable(
    "WIREPIPE_INDEX_ALIAS", "wire-articles", name_part, "the write alias searched by the newsroom"
)
PARTITIONS = variable(
    "WIREPIPE_PARTITIONS", 4, integer(1, 10_000),
    "partitions of the pipeline and dedup state topics; the most workers that share work",
)
REPLICATION_FACTOR = variable(
    "WIREPIPE_REPLICATION_FACTOR", 1, integer(1, 16), "replication of the pipeline topics"
)
INDEX_REPLICAS = variable("WIREPIPE_INDEX_REPLICAS", 0, integer(0, 16), "replicas of the index")
MAX_MESSAGE_BYTES = variable(
    "WIREPIPE_MAX_MESSAGE_BYTES", 16 * 1024 * 1024, integer(64 * 1024, 1024**3, "bytes"),
    "largest message the topics, producers and consumers accept",
)
MAX_STORY_BYTES = variable(
    "WIREPIPE_MAX_STORY_BYTES", 5 * 1024 * 1024, integer(1024, 1024**3, "bytes"),
    "largest story payload parsed; a larger one is dead-lettered as too-large",
)
STATE_DIR = variable(
    "WIREPIPE_STACK_DIR", None, path,
    "the local stack's downloads, data and logs, and the default home of worker state",
    group="stack",
    documented_default="`.stack/` in a checkout, else `$XDG_STATE_HOME/wirepipe`",
)
DATA_DIR = variable(
    "WIREPIPE_DATA_DIR", None, path,
    "the worker's own state folder, Faust's (created if missing)",
    documented_default="`worker-data/` under `WIREPIPE_STACK_DIR`",
)
WEB_PORT = variable(
    "WIREPIPE_WEB_PORT", 6066, integer(0, 65535),
    "the worker's web endpoint (`0` turns it off)",
)
WEB_BIND = variable(
    "WIREPIPE_WEB_BIND", "127.0.0.1", text,
    "the address it listens on (`0.0.0.0` in the worker image)",
)
BULK_SIZE = variable(
    "WIREPIPE_BULK_SIZE", 500, integer(1, 100_000), "most documents in one bulk request"
)
BULK_INTERVAL = variable(
    "WIREPIPE_BULK_INTERVAL", 0.25, positive("seconds"),
    "seconds a bulk batch waits after its first document to fill before it is sent: larger "
    "requests cost Elasticsearch several times less CPU per document; the wait adds to the "
    "time until a story is searchable",
)
PRODUCER_LINGER_MS = variable(
    "WIREPIPE_PRODUCER_LINGER_MS", 5, integer(0, 1000, "ms"),
    "how long a worker's producer waits to fill a batch: fewer, larger produce requests cost "
    "the worker and the brokers less CPU per story",
)
FETCH_MIN_BYTES = variable(
    "WIREPIPE_FETCH_MIN_BYTES", 64 * 1024, integer(1, 64 * 1024 * 1024, "bytes"),
    "how much new data a worker's consumers ask the broker to gather before a fetch returns: "
    "under load, fewer fetch round trips cost the worker and the brokers less CPU per story",
)
FETCH_MAX_WAIT_MS = variable(
    "WIREPIPE_FETCH_MAX_WAIT_MS", 100, integer(0, 5000, "ms"),
    "the longest a fetch waits for `WIREPIPE_FETCH_MIN_BYTES`: on a quiet feed each of the "
    "worker's three hops (raw, enriched, articles) adds at most this much latency",
)
BULK_MAX_RETRIES = variable(
    "WIREPIPE_BULK_MAX_RETRIES", 5, integer(0, 100),
    "retries of a document refused with 429/5xx before it goes to the DLQ",
)
DEDUP_WINDOW_DAYS = variable(
    "WIREPIPE_DEDUP_WINDOW_DAYS", 7.0, positive("days"), "how long near-duplicate state is kept"
)
SESSION_TIMEOUT = variable(
    "WIREPIPE_SESSION_TIMEOUT", 30.0, number(MIN_SESSION_TIMEOUT, 1800, "seconds"),
    "seconds before the consumer groups give a silent (crashed) worker's partitions to the "
    "others; at least 6, the broker's floor",
)
SHARED_DIR = variable(
    "WIREPIPE_SHARED", None, path,
    "a folder of third-party sample copy (`seeds/`, `corpus/`) that the demo, the evaluation "
    "tests and the benchmarks read in place when it exists",
    documented_default="`shared/` beside the checkout",
)

KAFKA_PORT = variable(
    "WIREPIPE_KAFKA_PORT", 19092, port, "the local Kafka's listener", group="stack"
)
KAFKA_CONTROLLER_PORT = variable(
    "WIREPIPE_KAFKA_CONTROLLER_PORT", None, port, "the local Kafka's KRaft controller listener",
    group="stack", documented_default="`WIREPIPE_KAFKA_PORT` + 1",
)
ES_PORT = variable("WIREPIPE_ES_PORT", 19200, port, "the local Elasticsearch's HTTP port",
                   group="stack")
ES_TRANSPORT_PORT = variable(
    "WIREPIPE_ES_TRANSPORT_PORT", None, port, "the local Elasticsearch's transport port",
    group="stack", documented_default="`WIREPIPE_ES_PORT` + 100",
)
KAFKA_HEAP = variable("WIREPIPE_KAFKA_HEAP", "512m", heap_size, "the local Kafka's JVM heap",
                      group="stack")
ES_HEAP = variable("WIREPIPE_ES_HEAP", "1g", heap_size, "the local Elasticsearch's JVM heap",
                   group="stack")
KAFKA_VERSION = variable(
    "WIREPIPE_KAFKA_VERSION", DEFAULT_KAFKA_VERSION, release,
    "Apache Kafka release fetched from Maven Central", group="stack",
)
ES_VERSION = variable(
    "WIREPIPE_ES_VERSION", DEFAULT_ES_VERSION, release,
    "Elasticsearch release fetched from Maven Central (its major must match the client's)",
    group="stack",
)
KAFKA_JAVA_HOME = variable(
    "WIREPIPE_KAFKA_JAVA_HOME", None, path, "JDK that runs Kafka (17+)", group="stack",
    documented_default="`JAVA_HOME`, else the `java` on the PATH",
)
JAVA_HOME = variable("JAVA_HOME", None, path, "the default JDK", group="stack")
ES_JAVA_HOME = variable(
    "WIREPIPE_ES_JAVA_HOME", None, path, "JDK that runs Elasticsearch (21+)", group="stack",
    documented_default="`ES_JAVA_HOME`, else the newest JDK found",
)
ES_JAVA_HOME_STANDARD = variable(
    "ES_JAVA_HOME", None, path, "Elasticsearch's own JDK variable", group="stack"
)
ES_USER = variable(
    "WIREPIPE_ES_USER", "wirepipe", text,
    "system user that runs Elasticsearch when the stack is started by root", group="stack",
)
STACK_START_TIMEOUT = variable(
    "WIREPIPE_STACK_START_TIMEOUT", 180.0, positive("seconds"),
    "how long `stack up` waits for each server to be healthy", group="stack",
)
MAVEN = variable("WIREPIPE_MAVEN", "mvn", text, "the Maven command that fetches the servers",
                 group="stack")
XDG_STATE_HOME = variable(
    "XDG_STATE_HOME", None, path, "where state goes when wirepipe runs outside a checkout",
    group="stack", documented_default="`~/.local/state`",
)
MAVEN_REPO_LOCAL = variable(
    "WIREPIPE_MAVEN_REPO_LOCAL", None, path, "Maven's local repository", group="stack",
    documented_default="`~/.m2/repository`",
)


# Per-story budget of the enrich stage, enforced from outside the child process that runs it.
STORY_CPU_SECONDS = variable(
    "WIREPIPE_STORY_CPU_SECONDS", 2.0, number(0.05, 600, "seconds"),
    "CPU time one story may take in the enrich stage before it is dead-lettered as timeout",
)
STORY_MEMORY_MB = variable(
    "WIREPIPE_STORY_MEMORY_MB", 512, integer(32, 65536, "MB"),
    "memory one story may take in the enrich stage before it is dead-lettered as too-large",
)


# How often `wirepipe dlq replay` sends a message back before it holds its dead letter.
DLQ_MAX_ATTEMPTS = variable(
    "WIREPIPE_DLQ_MAX_ATTEMPTS", 5, integer(1, 1000),
    "times a message may be processed (first try and replays) before `wirepipe dlq replay` "
    "holds its dead letter back unless `--force`",
)


# Who may reach the servers: Kafka and Elasticsearch credentials and TLS, secrets kept out of
# every printed line, the worker's debug pages, the system user of the local Kafka.


class Secret(str):
    """A password or key: its own value everywhere except in a repr, which is `'***'`.

    Configuration dumps (kafka-python logs its whole configuration at debug
    level), dataclass reprs and tracebacks show reprs, so a secret never does.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


_URL_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^\s'\"<>]*@")


def redact(text: str) -> str:
    """`text` with the credentials of every URL in it masked (`https://***@host`)."""
    return _URL_CREDENTIALS.sub(r"\g<scheme>***@", text)


def _shown(raw: str) -> str:
    """A value as an error message may quote it: never the credentials a URL may carry,
    with or without its scheme ("user:password@host")."""
    masked = redact(raw)
    return masked if "://" in masked or "@" not in masked else "***@" + masked.rsplit("@", 1)[1]


def one_secret(*given: tuple[Variable[Secret | None], Secret | None]) -> Secret | None:
    """The secret set by one of its variables (the value itself, or a file that holds it)."""
    chosen = [(declared, value) for declared, value in given if value is not None]
    if len(chosen) > 1:
        raise ConfigurationError(f"{' and '.join(d.name for d, _ in chosen)} are both set: use one")
    return chosen[0][1] if chosen else None


def choice(*allowed: str) -> Parse[str]:
    def parse(value: str) -> str:
        if value.upper() not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value.upper()

    return parse


def flag(value: str) -> bool:
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be 1 or 0 (true or false)")


def existing_file(value: str) -> Path:
    found = path(value)
    if not found.is_file():
        raise ValueError("is not a file")
    return found


def secret(value: str) -> Secret:
    return Secret(value)


def secret_file(value: str) -> Secret:
    """The secret a file holds (a mounted Docker or Kubernetes secret), less its final newline."""
    try:
        held = existing_file(value).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeError) as exc:
        raise ValueError(f"cannot be read ({exc})") from None
    if not held:
        raise ValueError("is empty")
    return Secret(held)


def sha256_fingerprint(value: str) -> str:
    digits = value.replace(":", "").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise ValueError("is not a SHA-256 fingerprint (64 hex digits, colons allowed)")
    return digits


KAFKA_SECURITY_PROTOCOL = variable(
    "WIREPIPE_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
    choice("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"),
    "how every Kafka client connects: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL",
)
KAFKA_SASL_MECHANISM = variable(
    "WIREPIPE_KAFKA_SASL_MECHANISM", "PLAIN", choice("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"),
    "SASL mechanism of the SASL protocols: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512",
)
KAFKA_SASL_USERNAME = variable(
    "WIREPIPE_KAFKA_SASL_USERNAME", None, text, "Kafka user (needed by the SASL protocols)"
)
KAFKA_SASL_PASSWORD = variable(
    "WIREPIPE_KAFKA_SASL_PASSWORD", None, secret, "password of the Kafka user"
)
KAFKA_SASL_PASSWORD_FILE = variable(
    "WIREPIPE_KAFKA_SASL_PASSWORD_FILE", None, secret_file,
    "a file holding that password instead (a mounted Docker or Kubernetes secret)",
)
KAFKA_SSL_CAFILE = variable(
    "WIREPIPE_KAFKA_SSL_CAFILE", None, existing_file,
    "PEM file of the CAs that sign the brokers' certificates (SSL protocols)",
    documented_default="the system's CAs",
)
KAFKA_SSL_CERTFILE = variable(
    "WIREPIPE_KAFKA_SSL_CERTFILE", None, existing_file,
    "PEM client certificate, for brokers that authenticate clients by certificate",
)
KAFKA_SSL_KEYFILE = variable(
    "WIREPIPE_KAFKA_SSL_KEYFILE", None, existing_file,
    "PEM private key of that certificate, when the certificate file does not hold it",
)
ES_API_KEY = variable(
    "WIREPIPE_ES_API_KEY", None, secret, "Elasticsearch API key (the encoded form)"
)
ES_API_KEY_FILE = variable(
    "WIREPIPE_ES_API_KEY_FILE", None, secret_file, "a file holding that API key instead"
)
ES_USERNAME = variable(
    "WIREPIPE_ES_USERNAME", None, text, "Elasticsearch user (basic authentication)"
)
ES_PASSWORD = variable("WIREPIPE_ES_PASSWORD", None, secret, "password of that user")
ES_PASSWORD_FILE = variable(
    "WIREPIPE_ES_PASSWORD_FILE", None, secret_file, "a file holding that password instead"
)
ES_CA_CERTS = variable(
    "WIREPIPE_ES_CA_CERTS", None, existing_file,
    "PEM file of the CAs that sign Elasticsearch's certificate (https)",
    documented_default="the system's CAs",
)
ES_SSL_FINGERPRINT = variable(
    "WIREPIPE_ES_SSL_FINGERPRINT", None, sha256_fingerprint,
    "SHA-256 fingerprint of Elasticsearch's certificate, trusted instead of a CA (https)",
)
ES_VERIFY_CERTS = variable(
    "WIREPIPE_ES_VERIFY_CERTS", True, flag,
    "whether Elasticsearch's certificate is verified (https); `0` only for throwaway clusters",
)
WEB_DEBUG_PAGES = variable(
    "WIREPIPE_WEB_DEBUG_PAGES", False, flag,
    "`1` serves Faust's `/table/` and `/router/` pages, which show dedup state and topology",
)
KAFKA_USER = variable(
    "WIREPIPE_KAFKA_USER", "wirepipe", text,
    "system user that runs Kafka when the stack is started by root", group="stack",
)


# Monitoring: a worker's measurements and readiness, log lines, whom `wirepipe status` asks.
def text_or_json(value: str) -> str:
    if value.lower() not in ("text", "json"):
        raise ValueError("must be text or json")
    return value.lower()


def host_ports(value: str) -> tuple[str, ...]:
    found = tuple(part.strip() for part in value.split(",") if part.strip())
    for address in found:
        host, _, number = address.rpartition(":")
        if not host or not number.isdigit() or not 1 <= int(number) <= 65535:
            raise ValueError(f"{address!r} is not host:port")
    return found


MONITOR_INTERVAL = variable(
    "WIREPIPE_MONITOR_INTERVAL", 15.0, number(0.2, 3600, "seconds"),
    "seconds between a worker's measurements of consumer lag, dedup state size and "
    "Elasticsearch reachability, served on its `/metrics`",
)
READY_ES_WITHIN = variable(
    "WIREPIPE_READY_ES_WITHIN", 30.0, number(1, 86400, "seconds"),
    "a worker's `/ready` answers 503 once Elasticsearch has not answered it for this long",
)
LOG_FORMAT = variable(
    "WIREPIPE_LOG_FORMAT", "text", text_or_json,
    "`json`: the worker and the command line log ECS-style JSON lines; `text`: plain lines",
)
STATUS_WORKERS = variable(
    "WIREPIPE_STATUS_WORKERS", None, host_ports,
    "the workers (comma-separated host:port of their web endpoints) `wirepipe status` asks",
    documented_default="`127.0.0.1:` and `WIREPIPE_WEB_PORT`",
)


# Kibana: whom `wirepipe setup --kibana URL` logs in as to import the saved objects.
KIBANA_USERNAME = variable(
    "WIREPIPE_KIBANA_USERNAME", None, text,
    "Kibana user that imports the saved objects (`wirepipe setup --kibana URL`)",
    documented_default="`WIREPIPE_ES_USERNAME`",
)
KIBANA_PASSWORD = variable("WIREPIPE_KIBANA_PASSWORD", None, secret, "password of that user")
KIBANA_PASSWORD_FILE = variable(
    "WIREPIPE_KIBANA_PASSWORD_FILE", None, secret_file, "a file holding that password instead"
)


# Replication on a Kafka cluster, and the local cluster `wirepipe stack up --cluster` starts.
def default_min_insync_replicas(replication_factor: int) -> int:
    """Two copies of every message once there are three: one broker may then be down."""
    return 2 if replication_factor >= 3 else 1


MIN_INSYNC_REPLICAS = variable(
    "WIREPIPE_MIN_INSYNC_REPLICAS", None, integer(1, 16),
    "replicas that must hold a message before a producer (acks=all) counts it as written, "
    "for the pipeline's topics; at most `WIREPIPE_REPLICATION_FACTOR`",
    documented_default="2 when the replication factor is 3 or more, else 1",
)
CLUSTER_KAFKA_PORT = variable(
    "WIREPIPE_CLUSTER_KAFKA_PORT", 29092, port,
    "first of the local cluster's three Kafka listeners (the next two follow; their KRaft "
    "controllers listen 100 above)", group="stack",
)
CLUSTER_ES_PORT = variable(
    "WIREPIPE_CLUSTER_ES_PORT", 29200, port,
    "first of the local cluster's three Elasticsearch HTTP ports (the next two follow; "
    "transport 100 above)", group="stack",
)
CLUSTER_KAFKA_HEAP = variable(
    "WIREPIPE_CLUSTER_KAFKA_HEAP", "384m", heap_size,
    "JVM heap of each Kafka node of the local cluster", group="stack",
)
CLUSTER_ES_HEAP = variable(
    "WIREPIPE_CLUSTER_ES_HEAP", "512m", heap_size,
    "JVM heap of each Elasticsearch node of the local cluster", group="stack",
)


# ---- the pipeline's settings


@dataclass(frozen=True, slots=True)
class Topics:
    raw: str
    enriched: str
    articles: str
    dlq: str

    def all(self) -> tuple[str, ...]:
        return (self.raw, self.enriched, self.articles, self.dlq)


@dataclass(frozen=True, slots=True)
class Settings:
    kafka_bootstrap: str
    es_url: str
    app_id: str
    topic_prefix: str
    index_alias: str
    partitions: int
    replication_factor: int
    index_replicas: int
    max_message_bytes: int
    max_story_bytes: int
    data_dir: Path
    web_port: int
    web_bind: str
    bulk_size: int
    bulk_interval: float
    bulk_max_retries: int
    dedup_window_days: float
    session_timeout: float
    shared_dir: Path | None = field(default=None)
    story_cpu_seconds: float = STORY_CPU_SECONDS.default
    story_memory_mb: int = STORY_MEMORY_MB.default
    dlq_max_attempts: int = DLQ_MAX_ATTEMPTS.default
    producer_linger_ms: int = PRODUCER_LINGER_MS.default
    fetch_min_bytes: int = FETCH_MIN_BYTES.default
    fetch_max_wait_ms: int = FETCH_MAX_WAIT_MS.default
    kafka_security_protocol: str = KAFKA_SECURITY_PROTOCOL.default
    kafka_sasl_mechanism: str = KAFKA_SASL_MECHANISM.default
    kafka_sasl_username: str | None = None
    kafka_sasl_password: Secret | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    es_api_key: Secret | None = None
    es_username: str | None = None
    es_password: Secret | None = None
    es_ca_certs: Path | None = None
    es_ssl_fingerprint: str | None = None
    es_verify_certs: bool = ES_VERIFY_CERTS.default
    web_debug_pages: bool = WEB_DEBUG_PAGES.default
    monitor_interval: float = MONITOR_INTERVAL.default
    ready_es_within: float = READY_ES_WITHIN.default
    log_format: str = LOG_FORMAT.default
    status_workers: tuple[str, ...] = (f"127.0.0.1:{WEB_PORT.default}",)
    kibana_username: str | None = None
    kibana_password: Secret | None = None
    min_insync_replicas: int = 1

    def __repr__(self) -> str:
        # Secrets show as '***' by themselves; a URL may still carry a password.
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
        return redact(f"Settings({shown})")

    @property
    def topics(self) -> Topics:
        p = self.topic_prefix
        return Topics(
            raw=f"{p}wire.raw",
            enriched=f"{p}wire.enriched",
            articles=f"{p}wire.articles",
            dlq=f"{p}wire.dlq",
        )

    @property
    def first_index(self) -> str:
        """The concrete index behind the write alias."""
        return f"{self.index_alias}-000001"

    @property
    def kafka_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap.split(",") if s.strip()]

    def endpoint_environment(self) -> dict[str, str]:
        """The variables that point a child process at the same servers and namespace."""
        return {
            KAFKA_BOOTSTRAP.name: self.kafka_bootstrap,
            ES_URL.name: self.es_url,
            APP_ID.name: self.app_id,
            TOPIC_PREFIX.name: self.topic_prefix,
            INDEX_ALIAS.name: self.index_alias,
        }


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The local stack's folder: a checkout's `.stack/`, else the user's state directory."""
    env = os.environ if environ is None else environ
    chosen = STATE_DIR.read(env)
    if chosen is not None:
        return chosen
    root = checkout_root()
    if root is not None:
        return root / ".stack"
    return (XDG_STATE_HOME.read(env) or Path.home() / ".local" / "state") / "wirepipe"


def default_shared_dir() -> Path | None:
    root = checkout_root()
    return root.parent / "shared" if root is not None else None


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The pipeline's settings from `environ` (default: the process environment)."""
    env = os.environ if environ is None else environ
    return Settings(
        kafka_bootstrap=KAFKA_BOOTSTRAP.read(env) or DEFAULT_KAFKA_BOOTSTRAP,
        es_url=ES_URL.read(env) or DEFAULT_ES_URL,
        app_id=APP_ID.read(env),
        topic_prefix=TOPIC_PREFIX.read(env),
        index_alias=INDEX_ALIAS.read(env),
        partitions=PARTITIONS.read(env),
        replication_factor=REPLICATION_FACTOR.read(env),
        index_replicas=INDEX_REPLICAS.read(env),
        max_message_bytes=MAX_MESSAGE_BYTES.read(env),
        max_story_bytes=MAX_STORY_BYTES.read(env),
        data_dir=DATA_DIR.read(env) or state_dir(env) / "worker-data",
        web_port=WEB_PORT.read(env),
        web_bind=WEB_BIND.read(env),
        bulk_size=BULK_SIZE.read(env),
        bulk_interval=BULK_INTERVAL.read(env),
        bulk_max_retries=BULK_MAX_RETRIES.read(env),
        dedup_window_days=DEDUP_WINDOW_DAYS.read(env),
        session_timeout=SESSION_TIMEOUT.read(env),
        shared_dir=SHARED_DIR.read(env) or default_shared_dir(),
        story_cpu_seconds=STORY_CPU_SECONDS.read(env),
        story_memory_mb=STORY_MEMORY_MB.read(env),
        dlq_max_attempts=DLQ_MAX_ATTEMPTS.read(env),
        producer_linger_ms=PRODUCER_LINGER_MS.read(env),
        fetch_min_bytes=FETCH_MIN_BYTES.read(env),
        fetch_max_wait_ms=FETCH_MAX_WAIT_MS.read(env),
        kafka_security_protocol=KAFKA_SECURITY_PROTOCOL.read(env),
        kafka_sasl_mechanism=KAFKA_SASL_MECHANISM.read(env),
        kafka_sasl_username=KAFKA_SASL_USERNAME.read(env),
        kafka_sasl_password=one_secret(
            (KAFKA_SASL_PASSWORD, KAFKA_SASL_PASSWORD.read(env)),
            (KAFKA_SASL_PASSWORD_FILE, KAFKA_SASL_PASSWORD_FILE.read(env)),
        ),
        kafka_ssl_cafile=KAFKA_SSL_CAFILE.read(env),
        kafka_ssl_certfile=KAFKA_SSL_CERTFILE.read(env),
        kafka_ssl_keyfile=KAFKA_SSL_KEYFILE.read(env),
        es_api_key=one_secret(
            (ES_API_KEY, ES_API_KEY.read(env)), (ES_API_KEY_FILE, ES_API_KEY_FILE.read(env))
        ),
        es_username=ES_USERNAME.read(env),
        es_password=one_secret(
            (ES_PASSWORD, ES_PASSWORD.read(env)), (ES_PASSWORD_FILE, ES_PASSWORD_FILE.read(env))
        ),
        es_ca_certs=ES_CA_CERTS.read(env),
        es_ssl_fingerprint=ES_SSL_FINGERPRINT.read(env),
        es_verify_certs=ES_VERIFY_CERTS.read(env),
        web_debug_pages=WEB_DEBUG_PAGES.read(env),
        monitor_interval=MONITOR_INTERVAL.read(env),
        ready_es_within=READY_ES_WITHIN.read(env),
        log_format=LOG_FORMAT.read(env),
        status_workers=STATUS_WORKERS.read(env)
        or (f"127.0.0.1:{WEB_PORT.read(env) or WEB_PORT.default}",),
        kibana_username=KIBANA_USERNAME.read(env),
        kibana_password=one_secret(
            (KIBANA_PASSWORD, KIBANA_PASSWORD.read(env)),
            (KIBANA_PASSWORD_FILE, KIBANA_PASSWORD_FILE.read(env)),
        ),
        min_insync_replicas=min_insync_replicas(env),
    )


def min_insync_replicas(env: Mapping[str, str]) -> int:
    """WIREPIPE_MIN_INSYNC_REPLICAS, or its default; never more than the replicas there are."""
    replication_factor = REPLICATION_FACTOR.read(env)
    chosen = MIN_INSYNC_REPLICAS.read(env)
    if chosen is None:
        return default_min_insync_replicas(replication_factor)
    if chosen > replication_factor:
        raise ConfigurationError(
            f"{MIN_INSYNC_REPLICAS.name}={chosen}: must be at most "
            f"{REPLICATION_FACTOR.name} ({replication_factor}), or no message could be written"
        )
    return chosen


def settings_table() -> str:
    """The README's configuration table, in Markdown, generated from the declarations."""
    titles = {"pipeline": "The pipeline", "stack": "The local stack"}
    lines: list[str] = []
    for group, title in titles.items():
        lines += [f"{title}:", "", "| variable | default | meaning |", "| --- | --- | --- |"]
        for declared in VARIABLES:
            if declared.group == group:
                default = declared.shown_default()
                if declared.documented_default is None and default != "(unset)":
                    default = f"`{default}`"
                lines.append(f"| `{declared.name}` | {default} | {declared.help} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
