"""The worker's metric families: names, labels, what each helper counts, one registry per app."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from pipeline.errors import IndexingError, OverBudget, ParseError, UnexpectedError
from pipeline.stream.metrics import PipelineMetrics, epoch_seconds, reason_label

# The families dashboards and alert rules rely on (README, "Operations").
FAMILIES = {
    "wirepipe_stage_messages": "counter",
    "wirepipe_dead_letters": "counter",
    "wirepipe_stage_seconds": "histogram",
    "wirepipe_last_message_timestamp_seconds": "gauge",
    "wirepipe_bulk_request_seconds": "histogram",
    "wirepipe_bulk_documents": "counter",
    "wirepipe_bulk_retries": "counter",
    "wirepipe_elasticsearch_up": "gauge",
    "wirepipe_worker_ready": "gauge",
    "wirepipe_ingest_to_indexed_seconds": "histogram",
    "wirepipe_consumer_lag": "gauge",
    "wirepipe_dedup_state_entries": "gauge",
    "wirepipe_dedup_state_bytes": "gauge",
}


def samples(metrics: PipelineMetrics, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    """The samples called `name` on the page, by their sorted labels."""
    page = metrics.exposition().decode()
    return {
        tuple(sorted(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(page)
        for sample in family.samples
        if sample.name == name
    }


def value(metrics: PipelineMetrics, name: str, **labels: str) -> float | None:
    return samples(metrics, name).get(tuple(sorted(labels.items())))


def test_every_family_is_on_the_page_with_its_type() -> None:
    metrics = PipelineMetrics()
    metrics.record_lag({("wirepipe", "wire.raw", 0): 3})
    metrics.record_state({"stories": (1, 10)})
    page = metrics.exposition().decode()
    types = {family.name: family.type for family in text_string_to_metric_families(page)}
    assert {name: types.get(name) for name in FAMILIES} == FAMILIES
    assert not [name for name in types if name.endswith("_created")]


def test_known_outcomes_are_at_zero_before_the_first_message() -> None:
    metrics = PipelineMetrics()
    assert value(metrics, "wirepipe_stage_messages_total", stage="index", outcome="indexed") == 0
    assert value(metrics, "wirepipe_stage_messages_total", stage="dedup", outcome="kill") == 0
    assert value(metrics, "wirepipe_bulk_documents_total", outcome="failed") == 0
    assert value(metrics, "wirepipe_stage_seconds_count", stage="enrich") == 0
    assert value(metrics, "wirepipe_last_message_timestamp_seconds", stage="enrich") is None


def test_two_apps_keep_their_own_counts() -> None:
    first, second = PipelineMetrics(), PipelineMetrics()
    first.finished("enrich", "enriched", count=3)
    assert value(first, "wirepipe_stage_messages_total", stage="enrich", outcome="enriched") == 3
    assert value(second, "wirepipe_stage_messages_total", stage="enrich", outcome="enriched") == 0


def test_a_finished_message_counts_and_stamps_its_stage() -> None:
    metrics = PipelineMetrics()
    metrics.finished("dedup", "new-story")
    assert value(metrics, "wirepipe_stage_messages_total", stage="dedup", outcome="new-story") == 1
    stamp = value(metrics, "wirepipe_last_message_timestamp_seconds", stage="dedup")
    assert stamp is not None and stamp > 1.7e9


def test_a_dead_letter_counts_by_stage_and_reason_tag() -> None:
    metrics = PipelineMetrics()
    metrics.dead_letter("enrich", ParseError("xml-syntax", "line 3"))
    metrics.dead_letter("enrich", ParseError("xml-syntax", "line 9"))
    metrics.dead_letter("index", KeyError("nobody foresaw this"))
    assert value(metrics, "wirepipe_dead_letters_total", stage="enrich", reason="xml-syntax") == 2
    assert value(metrics, "wirepipe_dead_letters_total", stage="index", reason="unexpected") == 1
    outcome = {"stage": "enrich", "outcome": "dead-letter"}
    assert value(metrics, "wirepipe_stage_messages_total", **outcome) == 2


def test_only_a_short_tag_becomes_a_reason_label() -> None:
    assert reason_label(OverBudget("timeout")) == "timeout"
    assert reason_label(IndexingError("too-large", "HTTP 413")) == "too-large"
    # An unforeseen error's letter carries its message as the reason: unbounded values.
    assert reason_label(UnexpectedError.wrapping(ValueError("list index 7"))) == "unexpected"
    assert reason_label(RuntimeError("boom")) == "unexpected"
    assert reason_label(ParseError("Not A Tag: 12 spaces")) == "unexpected"


def test_a_timed_batch_shares_its_time_among_its_messages() -> None:
    metrics = PipelineMetrics()
    with metrics.timed("index", messages=4):
        pass
    with metrics.timed("enrich"):
        pass
    assert value(metrics, "wirepipe_stage_seconds_count", stage="index") == 4
    assert value(metrics, "wirepipe_stage_seconds_count", stage="enrich") == 1


def test_bulk_results_count_documents_and_time_from_kafka_to_the_index() -> None:
    metrics = PipelineMetrics()
    received = "2026-03-01T12:00:00Z"
    now = epoch_seconds(received)
    assert now is not None
    metrics.bulk_result("indexed", received, now=now + 2.5)
    metrics.bulk_result("stale", received, now=now + 9)
    metrics.bulk_result("failed", received, now=now + 9)
    assert value(metrics, "wirepipe_bulk_documents_total", outcome="indexed") == 1
    assert value(metrics, "wirepipe_bulk_documents_total", outcome="failed") == 1
    assert value(metrics, "wirepipe_ingest_to_indexed_seconds_count") == 1
    assert value(metrics, "wirepipe_ingest_to_indexed_seconds_sum") == 2.5
    # The failed document is counted by the stage once it is dead-lettered, not here.
    index = {"stage": "index"}
    assert value(metrics, "wirepipe_stage_messages_total", outcome="stale", **index) == 1
    assert value(metrics, "wirepipe_stage_messages_total", outcome="dead-letter", **index) == 0


def test_a_document_without_a_usable_arrival_time_is_not_timed() -> None:
    metrics = PipelineMetrics()
    for received in (None, "yesterday", "2026-03-01T12:00:00"):  # the last has no zone
        metrics.bulk_result("indexed", received)
    assert value(metrics, "wirepipe_ingest_to_indexed_seconds_count") == 0
    assert value(metrics, "wirepipe_bulk_documents_total", outcome="indexed") == 3


def test_a_measurement_replaces_the_last_one_whole() -> None:
    metrics = PipelineMetrics()
    metrics.record_lag({("wirepipe", "wire.raw", 0): 5, ("wirepipe", "wire.raw", 1): 2})
    metrics.record_lag({("wirepipe", "wire.raw", 0): 0})
    lag = samples(metrics, "wirepipe_consumer_lag")
    assert lag == {(("group", "wirepipe"), ("partition", "0"), ("topic", "wire.raw")): 0}
    metrics.record_state({"stories": (12, 4096)})
    assert value(metrics, "wirepipe_dedup_state_entries", table="stories") == 12
    assert value(metrics, "wirepipe_dedup_state_bytes", table="stories") == 4096
