from pipeline.stream.metrics import StageCounters


def test_snapshot_groups_outcomes_by_stage() -> None:
    counters = StageCounters()
    counters.add("enrich", "enriched", 3)
    counters.add("enrich", "dead-letter")
    counters.add("index", "indexed", 2)
    snapshot = counters.snapshot()
    assert snapshot["stages"] == {
        "enrich": {"dead-letter": 1, "enriched": 3},
        "index": {"indexed": 2},
    }
    assert snapshot["uptime_seconds"] >= 0
