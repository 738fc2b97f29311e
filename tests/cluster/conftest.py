"""The local cluster for the cluster tests: three Kafka nodes, three Elasticsearch nodes.

One cluster serves all the tests here (`wirepipe stack up --cluster`); each test deploys
the pipeline on it under its own topic prefix, app id and index alias, so a scenario
never sees another's messages. The cluster is stopped after the last of them only if
they started it. Every test here is marked `cluster`, and `integration`: it needs real
servers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import stack
from tests.cluster.faults import Cluster
from tests.integration.pipeline_run import PipelineRun


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.cluster)
            item.add_marker(pytest.mark.integration)


# Package scope: the cluster's six JVMs stop as soon as the last test here is done, not at
# the end of a `make test` session that goes on with other folders.
@pytest.fixture(scope="package")
def cluster() -> Iterator[Cluster]:
    was_running = stack.cluster_status().running
    endpoints = stack.cluster_up()
    try:
        yield Cluster(endpoints)
    finally:
        if not was_running:
            stack.cluster_down()


@pytest.fixture
def cluster_run(cluster: Cluster, tmp_path: Path) -> Iterator[PipelineRun]:
    """A pipeline deployment of its own on the cluster, removed after the test."""
    with cluster.deployment(tmp_path) as run:
        yield run
