from pipeline.index.bulk import classify_item, document_source, index_action


def article(**extra):
    return {"id": "abc", "body": "text", "dedup": {"content_hash": "h", "minhash": [1, 2]}} | extra


def test_external_version_when_the_story_has_a_sequence() -> None:
    action = index_action("wire-articles", article(sequence=1700000000000))
    assert action == {
        "index": {
            "_index": "wire-articles",
            "_id": "abc",
            "version": 1700000000000,
            "version_type": "external",
        }
    }


def test_plain_index_without_a_sequence() -> None:
    assert index_action("a", article())["index"] == {"_index": "a", "_id": "abc"}


def test_source_drops_dedup_working_state_and_names_its_cluster() -> None:
    source = document_source(article(), "2026-01-01T00:00:00Z")
    assert source["dedup"] == {"content_hash": "h", "cluster_id": "abc"}
    assert source["indexed_at"] == "2026-01-01T00:00:00Z"


def test_item_outcomes() -> None:
    assert classify_item({"status": 201}) == ("indexed", None)
    assert (
        classify_item(
            {"status": 409, "error": {"type": "version_conflict_engine_exception", "reason": "r"}}
        )[0]
        == "stale"
    )
    assert classify_item({"status": 429, "error": {}})[0] == "retry"
    assert classify_item({"status": 503, "error": {}}, retry_on_status=(429,))[0] == "failed"
    outcome, reason = classify_item(
        {"status": 400, "error": {"type": "mapper_parsing_exception", "reason": "bad"}}
    )
    assert outcome == "failed" and "mapper_parsing_exception" in (reason or "")
