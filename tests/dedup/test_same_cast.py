"""Stories that share another's cast and subject but not its event, and the copies beside them.

A rival's shares after a drugmaker's results, a union after a plant fire, the
same official on another matter, a gale warning filled in for another region:
each names the first story's people and places, recaps its figures or copies
its wording. What a desk editor reads instead is who the story is about, who
speaks and in what words. Rewrites, briefs and updates of the event itself
must still join it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pipeline.dedup import Deduplicator, DedupStore
from pipeline.dedup.evidence import Evidence, number_tokens, story_evidence
from pipeline.dedup.similarity import (
    Agreement,
    another_lead,
    another_statement,
    verified_similarity,
)
from tests.dedup.stories import article

CONFIRMED = 0.75
START = 1_716_000_000.0


def reported(
    names: list[tuple[str, int]], body: str, kind: str = "ORG", language: str | None = None
) -> Evidence:
    entities = [{"name": n, "type": kind, "mentions": m, "sources": ["body"]} for n, m in names]
    return story_evidence({"body": body, "entities": entities, "language": language})


RESULTS = reported(
    [("Halden Therapeutics", 3), ("Uppsala", 1), ("Maja Lindqvist", 1)],
    "Halden Therapeutics said full-year operating profit rose 18% to 644.7 million crowns "
    "and sales rose 9% to 3.82 billion crowns, chief executive Maja Lindqvist said in Uppsala.",
)


def test_a_story_led_by_an_actor_the_first_never_names_is_not_confirmed_by_its_recap() -> None:
    # A rival's shares: the first story's company and two of its figures, no quote.
    rival = reported(
        [("Morvik Bio", 4), ("Halden Therapeutics", 1), ("Uppsala", 1)],
        "Morvik Bio shares fell 7.3% after Halden Therapeutics reported an 18% rise in "
        "operating profit to 644.7 million crowns. Morvik Bio reports its own on Friday.",
    )
    assert Agreement.of(rival, RESULTS).confirms()
    assert another_lead(rival, RESULTS)
    assert verified_similarity(0.0, rival, RESULTS, hours_apart=3, confirmed=CONFIRMED) == 0.0
    # A rewrite leads with the event's company, whoever else it names.
    rewrite = reported(
        [("Halden Therapeutics", 2), ("Stockholm", 1), ("Maja Lindqvist", 1)],
        "Halden Therapeutics lifted operating profit 18% to 644.7 million crowns on sales of "
        "3.82 billion crowns. Its shares rose in Stockholm.",
    )
    assert not another_lead(rewrite, RESULTS)
    assert verified_similarity(0.0, rewrite, RESULTS, hours_apart=2, confirmed=CONFIRMED) == 0.75
    # Three of the event's own figures outweigh a new lead: an update quoting analysts.
    update = reported(
        [("Skarv Research", 3), ("Halden Therapeutics", 1), ("Uppsala", 1)],
        "Skarv Research raised its target after Halden's profit rose 18% to 644.7 million "
        "crowns on sales of 3.82 billion crowns; Skarv Research expects more.",
    )
    assert another_lead(update, RESULTS)
    assert verified_similarity(0.0, update, RESULTS, hours_apart=2, confirmed=CONFIRMED) == 0.75


def test_days_of_the_month_are_no_figures_in_the_languages_that_put_the_day_first() -> None:
    assert number_tokens("Streik am 13. März, von 21 Uhr bis 14 Uhr") == []
    assert number_tokens("grève le 13 mars, 24 heures") == []
    assert number_tokens("huelga el 13 de marzo, 24 horas") == []
    assert number_tokens("sciopero il 13 marzo, 24 ore") == []
    # The figures beside them still count.
    assert number_tokens("el 13 de marzo murieron 45 personas") == ["45"]
    assert number_tokens("13 Verletzte am 13. Mai") == ["13"]


FIRE = reported(
    [("Tarragona", 4), ("Quimsur Polymers", 1)],
    "A fire swept through the Quimsur Polymers plant in Tarragona, killing two workers and "
    "injuring six, firefighters said. The blaze started in a solvent store of the factory.\n\n"
    '"The smoke came over the fence so fast we could not see the road," a driver said.',
    kind="PLACE",
)
UNION = reported(
    [("Tarragona", 4), ("Quimsur Polymers", 1), ("Rosa Ferrer", 1)],
    "A chemical workers union demanded a criminal inquiry into Quimsur Polymers after the "
    "fire at its Tarragona plant killed workers in the solvent store of the factory.\n\n"
    '"We reported leaking drums in that store three times this year and nobody came," '
    "union delegate Rosa Ferrer said.",
    kind="PLACE",
)


def test_two_statements_are_two_stories_whatever_names_and_terms_they_share() -> None:
    assert Agreement.of(UNION, FIRE).confirms()
    assert another_statement(UNION, FIRE)
    assert verified_similarity(0.0, UNION, FIRE, hours_apart=4, confirmed=CONFIRMED) == 0.0
    # A rewrite quoting the same words is the same story.
    rewrite = reported(
        [("Tarragona", 2), ("Quimsur Polymers", 1), ("Catalonia", 1)],
        "A fire at a Quimsur Polymers factory in Tarragona killed two workers and injured six "
        'on Tuesday. A driver said "the smoke came over the fence so fast".',
        kind="PLACE",
    )
    assert not another_statement(rewrite, FIRE)
    assert verified_similarity(0.0, rewrite, FIRE, hours_apart=1, confirmed=CONFIRMED) == 0.75
    # A brief quoting a phrase, or nothing, says nothing of a statement.
    brief = reported([("Tarragona", 1), ("Quimsur Polymers", 1)], 'A "huge fire" in Tarragona.')
    assert not another_statement(UNION, brief)
    # Figures still confirm a rewrite whose quotes are translated.
    deal = reported(
        [("Brennholt", 2), ("Kavex", 1), ("Linz", 1)],
        'Brennholt will pay 1.7 billion euros, 48.20 a share. "This makes us the first '
        'name in rail brakes in Europe," Brennholt said in Linz.',
    )
    translated = reported(
        [("Brennholt", 2), ("Kavex", 1), ("Linz", 1)],
        'Brennholt paiera 1,7 milliard, 48.20 par action. "Cela fait de nous le premier '
        'nom du freinage ferroviaire en Europe," a dit Brennholt à Linz.',
    )
    assert another_statement(translated, deal)
    assert verified_similarity(0.0, translated, deal, hours_apart=1, confirmed=CONFIRMED) == 0.75


def test_a_rewrite_in_another_language_quotes_the_statement_translated() -> None:
    # Two of three figures and every name: confirmed by its names, unless two statements.
    names = [("Lisbon", 1), ("Helena Vaz", 1), ("Portugal", 1)]
    original = reported(
        names,
        "O governo de Portugal aprovou o aumento do salário mínimo para 910 euros, mais 7,4%, "
        'para 2,5 milhões de trabalhadores. "É um aumento justo e que as empresas podem '
        'pagar", disse a porta-voz Helena Vaz em Lisboa.',
        kind="PLACE",
        language="pt",
    )
    rewrite = reported(
        names,
        "Portugal will raise the minimum wage to 910 euros ($1,010) for 2.5 million workers. "
        '"It is a fair rise, and one that companies can afford to pay," spokeswoman Helena '
        "Vaz said in Lisbon.",
        kind="PLACE",
        language="en-GB",
    )
    assert not another_statement(rewrite, original)
    assert verified_similarity(0.0, rewrite, original, hours_apart=1, confirmed=CONFIRMED) == 0.75
    # In one language, or where either language is unknown, other words are another statement.
    for language in ("pt", ""):
        assert another_statement(replace(rewrite, language=language), original)
    assert (
        verified_similarity(
            0.0, replace(rewrite, language="pt"), original, hours_apart=1, confirmed=CONFIRMED
        )
        == 0.0
    )


def wire_copy(guid: str, source: str, body: str, entities: list[tuple[str, str, int]]) -> dict:
    names = [{"name": n, "type": t, "mentions": m, "sources": ["body"]} for n, t, m in entities]
    return article(body, guid=guid, source=source, headline="", slugline=None, entities=names)


FIRE_ENTITIES = [("Tarragona", "PLACE", 4), ("Quimsur Polymers", "ORG", 1)]
FIRE_BODY = (
    "A fire swept through the Quimsur Polymers plant in Tarragona, killing two workers and "
    "injuring six, firefighters said. The blaze started in a solvent store of the factory."
)
QUOTE = '"The smoke came over the fence so fast we could not see the road," a driver said.'


def decide_in_turn(*stories: dict[str, Any]) -> list[str]:
    deduplicator = Deduplicator(DedupStore())
    return [
        deduplicator.decide(dict(s), START + 3600 * n).article["dedup"]["cluster_id"]
        for n, s in enumerate(stories)
    ]


def test_a_trimmed_copy_without_the_quotes_does_not_join_another_statement_to_the_story() -> None:
    original = wire_copy("fire-1", "meridian", f"{FIRE_BODY}\n\n{QUOTE}", FIRE_ENTITIES)
    # A partner's copy, trimmed of its quote: the same story.
    trimmed = wire_copy("fire-redist", "pacifica", FIRE_BODY, FIRE_ENTITIES)
    union = wire_copy(
        "fire-union",
        "meridian",
        "A chemical workers union demanded a criminal inquiry into Quimsur Polymers after the "
        "fire at its Tarragona plant killed workers in the solvent store of the factory.\n\n"
        '"We reported leaking drums in that store three times this year and nobody came," '
        "union delegate Rosa Ferrer said.",
        [*FIRE_ENTITIES, ("Rosa Ferrer", "PERSON", 1)],
    )
    first, copy, reaction = decide_in_turn(original, trimmed, union)
    assert first == copy == original["id"]
    assert reaction == union["id"]
    # Without the quoting original, the trimmed copy alone would have taken it.
    assert decide_in_turn(trimmed, union) == [trimmed["id"], trimmed["id"]]


def test_a_story_of_the_cluster_quoting_the_same_words_outweighs_another_statement() -> None:
    original = wire_copy("fire-1", "meridian", f"{FIRE_BODY}\n\n{QUOTE}", FIRE_ENTITIES)
    # The same agency's update, its quote replaced by an official's.
    update = wire_copy(
        "fire-2",
        "meridian",
        f"{FIRE_BODY}\n\n"
        '"What set the solvent store alight is not yet known to the investigators," '
        "a fire service official said.",
        FIRE_ENTITIES,
    )
    rewrite = wire_copy(
        "fire-hw",
        "harbourwire",
        "Two workers were killed and six injured when a fire tore through a Quimsur Polymers "
        "factory in Tarragona, firefighters said.\n\n"
        '"The smoke came over the fence so fast we could not see the road," said a lorry '
        "driver waiting at the gate in Tarragona.",
        [("Tarragona", "PLACE", 2), ("Quimsur Polymers", "ORG", 1)],
    )
    assert decide_in_turn(original, update, rewrite) == [original["id"]] * 3


BRITTANY = [("Brittany", 2), ("Meteo-France", 2), ("Kerdoncuff", 1)]
NORMANDY = [("Normandy", 2), ("Meteo-France", 2), ("Kerdoncuff", 1)]


def test_near_verbatim_wording_about_another_lead_is_a_template_not_an_edit() -> None:
    # One gale warning template filled in for two regions: 0.81 of the wording in common.
    brittany, normandy = reported(BRITTANY, ""), reported(NORMANDY, "")
    assert Agreement.of(normandy, brittany).other_leads
    assert verified_similarity(0.81, normandy, brittany, hours_apart=1, confirmed=0.75) == 0.0
    # An edit of the warning (orange raised to red) keeps what it is about.
    red = reported(BRITTANY, "")
    assert verified_similarity(0.85, red, brittany, hours_apart=5, confirmed=CONFIRMED) == 0.85


OBITUARY = reported(
    [("Ilse Brandauer", 3), ("Graz", 1), ("Styria", 1), ("Lena Brandauer", 1), ("Musikverein", 1)],
    'Die Cellistin Ilse Brandauer ist tot. "Sie hat nie für den Applaus gespielt, sondern '
    'für die eine Stelle, die niemand hört", sagte ihre Tochter Lena.',
    kind="PERSON",
)


def test_a_statement_quoted_alike_at_length_confirms_a_rewrite_naming_half_the_cast() -> None:
    # The rewrite's tagger found other names for two of the five (the family, the hall).
    rewrite = reported(
        [("Ilse Brandauer", 2), ("Graz", 1), ("Salzburg", 1), ("Mozarteum", 1)],
        'Ilse Brandauer ist gestorben. Ihre Tochter sagte, sie habe "nie für den Applaus '
        'gespielt, sondern für die eine Stelle, die niemand hört".',
        kind="PERSON",
    )
    agreement = Agreement.of(rewrite, OBITUARY)
    assert agreement.names < 0.8 and agreement.quotes_shared >= 3
    assert verified_similarity(0.1, rewrite, OBITUARY, hours_apart=1, confirmed=CONFIRMED) == 0.75
    # A pupil's tribute quoting it is led by someone else.
    tribute = reported(
        [("Paul Wieser", 3), ("Ilse Brandauer", 1), ("Graz", 1), ("Styria", 1)],
        'Paul Wieser, ein Schüler von Ilse Brandauer, erinnert sich: "Sie hat nie für den '
        'Applaus gespielt, sondern für die eine Stelle, die niemand hört."',
        kind="PERSON",
    )
    assert verified_similarity(0.1, tribute, OBITUARY, hours_apart=1, confirmed=CONFIRMED) == 0.1
    # One warning filled in for another region quotes the same advice about it.
    advice = '"Stay away from sea walls and piers until the wind drops on Thursday."'
    brittany, normandy = reported(BRITTANY, advice), reported(NORMANDY, advice)
    assert Agreement.of(normandy, brittany).quotes_shared >= 3
    assert verified_similarity(0.2, normandy, brittany, hours_apart=1, confirmed=0.75) == 0.2
