"""Damaged real stories: whatever happens to the bytes of a golden story, enrich_story
returns an article or raises ParseError, and does so within a deadline per story.

The damage is what broken feeds and hostile senders do: bytes flipped, slices
repeated, the payload cut short, and the hostile shapes of inputs.py spliced in.
"""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.enrich import enrich_story
from pipeline.entities import load_lexicons
from pipeline.errors import ParseError
from tests.hostile.inputs import HOSTILE, MIXED
from tests.story_files import STORIES

GOLDEN_STORIES = [path.read_bytes() for path in sorted(STORIES.iterdir())]
FRAGMENTS = [
    b"http://a" * 70 + b" !",
    b"a@b.cdef" * 70 + b" !",
    "©".encode() * 500 + b"x",
    b" " * 5000 + b"x\n",
    b"&" + b"amp;" * 1000 + b"lt;",
    b"www." * 1000 + b" x",
    b"<Acme Corp> <fell sharply>",
    b"<" * 500 + b">" * 500,
    b"9999-12-31T23:59:59-14:00",
    b"<!DOCTYPE" + b" " * 2000,
    b"&#" + b"9" * 5000 + b";",
    b"Former " * 300,
    b"\x00\x01\x02\x03\x1f\x7f",
    MIXED.encode(),
    *(hostile.build(2000) for hostile in HOSTILE[:12]),
]
SLICE = 400


@st.composite
def damaged_stories(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(GOLDEN_STORIES)))
    for _ in range(draw(st.integers(1, 4))):
        damage = draw(st.sampled_from(["flip", "repeat", "cut", "splice"]))
        at = draw(st.integers(0, len(data)))
        if damage == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif damage == "repeat":
            piece = data[at : at + draw(st.integers(1, SLICE))]
            data[at:at] = piece * draw(st.integers(1, 50))
        elif damage == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.sampled_from(FRAGMENTS))
    return bytes(data)


@pytest.fixture(scope="module", autouse=True)
def _lexicons() -> None:
    load_lexicons()  # once, outside every story's deadline


@pytest.mark.timeout(300, method="thread")
@settings(
    max_examples=80,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(damaged_stories())
def test_a_damaged_story_is_enriched_or_refused(data: bytes) -> None:
    with contextlib.suppress(ParseError):
        enrich_story(data)
