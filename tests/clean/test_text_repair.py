from __future__ import annotations

import pytest

from pipeline.clean import (
    checked_language,
    detect_language,
    repair_text,
    split_boilerplate,
    unwrap_paragraphs,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DÃ©cÃ¨s de Naomi", "Décès de Naomi"),
        # Mojibake of the languages beyond Latin-1, with the controls that stand for
        # bytes Windows-1252 lacks ("\x81" of "Ł") and the soft hyphen of "í".
        ("WrocÅ‚aw i Å\x81Ã³dÅº", "Wrocław i Łódź"),
        ("Ä°stanbul'da ÅŸiddetli yaÄŸÄ±ÅŸ", "İstanbul'da şiddetli yağış"),
        ("BucureÅŸti È™i BraÈ™ov", "Bucureşti și Brașov"),
        ("14. Å™Ã\xadjna", "14. října"),
        ("ÐœÐ¾Ñ\x81ÐºÐ²Ð°", "Москва"),
        ("ÎµÎ»Î»Î·Î½Î¹ÎºÎ¬", "ελληνικά"),
        ("»Straße« in ÖSTERREICH, JOSÉ…", "»Straße« in ÖSTERREICH, JOSÉ…"),
        ("It\u00e2\u20ac\u2122s fine", "It's fine"),
        ("a&amp;lt;p&amp;gt;b", "a\nb"),
        ("``Look Good'' he said", '"Look Good" he said'),
        ("\u201cQuote\u201d and \u2018single\u2019", "\"Quote\" and 'single'"),
        ("x\u00a0\u00a0y\u2009z", "x y z"),
        ("bad\x00 control\x07 chars\u200b", "bad control chars"),
        # The zero-width non-joiner and joiner spell Persian and Indic words: they stay.
        ("\u0645\u06cc\u200c\u0631\u0648\u0645", "\u0645\u06cc\u200c\u0631\u0648\u0645"),
        ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"),
        ("line\r\nbreaks\rhere", "line\nbreaks\nhere"),
        ("« guillemets »", "« guillemets »"),
        ("<p>Left<b>over</b> tags</p>", "\nLeftover tags\n"),
        ("Shares of <Acme Corp> rose while bonds <fell sharply>",
         "Shares of <Acme Corp> rose while bonds <fell sharply>"),
        ("<Mark Smith> met <b>him</b> at <Time>", "<Mark Smith> met him at <Time>"),
        ('<SPAN class="x" hidden>y</SPAN><o:p></o:p>', "y"),
        ("&amp;amp;amp;lt;b&amp;amp;amp;gt;x", "x"),
        ("&am\x00p; &am&shy;p;", "& &"),
        ("&semi&semi&semi;", ";"),
        ("line  \nnext\t\t\n", "line\nnext\n"),
    ],
)
def test_repair_text(text, expected):
    assert repair_text(text) == expected
    assert repair_text(expected) == expected


def test_markup_escaped_any_number_of_times_is_decoded_to_the_end():
    assert repair_text("&" + "amp;" * 50_000 + "lt;") == "<"
    assert repair_text("&amp;lt;" * 3 + "p" + "&amp;gt;") == "<<\n"


def test_unwrap_rejoins_and_dehyphenates():
    text = ("The deal was the result of negotia-\ntions between Russian-\nbacked groups and\n"
            "the self-\ndefence forces of Nord-\nund Südkorea, officials said.\n")
    assert unwrap_paragraphs(text) == (
        "The deal was the result of negotiations between Russian-backed groups and the "
        "self-defence forces of Nord- und Südkorea, officials said."
    )


def test_unwrap_reads_reuters_indentation():
    text = ("    By Arpan Varghese\n    Jan 30 (Reuters) - Gold rose on Tuesday on safe\n"
            "haven demand.\n    The dollar index, which measures the greenback\n"
            "against a basket of currencies, was down.\n")
    assert unwrap_paragraphs(text).split("\n\n") == [
        "By Arpan Varghese",
        "Jan 30 (Reuters) - Gold rose on Tuesday on safe haven demand.",
        "The dollar index, which measures the greenback against a basket of currencies, was down.",
    ]


def test_unwrap_ignores_pretty_printed_indentation():
    text = "(New York) Et, sent luptat\n      Nim zzriureet vendreetue modo\n      dolenis ex."
    assert unwrap_paragraphs(text) == "(New York) Et, sent luptat Nim zzriureet vendreetue modo dolenis ex."


def test_unwrap_splits_headline_and_glued_caption():
    text = ("Blinken sees no sign of Russian engagement\n"
            "Leaders meet in Nusa Dua, Bali, Indonesia, 08 July 2022. EPA/DITA ALANGKARA /\n"
            "POOL / TASS\n"
            "U.S. Secretary of State Antony Blinken said Saturday that Washington saw no\n"
            "signs of Russia engaging with G20 diplomats.\n")
    assert unwrap_paragraphs(text).split("\n\n") == [
        "Blinken sees no sign of Russian engagement",
        "Leaders meet in Nusa Dua, Bali, Indonesia, 08 July 2022. EPA/DITA ALANGKARA / POOL / TASS",
        "U.S. Secretary of State Antony Blinken said Saturday that Washington saw no signs of "
        "Russia engaging with G20 diplomats.",
    ]


def test_a_credit_ending_with_its_agency_ends_the_glued_caption():
    text = ("Leaders meet in Bali, Indonesia, 08 July\n2022. Foto: Max Muster/dpa\n"
            "The talks with Russia\ncontinue.\n")
    assert unwrap_paragraphs(text).split("\n\n") == [
        "Leaders meet in Bali, Indonesia, 08 July 2022. Foto: Max Muster/dpa",
        "The talks with Russia continue.",
    ]
    wrapped = "Leaders meet in Bali. AFP PHOTO / ANNE\nDUPONT\nThe talks continue.\n"
    assert unwrap_paragraphs(wrapped).split("\n\n")[0] == (
        "Leaders meet in Bali. AFP PHOTO / ANNE DUPONT")


def test_a_block_of_trailer_lines_keeps_one_line_each():
    text = "The works end in May.\n\nPewarta: Budi Santoso\nEditor: Siti Rahma\nCopyright © ANTARA 2026"
    assert unwrap_paragraphs(text).split("\n\n") == [
        "The works end in May.", "Pewarta: Budi Santoso", "Editor: Siti Rahma",
        "Copyright © ANTARA 2026",
    ]
    wrapped = "Edited by the council, the plan\nwas approved on Monday."
    assert unwrap_paragraphs(wrapped) == "Edited by the council, the plan was approved on Monday."


def test_a_block_an_end_mark_opens_keeps_one_line_each():
    text = "The works end in May.\n\n//انتهى//\n09:10 م ع"
    assert unwrap_paragraphs(text).split("\n\n") == ["The works end in May.", "//انتهى//", "09:10 م ع"]


def test_a_line_going_on_mid_sentence_joins_even_among_unwrapped_lines():
    first = "Il consiglio comunale ha approvato il piano " + "per il nuovo ponte " * 8 + "e il sindaco,"
    last = "Entro maggio partiranno i lavori del primo lotto " + "della nuova opera " * 6 + "."
    text = f"{first}\nche lo aveva proposto, si è detto soddisfatto.\n{last}"
    assert unwrap_paragraphs(text).split("\n\n") == [
        f"{first} che lo aveva proposto, si è detto soddisfatto.", last,
    ]


def test_unwrap_joins_cjk_without_spaces():
    assert unwrap_paragraphs("      該公司最近被\n      評選為最酷供應商") == "該公司最近被評選為最酷供應商"


def test_boilerplate_trailers_and_notes():
    paragraphs = [
        "(Adds comments, detail)",
        "Gold rose on Tuesday.",
        "AP is the largest agency.",
        "Sign up here for our newsletter.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ]
    body, boilerplate = split_boilerplate(paragraphs)
    assert body == ["Gold rose on Tuesday.", "AP is the largest agency."]
    assert boilerplate == [paragraphs[0], *paragraphs[3:]]


def test_glued_reuters_trailer_is_cut_off():
    body, boilerplate = split_boilerplate(
        ["It was flooded. (Reporting by David Bailey; Editing by Dan Grebler)"])
    assert body == ["It was flooded."]
    assert boilerplate == ["(Reporting by David Bailey; Editing by Dan Grebler)"]


@pytest.mark.parametrize(
    "trailer",
    [
        "- Redaktion: Jens Petersen, Tel.: +49 40 4113 32851",
        "Kontakt: Landesbüro Sachsen, Tel. +49 351 4864 2210",
        "Rédaction : service Economie, tél. +33 1 40 41 46 46",
        "Redacción: Laura Gómez (lgomez@efe.example)",
        "Redacción Economía: Javier Ortega",
        "Media Contact: Felix Brenner, +49 89 555 0199",
        "==Kyodo",
        "(END)",
        "jhpark@yna.co.kr (END)",
        "Enditem",
        "(ANSA).",
        "Anna Kowalska (PAP)",
        "akw/ mrr/",
        "dpa kmö yyzz n1 jp",
    ],
)
def test_agency_trailers_in_the_languages_of_the_wire(trailer):
    assert split_boilerplate(["The story.", trailer]) == (["The story."], [trailer])


def test_everything_after_a_contacts_heading_is_boilerplate():
    paragraphs = ["The plant employs 240 people.", "Contacts", "Korvan Battery Systems",
                  "Media: Evan Marsh, +1 775 555 0142"]
    assert split_boilerplate(paragraphs) == (paragraphs[:1], paragraphs[1:])


def test_a_contacts_heading_far_from_the_end_is_story_text():
    paragraphs = ["The club opened its doors.", "Contact", *[f"Paragraph {i}." for i in range(6)]]
    assert split_boilerplate(paragraphs) == (paragraphs, [])


def test_ap_taglines_after_a_rule_are_boilerplate():
    paragraphs = ["The findings were published Thursday.", "___",
                  "The AP Health and Science Department receives support from a foundation. "
                  "The AP is solely responsible for all content."]
    assert split_boilerplate(paragraphs) == (paragraphs[:1], paragraphs[1:])


def test_an_agency_sign_off_glued_to_the_last_paragraph_is_cut_off():
    body, boilerplate = split_boilerplate(["The deal is the third this year. (ANSA)."])
    assert (body, boilerplate) == (["The deal is the third this year."], ["(ANSA)."])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kontakt zu den Entführern gebe es nicht, sagte der Sprecher der Polizei am Abend.",
        "The ministry said the figures were preliminary (Reuters).",
        "Jane Doe (Democrat) won the seat.",
    ],
)
def test_story_sentences_that_look_like_trailers_stay(paragraph):
    assert split_boilerplate(["The story.", paragraph]) == (["The story.", paragraph], [])


def test_closing_quotes_that_lost_their_last_byte_are_restored():
    assert repair_text("â€œWeâ€™re ready,â€ she said. â€œNow.â€") == '"We\'re ready," she said. "Now."'
    assert repair_text("caf\u00c3\u00a9 â€œopenâ€\x9d") == 'café "open"'
    # The second byte read as a control: the fix that reveals the quote restores it too.
    assert repair_text("â€œShutâ\x80") == repair_text(repair_text("â€œShutâ\x80")) == '"Shut"'


def test_copyright_word_in_a_sentence_is_not_boilerplate():
    paragraphs = ["Copyright infringement cases rose sharply last year."]
    assert split_boilerplate(paragraphs) == (paragraphs, [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said on Tuesday that the government would not change its plans.", "en"),
        ("Le ministre a déclaré mardi que le gouvernement ne changerait pas ses plans.", "fr"),
        ("Der Minister sagte am Dienstag, die Regierung werde ihre Pläne nicht ändern.", "de"),
        ("El ministro dijo el martes que el gobierno no cambiará sus planes.", "es"),
        ("Il ministro ha detto martedì che il governo non cambierà i suoi piani.", "it"),
        ("Ministeren sagde tirsdag, at regeringen ikke vil ændre sine planer, og det blev "
         "bekræftet af hans kontor efter mødet.", "da"),
        ("Ministeren sa tirsdag at regjeringen ikke vil endre planene sine, og det ble "
         "bekreftet av kontoret etter møtet.", "no"),
        ("Ministern sade på tisdagen att regeringen inte kommer att ändra sina planer och "
         "det bekräftades av hans kontor.", "sv"),
        ("Ministeri sanoi tiistaina, että hallitus ei muuta suunnitelmiaan, ja hän on "
         "myös kertonut sen.", "fi"),
        ("Министр заявил во вторник, что правительство не изменит свои планы и что это "
         "окончательно.", "ru"),
        ("該公司最近被評選為最酷供應商", "zh"),
        ("Minister powiedział we wtorek, że rząd nie zmieni swoich planów.", "pl"),
        ("Ministr v úterý řekl, že vláda své plány nezmění.", "cs"),
        ("Bakan salı günü hükümetin planlarını değiştirmeyeceğini söyledi.", "tr"),
        ("Menteri mengatakan pada hari Selasa bahwa pemerintah tidak akan mengubah rencananya.",
         "id"),
        ("A miniszter kedden azt mondta, hogy a kormány nem változtat a tervein.", "hu"),
        ("Ministrul a declarat marți că guvernul nu își va schimba planurile.", "ro"),
        ("Міністр заявив у вівторок, що уряд не змінить своїх планів.", "uk"),
        ("Short", None),
        ("12345 67890 !!!", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


SPANISH = ("México recibió 31,2 millones de turistas internacionales entre enero y agosto, "
           "la mayor cifra de su historia para ese periodo, informó este martes la Secretaría.")


@pytest.mark.parametrize(
    ("stated", "text", "language"),
    [
        ("en", SPANISH, "es"),  # a feed's label is no evidence about the words
        ("es", SPANISH, "es"),
        (None, SPANISH, "es"),
        ("fr", "Hurricane Delia", "fr"),  # too short to overrule anything
        ("en", "", "en"),
        (None, "", None),
        ("no", "Strømprisen i Sør-Norge blir onsdag den høyeste siden februar.", "no"),
    ],
)
def test_a_stated_language_stands_unless_the_text_is_plainly_another(stated, text, language):
    assert checked_language(stated, text) == language
