"""The local stack: Apache Kafka and Elasticsearch started on 127.0.0.1 without Docker.

Used by `wirepipe stack up|down|status` and by the integration test session::

    endpoints = up()          # starts what is not running, waits until healthy
    os.environ.update(endpoints.as_env())
    ...
    down()                    # stops what `up` started, leaves no process behind

Servers named by KAFKA_BOOTSTRAP / ES_URL are used instead of starting local ones.
Settings come from the environment: see `pipeline.config` and `StackSettings.from_env`.
"""

from pipeline.errors import StackError
from pipeline.stack.elasticsearch import es_has_english_analyzer
from pipeline.stack.lifecycle import (
    Endpoints,
    ServerStatus,
    StackStatus,
    down,
    is_running,
    status,
    status_report,
    up,
)
from pipeline.stack.settings import StackSettings

__all__ = [
    "Endpoints",
    "ServerStatus",
    "StackError",
    "StackSettings",
    "StackStatus",
    "down",
    "es_has_english_analyzer",
    "is_running",
    "status",
    "status_report",
    "up",
]
