"""Briefs of a longer story: few names, one figure or none, the words of its headline and lede.

A one-sentence brief names two or three things, one of them perhaps only its
bureau's city, and keeps one figure or none: too little for names or figures
to confirm it. Its terms are all its content words, and a brief of the story
draws them from the story's headline and lede. A brief of the same template
for another district, or of another story of the same cast, does not.
"""

from __future__ import annotations

from pipeline.dedup.evidence import Evidence, story_evidence
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import BRIEF_TERMS, Agreement, verified_similarity
from pipeline.dedup.terms import MAX_TERMS

CONFIRMED = DedupSettings().confirmed_similarity


def story(headline: str, body: str, names: list[tuple[str, str, int]]) -> Evidence:
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    return story_evidence({"headline": headline, "body": body, "entities": entities})


STORY = story(
    "Wildfire forces evacuation of villages near Castelo Branco",
    "A wildfire fanned by strong winds forced the evacuation of five villages near Castelo "
    "Branco in central Portugal on Tuesday, and more than 600 firefighters were battling the "
    "flames, civil protection commander Rui Tavares said.\n\n"
    "Residents were taken to a sports hall in the town, where volunteers handed out water and "
    "blankets. Three firefighters were treated for smoke inhalation.\n\n"
    '"The wind changes direction every hour, and that makes this fire unpredictable," '
    "Tavares told reporters.",
    [
        ("Castelo Branco", "PLACE", 2),
        ("Portugal", "PLACE", 1),
        ("Rui Tavares", "PERSON", 2),
    ],
)
BRIEF = story(
    "Portugal wildfire forces evacuation of villages",
    "A wildfire fanned by strong winds forced the evacuation of villages near Castelo Branco "
    "in central Portugal on Tuesday, civil protection said.",
    [("Portugal", "PLACE", 2), ("Castelo Branco", "PLACE", 1), ("Lisbon", "PLACE", 1)],
)
# The same formula for another district: its region differs.
OTHER_DISTRICT = story(
    "Portugal wildfire forces evacuation of villages",
    "A wildfire fanned by strong winds forced the evacuation of villages near Guarda in "
    "northern Portugal on Tuesday, civil protection said.",
    [("Portugal", "PLACE", 2), ("Guarda", "PLACE", 1), ("Lisbon", "PLACE", 1)],
)
# The same cast on another matter: the opposition on the government's response.
REACTION = story(
    "Opposition blames cuts to forest budget for Portugal wildfire",
    "Opposition parties blamed cuts to the forest management budget for the spread of the "
    "blaze near Castelo Branco in Portugal and demanded a parliamentary inquiry.",
    [("Portugal", "PLACE", 2), ("Castelo Branco", "PLACE", 1), ("Lisbon", "PLACE", 1)],
)


def test_a_brief_with_the_words_of_the_lede_is_confirmed() -> None:
    agreement = Agreement.of(BRIEF, STORY)
    assert BRIEF_TERMS <= agreement.terms_fewer < MAX_TERMS
    assert not agreement.confirms_by_names() and not agreement.confirms_by_figures()
    assert agreement.confirms_brief()
    assert verified_similarity(0.05, BRIEF, STORY, hours_apart=2, confirmed=CONFIRMED) >= 0.6


def test_a_brief_of_the_template_for_another_district_is_not() -> None:
    assert not Agreement.of(OTHER_DISTRICT, STORY).confirms_brief()
    assert (
        verified_similarity(0.05, OTHER_DISTRICT, STORY, hours_apart=2, confirmed=CONFIRMED) < 0.6
    )


def test_a_brief_of_another_story_of_the_same_cast_is_not() -> None:
    assert not Agreement.of(REACTION, STORY).confirms_brief()


def test_a_brief_whose_one_figure_differs_is_not() -> None:
    other_count = story(
        "Portugal wildfire forces evacuation of villages",
        "A wildfire fanned by strong winds forced 250 firefighters to evacuate villages near "
        "Castelo Branco in central Portugal on Tuesday, civil protection said.",
        [("Portugal", "PLACE", 2), ("Castelo Branco", "PLACE", 1)],
    )
    assert not Agreement.of(other_count, STORY).confirms_brief()


def test_two_full_length_stories_are_no_briefs_of_each_other() -> None:
    agreement = Agreement.of(STORY, STORY)
    assert agreement.terms_fewer == MAX_TERMS
    assert not agreement.confirms_brief()
