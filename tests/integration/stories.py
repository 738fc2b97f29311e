"""Wire stories written for the integration tests (plain text, as agencies send it)."""

from __future__ import annotations

import random

from tests.story_files import SHARED

SEED = SHARED / "seeds" / "000_5590fbeaf86f4176.txt"

# In the seed's shape: a hard-wrapped photo caption and credit glued on top.
HARBOUR_STORY = """ Fisheries Commissioner Ilse Varga (C) speaks with harbour workers during a visit to the port of
Gdynia, Poland, 14 March 2024. EPA/PAWEL NOWAKOWSKI / POOL / PAP

Fisheries Commissioner Ilse Varga said on Thursday that the European Union would review
quotas for Baltic cod after scientists warned that stocks had fallen to a record low.

Varga met port officials and fishing crews in Gdynia, where catches have dropped by half
in five years, and promised that any new limits would come with support for coastal towns.

"We cannot ask fishermen to carry the whole cost of saving the fish," Varga told reporters.
"""

VOCABULARY = (
    "council budget river bridge harvest strike tariff vaccine orbit ferry mayor court "
    "election drought festival museum pipeline refinery glacier railway port senate union "
    "factory wildfire summit treaty rally auction stadium hospital airline satellite"
).split()


def generated_story(number: int, seed: int = 7) -> bytes:
    """A distinct plain-text story; distinct enough that dedup never folds two together."""
    rng = random.Random(seed * 100_003 + number)
    paragraphs = []
    for _ in range(4):
        words = [rng.choice(VOCABULARY) for _ in range(40)]
        paragraphs.append(f"Story {number} report: " + " ".join(words) + ".")
    return ("\n\n".join(paragraphs) + "\n").encode()
