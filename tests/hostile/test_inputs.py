"""Every hostile payload (inputs.py) comes out as a story, or as the typed refusal, in
bounded time, with every word of its text and every field within what the index holds.

The time limit is a guard against a hang, far above what a payload takes. It ends
the whole session (a regular expression stuck in C cannot be interrupted), which
is the failure it reports. How the cost grows with the size is test_linear.py's
business.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_story
from pipeline.enrich import enrich_story
from pipeline.formats import StoryParseError, parse_story
from tests.clean.test_properties import assert_nothing_lost
from tests.hostile.index_fit import assert_fits_the_index
from tests.hostile.inputs import ENVELOPES, HOSTILE, Hostile

SIZE = 32_000


@pytest.mark.timeout(20, method="thread")
@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda hostile: hostile.name)
def test_a_hostile_payload_is_read_whole(hostile: Hostile) -> None:
    data = hostile.build(SIZE)
    if hostile.expect == "error":
        with pytest.raises(StoryParseError):
            enrich_story(data)
        return
    article = enrich_story(data)
    assert_fits_the_index(dict(article))
    raw = parse_story(data)
    # Formats may repeat text in metadata, so only plain text is held to the exact count.
    assert_nothing_lost(raw, clean_story(raw), exact=raw.format == "text")


def test_every_format_has_a_hostile_payload() -> None:
    formats = {parse_story(wrap("Text of the story.")).format for wrap in ENVELOPES.values()}
    assert formats == set(ENVELOPES)
