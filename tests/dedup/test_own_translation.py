"""One agency's own services in two languages: every figure and a name say one story.

An agency's English service translates its home service's warning within the
hour and names the weather service as English readers know it, where the home
copy gives its initials: the English version leads with a name the other never
names, and only the city is named alike. Every figure agrees. The agency's other
warning the same day, from the same formula, gives its own figures; another
agency's version needs more than a name (`Agreement.every_name_translated`).
"""

from __future__ import annotations

from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.similarity import Agreement, another_lead, verified_similarity
from tests.dedup.stories import evidence as story

CONFIRMED = DedupSettings().confirmed_similarity


HOME = story(
    "SHMÚ vydal výstrahu pred silným vetrom pre celé západné Slovensko. Nárazy vetra môžu "
    "na horách dosiahnuť 95 kilometrov za hodinu, v nížinách 70 kilometrov za hodinu, "
    "uviedol SHMÚ v Bratislave.",
    [("SHMÚ", "ORG", 2), ("Bratislava", "PLACE", 1)],
    "sk",
)
ENGLISH = story(
    "The Slovak Hydrometeorological Institute warned of strong winds across western "
    "Slovakia, with gusts of 95 km/h in the mountains and 70 km/h in lowlands, the "
    "Slovak Hydrometeorological Institute said in Bratislava.",
    [("Slovak Hydrometeorological Institute", "ORG", 2), ("Bratislava", "PLACE", 1)],
    "en",
)
OTHER_WARNING = story(
    "The Slovak Hydrometeorological Institute warned of heavy snow in the Tatras, with up "
    "to 35 cm in the mountains and 15 cm in valleys, the Slovak Hydrometeorological "
    "Institute said in Bratislava.",
    [("Slovak Hydrometeorological Institute", "ORG", 2), ("Bratislava", "PLACE", 1)],
    "en",
)


def test_an_agency_s_own_version_in_another_language_is_confirmed_by_every_figure() -> None:
    agreement = Agreement.of(ENGLISH, HOME, same_source=True)
    assert agreement.names_shared == 1 and agreement.own_translation
    assert another_lead(ENGLISH, HOME)  # its lead is the institute's name in English
    score = verified_similarity(0.0, ENGLISH, HOME, 1, confirmed=CONFIRMED, same_source=True)
    assert score == CONFIRMED


def test_its_other_warning_or_another_agency_s_version_is_not() -> None:
    other = verified_similarity(0.0, OTHER_WARNING, HOME, 1, confirmed=CONFIRMED, same_source=True)
    assert other == 0.0
    assert not Agreement.of(ENGLISH, HOME).own_translation
    assert verified_similarity(0.0, ENGLISH, HOME, 1, confirmed=CONFIRMED) == 0.0
