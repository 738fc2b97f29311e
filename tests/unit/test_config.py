import pytest

from pipeline.config import load_settings


def test_defaults_work_on_one_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KAFKA_BOOTSTRAP", "ES_URL", "WIREPIPE_TOPIC_PREFIX", "WIREPIPE_PARTITIONS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.kafka_servers == ["127.0.0.1:19092"]
    assert settings.topics.raw == "wire.raw"
    assert settings.topics.dlq == "wire.dlq"
    assert settings.index_alias == "wire-articles"
    assert settings.first_index == "wire-articles-000001"


def test_namespace_and_servers_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP", "k1:9092, k2:9092")
    monkeypatch.setenv("WIREPIPE_TOPIC_PREFIX", "staging.")
    monkeypatch.setenv("WIREPIPE_PARTITIONS", "12")
    settings = load_settings()
    assert settings.kafka_servers == ["k1:9092", "k2:9092"]
    assert settings.topics.all() == (
        "staging.wire.raw",
        "staging.wire.enriched",
        "staging.wire.articles",
        "staging.wire.dlq",
    )
    assert settings.partitions == 12


def test_bad_number_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREPIPE_PARTITIONS", "many")
    with pytest.raises(ValueError, match="WIREPIPE_PARTITIONS: expected int"):
        load_settings()
