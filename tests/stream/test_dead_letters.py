from pipeline.config import Topics
from pipeline.errors import IndexingError
from pipeline.formats import StoryParseError
from pipeline.stream.dead_letters import make_dead_letter, read_dead_letter, replay_topic

TOPICS = Topics(
    raw="p.wire.raw", enriched="p.wire.enriched", articles="p.wire.articles", dlq="p.wire.dlq"
)


def test_dead_letter_keeps_bytes_and_round_trips_through_headers() -> None:
    payload = b"\xff\x00<nitf>" * 3
    letter = make_dead_letter(
        stage="enrich",
        error=StoryParseError("broken XML"),
        source_topic=TOPICS.raw,
        partition=2,
        offset=41,
        key=b"guid-1",
        payload=payload,
    )
    back = read_dead_letter(letter.key, letter.payload, letter.headers())
    assert back == letter
    assert back.payload == payload
    assert back.stage == "enrich" and back.error == "StoryParseError"
    assert "broken XML" in back.reason


def test_reason_is_bounded_in_headers() -> None:
    letter = make_dead_letter(
        stage="index",
        error=RuntimeError("x" * 10_000),
        source_topic="t",
        partition=0,
        offset=0,
        key=None,
        payload=b"{}",
    )
    reason = dict(letter.headers())["wirepipe-reason"]
    assert len(reason) <= 2000


def test_replay_goes_to_the_failed_stage_input() -> None:
    def letter(stage: str):
        return make_dead_letter(
            stage=stage,
            error=ValueError("x"),
            source_topic="elsewhere",
            partition=0,
            offset=0,
            key=None,
            payload=b"",
        )

    assert replay_topic(letter("enrich"), TOPICS) == TOPICS.raw
    assert replay_topic(letter("dedup"), TOPICS) == TOPICS.enriched
    assert replay_topic(letter("index"), TOPICS) == TOPICS.articles


def test_foreign_headers_are_ignored() -> None:
    back = read_dead_letter(None, b"v", [("trace-id", b"abc"), ("wirepipe-stage", b"dedup")])
    assert back.stage == "dedup"
    assert back.partition == -1


def test_a_deliberate_error_gives_its_tag_and_keeps_its_detail() -> None:
    letter = make_dead_letter(
        stage="index",
        error=IndexingError("bulk-rejected", "HTTP 400 mapper_parsing_exception"),
        source_topic="t",
        partition=0,
        offset=7,
        key=b"k",
        payload=b"{}",
    )
    assert letter.reason == "bulk-rejected"
    assert letter.detail == "bulk-rejected: HTTP 400 mapper_parsing_exception"
    assert letter.error == "IndexingError"


def test_an_unforeseen_error_is_filed_under_its_message_and_class() -> None:
    letter = make_dead_letter(
        stage="dedup",
        error=KeyError("minhash"),
        source_topic="t",
        partition=0,
        offset=0,
        key=None,
        payload=b"{}",
    )
    assert (letter.reason, letter.error) == ("'minhash'", "KeyError")
    silent = make_dead_letter(
        stage="dedup", error=RuntimeError(), source_topic="t", partition=0, offset=0,
        key=None, payload=b"",
    )  # fmt: skip
    assert silent.reason == "RuntimeError"
