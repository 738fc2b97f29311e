"""Copy in languages the rules know few words of (Finnish, Czech, Slovak, Romanian,
Hungarian, Croatian, Slovene, Turkish, Indonesian): read by its capitals, on invented names.

A capital marks a name in all of them, but a sentence's first word may be any word, so it
starts no name unless it is a given name, a title or a word that heads a body's name, or the
name ends in a legal form; and
capitalised words side by side are a name only on firm evidence (a given name, a legal
form, a head). Finnish and Czech decline place names: a declined word is a place when one
of its nominative forms is a place the gazetteer knows.
"""

from __future__ import annotations

from pipeline.entities.inflection import czech_place_forms, finnish_place_forms, slovene_place_forms
from tests.entities.helpers import names, tag


def test_finnish_copy_finds_people_companies_and_declined_places() -> None:
    article = tag(
        "Uuden tehtaan avaa Pohjanlahden Tekniikka Oy Oulussa. "
        "Toimitusjohtaja Jukka Heinämaa kertoo, että tuotanto alkaa Tampereella ja "
        "laajenee Helsinkiin. Yhtiön mukaan Lahdessa ei ole tilaa.",
        language="fi",
    )
    assert names(article, "ORG") == {"Pohjanlahden Tekniikka Oy"}
    assert names(article, "PERSON") == {"Jukka Heinämaa"}
    assert {"Oulu", "Tampere", "Helsinki", "Lahti"} <= names(article, "PLACE")


def test_czech_copy_finds_people_companies_and_declined_places() -> None:
    article = tag(
        "Stavební firma Moravské Konstrukce a.s. staví nový most v Ostravě. "
        "Podle Tomáše Vrby se práce protáhnou. Jednatel Petr Sládek uvedl, že firma "
        "otevře pobočku v Praze a v Brně.",
        language="cs",
    )
    assert "Moravské Konstrukce a.s." in names(article, "ORG")
    assert "Petr Sládek" in names(article, "PERSON")
    assert {"Ostrava", "Prague", "Brno"} <= names(article, "PLACE")


def test_a_sentence_opening_word_of_such_copy_starts_no_name() -> None:
    # "Rekonstrukce" (reconstruction), "Podle" (according to), "Hankkeelle" (to the project):
    # ordinary words capitalised by the sentence, not the start of an organisation.
    czech = tag(
        "Rekonstrukce Hlavního nádraží potrvá rok. Podle Kovaříka je to málo.", language="cs"
    )
    finnish = tag("Hankkeelle Kemijoen Voima myönsi tuen.", language="fi")
    for article in (czech, finnish):
        assert not names(article, "ORG") and not names(article, "PERSON")


def test_known_names_still_open_sentences_in_such_copy() -> None:
    article = tag("Helsinki ja Tukholma sopivat yhteistyöstä.", language="fi")
    assert {"Helsinki", "Stockholm"} <= names(article, "PLACE")


def test_other_languages_read_by_capitals_find_people_and_companies() -> None:
    cases = [
        (
            "ro",
            "Directorul Andrei Munteanu a declarat că Carpatica Transport SRL angajează.",
            "Andrei Munteanu",
            "Carpatica Transport SRL",
        ),
        (
            "hu",
            "A Tiszavölgyi Malom Kft. ügyvezetője, Kovács Péter szerint az ár emelkedik.",
            None,
            "Tiszavölgyi Malom Kft.",
        ),
        (
            "hr",
            "Direktor Ivan Perković rekao je da Jadranska Plovidba d.o.o. širi flotu.",
            "Ivan Perković",
            "Jadranska Plovidba d.o.o.",
        ),
        (
            "tr",
            "Genel müdür Mehmet Yıldırım, Karadeniz Lojistik A.Ş. adına konuştu.",
            "Mehmet Yıldırım",
            "Karadeniz Lojistik A.Ş.",
        ),
        (
            "id",
            "Direktur Budi Santoso mengatakan PT Nusantara Kargo akan berekspansi.",
            "Budi Santoso",
            None,
        ),
    ]
    for language, body, person, company in cases:
        article = tag(body, language=language)
        if person:
            assert person in names(article, "PERSON"), (language, article["entities"])
        if company:
            assert company in names(article, "ORG"), (language, article["entities"])


def test_given_names_of_slovene_croatian_romanian_indonesian_and_nordic_copy_start_people() -> None:
    # Common given names of these languages are the evidence two capitalised words need.
    cases = [
        (
            "sl",
            "Direktor družbe Tomaž Rozman je povedal, da bo gradnja trajala leto.",
            "Tomaž Rozman",
        ),
        ("hr", "Župan Zdravko Kovačić rekao je da luka dobiva novi gat.", "Zdravko Kovačić"),
        (
            "ro",
            "Directorul Ciprian Dobre a precizat că lucrările încep în martie.",
            "Ciprian Dobre",
        ),
        ("id", "Kepala desa Ketut Arsana mengatakan jalan itu rusak.", "Ketut Arsana"),
        ("no", "Daglig leder Bent Aasheim sier at fabrikken stenger.", "Bent Aasheim"),
    ]
    for language, body, person in cases:
        article = tag(body, language=language)
        assert person in names(article, "PERSON"), (language, article["entities"])


def test_a_word_that_heads_a_body_may_open_a_sentence_of_such_copy() -> None:
    # A sentence's first word starts no longer name in this copy, unless it is a word that
    # heads a body's name ("Kementerian", "Balai", "Compania"): the body is named.
    indonesian = tag(
        "Harga ikan naik. Kementerian Perikanan Laut akan meninjau aturan itu. "
        "Balai Karantina Ikan menolak berkomentar.",
        language="id",
    )
    assert {"Kementerian Perikanan Laut", "Balai Karantina Ikan"} <= names(indonesian, "ORG")
    romanian = tag(
        "Lucrările au început. Compania Feroviară Dunăreana a anunțat întârzieri.", language="ro"
    )
    assert "Compania Feroviară Dunăreana" in names(romanian, "ORG")


def test_a_word_for_a_kind_of_company_before_its_name_is_no_part_of_it() -> None:
    # Finnish compounds in -yhtiö, -yritys, -konserni, -varustamo, -telakka ("mining company",
    # "shipping company") and German ones in -dienstleister say what the company is.
    finnish = tag("Hanke etenee. Kaivosyhtiö Pohjan Malmi Oy:n mukaan työ alkaa.", language="fi")
    assert names(finnish, "ORG") == {"Pohjan Malmi Oy"}
    german = tag(
        "Die Stadt und der Logistikdienstleister Elbtal Ladetechnik GmbH unterzeichneten.",
        language="de",
    )
    assert names(german, "ORG") == {"Elbtal Ladetechnik GmbH"}


def test_an_unknown_name_after_a_preposition_of_place_is_a_place_in_such_copy() -> None:
    # Indonesian, Malay and Romanian do not decline a town's name after "di" and "în" (at, in):
    # the name is a place even when no list knows it.
    assert "Waikelo" in names(
        tag("Gudang baru dibangun di Waikelo, kata pejabat.", language="id"), "PLACE"
    )
    assert "Horăscu" in names(
        tag("Fabrica va fi construită în Horăscu, a spus el.", language="ro"), "PLACE"
    )


def test_capitalised_words_without_evidence_are_no_name_in_such_copy() -> None:
    # Two capitalised words with no given name, legal form or head: a German reading would
    # guess an organisation; here they are left alone.
    article = tag("Kisebb változás jön a Mátrai Kilátó körül.", language="hu")
    assert not names(article, "ORG") and not names(article, "PERSON")


def test_finnish_place_forms_undo_case_endings_and_consonant_gradation() -> None:
    assert "Helsinki" in finnish_place_forms("Helsingissä")
    assert "Kuopio" in finnish_place_forms("Kuopioon")
    assert "Tampere" in finnish_place_forms("Tampereelle")
    assert "Suomi" in finnish_place_forms("Suomessa")
    assert "Rautalampi" in finnish_place_forms("Rautalammilla")
    assert finnish_place_forms("Oy") == []


def test_czech_place_forms_undo_case_endings() -> None:
    assert "Brno" in czech_place_forms("Brně")
    assert "Praha" in czech_place_forms("Praze")
    assert "Ostrava" in czech_place_forms("Ostravy")
    assert "Německo" in czech_place_forms("Německu")
    assert "Brezno" in czech_place_forms("Brezne")  # Slovak: a neuter town's locative


def test_slovene_place_forms_undo_the_accusative_and_the_neuter_locative() -> None:
    # "v Ljubljano" (into Ljubljana) and "v Velenju" (in Velenje): a feminine town in the
    # accusative, a neuter one in the locative.
    assert "Ljubljana" in slovene_place_forms("Ljubljano")
    assert "Velenje" in slovene_place_forms("Velenju")
    article = tag("Vlak bo vozil v Ljubljano, tovarna pa ostaja v Velenju.", language="sl")
    assert {"Ljubljana", "Velenje"} <= names(article, "PLACE")
