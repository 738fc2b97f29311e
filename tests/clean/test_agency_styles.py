"""Datelines, bylines and trailers in the house styles of agencies beyond the big three:
EFE, Europa Press, PTI, Keystone-SDA/ATS, APA, AAP, Belga, Lusa, Anadolu, Xinhua, PAP.

All copy is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.clean import (
    clean_story,
    normalise_agency,
    parse_byline,
    parse_dateline,
    split_boilerplate,
    split_byline,
    split_dateline,
)
from pipeline.clean.agencies import correspondent_agency
from pipeline.clean.bylines import Byline, parse_bare_byline
from pipeline.formats import parse_story
from pipeline.model import Article, RawStory


def _dateline(raw: str, place: str | None, date: str | None, agency: str | None) -> dict:
    return {"raw": raw, "place": place, "date": date, "agency": agency}


def _clean(text: str) -> Article:
    return clean_story(parse_story(text.encode()))


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        (
            "Zaragoza (Spain), Mar 4 (EFE).- The regional government",
            _dateline("Zaragoza (Spain), Mar 4 (EFE).-", "Zaragoza, Spain", "Mar 4", "EFE"),
            "The regional government",
        ),
        (
            "Madrid, 4 mar (EFE).- El Gobierno aprobó",
            _dateline("Madrid, 4 mar (EFE).-", "Madrid", "4 mar", "EFE"),
            "El Gobierno aprobó",
        ),
        (
            "Sevilla, 4 de marzo (EFE).- La Junta",
            _dateline("Sevilla, 4 de marzo (EFE).-", "Sevilla", "4 de marzo", "EFE"),
            "La Junta",
        ),
        (
            "Bern (awp/sda) - Die Exporte",
            _dateline("Bern (awp/sda) -", "Bern", None, "AWP"),
            "Die Exporte",
        ),
        (
            "Genève (ats) - Le Conseil fédéral",
            _dateline("Genève (ats) -", "Genève", None, "ATS"),
            "Le Conseil fédéral",
        ),
        (
            "Basel (sda) - Der Konzern",
            _dateline("Basel (sda) -", "Basel", None, "SDA"),
            "Der Konzern",
        ),
        (
            "MADRID, 4 (EUROPA PRESS) El Gobierno ha aprobado",
            _dateline("MADRID, 4 (EUROPA PRESS)", "MADRID", "4", "Europa Press"),
            "El Gobierno ha aprobado",
        ),
        (
            "MADRID, 4 (EUROPA PRESS)",
            _dateline("MADRID, 4 (EUROPA PRESS)", "MADRID", "4", "Europa Press"),
            "",
        ),
        (
            "New Delhi, Mar 4 (PTI) The Union Cabinet",
            _dateline("New Delhi, Mar 4 (PTI)", "New Delhi", "Mar 4", "PTI"),
            "The Union Cabinet",
        ),
        (
            "Mumbai, Mar 4 (IANS) Shares of",
            _dateline("Mumbai, Mar 4 (IANS)", "Mumbai", "Mar 4", "IANS"),
            "Shares of",
        ),
        (
            "Vienna (APA/dpa) - Austria's government",
            _dateline("Vienna (APA/dpa) -", "Vienna", None, "APA"),
            "Austria's government",
        ),
        (
            "Stuttgart (dpa/lsw) - Die Landesregierung",
            _dateline("Stuttgart (dpa/lsw) -", "Stuttgart", None, "dpa"),
            "Die Landesregierung",
        ),
        (
            "BRUXELLES 04/03 (BELGA) La SNCB",
            _dateline("BRUXELLES 04/03 (BELGA)", "BRUXELLES", "04/03", "Belga"),
            "La SNCB",
        ),
        (
            "Lisboa, 04 mar 2026 (Lusa) - O Governo",
            _dateline("Lisboa, 04 mar 2026 (Lusa) -", "Lisboa", "04 mar 2026", "Lusa"),
            "O Governo",
        ),
        (
            "İstanbul, 4 Mart (AA) - Türkiye'nin",
            _dateline("İstanbul, 4 Mart (AA) -", "İstanbul", "4 Mart", "Anadolu"),
            "Türkiye'nin",
        ),
        (
            "Amsterdam, 4 maart (ANP) - Het kabinet",
            _dateline("Amsterdam, 4 maart (ANP) -", "Amsterdam", "4 maart", "ANP"),
            "Het kabinet",
        ),
        (
            "TOKYO, March 4 (Kyodo) -- Japan's",
            _dateline("TOKYO, March 4 (Kyodo) --", "TOKYO", "March 4", "Kyodo"),
            "Japan's",
        ),
        (
            "SEOUL, March 4 (Yonhap) -- South Korea's",
            _dateline("SEOUL, March 4 (Yonhap) --", "SEOUL", "March 4", "Yonhap"),
            "South Korea's",
        ),
        (
            "Warszawa, 4 marca (PAP) - Rząd",
            _dateline("Warszawa, 4 marca (PAP) -", "Warszawa", "4 marca", "PAP"),
            "Rząd",
        ),
        (
            "TOKYO, Nov. 14 Kyodo - A strong earthquake",
            _dateline("TOKYO, Nov. 14 Kyodo -", "TOKYO", "Nov. 14", "Kyodo"),
            "A strong earthquake",
        ),
        (
            "MILANO, 14 NOV - Piazza Affari",
            _dateline("MILANO, 14 NOV -", "MILANO", "14 NOV", None),
            "Piazza Affari",
        ),
        (
            "Lisboa, 14 nov LUSA - O Governo",
            _dateline("Lisboa, 14 nov LUSA -", "Lisboa", "14 nov", "Lusa"),
            "O Governo",
        ),
        (
            "OMSK. Nov 4 (Interfax) - The",
            _dateline("OMSK. Nov 4 (Interfax) -", "OMSK", "Nov 4", "Interfax"),
            "The",
        ),
        (
            "ALMATY. KAZINFORM – The city",
            _dateline("ALMATY. KAZINFORM –", "ALMATY", None, "Kazinform"),
            "The city",
        ),
        ("QNA - The emir", _dateline("QNA -", None, None, "QNA"), "The emir"),
        (
            "เชียงใหม่ 5 พ.ย.- กระทรวงคมนาคม",
            _dateline("เชียงใหม่ 5 พ.ย.-", "เชียงใหม่", "5 พ.ย", None),
            "กระทรวงคมนาคม",
        ),
        (
            "جدة 10 رجب 1448 هـ الموافق 20 ديسمبر 2026 م واس أعلنت الوزارة",
            _dateline(
                "جدة 10 رجب 1448 هـ الموافق 20 ديسمبر 2026 م واس",
                "جدة",
                "10 رجب 1448 هـ الموافق 20 ديسمبر 2026 م",
                "SPA",
            ),
            "أعلنت الوزارة",
        ),
        (
            "Maputo - O Governo moçambicano anunciou hoje a construção de doze novas escolas"
            " secundárias nas províncias do norte até ao final de 2028.",
            _dateline("Maputo -", "Maputo", None, None),
            "O Governo moçambicano anunciou hoje a construção de doze novas escolas"
            " secundárias nas províncias do norte até ao final de 2028.",
        ),
        (
            "КИЕВ, 5 ноя — РИА Новости. Власти",
            _dateline("КИЕВ, 5 ноя — РИА Новости.", "КИЕВ", "5 ноя", "RIA Novosti"),
            "Власти",
        ),
        (
            "(DIRE) Milano, 5 nov. - Il",
            _dateline("(DIRE) Milano, 5 nov. -", "Milano", "5 nov", "Dire"),
            "Il",
        ),
        (
            "［大阪　５日　ロイター］ - 市は",
            _dateline("［大阪　５日　ロイター］ -", "大阪", "５日", "Reuters"),
            "市は",
        ),
        (
            "القاهرة (أ ف ب) - أعلنت",
            _dateline("القاهرة (أ ف ب) -", "القاهرة", None, "AFP"),
            "أعلنت",
        ),
        (
            "IPOH, 5 Ogo (Bernama) -- Kerajaan",
            _dateline("IPOH, 5 Ogo (Bernama) --", "IPOH", "5 Ogo", "Bernama"),
            "Kerajaan",
        ),
        (
            "ST. LOUIS (AP) - A",
            _dateline("ST. LOUIS (AP) -", "ST. LOUIS", None, "AP"),
            "A",
        ),
    ],
)
def test_agency_datelines(paragraph: str, dateline: dict, rest: str) -> None:
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Zaragoza (Spain) is the fifth city of the country.",
        "Prices rose (AP) after the report.",
        "Acme Corp (Reuters) The company said nothing.",
        "Police Chief Tom Roe (AFP) Later that day",
        "MUMBAI (Reuters Breakingviews) The bank",
        "ACME HOLDINGS (XYZ) The company",
        "Jane Doe (AAP) The photographer",
        "Rabat - Le Maroc gagne.",
        "Business - The markets fell again on Monday as investors weighed the outlook for rates"
        " and the dollar rose against the yen.",
    ],
)
def test_openings_without_a_separator_need_a_known_agency_after_a_date_or_capitals(
    paragraph: str,
) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_a_format_dateline_field_keeps_the_writing_agency() -> None:
    assert parse_dateline("Vienna (APA/dpa)") == _dateline(
        "Vienna (APA/dpa)", "Vienna", None, "APA"
    )
    assert parse_dateline("San Diego (tca/dpa) -") == _dateline(
        "San Diego (tca/dpa) -", "San Diego", None, "dpa"
    )


def test_a_format_dateline_field_ending_in_a_region_has_no_agency() -> None:
    assert parse_dateline("Zaragoza (Spain)") == _dateline(
        "Zaragoza (Spain)", "Zaragoza, Spain", None, None
    )
    assert parse_dateline("Hanoi (VNA)") == _dateline("Hanoi (VNA)", "Hanoi", None, "VNA")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("APA", "APA"),
        ("dpa", "dpa"),
        ("sda", "SDA"),
        ("Keystone-SDA", "SDA"),
        ("ats", "ATS"),
        ("awp", "AWP"),
        ("EUROPA PRESS", "Europa Press"),
        ("PTI", "PTI"),
        ("Press Trust of India", "PTI"),
        ("Agência Lusa", "Lusa"),
        ("KEYSTONE", "Keystone"),
        ("Hina", "HINA"),
        ("БТА", "BTA"),
        ("Baltic News Service", "BNS"),
        ("Central News Agency", "CNA"),
        ("Bloomberg News", "Bloomberg"),
        ("La Presse Canadienne", "PC"),
        ("Associated Press of Pakistan", "APP"),
        ("Укрінформ", "Ukrinform"),
        ("TTXVN", "VNA"),
        ("Philippine News Agency", "PNA"),
        ("ANDINA", "Andina"),
        ("Slovenian Press Agency", "STA"),
        ("Tanjug", "Tanjug"),
        ("Agenzia Italia", "AGI"),
        ("Adnkronos", "Adnkronos"),
        ("LaPresse", "LaPresse"),
        ("FENA", "FENA"),
        ("News Agency of Nigeria", "NAN"),
        ("Kenya News Agency", "KNA"),
        ("Radio New Zealand", "RNZ"),
        ("연합뉴스", "Yonhap"),
        ("共同", "Kyodo"),
        ("時事通信", "Jiji"),
        ("أ ش أ", "MENA"),
        ("كونا", "KUNA"),
        ("РИА Новости", "RIA Novosti"),
        ("Sputnik", "Sputnik"),
        ("Интерфакс", "Interfax"),
        ("ロイター", "Reuters"),
        ("新华社", "Xinhua"),
        ("واس", "SPA"),
        ("قنا", "QNA"),
        ("Jordan News Agency", "Petra"),
        ("Maghreb Arabe Presse", "MAP"),
        ("Tunis Afrique Presse", "TAP"),
        ("Ghana News Agency", "GNA"),
        ("Bangladesh Sangbad Sangstha", "BSS"),
        ("National News Agency", "NNA"),
        ("สำนักข่าวไทย", "TNA"),
        ("BELTA", "BelTA"),
        ("KAZINFORM", "Kazinform"),
        ("Trend News Agency", "Trend"),
        ("ANGOP", "ANGOP"),
        ("DHA", "DHA"),
        ("DIRE", "Dire"),
        ("ANA-MPA", "ANA-MPE"),
        ("STT-Lehtikuva", "Lehtikuva"),
        ("Ritzau Scanpix", "Ritzau Scanpix"),
        ("Agjencia Telegrafike Shqiptare", "ATA"),
        ("ԱՐՄԵՆՊՐԵՍ", "Armenpress"),
        ("ኢዜአ", "ENA"),
        ("UzA", "UzA"),
        ("InterPressNews", "IPN"),
        ("Agence Kampuchea Presse", "AKP"),
        ("বাসস", "BSS"),
        ("اے پی پی", "APP"),
        ("PRNewswire", "PR Newswire"),
        ("GLOBE NEWSWIRE", "GlobeNewswire"),
        ("news aktuell", "ots"),
    ],
)
def test_agencies_of_the_new_datelines_are_known(name: str, canonical: str) -> None:
    assert normalise_agency(name) == canonical


@pytest.mark.parametrize(
    ("paragraph", "byline"),
    [
        ("Jane Doe, AAP", "Jane Doe, AAP"),
        ("Jane Doe, AAP Political Reporter", "Jane Doe, AAP Political Reporter"),
        ("Jane Doe and Tom Roe, AAP", "Jane Doe and Tom Roe, AAP"),
        ("Ana de la Cruz ,  EFE", "Ana de la Cruz, EFE"),
        ("Mary-Kate O'Neill, AAP", "Mary-Kate O'Neill, AAP"),
        ("Lars Ekholm/TT", "Lars Ekholm, TT"),
        ("Aino Virtanen / STT", "Aino Virtanen, STT"),
        ("Siri Berg og Ola Nes / NTB", "Siri Berg og Ola Nes, NTB"),
        ("Lena Ek och Nils Falk/TT", "Lena Ek och Nils Falk, TT"),
        ("Aino Virtanen ja Eero Kallio / STT", "Aino Virtanen ja Eero Kallio, STT"),
    ],
)
def test_bylines_without_by_that_name_an_agency(paragraph: str, byline: str) -> None:
    assert parse_bare_byline(paragraph) == byline


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Doe, Sydney",
        "Jane Doe, AAP said on Tuesday",
        "Anthony Roe, Prime Minister",
        "Federal Politics",
        "Breaking News",
        "Canberra",
        "The Reserve Bank held rates.",
        "Israel/Palestine",
        "Jane Doe/Acme",
    ],
)
def test_other_short_paragraphs_are_not_bylines(paragraph: str) -> None:
    assert parse_bare_byline(paragraph, alone=True) is None


def test_names_alone_are_a_byline_only_where_the_caller_says_the_story_opens() -> None:
    assert parse_bare_byline("Jane Doe") is None
    assert parse_bare_byline("Jane Doe", alone=True) == "Jane Doe"


def test_xinhua_writers_before_the_names() -> None:
    byline = parse_byline("by Xinhua writers Liu Wei, Zhang Min")
    assert byline == "Liu Wei, Zhang Min, Xinhua writers"
    assert split_byline(byline) == Byline("Liu Wei, Zhang Min", "Xinhua writers", "Xinhua")


def test_italian_byline_in_lower_case() -> None:
    assert parse_byline("di Mario Rossi") == "Mario Rossi"


AAP_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><doc-id regsrc="AAP" id-string="AAP-1"/></docdata></head>
<body><body.head><hedline><hl1>Senate inquiry to examine supermarket pricing</hl1></hedline>
</body.head><body.content>{first}<p>A Senate inquiry will examine how the chains set prices.</p>
<p>The inquiry will report by the end of September.</p></body.content></body></nitf>"""


@pytest.mark.parametrize(
    ("first", "names", "affiliation", "agency"),
    [
        ("<p>Megan Tolhurst</p>", "Megan Tolhurst", None, None),
        ("<p>Megan Tolhurst, AAP</p>", "Megan Tolhurst", "AAP", "AAP"),
        (
            "<p>Megan Tolhurst, AAP Political Reporter</p>",
            "Megan Tolhurst",
            "AAP Political Reporter",
            "AAP",
        ),
    ],
)
def test_aap_bylines_at_the_top_of_the_story(
    first: str, names: str, affiliation: str | None, agency: str | None
) -> None:
    article = _clean(AAP_NITF.format(first=first))
    assert (article["byline"], article["byline_affiliation"], article["byline_agency"]) == (
        names,
        affiliation,
        agency,
    )
    assert article["body"].startswith("A Senate inquiry")
    assert "Tolhurst" not in article["body"]


def test_a_plain_text_byline_of_names_alone_after_the_headline() -> None:
    article = _clean(
        "Treasurer flags relief in May budget\n\nDaniel Whitfield\n\n"
        "CANBERRA, March 4 AAP - The Treasurer has flagged further relief in the budget.\n\n"
        "The opposition said the government was spending too much.\n"
    )
    assert article["headline"] == "Treasurer flags relief in May budget"
    assert article["byline"] == "Daniel Whitfield"
    assert article["dateline"] == _dateline("CANBERRA, March 4 AAP -", "CANBERRA", "March 4", "AAP")
    assert article["body"].startswith("The Treasurer has flagged")


@pytest.mark.parametrize(
    "text",
    [
        # a kicker over the story, not a byline
        "Federal Politics\n\nThe Senate will sit on Friday.\n\nThe vote is close.\n",
        # a name alone further down is the story's, not its byline
        "The Senate will sit on Friday.\n\nJane Doe\n\nThe vote is close.\n",
        # a name alone with nothing after it
        "Jane Doe\n",
    ],
)
def test_names_alone_elsewhere_stay_in_the_story(text: str) -> None:
    article = _clean(text)
    assert article["byline"] is None


def test_the_byline_agency_gives_the_source_when_nothing_else_does() -> None:
    article = _clean(
        "Storm cuts power to homes in Brisbane\n\nHannah Kerslake, AAP\n\n"
        "More than 40,000 homes were left without power after a storm on Tuesday.\n\n"
        "Crews will work through the night.\n"
    )
    assert (article["byline"], article["byline_agency"], article["source"]) == (
        "Hannah Kerslake",
        "AAP",
        "AAP",
    )


def test_a_headline_over_a_dateline_on_its_own_line() -> None:
    article = _clean(
        "La Comunidad licitará 2.000 plazas de residencias públicas\n\n"
        "MADRID, 4 (EUROPA PRESS)\n\n"
        "La consejera de Familia ha anunciado este martes la licitación de 2.000 plazas.\n"
    )
    assert article["headline"] == "La Comunidad licitará 2.000 plazas de residencias públicas"
    assert article["dateline"] == _dateline(
        "MADRID, 4 (EUROPA PRESS)", "MADRID", "4", "Europa Press"
    )
    assert article["body"].startswith("La consejera de Familia")


@pytest.mark.parametrize(
    "trailer",
    ["PTI SKM RHL", "TQ // EA", "Autorka: Anna Kowalska (PAP)", "Autor: Jan Nowak"],
)
def test_agency_sign_offs(trailer: str) -> None:
    story = ["The cabinet approved the scheme on Tuesday.", trailer]
    assert split_boilerplate(story) == (story[:1], [trailer])


@pytest.mark.parametrize("last", ["PTI said the scheme would start in April.", "US // UK talks"])
def test_sentences_that_start_like_sign_offs_stay(last: str) -> None:
    story = ["The cabinet approved the scheme on Tuesday.", last]
    assert split_boilerplate(story) == (story, [])


def test_a_short_storys_desk_code_is_no_dateline() -> None:
    article = _clean(
        "Dam to open in 2028\n\nThe new dam will open in 2028, the ministry said on Monday.\n\n"
        "It will water 5,000 hectares.\n\nABC/DEF/GHI\n"
    )
    assert article["dateline"] is None
    assert article["boilerplate"] == ["ABC/DEF/GHI"]


def test_a_reporter_inside_the_dateline_before_the_dash_and_the_agency() -> None:
    article = _clean(
        "Port to double its capacity by 2029\n\n"
        "Ganja, Azerbaijan, Nov. 5 By Rauf Aliyev – Trend:\n\n"
        "The port will double its capacity by 2029, the ministry said on Wednesday.\n\n"
        "Works start in the spring.\n"
    )
    assert article["dateline"] == _dateline(
        "Ganja, Azerbaijan, Nov. 5 – Trend:", "Ganja, Azerbaijan", "Nov. 5", "Trend"
    )
    assert (article["byline"], article["byline_agency"]) == ("Rauf Aliyev", "Trend")
    assert article["body"].startswith("The port will double")


def test_a_chinese_dateline_with_its_reporters_and_a_headline_without_spaces() -> None:
    article = _clean(
        "我国将在明年建成三百个物流中心\n\n"
        "新华社上海11月5日电（记者张伟、李娜）记者5日从有关部门获悉，各地将加快建设。\n\n"
        "有关负责人表示，将加大对中西部地区的支持力度。\n"
    )
    assert article["headline"] == "我国将在明年建成三百个物流中心"
    assert article["dateline"] == _dateline("新华社上海11月5日电", "上海", "11月5日", "Xinhua")
    # The reporters in parentheses after the dateline are the byline, of the dateline's agency.
    assert (article["byline"], article["byline_affiliation"], article["byline_agency"]) == (
        "张伟、李娜",
        "记者",
        "Xinhua",
    )
    assert article["body"].startswith("记者5日从有关部门获悉")


def test_a_chinese_dateline_in_a_format_field_keeps_the_byline_of_its_agency() -> None:
    raw = RawStory(format="nitf", body="内容。", byline="王芳, 记者", dateline="新华社广州6月2日电")
    article = clean_story(raw)
    assert article["dateline"] == _dateline("新华社广州6月2日电", "广州", "6月2日", "Xinhua")
    assert (article["byline"], article["byline_agency"]) == ("王芳", "Xinhua")


def test_a_reporter_glued_to_the_place_by_a_slash_is_the_byline() -> None:
    article = _clean(
        "Köprü ihalesi ocakta\n\n"
        "Mehmet Ali KAYA/İZMİR, (DHA) - Büyükşehir Belediyesi köprü ihalesinin ocakta"
        " yapılacağını açıkladı.\n\nKöprünün 2029'da açılması planlanıyor.\n\nFotoğraf: DHA\n"
    )
    assert article["dateline"] is not None and article["dateline"]["place"] == "İZMİR"
    assert (article["byline"], article["byline_agency"]) == ("Mehmet Ali Kaya", "DHA")
    assert article["boilerplate"] == ["Fotoğraf: DHA"]
    assert parse_dateline("Kuala Lumpur/Singapore (Reuters)")["place"] == "Kuala Lumpur/Singapore"


def test_a_joint_affiliation_after_a_comma_names_the_agency_before_the_slash() -> None:
    byline = split_byline("Sam Ortiz, Associated Press/Report for America")
    assert (byline.names, byline.agency) == ("Sam Ortiz", "AP")
    assert split_byline("Lars Ekholm/TT").names == "Lars Ekholm"


def test_a_dateline_field_that_is_an_agency_alone_names_the_agency() -> None:
    assert parse_dateline("QNA -") == _dateline("QNA -", None, None, "QNA")
    assert parse_dateline("［大阪 ５日 ロイター］ -") == _dateline(
        "［大阪 ５日 ロイター］ -", "大阪", "５日", "Reuters"
    )


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("Уряд ухвалив нову програму, повідомляє кореспондент Укрінформу.", "Ukrinform"),
        ("Переговоры продолжатся в пятницу, передает корреспондент ТАСС.", "TASS"),
        ("The talks resumed on Friday, an Interfax correspondent reports.", "Interfax"),
        ("Kamp yarın açılacak, AA muhabiri bildirdi.", "Anadolu"),
        ("The mayor told our correspondent the bridge would open in May.", None),
        ("Ministers met in Brussels on Friday.", None),
    ],
)
def test_the_agency_whose_correspondent_the_lead_names(lead: str, agency: str | None) -> None:
    assert correspondent_agency(lead) == agency


def test_the_correspondents_agency_is_the_source_when_nothing_else_names_one() -> None:
    text = (
        "Уряд підтримав новий порядок виплат\n\n"
        "Кабінет Міністрів затвердив новий порядок виплат, повідомляє кореспондент Укрінформу.\n\n"
        "Виплати почнуться в січні.\n"
    )
    assert clean_story(parse_story(text.encode()))["source"] == "Ukrinform"


@pytest.mark.parametrize(
    ("source", "byline", "body", "expected"),
    [
        # An agency's service in another language signs the copy it writes.
        (
            "CP",
            "Julie Tremblay, La Presse Canadienne",
            "MONTRÉAL — La ville a annoncé lundi.",
            "PC",
        ),
        ("SDA", None, "Genève (ATS) - Le canton a annoncé lundi un plan.", "ATS"),
        ("CP", "Julie Tremblay, The Canadian Press", "MONTREAL — The city said on Monday.", "CP"),
        ("CP", None, "OTTAWA (AP) — The talks resumed on Monday.", "CP"),
    ],
)
def test_the_source_is_the_language_service_that_signs_the_copy(
    source: str, byline: str | None, body: str, expected: str
) -> None:
    article = clean_story(RawStory(format="anpa", body=body, source=source, byline=byline))
    assert article["source"] == expected
