"""Settings from the environment (12-factor), with defaults that work on one machine.

Every process of the pipeline (workers, CLI, tests) reads the same names, so a
namespace set in the environment (topic prefix, index alias, app id) isolates
one deployment or one test run from another on the same servers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T", int, float)

DEFAULT_KAFKA_BOOTSTRAP = "127.0.0.1:19092"
DEFAULT_ES_URL = "http://127.0.0.1:19200"


def _env_number(name: str, default: T, parse: Callable[[str], T]) -> T:
    value = os.environ.get(name, "").strip()
    try:
        return parse(value) if value else default
    except ValueError as exc:
        raise ValueError(f"{name}: expected {parse.__name__}, got {value!r}") from exc


def _env_int(name: str, default: int) -> int:
    return _env_number(name, default, int)


def _env_float(name: str, default: float) -> float:
    return _env_number(name, default, float)


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
    data_dir: Path
    web_port: int
    web_bind: str
    bulk_size: int
    bulk_interval: float
    bulk_max_retries: int
    dedup_window_days: float
    session_timeout: float

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


def load_settings() -> Settings:
    return Settings(
        kafka_bootstrap=os.environ.get("KAFKA_BOOTSTRAP") or DEFAULT_KAFKA_BOOTSTRAP,
        es_url=os.environ.get("ES_URL") or DEFAULT_ES_URL,
        app_id=os.environ.get("WIREPIPE_APP_ID") or "wirepipe",
        topic_prefix=os.environ.get("WIREPIPE_TOPIC_PREFIX", ""),
        index_alias=os.environ.get("WIREPIPE_INDEX_ALIAS") or "wire-articles",
        partitions=_env_int("WIREPIPE_PARTITIONS", 4),
        replication_factor=_env_int("WIREPIPE_REPLICATION_FACTOR", 1),
        index_replicas=_env_int("WIREPIPE_INDEX_REPLICAS", 0),
        # Room for large NITF packages and for oversized junk that must still reach the DLQ.
        max_message_bytes=_env_int("WIREPIPE_MAX_MESSAGE_BYTES", 16 * 1024 * 1024),
        data_dir=Path(os.environ.get("WIREPIPE_DATA_DIR") or ".stack/worker-data"),
        web_port=_env_int("WIREPIPE_WEB_PORT", 6066),
        web_bind=os.environ.get("WIREPIPE_WEB_BIND") or "127.0.0.1",
        bulk_size=_env_int("WIREPIPE_BULK_SIZE", 500),
        bulk_interval=_env_float("WIREPIPE_BULK_INTERVAL", 1.0),
        bulk_max_retries=_env_int("WIREPIPE_BULK_MAX_RETRIES", 5),
        dedup_window_days=_env_float("WIREPIPE_DEDUP_WINDOW_DAYS", 7.0),
        # How long a crashed worker holds its partitions before the group moves them.
        session_timeout=_env_float("WIREPIPE_SESSION_TIMEOUT", 30.0),
    )
