"""A brief giving only the story's names and figures, every one of them, with some of its words.

A one-sentence brief in the story's language keeps a figure or two and the
names it needs, and words its one sentence its own way: too few of its words
are the story's headline and lede for its terms alone to confirm it. That every
name and every figure it gives are the story's, with two in five of its words,
does; a brief of the same formula for another place names that place, one of
the same place's other news gives its own figures. Where the tagger reads no
name in either (a script it reads through its lexicons only), two figures
stand for the names.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.dedup.evidence import Evidence, story_evidence
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, verified_similarity

SETTINGS = DedupSettings()
CONFIRMED = SETTINGS.confirmed_similarity


def story(headline: str, body: str, names: list[tuple[str, str, int]], language: str) -> Evidence:
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    article = {"headline": headline, "body": body, "entities": entities, "language": language}
    return story_evidence(article)


FIRE = story(
    "Pożar hali magazynowej pod Poznaniem, 14 strażaków rannych",
    "Pożar hali magazynowej firmy Drewbud w Komornikach pod Poznaniem wybuchł w środę "
    "wieczorem. W akcji gaśniczej uczestniczyło 46 zastępów straży pożarnej, a 14 strażaków "
    "trafiło do szpitala z objawami zatrucia dymem.\n\n"
    "Komendant Marek Zieliński powiedział, że ogień strawił 8 tysięcy metrów kwadratowych "
    "hali, a mieszkańców okolicznych domów poproszono o zamknięcie okien.",
    [("Poznań", "PLACE", 2), ("Drewbud", "ORG", 1), ("Marek Zieliński", "PERSON", 1)],
    "pl",
)
BRIEF = story(
    "Poznań: ranni strażacy",
    "Przy gaszeniu pożaru hali magazynowej pod Poznaniem rannych zostało 14 strażaków; "
    "ogień gasiło 46 zastępów.",
    [("Poznań", "PLACE", 1)],
    "pl",
)
# The same formula for another town's fire the same evening.
OTHER_TOWN = story(
    "Kalisz: ranni strażacy",
    "Przy gaszeniu pożaru hali magazynowej pod Kaliszem rannych zostało 14 strażaków; "
    "ogień gasiło 46 zastępów.",
    [("Kalisz", "PLACE", 1)],
    "pl",
)
# The same warehouse the next morning: the inspectors' count of the damage.
OTHER_FIGURES = story(
    "Poznań: straty po pożarze",
    "Straty po pożarze hali magazynowej pod Poznaniem sięgną 12 mln zł, a pracę straciło 85 osób.",
    [("Poznań", "PLACE", 1)],
    "pl",
)


def test_a_brief_giving_every_name_and_figure_of_the_story_is_confirmed() -> None:
    agreement = Agreement.of(BRIEF, FIRE)
    # Its own verbs: too few of its words are the headline's and lede's alone.
    assert not agreement.confirms_brief()
    assert agreement.keeps_every_fact()
    assert verified_similarity(0.0, BRIEF, FIRE, 2, confirmed=CONFIRMED) == CONFIRMED


def test_the_same_formula_for_another_place_or_other_figures_is_not() -> None:
    for other in (OTHER_TOWN, OTHER_FIGURES):
        agreement = Agreement.of(other, FIRE)
        assert not agreement.keeps_every_fact()
        assert verified_similarity(0.0, other, FIRE, 2, confirmed=CONFIRMED) == 0.0


def test_without_names_two_figures_stand_for_them() -> None:
    nameless_story, nameless_brief = replace(FIRE, names=()), replace(BRIEF, names=())
    assert Agreement.of(nameless_brief, nameless_story).keeps_every_fact()
    # One figure is not enough where no name agrees beside it.
    one_figure = replace(nameless_brief, numbers=nameless_brief.numbers[:1])
    assert not Agreement.of(one_figure, nameless_story).keeps_every_fact()


# A Slovak story and its brief: two names and a figure, the words inflected otherwise.
FLOOD = story(
    "Rozvodnený Hron zaplavil Zvolen, evakuovali 140 ľudí",
    "Rozvodnená rieka Hron zaplavila v noci na utorok okrajové štvrte Zvolena. Hasiči "
    "evakuovali 140 obyvateľov, uviedol hovorca Hasičského zboru Peter Kováč. Voda zaplavila "
    "pivnice a záhrady, doprava na ceste do Banskej Bystrice je prerušená.",
    [("Zvolen", "PLACE", 2), ("Hron", "PLACE", 2), ("Peter Kováč", "PERSON", 1)],
    "sk",
)
FLOOD_BRIEF = story(
    "Povodeň vo Zvolene",
    "Hron zaplavil štvrte pri Zvolene, z domov odviezli 140 ľudí a cestná doprava stojí.",
    [("Zvolen", "PLACE", 1), ("Hron", "PLACE", 1)],
    "sk",
)
# The same formula for another river and town the same night.
OTHER_RIVER = story(
    "Povodeň v Žiline",
    "Váh zaplavil štvrte pri Žiline, z domov odviezli 140 obyvateľov a cestná doprava stojí.",
    [("Žilina", "PLACE", 1), ("Váh", "PLACE", 1)],
    "sk",
)


def test_three_facts_of_the_story_need_only_a_few_of_its_words() -> None:
    agreement = Agreement.of(FLOOD_BRIEF, FLOOD)
    assert agreement.names_shared + agreement.numbers_shared >= 3
    assert agreement.terms_shared >= 3 and agreement.terms < 0.4
    assert not agreement.confirms_by_figures() and agreement.keeps_every_fact()
    assert verified_similarity(0.0, FLOOD_BRIEF, FLOOD, 2, confirmed=CONFIRMED) == CONFIRMED
    assert not Agreement.of(OTHER_RIVER, FLOOD).keeps_every_fact()
