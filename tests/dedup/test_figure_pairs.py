"""A rewrite whose tagger read other leading names is still found by two of the same figures.

Candidates by evidence meet under a leading name beside a leading figure, or
under two leading names (evidence.candidate_keys). Another agency's report of
an accident may lead with other names than the first (the victims' home town,
the rescuers, a spokesman), and another language's service or a brief may be
read with next to no names at all: then no name key is shared, although the
two report the same telling figures (34 and 41, the victims' ages; 2.6 metres
of snow). Two of those in common are rarer than either, and found as a pair.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.dedup import Deduplicator, DedupStore
from pipeline.dedup import engine as engine_module
from pipeline.dedup import evidence as evidence_module
from pipeline.dedup.evidence import Evidence, candidate_keys, query_keys, story_evidence
from tests.dedup.stories import article

START = 1_716_000_000.0


def reported(body: str, names: list[tuple[str, str, int]]) -> Evidence:
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    return story_evidence({"body": body, "entities": entities})


FIRST_BODY = (
    "Rescuers recovered the bodies of two miners, aged 34 and 41, after a gallery collapsed "
    "12.5 km from the pit head at the Karvina mine of Ostrava Coal, the company said. "
    "A third miner was flown to Olomouc, said mine director Pavel Sedlak."
)
# Its leading names are the director and the region's; the mine and its owner come later.
FIRST_NAMES = [
    ("Pavel Sedlak", "PERSON", 2),
    ("Olomouc", "PLACE", 2),
    ("Silesia", "PLACE", 2),
    ("Moravia", "PLACE", 2),
    ("Ostrava Coal", "ORG", 1),
    ("Karvina", "PLACE", 1),
]
# Another agency's report, leading with the miners' home town.
REWRITE_BODY = (
    "Two men from Havirov, 34 and 41 years old, died when a gallery caved in at Karvina, "
    "rescuers said on Tuesday. Ostrava Coal halted work at the pit."
)
REWRITE_NAMES = [("Havirov", "PLACE", 2), ("Karvina", "PLACE", 1), ("Ostrava Coal", "ORG", 1)]


def test_two_telling_figures_in_common_are_a_candidate_key() -> None:
    first, rewrite = reported(FIRST_BODY, FIRST_NAMES), reported(REWRITE_BODY, REWRITE_NAMES)
    assert set(candidate_keys(first).tolist()) & set(candidate_keys(rewrite).tolist())


def test_the_pairs_are_asked_for_apart_from_the_names() -> None:
    # The engine asks for fewer candidates under pairs of figures (engine.FIGURE_PAIRS).
    first = reported(FIRST_BODY, FIRST_NAMES)
    names, pairs, subjects = query_keys(first)
    assert len(pairs) == 3  # 34, 41 and 12.5: the first three telling figures
    assert not set(names.tolist()) & set(pairs.tolist())
    assert candidate_keys(first).tolist() == [*names.tolist(), *pairs.tolist(), *subjects.tolist()]


def test_figures_every_other_story_gives_make_no_pair() -> None:
    common = reported("Some 50 firefighters and 10 engines fought the blaze.", [])
    assert common.numbers and not candidate_keys(common).size


def test_a_rewrite_leading_with_other_names_is_found_and_joins_the_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def copy(guid: str, source: str, body: str, names: list[tuple[str, str, int]]) -> Any:
        entities = [{"name": n, "type": t, "mentions": m, "sources": ["body"]} for n, t, m in names]
        return article(
            body, guid=guid, source=source, headline="", slugline=None, entities=entities
        )

    def clusters() -> list[str]:
        deduplicator = Deduplicator(DedupStore())
        stories = [
            copy("mine-1", "vltava", FIRST_BODY, FIRST_NAMES),
            copy("mine-rw", "meridian", REWRITE_BODY, REWRITE_NAMES),
        ]
        return [
            deduplicator.decide(dict(s), START + 3600 * n).article["dedup"]["cluster_id"]
            for n, s in enumerate(stories)
        ]

    first, rewrite = clusters()
    assert rewrite == first
    # Without the figures' pair nothing proposes the rewrite, whose words are other.
    monkeypatch.setattr(evidence_module, "KEY_FIGURES", 0)
    first, rewrite = clusters()
    assert rewrite != first


AR_STORY = (
    "الإسكندرية في 4 مارس /الوكالة/ لقي 13 شخصا مصرعهم وأصيب 58 آخرون في انهيار مبنى سكني "
    "بحي العطارين بالإسكندرية صباح اليوم. وقال محافظ الإسكندرية إن فرق الإنقاذ انتشلت "
    "27 شخصا من تحت الأنقاض."
)
AR_BRIEF = "ارتفع عدد ضحايا انهيار مبنى العطارين بالإسكندرية إلى 13 قتيلا و58 مصابا."
REWRITES = {
    "en": "Thirteen people were killed and 58 injured when a residential building collapsed in "
    "Alexandria, Egypt, on Monday. Rescuers pulled 27 people from the rubble.",
    "fr": "Treize personnes ont été tuées et 58 blessées lundi dans l'effondrement d'un "
    "immeuble à Alexandrie, en Egypte. Les secours ont dégagé 27 personnes des décombres.",
    "de": "Beim Einsturz eines Wohnhauses in Alexandria in Ägypten sind am Montag 13 Menschen "
    "getötet und 58 verletzt worden. Retter bargen 27 Menschen aus den Trümmern.",
}


def test_a_story_named_nothing_in_reads_every_story_under_its_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tagger reads no name in the Arabic copy; the other services' rewrites, newer
    # than the Arabic story, give the same pair of figures.
    def story(guid: str, body: str, language: str, names: list[str]) -> Any:
        entities = [{"name": n, "type": "PLACE", "mentions": 1} for n in names]
        return article(
            body,
            guid=guid,
            source=f"wire-{language}",
            headline="",
            slugline=None,
            language=language,
            entities=entities,
        )

    def clusters() -> tuple[str, str]:
        deduplicator = Deduplicator(DedupStore())
        stories = [
            story("collapse-ar", AR_STORY, "ar", []),
            *(
                story(f"collapse-{code}", body, code, ["Alexandria", "Egypt"])
                for code, body in REWRITES.items()
            ),
            story("collapse-ar-brief", AR_BRIEF, "ar", []),
        ]
        decided = [
            deduplicator.decide(dict(s), START + 600 * n).article["dedup"]["cluster_id"]
            for n, s in enumerate(stories)
        ]
        return decided[0], decided[-1]

    first, brief = clusters()
    assert brief == first
    # Reading the newest two under its pair, as a story with names does, it misses the story.
    monkeypatch.setattr(engine_module, "FIGURE_PAIR_CAP", engine_module.FIGURE_PAIRS)
    first, brief = clusters()
    assert brief != first
