"""One body's formula filled in for two instances the same day: its wording, not its figures.

A transport authority announcing two closures, a fire service two fires, a
company two plants' results: each story names the same body and city, is about
the same things in the same words, and gives its own figures. Names and terms
then cannot confirm the two as one; wording that close still matches by itself
only when it is nearly all the same (an update raising every figure).
"""

from __future__ import annotations

from pipeline.dedup.evidence import Evidence, story_evidence
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import FORMULA_WORDING, Agreement, verified_similarity

SETTINGS = DedupSettings()
CONFIRMED = SETTINGS.confirmed_similarity
THRESHOLD = SETTINGS.threshold
NAMES = [("Gemeentelijk Vervoerbedrijf", "ORG", 2), ("Amsterdam", "PLACE", 1)]


def closure(headline: str, body: str) -> Evidence:
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in NAMES]
    article = {"headline": headline, "body": body, "entities": entities, "language": "nl"}
    return story_evidence(article)


METRO = closure(
    "Metrolijn 52 gaat acht maanden dicht voor onderhoud",
    "Het Gemeentelijk Vervoerbedrijf sluit metrolijn 52 tussen Noord en Centraal Station "
    "vanaf 4 mei acht maanden voor groot onderhoud, maakte het Gemeentelijk Vervoerbedrijf "
    "maandag bekend. De werkzaamheden kosten 86 miljoen euro; reizigers worden omgeleid "
    "via pendelbussen.",
)
TRAM = closure(
    "Tramlijn 5 gaat drie maanden dicht voor onderhoud",
    "Het Gemeentelijk Vervoerbedrijf sluit tramlijn 5 tussen Zuid en Museumplein vanaf "
    "1 juni drie maanden voor groot onderhoud, maakte het Gemeentelijk Vervoerbedrijf "
    "maandag bekend. De werkzaamheden kosten 14 miljoen euro.",
)
# Another agency's rewrite of the metro closure, writing its cost otherwise.
REWRITE = closure(
    "Amsterdamse metrolijn 52 acht maanden dicht",
    "Reizigers van metrolijn 52 tussen Noord en Centraal Station moeten vanaf mei acht "
    "maanden pendelbussen nemen: het Gemeentelijk Vervoerbedrijf sluit het traject voor "
    "groot onderhoud van ruim 85 miljoen euro.",
)


def test_the_same_formula_for_another_closure_is_not_confirmed_by_names_and_terms() -> None:
    agreement = Agreement.of(TRAM, METRO)
    assert agreement.confirms() and agreement.another_instance(0.45)
    score = verified_similarity(0.45, TRAM, METRO, 4, confirmed=CONFIRMED)
    assert score == 0.45 < THRESHOLD


def test_a_rewrite_sharing_no_wording_is_still_confirmed_by_them() -> None:
    assert not Agreement.of(REWRITE, METRO).another_instance(0.02)
    assert verified_similarity(0.02, REWRITE, METRO, 1, confirmed=CONFIRMED) == CONFIRMED


def test_wording_nearly_all_the_same_still_matches_by_itself() -> None:
    # An update raising every figure keeps nearly every sentence.
    assert verified_similarity(0.7, TRAM, METRO, 4, confirmed=CONFIRMED) == 0.7
    assert FORMULA_WORDING < THRESHOLD
