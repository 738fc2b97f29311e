from __future__ import annotations

import json

import pytest

from pipeline.clean import clean_story, parse_credit_line, split_captions, split_credit_tail
from pipeline.clean.captions import clean_caption, split_lone_credits, unique_captions
from pipeline.formats import parse_story
from pipeline.model import Caption, Credit

CONVENTIONS = [
    ("EPA/DITA ALANGKARA / POOL / TASS", ["EPA", "TASS"], ["Dita Alangkara"], True),
    ("REUTERS/Marko Djurica (KENYA - Tags: POLITICS ELECTIONS)", ["Reuters"], ["Marko Djurica"], False),
    ("REUTERS/Hannah Mckay/File Photo", ["Reuters"], ["Hannah Mckay"], False),
    ("© Ivan Petrov/TASS", ["TASS"], ["Ivan Petrov"], False),
    ("REUTERS/SANA/Handout via Reuters", ["Reuters", "SANA"], [], False),
    ("REUTERS/Guglielmo Mangiapane/Pool", ["Reuters"], ["Guglielmo Mangiapane"], True),
    ("(AP Photo/Noah Berger, File)", ["AP"], ["Noah Berger"], False),
    ("AFP PHOTO / JULIEN DE ROSA", ["AFP"], ["Julien De Rosa"], False),
    ("Photo by Ethan Miller/AFP via Getty Images", ["AFP", "Getty Images"], ["Ethan Miller"], False),
    ("(Photo by Spencer Platt/Getty Images)", ["Getty Images"], ["Spencer Platt"], False),
    ("EPA-EFE/JUAN CARLOS HIDALGO", ["EPA", "EFE"], ["Juan Carlos Hidalgo"], False),
    ("XINHUA", ["Xinhua"], [], False),
    ("(Xinhua/Liu Junxi)", ["Xinhua"], ["Liu Junxi"], False),
    ("Photo by Mehmet Kacmaz/Anadolu Agency via Getty Images", ["Anadolu", "Getty Images"],
     ["Mehmet Kacmaz"], False),
    ("Sputnik/Ilya Pitalev/Kremlin via REUTERS", ["Sputnik", "Kremlin", "Reuters"],
     ["Ilya Pitalev"], False),
    ("(Photo: Jane Roe/USA TODAY)", ["USA Today"], ["Jane Roe"], False),
    ("Credit: Turkish Interior Ministry/Handout", ["Turkish Interior Ministry"], [], False),
    ("Credit: Jane Roe for The New York Times", ["The New York Times"], ["Jane Roe"], False),
    ("File photo", [], [], False),
    ("Handout", [], [], False),
    ("Foto: Amit Sharma / AP / NTB", ["AP", "NTB"], ["Amit Sharma"], False),
    ("A3576/_Maurizio Gambarini", [], ["Maurizio Gambarini"], False),
    ("ASSOCIATED PRESS", ["AP"], [], False),
    ("(AAP Image/Bianca De Marchi)", ["AAP"], ["Bianca De Marchi"], False),
    ("Photograph by Pea, available at https://bit.ly/3Najj58", [], ["Pea"], False),
    ("Karben", [], ["Karben"], False),
    ("Foto: NTB / Scanpix, montasje av Faktisk.no", ["NTB", "Scanpix"], [], False),
    ("Acme/John Smith", ["Acme"], ["John Smith"], False),
    ("Fot. PAP/Łukasz Gągulski", ["PAP"], ["Łukasz Gągulski"], False),
    ("(Kyodo)", ["Kyodo"], [], False),
    ("BELGA PHOTO JASPER JACOBS", ["Belga"], ["Jasper Jacobs"], False),
    ("ANP FOTO REMKO DE WAAL", ["ANP"], ["Remko De Waal"], False),
    ("(PTI Photo/Kamal Kishore)(PTI11_14_2025_000087B)", ["PTI"], ["Kamal Kishore"], False),
    ("Фото: Марта Левицька / Укрінформ", ["Ukrinform"], ["Марта Левицька"], False),
    ("--fotoBERNAMA (2026) HAK CIPTA TERPELIHARA", ["Bernama"], [], False),
    ("(PNA photo by Rolando Cruz)", ["PNA"], ["Rolando Cruz"], False),
    ("Foto LaPresse - Marco Neri", ["LaPresse"], ["Marco Neri"], False),
    ("Ảnh: Trần Văn An/TTXVN", ["VNA"], ["Trần Văn An"], False),
    ("ANP / JORIS VAN DER BERG", ["ANP"], ["Joris van der Berg"], False),
    ("dpa / LENA VON HOLT", ["dpa"], ["Lena von Holt"], False),
    ("VAN DIJK / ANP", ["ANP"], ["Van Dijk"], False),
    ("[연합뉴스 자료사진]", ["Yonhap"], [], False),
    ("[AFP=연합뉴스]", ["AFP", "Yonhap"], [], False),
    # A handout credits whoever provided it, no agency.
    ("[대구시 제공. 재판매 및 DB 금지]", [], [], False),
    ("[경기도 제공]", [], [], False),
    ("（共同）", ["Kyodo"], [], False),
    ("HINA/ Marko HORVATIĆ", ["HINA"], ["Marko Horvatić"], False),
    ("AFP / Claire DUVAL", ["AFP"], ["Claire Duval"], False),
    ("Foto: Mads Holt/Ritzau Scanpix", ["Ritzau Scanpix"], ["Mads Holt"], False),
    ("LEHTIKUVA / AINO KOSKI", ["Lehtikuva"], ["Aino Koski"], False),
    # Filipino's "picture of the agency by Name"; Khmer's word for photo and its colon.
    ("(Larawan ng PNA ni Liza Macaraeg)", ["PNA"], ["Liza Macaraeg"], False),
    ("រូបថត៖ AKP/Dara Sok", ["AKP"], ["Dara Sok"], False),
    ("Picha: Xinhua/Amani Otieno", ["Xinhua"], ["Amani Otieno"], False),
]


@pytest.mark.parametrize(("raw", "agencies", "photographers", "pool"), CONVENTIONS,
                         ids=[c[0] for c in CONVENTIONS])
def test_parse_credit_line(raw, agencies, photographers, pool):
    credit = parse_credit_line(raw)
    assert (credit.raw, credit.agencies, credit.photographers, credit.pool) == (
        raw, agencies, photographers, pool)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders meet in Bali, 08 July 2022. EPA/DITA ALANGKARA / POOL / TASS",
         ("Leaders meet in Bali, 08 July 2022.", "EPA/DITA ALANGKARA / POOL / TASS")),
        ("Polling stations opened.    REUTERS/Marko Djurica",
         ("Polling stations opened.", "REUTERS/Marko Djurica")),
        ("A file photo.(Photo by John Doe/Something/AP, File)",
         ("A file photo.", "(Photo by John Doe/Something/AP, File)")),
        ("Rome (Italy), October 27th 2020\nPhoto Samantha Zucchi /Insidefoto/Sipa USA)",
         ("Rome (Italy), October 27th 2020", "Photo Samantha Zucchi /Insidefoto/Sipa USA)")),
        ("A man walks in Seoul. (PHOTO NOT FOR SALE) (Yonhap)",
         ("A man walks in Seoul. (PHOTO NOT FOR SALE)", "(Yonhap)")),
        ("Commuters wait in smog. (PTI Photo/Kamal Kishore)(PTI11_14_2025_000087B)",
         ("Commuters wait in smog.", "(PTI Photo/Kamal Kishore)(PTI11_14_2025_000087B)")),
        ("Rush hour in Lyon. (AFP PHOTO / Jean Roux) (LYO-2025-1114)",
         ("Rush hour in Lyon.", "(AFP PHOTO / Jean Roux) (LYO-2025-1114)")),
        ("De tunnel in Antwerpen. BELGA PHOTO JASPER JACOBS",
         ("De tunnel in Antwerpen.", "BELGA PHOTO JASPER JACOBS")),
        ("Тролейбус у Львові. Фото: Марта Левицька / Укрінформ",
         ("Тролейбус у Львові.", "Фото: Марта Левицька / Укрінформ")),
        ("Murid di sekolah hari ini. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA",
         ("Murid di sekolah hari ini.", "--fotoBERNAMA (2026) HAK CIPTA TERPELIHARA")),
        ("Passengers queue on Monday. (PNA photo by Rolando Cruz)",
         ("Passengers queue on Monday.", "(PNA photo by Rolando Cruz)")),
        ("Un tram in corso Francia. Foto LaPresse - Marco Neri",
         ("Un tram in corso Francia.", "Foto LaPresse - Marco Neri")),
        ("Xe buýt điện chờ đón khách. Ảnh: Trần Văn An/TTXVN",
         ("Xe buýt điện chờ đón khách.", "Ảnh: Trần Văn An/TTXVN")),
        ("Az új villamos a Nagykörúton. Fotó: MTI/Kiss Anna",
         ("Az új villamos a Nagykörúton.", "Fotó: MTI/Kiss Anna")),
        ("Novi tramvaj u Sarajevu. Slika: FENA/Marko Marić",
         ("Novi tramvaj u Sarajevu.", "Slika: FENA/Marko Marić")),
        ("부산역 앞 버스 정류장 [연합뉴스 자료사진]", ("부산역 앞 버스 정류장", "[연합뉴스 자료사진]")),
        ("시민들이 거리를 걷고 있다. [EPA=연합뉴스 사진]",
         ("시민들이 거리를 걷고 있다.", "[EPA=연합뉴스 사진]")),
        ("A new tram in Kazan. © Ivan Petrov/TASS", ("A new tram in Kazan.", "© Ivan Petrov/TASS")),
        ("신청사 조감도 [대구시 제공. 재판매 및 DB 금지]",
         ("신청사 조감도", "[대구시 제공. 재판매 및 DB 금지]")),
        ("仙台市の新しい路面電車（共同）", ("仙台市の新しい路面電車", "（共同）")),
        # After the full stop of Khmer, Bengali or Amharic.
        ("ស្ពានថ្មីនៅកំពង់ចាម។ រូបថត៖ AKP/Dara Sok", ("ស្ពានថ្មីនៅកំពង់ចាម។", "រូបថត៖ AKP/Dara Sok")),
        ("নতুন সেতু। ছবি: বাসস/Rahim Uddin", ("নতুন সেতু।", "ছবি: বাসস/Rahim Uddin")),
        ("Bagong tulay sa Iloilo. (Larawan ng PNA ni Liza Macaraeg)",
         ("Bagong tulay sa Iloilo.", "(Larawan ng PNA ni Liza Macaraeg)")),
    ],
)
def test_credit_tail_is_split_off(text, expected):
    assert split_credit_tail(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said he told Reuters.",
        "The 2019/20 season ended early.",
        "Israel/Palestine talks resumed",
        "He met Jane Doe/John Roe today.",
        "Analysts polled by Reuters/Ipsos expect a rebound.",
        "The flight was renamed (MH370B).",
        "The union said the plan was a PHOTO OPPORTUNITY",
        "The exhibition is called fotoFEST.",
        "Фото з місця події показали журналістам.",
        "시는 예산 [시의회 승인] 을 발표했다.",
        "市は新しい計画を発表した（詳細）",
        "The winning photo by Ana Lima (a student).",
        "She took the photo - Maria Rossi said.",
        "The talks resumed on Monday. [AFP]",
        "See the archive [photo 3].",
        "",
    ],
)
def test_story_sentences_are_not_credits(text):
    assert split_credit_tail(text) is None


@pytest.mark.parametrize(
    ("paragraph", "caption", "agency"),
    [
        ("Photo taken May 16, 2025, shows a bus terminal in Maebashi. (Kyodo)",
         "Photo taken May 16, 2025, shows a bus terminal in Maebashi.", "Kyodo"),
        ("Prime Minister Taro Sato speaks in Tokyo on May 16, 2025. (Kyodo)",
         "Prime Minister Taro Sato speaks in Tokyo on May 16, 2025.", "Kyodo"),
        ("This file photo shows a gas station in Seoul. (Yonhap)",
         "This file photo shows a gas station in Seoul.", "Yonhap"),
    ],
)
def test_a_caption_credited_only_by_the_agency_is_a_caption(paragraph, caption, agency):
    body, captions = split_captions(["Story text.", paragraph, "More story text."])
    assert body == ["Story text.", "More story text."]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [(caption, [agency])]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministry confirmed the figures to the agency (Kyodo)",
        "(BusinessDesk)",
        "(©NTB)",
        "The talks will resume on Monday, officials said (Yonhap)",
    ],
)
def test_an_agency_in_parentheses_without_caption_cues_stays_in_the_text(paragraph):
    assert split_captions([paragraph]) == ([paragraph], [])


def test_a_picture_credited_by_the_agency_above_the_dateline_is_a_caption():
    paragraphs = [
        "Rescue workers search the rubble in Wajima on Friday. (Kyodo)",
        "TOKYO, Nov. 14 Kyodo - A strong earthquake struck central Japan on Friday.",
    ]
    body, captions = split_captions(paragraphs)
    assert body == paragraphs[1:]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [
        ("Rescue workers search the rubble in Wajima on Friday.", ["Kyodo"])]


def test_a_dateline_paragraph_ending_with_the_agency_is_no_caption():
    paragraphs = ["SEOUL, Nov. 14 (Yonhap) -- Shares rose, traders said. (Yonhap)",
                  "SEOUL, Nov. 14 (Yonhap) -- Another story."]
    assert split_captions(paragraphs) == (paragraphs, [])


@pytest.mark.parametrize(
    ("credit", "holder", "agencies", "photographers"),
    [
        ("Hiroshi Tanaka", "Kyodo News", ["Kyodo"], ["Hiroshi Tanaka"]),
        ("CLEMENS BILAN", "EPA-EFE", ["EPA", "EFE"], ["Clemens Bilan"]),
        (None, "AAP", ["AAP"], []),
        ("REUTERS/Jane Doe", "Thomson Reuters", ["Reuters"], ["Jane Doe"]),
        ("Jane Roe", "Jane Roe Photography", [], ["Jane Roe"]),
    ],
)
def test_a_credit_naming_no_agency_takes_the_copyright_holder(
    credit, holder, agencies, photographers
):
    caption = clean_caption(Caption("A picture.", Credit(credit) if credit else None, holder))
    assert caption is not None and caption["credit"] is not None
    assert (caption["credit"]["agencies"], caption["credit"]["photographers"]) == (
        agencies, photographers)


def test_a_credit_alone_under_the_lead_credits_a_picture_the_copy_does_not_carry():
    text = (
        "Bridge plan approved\n\n"
        "OSLO, Nov 4 (NTB) - The city council approved the new bridge on Tuesday, the mayor"
        " told reporters after a long debate in the chamber.\n\n"
        "Photo: oslo.kommune.no\n\n"
        "Work will start in the spring and take three years.\n"
    )
    article = clean_story(parse_story(text.encode()))
    assert article["captions"] == []
    assert article["body"].startswith("The city council approved")
    assert "Photo: oslo.kommune.no" in article["boilerplate"]


def test_a_credit_alone_under_a_plain_text_lead_without_dateline_is_boilerplate():
    paragraphs = [
        "Уряд підтримав новий порядок виплат",
        "Кабінет Міністрів у середу затвердив новий порядок виплат переселенцям.",
        "Фото: Мінсоцполітики",
        "Виплати почнуться в січні.",
    ]
    assert split_lone_credits(paragraphs) == (
        [paragraphs[0], paragraphs[1], paragraphs[3]],
        ["Фото: Мінсоцполітики"],
    )
    captioned = [paragraphs[0], "The minister (C) signs the order.", *paragraphs[2:]]
    assert split_lone_credits(captioned) == (captioned, [])


def test_a_credit_alone_closing_the_story_is_boilerplate():
    paragraphs = ["The mayor opened the bridge.", "Traffic starts on Monday.", "Foto: NTB"]
    assert split_lone_credits(paragraphs) == (paragraphs[:2], ["Foto: NTB"])
    captioned = ["The mayor opened the bridge.", "The mayor (L) cuts the ribbon.", "Foto: NTB"]
    assert split_lone_credits(captioned) == (captioned, [])


def test_a_caption_glued_to_the_lead_its_dateline_opens_is_its_last_sentence():
    lead = "Homs, SANA- The governorate opened a new bakery on Monday."
    paragraphs = [f"{lead} Workers unload flour at the bakery. (Photo: SANA)", "More text."]
    body, captions = split_captions(paragraphs)
    assert body == [lead, "More text."]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [
        ("Workers unload flour at the bakery.", ["SANA"])]


def test_a_month_and_a_year_alone_are_no_caption_cue():
    paragraphs = ["The mayor opened the bridge.", "It opens in September 2027.", "Foto: NTB"]
    assert split_lone_credits(paragraphs) == (paragraphs[:2], ["Foto: NTB"])
    dated = ["The mayor opened the bridge.", "The bridge in Oslo on May 16, 2026.", "Foto: NTB"]
    assert split_lone_credits(dated) == (dated, [])


def test_a_caption_glued_to_a_story_paragraph_is_its_last_short_sentence():
    paragraph = ("Tunnelen skal etter planen åpne for trafikk høsten 2028 og koste 2,1 milliarder "
                 "kroner. Anleggsområdet ved Rælingen. Foto: Siri Holt / NTB")
    body, captions = split_captions(["Story text.", paragraph, "More story text."])
    assert body == [
        "Story text.",
        "Tunnelen skal etter planen åpne for trafikk høsten 2028 og koste 2,1 milliarder kroner.",
        "More story text.",
    ]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [
        ("Anleggsområdet ved Rælingen.", ["NTB"])]


@pytest.mark.parametrize(
    ("story", "caption"),
    [
        (
            "Der Zug fuhr am Vormittag erstmals über die neue Brücke, wie ein Sprecher der "
            "Bahn der Nachrichtenagentur mitteilte.",
            "Arbeiter auf der Baustelle der Brücke in Dresden am 9. Dezember 2026.",
        ),
        (
            "El puente, de 420 metros de largo, se abrió al tráfico poco después del mediodía, "
            "según informó el ayuntamiento.",
            "Obreros en el puente de Triana, en Sevilla, el 8 de diciembre de 2026.",
        ),
    ],
)
def test_a_dated_caption_glued_after_a_story_sentence_is_the_last_sentence(story, caption):
    paragraph = f"{story} {caption} (AFP / Lena ROTH)"
    body, captions = split_captions(["Story text.", paragraph, "More story text."])
    assert body == ["Story text.", story, "More story text."]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [(caption, ["AFP"])]


def test_a_korean_handout_between_paragraphs_is_a_caption_without_agency():
    body, captions = split_captions(
        ["시는 신청사를 착공했다.", "신청사 조감도 [대구시 제공. 재판매 및 DB 금지]", "완공은 2030년이다."]
    )
    assert body == ["시는 신청사를 착공했다.", "완공은 2030년이다."]
    assert [(c["text"], c["credit"]["agencies"]) for c in captions] == [("신청사 조감도", [])]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A caption of two sentences shows the picture first.
        "Firefighters stand by a burning warehouse in Leeds on Nov. 3, 2026. Nobody was hurt. "
        "(Jo Hart/PA)",
        # A dated last sentence after a short description is the caption's second one.
        "Rescue workers search the rubble. Antakya, Turkey, 9 February 2026. (Ali Kaya/AFP)",
        # A long last sentence is no caption glued to story text.
        "Divers search the harbour. The search for the missing fisherman from the trawler "
        "resumed at dawn on Monday. Foto: Siri Holt / NTB",
    ],
)
def test_a_caption_of_several_sentences_stays_whole(paragraph):
    body, captions = split_captions(["Story text.", paragraph, "More story text."])
    assert body == ["Story text.", "More story text."]
    assert [c["text"] for c in captions] == [split_credit_tail(paragraph)[0]]


def test_a_picture_delivered_and_glued_into_the_text_is_one_caption():
    # The association's caption, and the same caption with its credit in the body text.
    caption = "A tram crosses the Korenlei bridge in Ghent, on 3 March 2026."
    payload = {
        "uri": "urn:example:tram",
        "type": "text",
        "headline": "Ghent trams run again",
        "body_text": f"GHENT -- Trams ran again on Tuesday.\n\n{caption} BELGA PHOTO JAN PEETERS\n\n"
        "The city council said the line would stay open.",
        "associations": {
            "featureimage": {
                "type": "picture",
                "description_text": f"{caption} BELGA PHOTO JAN PEETERS",
            }
        },
    }
    article = clean_story(parse_story(json.dumps(payload).encode()))
    assert [(c["text"], c["credit"]["agencies"]) for c in article["captions"]] == [
        (caption, ["Belga"])
    ]
    assert caption not in article["body"]


def test_the_same_caption_glued_twice_into_the_text_stays_twice():
    paragraphs = ["Story text.", "Flood water in Liège. BELGA PHOTO JAN PEETERS"] * 2
    body, glued = split_captions(paragraphs)
    assert body == ["Story text.", "Story text."]
    assert len(unique_captions([], glued)) == 2
