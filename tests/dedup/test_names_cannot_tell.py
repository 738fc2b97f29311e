"""Where one story's tagger reads a name or none, two of the most specific figures tell.

A story in a script or language the tagger reads little of (Vietnamese, Thai,
Arabic copy naming a company it does not know) yields its dateline's city at
most; a machine-written results brief in English yields the labels it reads as
names. Names can then neither confirm nor deny, and two figures of three
significant digits in common ("4.82 trillion", "61.3 trillion"), half the
smaller story's figures or more, say the same results. Nor is the brief led by
someone the other never names: the other names next to nothing.
"""

from __future__ import annotations

from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, another_lead, verified_similarity
from tests.dedup.stories import evidence as story

CONFIRMED = DedupSettings().confirmed_similarity


RESULTS = story(
    "Công ty Cổ phần Nhựa Tân Phong cho biết lợi nhuận năm 2026 đạt 2.370 tỷ đồng, tăng 21%, "
    "doanh thu đạt 18.450 tỷ đồng. Công ty dự kiến chia cổ tức 12%.",
    [("Đà Nẵng", "PLACE", 1)],
    "vi",
)
MACHINE_BRIEF = story(
    "FY net profit VND 2.37 trln vs VND 1.96 trln a year ago. FY revenue VND 18.45 trln.",
    [("VND", "ORG", 3), ("Tan Phong Plastics", "ORG", 1), ("FY", "ORG", 2)],
    "en",
)
# Another company's story giving the same two figures, and naming who it is about.
OTHER_STORY = story(
    "Xi măng Bình Minh ở Đà Nẵng báo lợi nhuận 2.370 tỷ đồng, doanh thu 18.450 tỷ đồng, "
    "ông Trần Quốc Khánh cho biết.",
    [("Xi măng Bình Minh", "ORG", 1), ("Đà Nẵng", "PLACE", 1), ("Trần Quốc Khánh", "PERSON", 1)],
    "vi",
)


def test_two_of_the_most_specific_figures_tell_where_names_cannot() -> None:
    agreement = Agreement.of(MACHINE_BRIEF, RESULTS)
    assert agreement.names_shared == 0 and agreement.names_fewer == 1
    assert agreement.specific_shared == 2
    assert agreement.confirms_by_figures()
    # The brief leads with a label the other story cannot have named: it names next to nothing.
    assert not another_lead(MACHINE_BRIEF, RESULTS)
    assert verified_similarity(0.0, MACHINE_BRIEF, RESULTS, 1, confirmed=CONFIRMED) == CONFIRMED


def test_names_that_can_tell_still_do() -> None:
    # The other story names its company and chief: the brief's names are none of them.
    agreement = Agreement.of(MACHINE_BRIEF, OTHER_STORY)
    assert agreement.specific_shared == 2 and agreement.names_fewer >= 2
    assert not agreement.names_shared and not agreement.confirms_by_figures()
    assert verified_similarity(0.0, MACHINE_BRIEF, OTHER_STORY, 1, confirmed=CONFIRMED) == 0.0
