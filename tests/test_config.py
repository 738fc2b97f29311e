"""Settings from the environment: defaults for one machine, clear errors, one declaration each."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.config import load_settings
from pipeline.errors import ConfigurationError


def test_defaults_work_on_one_machine() -> None:
    settings = load_settings({})
    assert settings.kafka_servers == ["127.0.0.1:19092"]
    assert settings.es_url == "http://127.0.0.1:19200"
    assert settings.topics.raw == "wire.raw"
    assert settings.topics.dlq == "wire.dlq"
    assert settings.index_alias == "wire-articles"
    assert settings.first_index == "wire-articles-000001"
    assert settings.session_timeout == 30.0


def test_namespace_and_servers_from_environment() -> None:
    settings = load_settings(
        {
            "KAFKA_BOOTSTRAP": "k1:9092, k2:9092",
            "WIREPIPE_TOPIC_PREFIX": "staging.",
            "WIREPIPE_PARTITIONS": "12",
            "ES_URL": "https://es.example:9200/",
        }
    )
    assert settings.kafka_servers == ["k1:9092", "k2:9092"]
    assert settings.topics.all() == (
        "staging.wire.raw",
        "staging.wire.enriched",
        "staging.wire.articles",
        "staging.wire.dlq",
    )
    assert settings.partitions == 12
    assert settings.es_url == "https://es.example:9200"


def test_the_state_folder_is_absolute_whatever_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings({})
    assert settings.data_dir.is_absolute()
    assert settings.data_dir == config.state_dir({}) / "worker-data"
    moved = load_settings({"WIREPIPE_STACK_DIR": "state"})
    assert moved.data_dir == tmp_path / "state" / "worker-data"


def test_outside_a_checkout_state_goes_to_the_users_state_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config, "checkout_root", lambda: None)
    assert config.state_dir({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "wirepipe"
    assert load_settings({}).shared_dir is None


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("WIREPIPE_SESSION_TIMEOUT", "2", "WIREPIPE_SESSION_TIMEOUT='2': must be at least 6 seconds"),
        ("WIREPIPE_PARTITIONS", "many", "WIREPIPE_PARTITIONS='many': must be a whole number"),
        ("WIREPIPE_PARTITIONS", "0", "must be at least 1"),
        ("WIREPIPE_BULK_SIZE", "-5", "must be at least 1"),
        ("WIREPIPE_BULK_INTERVAL", "0", "must be more than 0 seconds"),
        ("WIREPIPE_BULK_INTERVAL", "nan", "must be a finite number"),
        ("WIREPIPE_DEDUP_WINDOW_DAYS", "-1", "must be more than 0 days"),
        ("WIREPIPE_WEB_PORT", "70000", "must be at most 65535"),
        ("WIREPIPE_MAX_MESSAGE_BYTES", "100", "must be at least 65536 bytes"),
        ("WIREPIPE_TOPIC_PREFIX", "Bad Prefix", "lower-case letters"),
        ("WIREPIPE_INDEX_ALIAS", "_all", "lower-case letters"),
        ("ES_URL", "localhost:9200", "http:// or https://"),
    ],
)
def test_an_unusable_value_names_the_variable_and_what_it_must_be(
    name: str, value: str, message: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        load_settings({name: value})
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{name}=")


def test_an_empty_value_counts_as_unset() -> None:
    assert load_settings({"WIREPIPE_PARTITIONS": "  "}).partitions == 4


def test_every_variable_is_declared_once_with_help() -> None:
    names = [variable.name for variable in config.VARIABLES]
    assert len(names) == len(set(names))
    assert all(variable.help for variable in config.VARIABLES)
    with pytest.raises(RuntimeError, match="declared twice"):
        config.variable("WIREPIPE_PARTITIONS", 1, config.integer(1), "again")


def test_the_table_lists_every_variable_with_its_default() -> None:
    table = config.settings_table()
    for variable in config.VARIABLES:
        assert f"| `{variable.name}` |" in table
    assert "| `WIREPIPE_PARTITIONS` | `4` |" in table
    assert "| `WIREPIPE_TOPIC_PREFIX` | (unset) |" in table


@pytest.mark.parametrize("value", ["elastic:hunter2@es:9200", "ftp://elastic:hunter2@es:9200"])
def test_an_unusable_value_is_quoted_without_its_credentials(value: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        load_settings({"ES_URL": value})
    assert "hunter2" not in str(raised.value)
    assert str(raised.value).startswith("ES_URL=")
