"""The local stack: Apache Kafka and Elasticsearch started on 127.0.0.1 without Docker.

Used by `wirepipe stack up|down|status` and by the integration test session::

    endpoints = up()          # starts what is not running, waits until healthy
    os.environ.update(endpoints.as_env())
    ...
    down()                    # stops what `up` started, leaves no process behind

Servers named by KAFKA_BOOTSTRAP / ES_URL are used instead of starting local ones.
`cluster_up()` / `cluster_down()` / `cluster_status()` do the same for the local cluster
(three Kafka and three Elasticsearch nodes, `pipeline.stack.cluster`), which runs beside.
Settings come from the environment: see `pipeline.config` and `StackSettings.from_env`.
"""

from pipeline.errors import StackError
from pipeline.stack.cluster import LocalCluster
from pipeline.stack.elasticsearch import es_has_english_analyzer
from pipeline.stack.lifecycle import (
    ClusterStatus,
    Endpoints,
    ServerStatus,
    StackStatus,
    cluster_down,
    cluster_status,
    cluster_up,
    down,
    is_running,
    local_pids,
    status,
    status_report,
    up,
)
from pipeline.stack.settings import StackSettings

__all__ = [
    "ClusterStatus",
    "Endpoints",
    "LocalCluster",
    "ServerStatus",
    "StackError",
    "StackSettings",
    "StackStatus",
    "cluster_down",
    "cluster_status",
    "cluster_up",
    "down",
    "es_has_english_analyzer",
    "is_running",
    "local_pids",
    "status",
    "status_report",
    "up",
]
