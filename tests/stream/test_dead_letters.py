"""The dead-letter record: headers written and read back, garbage tolerated, replay policy."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import Topics
from pipeline.errors import IndexingError, WirepipeError
from pipeline.formats import StoryParseError
from pipeline.stream.dead_letters import (
    ATTEMPT_HEADER,
    PERMANENT_REASONS,
    STAGES,
    DeadLetter,
    LetterFilter,
    attempt_headers,
    is_permanent,
    make_dead_letter,
    read_dead_letter,
    replay_targets,
    replay_verdict,
)

TOPICS = Topics(
    raw="p.wire.raw", enriched="p.wire.enriched", articles="p.wire.articles", dlq="p.wire.dlq"
)
FORMATS = Path(__file__).parents[2] / "pipeline" / "formats"


def letter_for(stage: str = "enrich", error: BaseException | None = None, **fields) -> DeadLetter:
    letter = make_dead_letter(
        stage=stage if stage in STAGES else "enrich",
        error=error or RuntimeError("boom"),
        source_topic="elsewhere",
        partition=0,
        offset=0,
        key=b"k",
        payload=b"{}",
    )
    return replace(letter, stage=stage, **fields)


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
        headers=[(ATTEMPT_HEADER, b"3")],
    )
    back = read_dead_letter(letter.key, letter.payload, letter.headers())
    assert back == letter
    assert back.payload == payload
    assert back.stage == "enrich" and back.error == "StoryParseError"
    assert back.attempt == 3
    assert "broken XML" in back.reason


def test_reason_is_bounded_in_headers() -> None:
    letter = letter_for("index", RuntimeError("x" * 10_000))
    reason = dict(letter.headers())["wirepipe-reason"]
    assert len(reason) <= 2000


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
    letter = letter_for("dedup", KeyError("minhash"))
    assert (letter.reason, letter.error) == ("'minhash'", "KeyError")
    assert letter_for("dedup", RuntimeError()).reason == "RuntimeError"


# ---- headers that are not what they should be


def test_malformed_numbers_read_as_defaults() -> None:
    back = read_dead_letter(
        b"k",
        b"v",
        [
            ("wirepipe-stage", b"enrich"),
            ("wirepipe-partition", b"zero"),
            ("wirepipe-offset", "\u0661\u0662".encode()),  # Arabic-Indic digits: not an offset
            ("wirepipe-attempt", b"-2"),
        ],
    )
    assert (back.partition, back.offset, back.attempt) == (-1, -1, 1)
    assert read_dead_letter(None, None, [("wirepipe-offset", b"9" * 5000)]).offset == -1
    assert read_dead_letter(None, None, [("wirepipe-attempt", b"0")]).attempt == 1


def test_undecodable_and_missing_values_read_as_text_or_defaults() -> None:
    back = read_dead_letter(
        None,
        None,
        [("wirepipe-reason", b"\xff\xfebad"), ("wirepipe-stage", None), (b"wirepipe-error", b"E")],
    )
    assert back.reason == "\ufffd\ufffdbad"
    assert back.stage == "unknown"
    assert back.error == "E"
    assert back.payload == b"" and back.key is None
    assert read_dead_letter(None, b"v", None).stage == "unknown"


def test_a_bad_failed_at_falls_back_to_the_record_time() -> None:
    headers = [("wirepipe-failed-at", b"yesterday-ish")]
    assert read_dead_letter(None, b"", headers, timestamp_ms=0).failed_at == (
        "1970-01-01T00:00:00.000Z"
    )
    assert read_dead_letter(None, b"", headers).failed_at == ""
    assert read_dead_letter(None, b"", headers, timestamp_ms=10**18).failed_at == ""
    kept = [("wirepipe-failed-at", b"2026-01-01T09:00:00.000Z")]
    assert read_dead_letter(None, b"", kept, timestamp_ms=0).failed_at == (
        "2026-01-01T09:00:00.000Z"
    )


header_names = st.sampled_from(
    [f"wirepipe-{name}" for name in (
        "stage", "reason", "detail", "error", "source-topic", "partition", "offset",
        "failed-at", "attempt",
    )]
) | st.text(max_size=20) | st.binary(max_size=20)  # fmt: skip
header_values = st.binary(max_size=40) | st.none() | st.text(max_size=20).map(str.encode)
garbage_headers = st.lists(st.tuples(header_names, header_values), max_size=12)


@settings(max_examples=400, deadline=None)
@given(
    key=st.none() | st.binary(max_size=10),
    value=st.none() | st.binary(max_size=40),
    headers=garbage_headers | st.dictionaries(header_names, header_values, max_size=6),
    timestamp=st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1),
)
def test_reading_a_letter_never_raises(key, value, headers, timestamp) -> None:
    back = read_dead_letter(key, value, headers, timestamp_ms=timestamp)
    assert isinstance(back.stage, str) and back.stage
    assert back.partition >= -1 and back.offset >= -1 and back.attempt >= 1
    assert isinstance(back.payload, bytes)
    back.summary()
    assert read_dead_letter(back.key, back.payload, back.headers()) == back


@settings(max_examples=200, deadline=None)
@given(headers=garbage_headers)
def test_a_failing_stage_files_garbage_headers_as_a_first_attempt_or_more(headers) -> None:
    letter = make_dead_letter(
        stage="dedup",
        error=ValueError("x"),
        source_topic="t",
        partition=0,
        offset=0,
        key=None,
        payload=b"",
        headers=headers,
    )
    assert letter.attempt >= 1


# ---- where a replay goes, and what it holds back


def test_the_allow_list_is_the_input_topic_of_each_stage() -> None:
    assert replay_targets(TOPICS) == {
        "enrich": TOPICS.raw,
        "dedup": TOPICS.enriched,
        "index": TOPICS.articles,
    }
    assert set(replay_targets(TOPICS)) == set(STAGES)


def test_a_letter_of_an_unknown_stage_goes_nowhere_even_forced() -> None:
    for stage in ("unknown", "", "__consumer_offsets", "Enrich"):
        letter = letter_for(stage, source_topic=TOPICS.raw)
        assert stage not in replay_targets(TOPICS)
        assert replay_verdict(letter, max_attempts=5, force=True) == "unknown-stage"


def test_permanent_reasons_are_held_unless_forced() -> None:
    for reason in ("too-large", "xml-forbidden", "not-a-story", "empty", "json-syntax"):
        letter = letter_for("enrich", StoryParseError(reason, "detail"))
        assert is_permanent(letter)
        assert replay_verdict(letter, max_attempts=5) == "permanent"
        assert replay_verdict(letter, max_attempts=5, force=True) == "replay"
    for reason in ("bad-record", "too-large"):
        letter = letter_for("dedup", WirepipeError(reason, "detail"))
        assert is_permanent(letter)
        assert replay_verdict(letter, max_attempts=5) == "permanent"
        assert replay_verdict(letter, max_attempts=5, force=True) == "replay"
    for reason in ("bulk-rejected", "index-rejected", "xml-syntax-ish"):
        assert not is_permanent(letter_for("index", IndexingError(reason)))


def test_every_reason_a_parser_raises_is_declared_permanent() -> None:
    raised = set()
    for source in FORMATS.glob("*.py"):
        raised |= set(re.findall(r'StoryParseError\(\s*"([a-z-]+)"', source.read_text()))
    assert raised, "no parse error reasons found: the pattern no longer matches the parsers"
    assert raised <= PERMANENT_REASONS


def test_attempts_up_to_the_maximum_then_held_unless_forced() -> None:
    assert replay_verdict(letter_for("index", attempt=4), max_attempts=5) == "replay"
    assert replay_verdict(letter_for("index", attempt=5), max_attempts=5) == "exhausted"
    assert replay_verdict(letter_for("index", attempt=9), max_attempts=5) == "exhausted"
    assert replay_verdict(letter_for("index", attempt=5), max_attempts=5, force=True) == "replay"


def test_the_attempt_travels_from_the_replayed_message_to_its_next_letter() -> None:
    first = letter_for("dedup")
    assert first.attempt == 1
    again = make_dead_letter(
        stage="dedup",
        error=RuntimeError("again"),
        source_topic=TOPICS.enriched,
        partition=0,
        offset=1,
        key=first.key,
        payload=first.payload,
        headers=attempt_headers(first.attempt + 1),
    )
    assert again.attempt == 2
    assert dict(again.headers())[ATTEMPT_HEADER] == b"2"
    as_mapping = {ATTEMPT_HEADER: b"4", "other": b"x"}
    assert make_dead_letter(
        stage="dedup", error=RuntimeError(), source_topic="t", partition=0, offset=0,
        key=None, payload=b"", headers=as_mapping,
    ).attempt == 4  # fmt: skip


# ---- selections


def test_a_filter_selects_by_stage_exact_reason_and_time() -> None:
    early = letter_for("enrich", StoryParseError("xml-syntax"), failed_at="2026-01-01T08:00:00Z")
    late = letter_for("index", IndexingError("bulk-rejected"), failed_at="2026-01-02T08:00:00Z")
    undated = letter_for("index", IndexingError("bulk-rejected"), failed_at="")
    nine = datetime(2026, 1, 1, 9, tzinfo=UTC)

    def chosen(selection: LetterFilter) -> list[DeadLetter]:
        return [letter for letter in (early, late, undated) if selection.matches(letter)]

    assert chosen(LetterFilter()) == [early, late, undated]
    assert chosen(LetterFilter(stage="index")) == [late, undated]
    assert chosen(LetterFilter(reason="xml-syntax")) == [early]
    assert chosen(LetterFilter(reason="xml")) == []
    assert chosen(LetterFilter(since=nine)) == [late]
    assert chosen(LetterFilter(stage="enrich", since=nine)) == []
    local = letter_for("index", failed_at="2026-01-01T10:30:00+02:00")  # 08:30 UTC
    assert not LetterFilter(since=nine).matches(local)
