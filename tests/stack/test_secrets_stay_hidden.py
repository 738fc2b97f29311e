"""Passwords planted in the environment and in ES_URL never show in what wirepipe prints.

The commands run for real, at debug level where they have one, against servers that do
not answer, so they print their errors too. `wirepipe setup` gets past Kafka only with a
broker to talk to: tests/integration/test_secure_kafka.py runs it against one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import checkout_root, load_settings

URL_PASSWORD = "url-Pa55-planted"
KAFKA_PASSWORD = "kafka-Pa55-planted"
ES_PASSWORD = "es-Pa55-planted"
API_KEY = "api-Key-planted"
PLANTED = (URL_PASSWORD, KAFKA_PASSWORD, ES_PASSWORD, API_KEY)


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    """Unreachable servers, every kind of credential set."""
    return {
        "KAFKA_BOOTSTRAP": f"127.0.0.1:{closed_port()}",
        "ES_URL": f"http://elastic:{URL_PASSWORD}@127.0.0.1:{closed_port()}",
        "WIREPIPE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "WIREPIPE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "WIREPIPE_KAFKA_SASL_USERNAME": "wirepipe",
        "WIREPIPE_KAFKA_SASL_PASSWORD": KAFKA_PASSWORD,
        "WIREPIPE_STACK_DIR": str(tmp_path / "stack"),
        "WIREPIPE_STACK_START_TIMEOUT": "1",
        "WIREPIPE_DATA_DIR": str(tmp_path / "data"),
        "WIREPIPE_WEB_PORT": "0",
    }


def run(environ: dict[str, str], *arguments: str) -> str:
    """The command's whole output, standard output and error together."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *arguments],
        env=os.environ | environ,
        cwd=checkout_root(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    return done.stdout


def assert_hidden(output: str) -> None:
    for planted in PLANTED:
        assert planted not in output


def test_the_settings_repr_masks_every_secret() -> None:
    shown = repr(
        load_settings(
            {
                "ES_URL": f"https://elastic:{URL_PASSWORD}@es.example:9200",
                "WIREPIPE_ES_USERNAME": "wirepipe",
                "WIREPIPE_ES_PASSWORD": ES_PASSWORD,
                "WIREPIPE_ES_API_KEY": API_KEY,
                "WIREPIPE_KAFKA_SASL_PASSWORD": KAFKA_PASSWORD,
            }
        )
    )
    assert "es_url='https://***@es.example:9200'" in shown
    assert "es_password='***'" in shown and "es_api_key='***'" in shown
    assert_hidden(shown)


def test_stack_status_and_a_failed_stack_up(environ: dict[str, str]) -> None:
    status = run(environ, "stack", "status")
    assert "Elasticsearch" in status and "http://***@127.0.0.1" in status
    failed_up = run(environ, "-v", "stack", "up")
    assert "not healthy in time" in failed_up
    assert_hidden(status + failed_up)


def test_a_search_that_cannot_reach_elasticsearch(environ: dict[str, str]) -> None:
    output = run(environ, "-v", "search", "harbour")
    assert "ConnectionError" in output
    assert_hidden(output)


def test_a_worker_that_cannot_reach_kafka(environ: dict[str, str]) -> None:
    output = run(environ, "worker", "--loglevel", "debug")
    assert "Unable to bootstrap" in output
    assert_hidden(output)
