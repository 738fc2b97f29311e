"""A story that cites another's headline figures while quoting someone else is another story.

A sector story on a takeover (rival shares rising, an analyst quoted) recaps
the deal's price and premium, names the buyer and the target, and adds
figures of its own: two of the deal story's four figures and most of its
names would confirm it. What it does not share is the statement: it quotes
other words (`another_statement`), and then only nearly all the same figures
confirm, as a rewrite in another language, translating the quotes, has them.
"""

from __future__ import annotations

from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, another_statement, verified_similarity
from tests.dedup.stories import evidence as story

CONFIRMED = DedupSettings().confirmed_similarity
THRESHOLD = DedupSettings().threshold


DEAL = story(
    "Vantor Telecom agreed on Monday to buy Kelmar Networks for 2.45 billion euros "
    "($2.66 billion) in cash, or 31.40 euros a share, a 27% premium to Friday's close.\n\n"
    '"Kelmar gives us the fibre network we could not build in ten years," Vantor chief '
    "executive Lidia Haras said in Prague.",
    [
        ("Vantor Telecom", "ORG", 3),
        ("Kelmar Networks", "ORG", 2),
        ("Lidia Haras", "PERSON", 1),
        ("Prague", "PLACE", 1),
    ],
)
SECTOR = story(
    "European telecom shares rose on Monday after Vantor Telecom's 2.45 billion euro bid for "
    "Kelmar Networks, at a 27% premium, sent investors looking for the next target.\n\n"
    'Brezna Mobil jumped 6.2% and Tallos 3.9%. "Consolidation is back on the table for every '
    'mid-sized operator in the region," said Petra Vogl, an analyst at Lindmark Capital in '
    "Prague.",
    [
        ("Kelmar Networks", "ORG", 2),
        ("Vantor Telecom", "ORG", 1),
        ("Brezna Mobil", "ORG", 1),
        ("Petra Vogl", "PERSON", 1),
        ("Lindmark Capital", "ORG", 1),
        ("Prague", "PLACE", 1),
    ],
)
# The deal in German: every figure as the German service writes it, the quote translated.
GERMAN_REWRITE = story(
    "Vantor Telecom übernimmt Kelmar Networks für 2,45 Milliarden Euro (2,66 Milliarden "
    "Dollar) in bar. Vantor bietet 31,40 Euro je Aktie, ein Aufschlag von 27 Prozent.\n\n"
    '"Kelmar bringt uns das Glasfasernetz, das wir in zehn Jahren nicht bauen könnten", '
    "sagte Vantor-Chefin Lidia Haras in Prag.",
    [
        ("Vantor Telecom", "ORG", 2),
        ("Kelmar Networks", "ORG", 1),
        ("Lidia Haras", "PERSON", 1),
        ("Prague", "PLACE", 1),
    ],
)


def test_a_sector_story_citing_the_deal_is_not_confirmed_by_its_recap() -> None:
    agreement = Agreement.of(SECTOR, DEAL)
    # Its two recapped figures and the names would confirm it, were it not another statement.
    assert agreement.confirms_by_figures() and agreement.numbers_shared == 2
    assert another_statement(SECTOR, DEAL)
    assert not agreement.confirms(by_names=False)
    assert verified_similarity(0.05, SECTOR, DEAL, hours_apart=3, confirmed=CONFIRMED) < THRESHOLD


def test_a_rewrite_translating_the_quote_is_confirmed_by_all_its_figures() -> None:
    agreement = Agreement.of(GERMAN_REWRITE, DEAL)
    assert another_statement(GERMAN_REWRITE, DEAL)
    assert agreement.numbers_shared == 4
    assert agreement.confirms(by_names=False)
    score = verified_similarity(0.02, GERMAN_REWRITE, DEAL, hours_apart=1, confirmed=CONFIRMED)
    assert score == CONFIRMED


def test_the_recap_still_confirms_a_copy_that_quotes_nothing_else() -> None:
    # A brief that keeps the price and the premium and drops the quote says no other statement.
    brief = story(
        "Vantor Telecom will buy Kelmar Networks for 2.45 billion euros, a 27% premium.",
        [("Vantor Telecom", "ORG", 1), ("Kelmar Networks", "ORG", 1), ("Prague", "PLACE", 1)],
    )
    assert not another_statement(brief, DEAL)
    assert verified_similarity(0.05, brief, DEAL, hours_apart=2, confirmed=CONFIRMED) == CONFIRMED
