"""Briefs of a longer story: few names, one figure or none, the words of its headline and lede.

A one-sentence brief names two or three things, one of them perhaps only its
bureau's city, and keeps one figure or none: too little for names or figures
to confirm it. Its terms are all its content words, and a brief of the story
draws them from the story's headline and lede. A brief of the same template
for another district, or of another story of the same cast, does not. A
re-sent item's update tag and the sign-off of the agency are words of neither.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.dedup.evidence import Evidence, query_keys, story_evidence
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
    assert not agreement.confirms_by_figures()
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


def signed(headline: str, body: str, names: list[tuple[str, str, int]]) -> Evidence:
    """A story of a service that signs its items off with its name, as PAP-style copy does."""
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    return story_evidence(
        {
            "headline": headline,
            "body": f"{body} (VISTULA)",
            "source": "vistula",
            "entities": entities,
        }
    )


def test_a_brief_of_a_re_sent_item_is_confirmed_by_the_words_of_the_story() -> None:
    # The re-sent item's update tag and the sign-off both carry are no words of the story:
    # counted as terms, they crowd out the story's last term and dilute the brief's.
    version = signed(
        "Regional train derails near Kielce, 23 injured (AKTUALIZACJA)",
        "Twenty-three people were injured, three seriously, when a regional train travelling "
        "from Kielce to Radom derailed near Skarzysko on Thursday morning, firefighters "
        "reported. Two of the three carriages of the Koleje Swietokrzyskie train left the "
        "tracks.\n\nAbout 140 passengers were on board. The injured were taken to hospitals in "
        "Skarzysko and Kielce. Rail traffic on the line was suspended.",
        [
            ("Kielce", "PLACE", 2),
            ("Skarzysko", "PLACE", 2),
            ("Radom", "PLACE", 1),
            ("Koleje Swietokrzyskie", "ORG", 1),
        ],
    )
    # The operator declined, as Polish writes it: the tagger's name shares no word with it.
    brief = signed(
        "23 injured as local train derails",
        "Twenty-three people were injured, three seriously, when two carriages of a Kolei "
        "Swietokrzyskich train travelling from Kielce to Radom left the tracks shortly after "
        "dawn on Thursday, halting traffic.",
        [("Kolei Swietokrzyskich", "ORG", 1), ("Kielce", "PLACE", 1), ("Radom", "PLACE", 1)],
    )
    agreement = Agreement.of(brief, version)
    assert not agreement.confirms_by_figures() and not agreement.confirms_by_names()
    assert agreement.confirms_brief()
    assert verified_similarity(0.1, brief, version, hours_apart=1, confirmed=CONFIRMED) >= 0.6


def test_a_brief_naming_one_thing_is_confirmed_by_its_figure_beside_its_words() -> None:
    cuts = story(
        "OPEC+ agrees to extend voluntary oil output cuts to end of March",
        "OPEC+ agreed on Monday to extend voluntary oil output cuts of 1.2 million barrels per "
        "day by eight member countries until the end of March, the group said after an online "
        "meeting, as forecasts of a supply surplus next year weighed on prices.",
        [("OPEC+", "ORG", 2), ("Khalid Al-Mansouri", "PERSON", 1), ("London", "PLACE", 1)],
    )
    brief = story(
        "OPEC+ extends voluntary output cuts until end of March",
        "OPEC+ on Monday agreed to extend voluntary crude output cuts of 1.2 million barrels "
        "per day by eight of its members until the end of March, the group said.",
        [("OPEC+", "ORG", 2), ("Vienna", "PLACE", 1)],
    )
    agreement = Agreement.of(brief, cuts)
    assert agreement.names_shared == 1 and agreement.numbers_shared == 1
    assert verified_similarity(0.1, brief, cuts, hours_apart=1, confirmed=CONFIRMED) == CONFIRMED
    # Without the same figure, one name in common says too little.
    other = story(
        "OPEC+ extends voluntary output cuts until end of March",
        "OPEC+ on Monday agreed to extend voluntary crude output cuts of 2.2 million barrels "
        "per day by eight of its members until the end of March, the group said.",
        [("OPEC+", "ORG", 2), ("Vienna", "PLACE", 1)],
    )
    assert not Agreement.of(other, cuts).confirms()


MINE_STORY = story(
    "Hundreds of miners brought to surface after flooding at Rudna mine",
    "Rescuers brought 237 miners to the surface after water flooded a gallery of the Rudna "
    "copper mine near Polkowice on Wednesday, and 45 pumps were working to drain it, mine "
    "operator spokeswoman Ewa Malicka said. Nobody was hurt, she said.",
    [
        ("Rudna", "PLACE", 2),
        ("Polkowice", "PLACE", 1),
        ("Poland", "PLACE", 1),
        ("Ewa Malicka", "PERSON", 2),
    ],
)


def brief_of_the_mine(body: str) -> Evidence:
    # The tagger finds one place of the mine and the bureau's city.
    return story(
        "Miners evacuated from flooded mine", body, [("Rudna", "PLACE", 1), ("Warsaw", "PLACE", 1)]
    )


def test_a_brief_keeping_two_figures_is_confirmed_as_one_keeping_one() -> None:
    brief = brief_of_the_mine(
        "Some 237 miners were evacuated from the flooded Rudna mine, where 45 pumps drained water."
    )
    agreement = Agreement.of(brief, MINE_STORY)
    assert (agreement.names_shared, agreement.numbers_shared) == (1, 2)
    assert agreement.confirms_by_figures()


def test_a_brief_keeping_two_figures_needs_a_specific_one() -> None:
    # "45" and "20" turn up in any story: a brief sharing them and one place says too little.
    brief = brief_of_the_mine("Some 20 miners were evacuated from Rudna, where 45 pumps worked.")
    plain = story(
        "Rudna mine flooded",
        "Water flooded the Rudna mine, 45 pumps and 20 crews were sent.",
        [("Rudna", "PLACE", 2), ("Polkowice", "PLACE", 1), ("Poland", "PLACE", 1)],
    )
    agreement = Agreement.of(brief, plain)
    assert agreement.numbers_shared == 2 and agreement.specific_shared == 0
    assert not agreement.confirms_by_figures()


# A one-sentence brief naming one place and no figure the story writes in digits: its
# dateline is the bureau's, the toll is under ten.
COLLIERY_STORY = story(
    "Roof collapse at Dhanbad colliery kills four workers",
    "Four workers were killed and six injured when part of the roof of an underground "
    "colliery collapsed in Dhanbad on Tuesday, district officials said. Rescue teams "
    "pulled the injured out after a four-hour operation.",
    [("Dhanbad", "PLACE", 2), ("Jharkhand", "PLACE", 1), ("Priya Raman", "PERSON", 1)],
)
COLLIERY_BRIEF = story(
    "4 dead in Dhanbad colliery collapse",
    "Four workers were killed and six injured when the roof of an underground colliery "
    "collapsed, rescuers said.",
    [("Dhanbad", "PLACE", 1)],
)
# The same formula for another colliery, and another story of the same place.
OTHER_COLLIERY_BRIEF = story(
    "4 dead in Asansol colliery collapse",
    "Four workers were killed and six injured when the roof of an underground colliery "
    "collapsed, rescuers said.",
    [("Asansol", "PLACE", 1)],
)
FLOOD_BRIEF = story(
    "Dhanbad schools shut as heavy rain floods roads",
    "Schools were shut and several roads flooded after heavy rain lashed the district "
    "on Tuesday, officials said.",
    [("Dhanbad", "PLACE", 1)],
)


def test_a_brief_naming_one_place_and_no_figure_meets_and_joins_its_story() -> None:
    # Under the place and a word of its headline: it has no pair of names or figures.
    subjects = set(query_keys(COLLIERY_STORY)[2].tolist())
    assert subjects & set(query_keys(COLLIERY_BRIEF)[2].tolist())
    assert not subjects & set(query_keys(OTHER_COLLIERY_BRIEF)[2].tolist())
    agreement = Agreement.of(COLLIERY_BRIEF, COLLIERY_STORY)
    assert (agreement.names_shared, agreement.names_fewer, agreement.numbers_fewer) == (1, 1, 0)
    assert agreement.confirms_brief()
    scored = verified_similarity(
        0.1, COLLIERY_BRIEF, COLLIERY_STORY, hours_apart=1, confirmed=CONFIRMED
    )
    assert scored == CONFIRMED


def test_a_brief_of_another_place_or_subject_or_with_a_figure_otherwise_is_not() -> None:
    assert not Agreement.of(OTHER_COLLIERY_BRIEF, COLLIERY_STORY).confirms_brief()
    assert not Agreement.of(FLOOD_BRIEF, COLLIERY_STORY).confirms_brief()
    # A figure of its own that the story lacks, or a second name, and one place is not enough.
    agreement = Agreement.of(COLLIERY_BRIEF, COLLIERY_STORY)
    assert not replace(agreement, numbers_fewer=1).confirms_brief()
    assert not replace(agreement, names_fewer=2).confirms_brief()
