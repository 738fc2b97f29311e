"""A rewrite quoting part of the same statement and giving the same figure is the same story.

Another service rewrites an authority's warning in its own words, quotes a
few of them ("long waits at every airport") and keeps the headline figure
(35% of flights cancelled); its tagger reads other names for some of the same
places and bodies (an airport by its city alone, the authority by its name in
the country's language), so that it shares half the names, too few for names
alone. The quoted words and the figure together confirm it; either alone,
beside half the names, does not: the same authority on another matter the
same day repeats its set phrase, and a figure may agree by chance.
"""

from __future__ import annotations

from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, verified_similarity
from tests.dedup.stories import evidence as story

CONFIRMED = DedupSettings().confirmed_similarity
THRESHOLD = DedupSettings().threshold


WARNING = story(
    "The Danish Transport Authority asked airlines on Tuesday to cancel 35% of flights at "
    "Copenhagen Kastrup and Billund on Wednesday because of a strike by air traffic "
    'controllers. "Passengers should expect long waits at every airport in the country," the '
    "authority said in Roskilde.",
    [
        ("Danish Transport Authority", "ORG", 2),
        ("Copenhagen Kastrup", "PLACE", 1),
        ("Billund", "PLACE", 1),
        ("Roskilde", "PLACE", 1),
    ],
)
# Another service: the authority by its Danish name, the airport by its city alone.
REWRITE_TEXT = (
    "Travellers to Denmark face cancellations on Wednesday: Trafikstyrelsen told airlines to "
    "scrap 35% of their flights at Copenhagen and Billund as controllers strike. It warned of "
    '"long waits at every airport", and the controllers blame a lack of staff.'
)
REWRITE_NAMES = [
    ("Trafikstyrelsen", "ORG", 1),
    ("Denmark", "PLACE", 1),
    ("Copenhagen", "PLACE", 1),
    ("Billund", "PLACE", 1),
    ("Danish Transport Authority", "ORG", 1),
]
REWRITE = story(REWRITE_TEXT, REWRITE_NAMES)


def test_the_same_words_quoted_beside_the_same_figure_confirm_a_rewrite() -> None:
    agreement = Agreement.of(REWRITE, WARNING)
    assert agreement.names < 0.8 and agreement.quotes_shared < 3
    assert (agreement.numbers_shared, agreement.numbers_fewer) == (1, 1)
    assert agreement.confirms_by_names()
    assert verified_similarity(0.02, REWRITE, WARNING, hours_apart=1, confirmed=CONFIRMED) == (
        CONFIRMED
    )


def test_the_quoted_words_without_the_figure_do_not() -> None:
    # The same authority the same day on its next strike notice: the set phrase, another share.
    notice = story(REWRITE_TEXT.replace("35%", "20%"), REWRITE_NAMES)
    agreement = Agreement.of(notice, WARNING)
    assert agreement.quotes_shared and not agreement.numbers_shared
    assert not agreement.confirms_by_names()
    assert verified_similarity(0.02, notice, WARNING, hours_apart=1, confirmed=CONFIRMED) < (
        THRESHOLD
    )


def test_the_figure_without_the_quoted_words_does_not() -> None:
    unquoted = story(
        REWRITE_TEXT.split(" It warned")[0],
        REWRITE_NAMES,
    )
    agreement = Agreement.of(unquoted, WARNING)
    assert agreement.numbers_shared == 1 and not agreement.quotes_shared
    assert not agreement.confirms()
