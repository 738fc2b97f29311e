"""What opens a story before its text: a flattened ANPA keyword line, a web byline line
that ends with the page's time stamp, a time stamp line and the place after it, a byline
in parentheses before the dateline, a place in capitals on a line of its own; and what
is not an opening byline or dateline: a short story's closing byline and sign-off.

All copy is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_story
from pipeline.clean.boilerplate import keyword_slug
from pipeline.clean.bylines import split_parenthesised_byline, split_stamp
from pipeline.clean.datelines import is_date_stamp, is_web_stamp, place_alone
from pipeline.formats import parse_story
from pipeline.model import Article, RawStory
from tests.story_files import STORIES


def _clean(text: str) -> Article:
    return clean_story(parse_story(text.encode()))


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("BC-US-Rail-Strike,640", "BC-US-Rail-Strike"),
        ("^BC-LT--Argentina-Cancer Beauty,466<", "BC-LT--Argentina-Cancer Beauty"),
        ("AM-Obit-Jones, 0412", "AM-Obit-Jones"),
        ("BC-Britain-Royals", "BC-Britain-Royals"),
    ],
)
def test_keyword_lines(line: str, slug: str) -> None:
    assert keyword_slug(line) == slug


@pytest.mark.parametrize(
    "line", ["AP-NORC poll finds most Americans worried", "BC-Rail", "PM-Modi visits Delhi"]
)
def test_headlines_are_not_keyword_lines(line: str) -> None:
    assert keyword_slug(line) is None


def test_a_plain_text_story_opening_with_a_keyword_line() -> None:
    article = _clean(
        "BC-US-Rail-Strike,640\n\nRail unions set strike date\n\n"
        "By Jane Doe, Associated Press\n\n"
        "WASHINGTON (AP) — Rail unions on Monday set a strike date for next month.\n\n"
        "Talks broke down last week.\n"
    )
    assert article["slugline"] == "BC-US-Rail-Strike"
    assert article["headline"] == "Rail unions set strike date"
    assert (article["byline"], article["byline_agency"]) == ("Jane Doe", "AP")
    assert article["body"].startswith("Rail unions on Monday")
    assert article["boilerplate"] == ["BC-US-Rail-Strike,640"]


@pytest.mark.parametrize(
    "stamp",
    [
        "14.11.2025 - Update : 14.11.2025",
        "Updated: Nov 14, 2025 10:32 GMT",
        "Published 14 November 2025, 09:15",
        "2025-11-14",
    ],
)
def test_time_stamps(stamp: str) -> None:
    assert is_date_stamp(stamp)


@pytest.mark.parametrize(
    "text", ["Updated figures came on 14.11.2025.", "14.11.2025 was a Friday", "Update"]
)
def test_sentences_with_dates_are_no_time_stamps(text: str) -> None:
    assert not is_date_stamp(text)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Publicado em 27/11/2026 - 16:42", True),
        ("30.11.2026 14:25", True),
        ("Published on 14 November 2025, 09:15", True),
        ("2025-11-14", False),
        ("14.11.2025", False),
        ("KYODO NEWS - Dec 1, 2026 - 14:32 | Business, All", True),
        ("Marketing Weekly - Dec 1, 2026 - 14:32", False),
        ("Business | Dec 1, 2026 14:32", False),
    ],
)
def test_a_line_of_its_own_is_a_web_stamp_with_a_time_or_a_word(line: str, stamp: bool) -> None:
    assert is_web_stamp(line) is stamp


def test_a_long_line_that_is_almost_a_stamp_fails_fast() -> None:
    assert not is_date_stamp("1.1.1111 " * 60 + "x")


@pytest.mark.parametrize(
    ("line", "byline", "stamp"),
    [
        (
            "Burak Bir  |14.11.2025 - Update : 14.11.2025",
            "Burak Bir",
            "|14.11.2025 - Update : 14.11.2025",
        ),
        ("By Jane Doe, Reuters | Nov 14, 2025 10:32 GMT", "Jane Doe, Reuters",
         "| Nov 14, 2025 10:32 GMT"),
    ],
)
def test_a_byline_line_ending_with_a_time_stamp(line: str, byline: str, stamp: str) -> None:
    assert split_stamp(line) == (byline, stamp)


@pytest.mark.parametrize(
    "line", ["Markets | 14.11.2025", "Rates rise | Nov 14, 2025", "Burak Bir | Ankara"]
)
def test_other_lines_with_a_bar_are_no_stamped_bylines(line: str) -> None:
    assert split_stamp(line) is None


@pytest.mark.parametrize(
    ("paragraph", "byline", "rest"),
    [
        ("(di Marta Fabbri) (ANSA) - PESCARA, 12 GEN - Il porto",
         "Marta Fabbri", "(ANSA) - PESCARA, 12 GEN - Il porto"),
        ("(By Oliver Grant) LONDON (Reuters) - Shares", "Oliver Grant",
         "LONDON (Reuters) - Shares"),
    ],
)
def test_a_byline_in_parentheses_opening_the_story(paragraph: str, byline: str,
                                                    rest: str) -> None:
    assert split_parenthesised_byline(paragraph) == (byline, rest)


@pytest.mark.parametrize(
    "paragraph",
    ["(Reuters) - Shares fell", "(Updates with minister's comments) LONDON - Shares",
     "(di fatto) il governo", "(ANSA) - ROMA, 2 OTT - Metropolitane chiuse"],
)
def test_other_parentheses_opening_a_paragraph_are_no_byline(paragraph: str) -> None:
    assert split_parenthesised_byline(paragraph) is None


def test_an_ansa_story_signed_in_parentheses() -> None:
    article = _clean(
        "Porto di Pescara, via libera ai lavori\n\n"
        "(di Marta Fabbri) (ANSA) - PESCARA, 12 GEN - Il porto di Pescara avrà un nuovo "
        "molo entro il 2028, ha detto oggi il presidente dell'autorità portuale.\n\n"
        "I lavori costeranno 40 milioni di euro. (ANSA).\n"
    )
    assert article["byline"] == "Marta Fabbri"
    assert article["dateline"] == {"raw": "(ANSA) - PESCARA, 12 GEN -", "place": "PESCARA",
                                   "date": "12 GEN", "agency": "ANSA"}
    assert article["body"].startswith("Il porto di Pescara avrà")


@pytest.mark.parametrize("paragraph", ["ANKARA", "NEW DELHI", "RIO DE JANEIRO", "ISTANBUL"])
def test_a_place_in_capitals_alone(paragraph: str) -> None:
    assert place_alone(paragraph) == {
        "raw": paragraph,
        "place": paragraph,
        "date": None,
        "agency": None,
    }


@pytest.mark.parametrize(
    "paragraph", ["BREAKING NEWS", "ANALYSIS", "Ankara", "REUTERS", "A", "THE CITY COUNCIL VOTED"]
)
def test_kickers_agencies_and_text_are_no_place_alone(paragraph: str) -> None:
    assert place_alone(paragraph) is None


def test_a_web_story_with_a_stamped_byline_and_the_place_on_its_own_line() -> None:
    article = _clean(
        "Central bank cuts policy rate to 39.5%\n\n"
        "Burak Bir  |14.11.2025 - Update : 14.11.2025\n\n"
        "ANKARA\n\n"
        "The central bank on Friday cut its benchmark rate by 100 basis points.\n\n"
        "The decision was in line with expectations.\n\n"
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
        "Please contact us for subscription options.\n"
    )
    assert article["headline"] == "Central bank cuts policy rate to 39.5%"
    assert article["byline"] == "Burak Bir"
    assert article["dateline"] == {"raw": "ANKARA", "place": "ANKARA", "date": None,
                                   "agency": None}
    assert article["body"] == (
        "The central bank on Friday cut its benchmark rate by 100 basis points.\n\n"
        "The decision was in line with expectations."
    )
    assert article["boilerplate"][0] == "|14.11.2025 - Update : 14.11.2025"
    assert article["source"] == "Anadolu"


def test_a_web_story_with_a_job_byline_a_stamp_line_and_the_place_after_it() -> None:
    article = _clean(
        "Governo lança programa de creches em municípios pobres\n\n"
        "Luana Ferraz - Repórter da Agência Brasil\n\n"
        "Publicado em 27/11/2026 - 16:42\n\n"
        "Brasília\n\n"
        "O governo federal lançou nesta sexta-feira um programa de creches.\n\n"
        "As obras devem começar no primeiro semestre.\n"
    )
    assert article["headline"] == "Governo lança programa de creches em municípios pobres"
    assert (article["byline"], article["byline_agency"]) == ("Luana Ferraz", "Agencia Brasil")
    assert article["byline_affiliation"] == "Repórter da Agência Brasil"
    assert article["dateline"] == {"raw": "Brasília", "place": "Brasília", "date": None,
                                   "agency": None}
    assert article["body"].startswith("O governo federal")
    assert article["boilerplate"] == ["Publicado em 27/11/2026 - 16:42"]


def test_a_time_stamp_line_under_the_headline_is_no_text() -> None:
    article = _clean(
        "Львів отримає 50 нових тролейбусів\n\n"
        "30.11.2026 14:25\n\n"
        "Львівська міська рада затвердила угоду про кредит на 32 мільйони євро.\n\n"
        "Перші машини надійдуть до міста влітку.\n"
    )
    assert article["headline"] == "Львів отримає 50 нових тролейбусів"
    assert article["body"].startswith("Львівська міська рада")
    assert article["boilerplate"] == ["30.11.2026 14:25"]


def test_a_stamp_line_naming_the_agency_under_the_headline_is_no_text() -> None:
    article = _clean(
        "Japan to require retrofits for aging road tunnels\n\n"
        "KYODO NEWS - Dec 1, 2026 - 14:32 | Business, All\n\n"
        "The government will require operators to reinforce about 1,800 road tunnels.\n\n"
        "The land ministry will cover half of the cost, the sources said.\n"
    )
    assert article["headline"] == "Japan to require retrofits for aging road tunnels"
    assert article["body"].startswith("The government will require")
    assert article["boilerplate"] == ["KYODO NEWS - Dec 1, 2026 - 14:32 | Business, All"]


def test_a_capitals_headline_of_few_words_stays_the_headline() -> None:
    article = _clean("MARKETS RALLY\n\nShares rose sharply on Friday after the rate cut.\n")
    assert article["headline"] == "MARKETS RALLY"
    assert article["dateline"] is None


def test_a_subhead_in_capitals_later_in_the_story_is_no_dateline() -> None:
    article = _clean(
        "Central bank cuts rates\n\nANKARA (AA) - The central bank cut its rate on Friday.\n\n"
        "ISTANBUL\n\nMarkets in the city rose after the decision.\n"
    )
    assert article["dateline"] is not None and article["dateline"]["agency"] == "Anadolu"
    assert "ISTANBUL" in article["body"]


def test_an_iptc7901_byline_line_ending_in_equals_is_the_byline() -> None:
    payload = (STORIES / "iptc7901_dpa_byline_line.txt").read_bytes()
    article = clean_story(parse_story(payload))
    assert (article["byline"], article["byline_agency"]) == ("Jana Weber", "dpa")
    assert article["body"].startswith("Die Strecke geht später in Betrieb.")


def test_an_iptc7901_byline_line_in_another_language_is_the_byline() -> None:
    payload = (
        b"\x01ntb0099 4 in 0150 NTB\nBergen/vei/\n\x02Ny bru over Salhusfjorden =\n"
        b"Av Kari Lunde / NTB =\n\n   Statens vegvesen vil bygge en ny bru over fjorden.\n\n"
        b"   Arbeidet starter i 2028.\n\x03101200 des 26"
    )
    article = clean_story(parse_story(payload))
    assert article["headline"] == "Ny bru over Salhusfjorden"
    assert (article["byline"], article["byline_agency"]) == ("Kari Lunde", "NTB")
    # A headline that opens with the word is no byline: a name does not follow it.
    payload = payload.replace(b"Ny bru over Salhusfjorden", b"Av og til stengt")
    assert parse_story(payload.replace(b"Av Kari", b"By Kari")).headline == "Av og til stengt"


@pytest.mark.parametrize(
    ("byline_line", "names", "agency"),
    [
        (b"Aino Virtanen / STT", "Aino Virtanen", "STT"),
        (b"Kari Lunde og Per Vik / NTB", "Kari Lunde og Per Vik", "NTB"),
        (b"Jana Weber, dpa", "Jana Weber", "dpa"),
    ],
)
def test_an_iptc7901_byline_line_without_introducer_is_the_byline(
    byline_line: bytes, names: str, agency: str
) -> None:
    payload = (
        b"\x01stt0201 4 ku 0180 STT\nTampere/silta\n\x02Tampere rakentaa uuden sillan =\n"
        + byline_line
        + b" =\n\n   Kaupunki rakentaa uuden sillan keskustaan.\n\n   Tyot alkavat 2028.\n"
        b"\x03101200 jou 26"
    )
    article = clean_story(parse_story(payload))
    assert article["headline"] == "Tampere rakentaa uuden sillan"
    assert (article["byline"], article["byline_agency"]) == (names, agency)
    # The first line of the header is the headline, whatever its shape.
    headline_only = payload.replace(b"Tampere rakentaa uuden sillan =\n" + byline_line, byline_line)
    assert parse_story(headline_only).headline == byline_line.decode()


def test_a_byline_with_a_slash_under_the_headline_is_no_picture_credit() -> None:
    story = _clean(
        "Ferry fares to rise in spring\n\nLars Ekholm/TT\n\n"
        "Ferry fares on the Gotland routes will rise by eight percent from April.\n\n"
        "The operator blames fuel costs, it said on Monday."
    )
    assert (story["headline"], story["byline"], story["byline_agency"]) == (
        "Ferry fares to rise in spring", "Lars Ekholm", "TT")
    assert story["captions"] == []
    # A caption on top of the story ends its sentence: the credit under it is the picture's.
    story = _clean(
        "Ferries wait in Visby harbour on Monday.\n\nLars Ekholm/TT\n\n"
        "Ferry fares on the Gotland routes will rise by eight percent from April.\n\n"
        "The operator blames fuel costs, it said on Monday."
    )
    assert story["byline"] is None
    assert story["captions"][0]["text"] == "Ferries wait in Visby harbour on Monday."


def test_a_short_storys_closing_byline_is_not_taken_for_an_opening_one() -> None:
    """Without the headline line (as on a second cleaning) the closing "By ..." falls among the
    first paragraphs; it is still the story's last, and opens nothing."""
    paragraphs = [
        "The port authority will dredge the northern channel this winter, officials said.",
        "Work starts in March and should take eleven weeks, a spokesman said.",
        "Ferries will keep running on a shortened timetable.",
        "By Amara Osei",
    ]
    with_headline = _clean("Port to dredge northern channel\n\n" + "\n\n".join(paragraphs))
    without = _clean("\n\n".join(paragraphs))
    assert with_headline["byline"] is None and without["byline"] is None
    assert with_headline["body"] == without["body"]


@pytest.mark.parametrize("sign_off", ["-- BERNAMA", "— AFP", "- Reuters"])
def test_a_short_storys_sign_off_is_no_dateline(sign_off: str) -> None:
    """With the dateline in the format's field, not in the text (as on a second cleaning),
    a short story's closing "-- AGENCY" is among its first paragraphs; it still signs off."""
    body = "\n\n".join([
        "The state will rebuild 40 rural clinics next year, the health minister said.",
        "Solar panels and clean water come first, she said.",
        sign_off,
    ])
    delivered = "KUCHING, Dec 3 (Bernama) --"
    article = clean_story(RawStory(format="nitf", body=body, dateline=delivered))
    assert article["dateline"] is not None and article["dateline"]["raw"] == delivered
    assert article["body"].endswith("she said.")


@pytest.mark.parametrize(
    "lines",
    [
        ["EMBARGOED TO 0001 TUESDAY NOVEMBER 10", "Ferry fares to be frozen next year"],
        ["Ferry fares to be frozen next year", "(Adds operator comment in fourth paragraph.)"],
    ],
)
def test_notes_around_a_plain_text_headline_neither_head_the_story_nor_stay(
    lines: list[str],
) -> None:
    lead = "Fares on the island ferries will not rise in 2027, the transport board said on Monday."
    article = _clean("\n\n".join([*lines, lead, "The freeze will cost 3 million pounds."]))
    assert article["headline"] == "Ferry fares to be frozen next year"
    assert article["body"].startswith("Fares on the island ferries")
    assert [line for line in lines if line != article["headline"]] == article["boilerplate"]


def test_a_note_between_headline_and_byline_without_blank_lines_is_a_line_of_its_own() -> None:
    article = _clean(
        "Copper miners halt output at two pits\n"
        "(Updates with union statement in paragraph 3)\n"
        "By Tomas Ferreira and Lucia Mendes\n\n"
        "SANTIAGO, Nov 3 (Reuters) - Two copper pits in northern Chile halted output on Tuesday"
        " after a landslide blocked the access road.\n\n"
        "No workers were hurt, the operator said."
    )
    assert article["headline"] == "Copper miners halt output at two pits"
    assert article["byline"] == "Tomas Ferreira and Lucia Mendes"
    assert article["boilerplate"] == ["(Updates with union statement in paragraph 3)"]
    assert article["body"].startswith("Two copper pits in northern Chile")


@pytest.mark.parametrize(
    "mark", ["URGENT", "EILMELDUNG", "URGENTE", "FLASH", "Última hora", "СРОЧНО"]
)
def test_an_urgency_mark_above_the_headline_is_no_text(mark: str) -> None:
    article = _clean(
        f"{mark}\n\nHarbour cranes halted by strike\n\n"
        "ROTTERDAM (Reuters) - Crane operators walked out at the port's largest terminal on Monday.\n\n"
        "Talks with the operator are set to resume on Thursday.\n"
    )
    assert article["headline"] == "Harbour cranes halted by strike"
    assert article["dateline"] is not None and article["dateline"]["place"] == "ROTTERDAM"
    assert article["boilerplate"] == [mark]


def test_an_urgency_mark_opening_a_headed_story_is_no_dateline() -> None:
    raw = RawStory(
        format="nitf",
        headline="Brücke bei Kassel gesperrt",
        body="EILMELDUNG\n\nKassel (dpa) - Die Talbrücke bleibt nach einem Riss gesperrt.\n\n"
        "Ein Gutachten soll bis Freitag vorliegen.",
    )
    article = clean_story(raw)
    assert article["dateline"] is not None and article["dateline"]["place"] == "Kassel"
    assert article["body"].startswith("Die Talbrücke")
    assert article["boilerplate"] == ["EILMELDUNG"]


def test_an_urgency_word_in_a_sentence_stays() -> None:
    article = _clean(
        "Clinics ask for help\n\nDoctors said the need was urgent on Monday.\n\nMore later.\n"
    )
    assert "urgent" in article["body"]
