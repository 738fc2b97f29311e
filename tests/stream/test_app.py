"""The app factory: apps built from settings, side by side, with nothing done at import."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from pipeline.config import load_settings
from pipeline.errors import ConfigurationError
from pipeline.stream.app import create_app
from pipeline.stream.dedup_log import state_consumer
from pipeline.stream.index_consumer import articles_consumer
from pipeline.stream.transport import RewindingConsumer, TrackingProducer
from pipeline.stream.worker import prepare_data_dir


def settings_for(tmp_path: Path, **environ: str):
    return load_settings({"WIREPIPE_DATA_DIR": str(tmp_path / "data"), **environ})


def test_two_apps_with_their_own_settings(tmp_path: Path) -> None:
    first = create_app(settings_for(tmp_path, WIREPIPE_APP_ID="one", WIREPIPE_PARTITIONS="3"))
    second = create_app(settings_for(tmp_path, WIREPIPE_APP_ID="two", WIREPIPE_TOPIC_PREFIX="b."))
    assert (first.conf.id, second.conf.id) == ("one", "two")
    assert first.conf.topic_partitions == 3
    for app, prefix in ((first, ""), (second, "b.")):
        agents = {agent.name: agent for agent in app.agents.values()}
        assert set(agents) == {"enrich", "dedup"}
        assert agents["enrich"].channel.get_topic_name() == f"{prefix}wire.raw"
        assert agents["dedup"].channel.get_topic_name() == f"{prefix}wire.enriched"
        assert not app.tables  # dedup state lives in memory over its own topic (dedup_log)


def test_the_producer_batches_stories_within_the_message_limit(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path))
    assert app.conf.producer_linger == 0.005
    assert app.conf.producer_max_batch_size == 1024 * 1024
    app = create_app(
        settings_for(
            tmp_path, WIREPIPE_PRODUCER_LINGER_MS="0", WIREPIPE_MAX_MESSAGE_BYTES=str(256 * 1024)
        )
    )
    assert app.conf.producer_linger == 0
    # A batch reaches the broker as one message: it may not outgrow the topics' limit.
    assert app.conf.producer_max_batch_size == 256 * 1024


def test_web_endpoint_follows_the_settings(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path, WIREPIPE_WEB_PORT="0"))
    assert not app.conf.web_enabled
    app = create_app(settings_for(tmp_path, WIREPIPE_WEB_PORT="7070"))
    assert app.conf.web_enabled and app.conf.web_port == 7070


def test_importing_the_runtime_does_nothing_but_define() -> None:
    """No app, no lexicons, no settings read: a fresh interpreter imports every module."""
    probe = (
        "import pkgutil, importlib, pipeline\n"
        "for m in pkgutil.walk_packages(pipeline.__path__, 'pipeline.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "from pipeline.entities.lexicons import load_lexicons\n"
        "import faust\n"
        "print(load_lexicons.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={"WIREPIPE_PARTITIONS": "not-a-number", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_the_worker_creates_its_state_folder(tmp_path: Path) -> None:
    settings = load_settings({"WIREPIPE_DATA_DIR": str(tmp_path / "a" / "b" / "worker-data")})
    prepare_data_dir(settings)
    assert settings.data_dir.is_dir()


def test_an_unusable_state_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    settings = load_settings({"WIREPIPE_DATA_DIR": str(tmp_path / "file" / "worker-data")})
    with pytest.raises(ConfigurationError, match="WIREPIPE_DATA_DIR"):
        prepare_data_dir(settings)


def test_the_app_runs_on_the_repaired_transport(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path))
    assert isinstance(app.producer, TrackingProducer)
    assert isinstance(app.consumer, RewindingConsumer)


def test_every_consumer_of_the_worker_fetches_by_the_settings(tmp_path: Path) -> None:
    settings = settings_for(
        tmp_path, WIREPIPE_FETCH_MIN_BYTES="4096", WIREPIPE_FETCH_MAX_WAIT_MS="20"
    )
    app = create_app(settings)

    async def consumers() -> list[AIOKafkaConsumer]:  # aiokafka builds them in a running loop
        agents = app.consumer._thread._create_worker_consumer(app.transport)
        return [agents, articles_consumer(settings), state_consumer(settings)]

    for consumer in asyncio.run(consumers()):
        assert (consumer._fetch_min_bytes, consumer._fetch_max_wait_ms) == (4096, 20)
