"""Other agencies' rewrites that carry no figures, and the template stories they must not join.

A political statement, an obituary without an age and a weather warning
without a reading are reported by every agency in its own words: no
five-word phrase and no figure in common, only the people, places,
organisations and the words quoted. Each is run as dedup sees it: tagged,
fingerprinted, decided in order of arrival. The negatives come from the same
templates with another subject, and a second statement by the same minister
on another matter the same day.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.dedup import Deduplicator, DedupSettings, DedupStore, fingerprint_article
from pipeline.entities import tag_article
from pipeline.model import document_id

START = 1_716_000_000.0


def story(source: str, guid: str, dateline: str, place: str, headline: str, body: str) -> dict:
    agency = source.capitalize()
    article: dict[str, Any] = {
        "id": document_id(source, guid),
        "guid": guid,
        "version": 1,
        "source": source,
        "headline": headline,
        "slugline": None,
        "body": body,
        "captions": [],
        "byline": None,
        "dateline": {
            "raw": f"{dateline} ({agency}) -",
            "place": place,
            "date": None,
            "agency": agency,
        },
        "pubstatus": "usable",
        "embargo": None,
        "signals": [],
        "ednote": None,
    }
    tag_article(article)  # type: ignore[arg-type]
    article["dedup"] = fingerprint_article(article)
    return article


STATEMENT = story(
    "meridian",
    "statement-1",
    "LJUBLJANA, May 20",
    "Ljubljana",
    "Slovenia summons Hungarian ambassador over border fence remarks",
    "Slovenian Foreign Minister Tanja Fajon summoned the Hungarian ambassador in Ljubljana on "
    "Monday after Hungarian Prime Minister Viktor Orban described the border fence with "
    'Slovenia as "a wall against chaos".\n\n'
    '"Slovenia will not accept insults against its people from a neighbour and a partner in '
    'the European Union," Fajon told reporters after a government session.\n\n'
    "The foreign ministry in Budapest did not respond to a request for comment. Orban made the "
    "remarks at a rally in Szombathely near the Austrian border on Sunday.",
)
STATEMENT_REWRITE = story(
    "lumen",
    "statement-lu",
    "Ljubljana",
    "Ljubljana",
    "Slovenia angered by Orban's fence comments, calls in envoy",
    "Slovenia called in Hungary's ambassador on Monday to protest against comments by Viktor "
    'Orban, who had called the fence on the border between the two countries "a wall against '
    'chaos".\n\n'
    'Foreign Minister Tanja Fajon said in Ljubljana that her country "will not accept insults '
    'against its people from a neighbour" and fellow member of the European Union.\n\n'
    "Orban spoke on Sunday at a rally of his party in Szombathely, close to Austria.",
)
# The same minister the same day, on another matter: same people and places, other words.
STATEMENT_OTHER = story(
    "meridian",
    "statement-2",
    "LJUBLJANA, May 20",
    "Ljubljana",
    "Slovenia backs Croatian bid to join OECD",
    "Slovenian Foreign Minister Tanja Fajon said on Monday Ljubljana would support Croatia's "
    "bid to join the Organisation for Economic Co-operation and Development.\n\n"
    '"Our region belongs at the table where the rules of the world economy are written," '
    "Fajon said after meeting her Croatian counterpart Gordan Grlic Radman in Ljubljana.\n\n"
    "Hungarian Prime Minister Viktor Orban has also backed the bid, diplomats in the European "
    "Union said.",
)

OBITUARY = story(
    "meridian",
    "obit-1",
    "AMSTERDAM, May 21",
    "Amsterdam",
    "Dutch sculptor Anneke Vos, maker of the Harlingen sea gates, dies",
    "Dutch sculptor Anneke Vos, whose bronze sea gates in Harlingen became a landmark of the "
    "Frisian coast, has died, the Stedelijk Museum said on Tuesday.\n\n"
    "Vos, who was born in Leeuwarden, studied at the Rijksakademie in Amsterdam and taught "
    "there for most of her career.\n\n"
    '"She made the sea something you could touch," museum director Rein Wolfs said in a '
    'statement. King Willem-Alexander unveiled her last work, "The Tide Reader", in Harlingen.',
)
OBITUARY_REWRITE = story(
    "alpenpress",
    "obit-alp",
    "Amsterdam, May 21",
    "Amsterdam",
    "Anneke Vos, sculptor of the Frisian coast, has died",
    "The Dutch artist Anneke Vos has died, Amsterdam's Stedelijk Museum announced on Tuesday. "
    "The sculptor from Leeuwarden was best known for the bronze gates of the harbour of "
    "Harlingen.\n\n"
    'Director Rein Wolfs said Vos "made the sea something you could touch". She trained and '
    "later taught at the Rijksakademie.\n\n"
    'Her final piece, "The Tide Reader", was unveiled by King Willem-Alexander.',
)
OBITUARY_TEMPLATE = story(
    "meridian",
    "obit-2",
    "BRUSSELS, May 21",
    "Brussels",
    "Belgian painter Luc Peeters, chronicler of the Ghent docks, dies",
    "Belgian painter Luc Peeters, whose canvases of the Ghent docks became a landmark of "
    "Flemish realism, has died, the Royal Museum of Fine Arts Antwerp said on Tuesday.\n\n"
    "Peeters, who was born in Bruges, studied at the Royal Academy in Brussels and taught there "
    "for most of his career.\n\n"
    '"He made the harbour something you could smell," museum director Carmen Willems said in a '
    'statement. King Philippe opened his last exhibition, "The Night Shift", in Ghent.',
)

WARNING = story(
    "meridian",
    "storm-1",
    "VIENNA, May 22",
    "Vienna",
    "Austria warns of violent thunderstorms in Styria and Carinthia",
    "Austria's weather service GeoSphere Austria issued a red warning on Wednesday for violent "
    "thunderstorms with hail in Styria and Carinthia, urging people to stay indoors in the "
    "afternoon.\n\n"
    "The storms were expected to reach Graz and Klagenfurt in the early evening, the service "
    "said, and rivers in the Mur valley could burst their banks overnight.\n\n"
    '"Do not drive through flooded underpasses," the Styrian civil protection office said.',
)
WARNING_REWRITE = story(
    "nordwire",
    "storm-nw",
    "Vienna",
    "Vienna",
    "Red storm alert for southern Austria",
    "GeoSphere Austria has put Styria and Carinthia on red alert for violent storms with "
    "hailstones from Wednesday afternoon, telling residents to remain inside.\n\n"
    "Graz and Klagenfurt would be hit by evening, and the Mur valley faced flooding during the "
    "night, according to the forecasters.\n\n"
    'Civil protection in Styria warned drivers: "Do not drive through flooded underpasses."',
)
WARNING_TEMPLATE = story(
    "meridian",
    "storm-2",
    "VIENNA, May 22",
    "Vienna",
    "Austria warns of violent thunderstorms in Tyrol and Salzburg",
    "Austria's weather service GeoSphere Austria issued a red warning on Wednesday for violent "
    "thunderstorms with hail in Tyrol and Salzburg, urging people to stay indoors in the "
    "afternoon.\n\n"
    "The storms were expected to reach Innsbruck and Zell am See in the early evening, the "
    "service said, and rivers in the Inn valley could burst their banks overnight.\n\n"
    '"Do not drive through flooded underpasses," the Tyrolean civil protection office said.',
)


def decide(*stories: dict, settings: DedupSettings | None = None) -> list[str]:
    """The cluster of each story, decided an hour apart in the order given."""
    deduplicator = Deduplicator(DedupStore(), settings)
    return [
        deduplicator.decide(dict(s), START + 3600 * n).article["dedup"]["cluster_id"]
        for n, s in enumerate(stories)
    ]


@pytest.mark.parametrize(
    ("original", "rewrite"),
    [(STATEMENT, STATEMENT_REWRITE), (OBITUARY, OBITUARY_REWRITE), (WARNING, WARNING_REWRITE)],
    ids=["statement", "obituary", "warning"],
)
def test_a_rewrite_without_figures_joins_its_original(original: dict, rewrite: dict) -> None:
    first, second = decide(original, rewrite)
    assert first == second == original["id"]


@pytest.mark.parametrize(
    ("original", "negative"),
    [(STATEMENT, STATEMENT_OTHER), (OBITUARY, OBITUARY_TEMPLATE), (WARNING, WARNING_TEMPLATE)],
    ids=["same-minister-other-matter", "obituary-template", "warning-template"],
)
def test_another_story_of_the_same_people_or_template_stays_apart(
    original: dict, negative: dict
) -> None:
    first, second = decide(original, negative)
    assert first != second


def test_confirmation_by_evidence_holds_at_any_threshold() -> None:
    assert DedupSettings().confirmed_similarity == DedupSettings().evidence_similarity == 0.75
    strict = DedupSettings(threshold=0.9)
    assert strict.confirmed_similarity == 0.9
    deduplicator = Deduplicator(DedupStore(), strict)
    deduplicator.decide(dict(OBITUARY), START)
    rewrite = deduplicator.decide(dict(OBITUARY_REWRITE), START + 1800).article["dedup"]
    assert (rewrite["cluster_id"], rewrite["similarity"]) == (OBITUARY["id"], 0.9)
    lower = DedupSettings(evidence_similarity=0.65)
    assert decide(OBITUARY, OBITUARY_REWRITE, settings=lower)[1] == OBITUARY["id"]
    for wrong in (0.0, 1.5):
        with pytest.raises(ValueError, match="evidence_similarity"):
            DedupSettings(evidence_similarity=wrong)


# A resignation; the same day, the whole cast of it on another matter (the budget),
# and its template filled in for another minister of another country.
RESIGNATION = story(
    "meridian",
    "resign-1",
    "TALLINN, June 5",
    "Tallinn",
    "Estonia's interior minister Lepp resigns over border tender",
    "Estonian Interior Minister Karin Lepp resigned on Wednesday after prosecutors opened an "
    "investigation into a border surveillance tender awarded by her ministry, Prime Minister "
    "Priit Tamm said.\n\n"
    "Lepp, a member of the liberal Reform Party, denied any wrongdoing and said she was "
    "stepping down to spare the government.\n\n"
    "Tamm said he had accepted the resignation and that Justice Minister Mart Kuusk would run "
    "the interior ministry until a successor was named.\n\n"
    "The tender, won by the Tartu-based company Valvur Systems, has been criticised by the "
    "opposition Centre Party since last autumn.",
)
BUDGET = story(
    "meridian",
    "budget-1",
    "TALLINN, June 5",
    "Tallinn",
    "Estonia's cabinet sends next year's budget to parliament",
    "Estonian Prime Minister Priit Tamm's cabinet approved next year's state budget on "
    "Wednesday and sent it to parliament, with higher spending on schools and hospitals.\n\n"
    "Interior Minister Karin Lepp, speaking before her resignation later in the day, said "
    "police pay would rise. Justice Minister Mart Kuusk said courts would hire more clerks.\n\n"
    "The Reform Party expects the bill to pass before the summer recess. The opposition "
    "Centre Party called the plan reckless borrowing, and Valvur Systems of Tartu said "
    "it hoped for orders from the new digital services fund.",
)
RESIGNATION_TEMPLATE = story(
    "meridian",
    "resign-lv",
    "RIGA, June 5",
    "Riga",
    "Latvia's agriculture minister Ozols resigns over subsidy tender",
    "Latvian Agriculture Minister Janis Ozols resigned on Wednesday after prosecutors opened an "
    "investigation into a subsidy tender awarded by his ministry, Prime Minister "
    "Ilze Berzina said.\n\n"
    "Ozols, a member of the Greens and Farmers Union, denied any wrongdoing and said he was "
    "stepping down to spare the government.\n\n"
    "Berzina said she had accepted the resignation and that Economy Minister Viktors Kalns "
    "would run the agriculture ministry until a successor was named.\n\n"
    "The tender, won by the Jelgava-based cooperative Zemes Maize, has been criticised by the "
    "opposition National Alliance since last autumn.",
)


@pytest.mark.parametrize(
    "negative", [BUDGET, RESIGNATION_TEMPLATE], ids=["whole-cast-other-matter", "template"]
)
def test_the_whole_cast_on_another_matter_and_the_template_stay_apart(negative: dict) -> None:
    first, second = decide(RESIGNATION, negative)
    assert first != second


# Another agency's report of the resignation: the same cast, the same subject, its own
# words, and neither a figure nor a quote to share.
RESIGNATION_REWRITE = story(
    "nordwire",
    "resign-nw",
    "Tallinn",
    "Tallinn",
    "Estonian interior minister quits amid tender probe",
    "Karin Lepp has quit as Estonia's interior minister after prosecutors began investigating "
    "how her ministry awarded a border surveillance tender.\n\n"
    "Prime Minister Priit Tamm accepted her resignation. Justice Minister Mart Kuusk takes "
    "over the interior ministry for now.\n\n"
    "Lepp denied wrongdoing. The tender went to Valvur Systems of Tartu; the opposition "
    "Centre Party of Estonia had criticised it for months.",
)


def test_a_rewrite_without_figures_or_quotes_joins_by_its_cast_and_subject() -> None:
    first, second = decide(RESIGNATION, RESIGNATION_REWRITE)
    assert first == second == RESIGNATION["id"]
    assert decide(BUDGET, RESIGNATION_REWRITE)[1] == RESIGNATION_REWRITE["id"]


def test_a_rewrite_outranks_stories_that_merely_name_the_same_newsmakers() -> None:
    # A week of other stories naming Fajon and Orban share a name pair with the
    # rewrite; the original shares several, and a quote. With room to verify only
    # four evidence candidates, the original is still one of them.
    crowd = [
        story(
            "meridian",
            f"crowd-{n}",
            "BRUSSELS, May 20",
            "Brussels",
            f"EU ministers discuss {topic}",
            f"Foreign Minister Tanja Fajon and Prime Minister Viktor Orban were among those "
            f"who spoke on {topic} at a meeting in Brussels, officials said. The talks on "
            f"{topic} are to continue next month, a spokesperson for the presidency added.",
        )
        for n, topic in enumerate(
            [
                "farm subsidies",
                "rail freight",
                "fishing quotas",
                "energy storage",
                "postal rules",
                "drone rules",
                "water reuse",
                "tyre labels",
                "roaming fees",
                "seed patents",
            ]
        )
    ]
    settings = DedupSettings(evidence_candidate_limit=4)
    clusters = decide(STATEMENT, *crowd, STATEMENT_REWRITE, settings=settings)
    assert clusters[-1] == STATEMENT["id"]
    assert STATEMENT["id"] not in clusters[1:-1]  # the crowd are other stories
