"""Real Kafka and Elasticsearch for the integration tests.

The session starts the local stack (`wirepipe stack up`) unless
KAFKA_BOOTSTRAP and ES_URL point at running servers, and stops it at the
end only if it started it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.pipeline_run import PipelineRun


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def servers() -> Iterator[None]:
    if os.environ.get("KAFKA_BOOTSTRAP") and os.environ.get("ES_URL"):
        yield
        return
    from pipeline import stack

    was_running = stack.is_running()
    endpoints = stack.up()
    os.environ["KAFKA_BOOTSTRAP"] = endpoints.kafka_bootstrap
    os.environ["ES_URL"] = endpoints.es_url
    try:
        yield
    finally:
        if not was_running:
            stack.down()


@pytest.fixture(scope="session")
def kafka_bootstrap(servers: None) -> str:
    return os.environ["KAFKA_BOOTSTRAP"]


@pytest.fixture(scope="session")
def es_url(servers: None) -> str:
    return os.environ["ES_URL"]


@pytest.fixture
def pipeline_run(servers: None, tmp_path: Path) -> Iterator[PipelineRun]:
    run = PipelineRun(tmp_path)
    run.setup()
    try:
        yield run
    finally:
        run.close()
