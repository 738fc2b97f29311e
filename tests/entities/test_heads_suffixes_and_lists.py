"""Names typed by the kind of thing their last or first word names, where an institution's
or a company's name ends (suspended compounds, lower-case legal forms and council words,
fields after an adjective), place names with the case suffixes copy adds to them, and the
word lists' broad entries: one class per test, on invented names where the class allows it.
"""

from __future__ import annotations

from pipeline.entities.tokens import case_suffix_start
from tests.entities.helpers import names, tag


def test_partnerships_schemes_studios_teams_and_nations_are_organisations() -> None:
    article = tag(
        "The farm belongs to Corrow Field Partnership, a family business. Ada Pell, an officer "
        "of the Ancient Coins Scheme, spoke to Tirelane Studio and the Vaskar Cycling Team. "
        "The deal was signed with the Wenona Cree Nation. Dellow Marine Surveyors saw it."
    )
    assert {
        "Corrow Field Partnership",
        "Ancient Coins Scheme",
        "Tirelane Studio",
        "Vaskar Cycling Team",
        "Wenona Cree Nation",
        "Dellow Marine Surveyors",
    } <= names(article, "ORG")
    assert names(article, "PERSON") == {"Ada Pell"}


def test_highways_parkways_wetlands_hot_springs_and_rivers_named_first_are_places() -> None:
    article = tag(
        "Snow closed the Trans-Mardale Highway and the Orrin Ridge Parkway. Visitors to "
        "Tashiro Wetland were warned. Kawabe Onsen is busy, and guests may cross the River Dellan."
    )
    assert {
        "Trans-Mardale Highway",
        "Orrin Ridge Parkway",
        "Tashiro Wetland",
        "Kawabe Onsen",
        "River Dellan",
    } <= names(article, "PLACE")
    assert not names(article, "PERSON")


def test_a_turkish_case_suffix_after_an_apostrophe_leaves_the_place() -> None:
    article = tag("Toplantı Samsun'da yapılacak; balık Gürcistan'a kaydı.", language="tr")
    assert names(article, "PLACE") == {"Samsun", "Georgia"}


def test_a_turkish_case_suffix_leaves_a_persons_name_and_ends_it() -> None:
    article = tag(
        "Ahmet Aksoylu'nun açıklaması geldi; gol Deniz Yalçınkaya'dan geldi.",
        language="tr",
    )
    assert names(article, "PERSON") == {"Ahmet Aksoylu", "Deniz Yalçınkaya"}


def test_an_apostrophe_inside_a_name_or_before_a_capital_is_no_case_suffix() -> None:
    assert case_suffix_start("Aydemir'in") == 7
    assert case_suffix_start("Fenerbahçe’yi") == 10
    assert case_suffix_start("O'Neill") == 0
    assert case_suffix_start("rock'n'roll") == 0
    assert case_suffix_start("Türkiye'deki'ler") == 12


def test_finnish_illatives_after_a_long_vowel_and_stems_that_drop_k_or_end_in_de() -> None:
    article = tag(
        "Junat kulkevat Joensuuhun. Bussi lähtee Pieksämäeltä Varkauden kautta.", language="fi"
    )
    assert names(article, "PLACE") == {"Joensuu", "Pieksämäki", "Varkaus"}


def test_a_polish_soft_stem_genitive_is_the_town() -> None:
    article = tag("Pociąg dojedzie z Wrocławia w dwie godziny.", language="pl")
    assert names(article, "PLACE") == {"Wrocław"}


def test_well_known_bodies_and_lands_are_listed_under_their_names() -> None:
    article = tag(
        "Parks Canada closed the trail, and Amtrak cut its service. Coins of the Roman Empire "
        "were found in the East Midlands, near Land's End."
    )
    assert names(article, "ORG") == {"Parks Canada", "Amtrak"}
    assert names(article, "PLACE") == {"Roman Empire", "East Midlands", "Land's End"}


def test_given_names_of_more_languages_start_a_person() -> None:
    norwegian = tag("– Det er alvorlig, sier Marte Kvalsund i forbundet.", language="no")
    assert names(norwegian, "PERSON") == {"Marte Kvalsund"}
    swedish = tag("Det säger Tommy Ravaska till tidningen.", language="sv")
    assert names(swedish, "PERSON") == {"Tommy Ravaska"}


def test_sanctuaries_caves_churches_and_parks_start_a_landmark_outside_english() -> None:
    spanish = tag(
        "Los autobuses suben al Santuario de Valdemora y a la Cueva de los Tejos.", language="es"
    )
    assert names(spanish, "PLACE") == {"Santuario de Valdemora", "Cueva de los Tejos"}
    assert not names(spanish, "ORG")
    polish = tag("Turyści odwiedzają Jaskinia Mroźna Dolna.", language="pl")
    assert names(polish, "PLACE") == {"Jaskinia Mroźna Dolna"}


def test_a_suspended_compound_and_its_completion_make_one_institution() -> None:
    norwegian = tag("Det sier lederen i Vestlands Jakt- og Fiskeforening.", language="no")
    assert names(norwegian, "ORG") == {"Vestlands Jakt- og Fiskeforening"}
    german = tag("Laut der Industrie- und Handelskammer zu Wismar ist das schlecht.", language="de")
    assert names(german, "ORG") == {"Industrie- und Handelskammer zu Wismar"}
    title = tag("Das sagte Wirtschafts- und Energieminister Jonas Wendtland.", language="de")
    assert names(title, "PERSON") == {"Jonas Wendtland"}
    assert not names(title, "ORG")


def test_dutch_and_flemish_legal_forms_in_lower_case_end_the_name() -> None:
    article = tag(
        "De stad praat met de ontwikkelaar, Kempense Woonprojecten nv, over de site.", language="nl"
    )
    assert names(article, "ORG") == {"Kempense Woonprojecten nv"}


def test_a_body_named_for_a_place_before_of_is_an_organisation() -> None:
    article = tag(
        "Scientists at the Gulf of Tarragona Research Institute said the Gulf of Tarragona warmed."
    )
    assert names(article, "ORG") == {"Gulf of Tarragona Research Institute"}
    assert names(article, "PLACE") == {"Gulf of Tarragona"}


def test_malay_and_french_islands_roads_and_ages_of_prehistory() -> None:
    article = tag(
        "Divers went to Pulau Tenggol and the Île Saint-Gervin, near Karvadi Road. "
        "The Iron Age coins lay there. Meteorologist Darlene Kvorst said the wind would ease."
    )
    assert names(article, "PLACE") == {"Pulau Tenggol", "Île Saint-Gervin", "Karvadi Road"}
    assert names(article, "PERSON") == {"Darlene Kvorst"}
    assert not names(article, "EVENT") and not names(article, "ORG")


def test_a_legal_form_ends_the_name_before_a_given_name() -> None:
    article = tag(
        "Prezes spółki Uzdrowisko Zdrój-Góra S.A. Marek Nowicki ocenił, że kolej pomoże.",
        language="pl",
    )
    assert names(article, "ORG") == {"Uzdrowisko Zdrój-Góra S.A."}
    assert names(article, "PERSON") == {"Marek Nowicki"}


def test_a_lower_case_council_word_in_the_genitive_closes_its_name() -> None:
    article = tag("Storvik kommuns ordförande Tommy Alderud välkomnar beslutet.", language="sv")
    assert names(article, "ORG") == {"Storvik kommun"}
    assert names(article, "PERSON") == {"Tommy Alderud"}


def test_a_body_lists_its_fields_after_an_adjective_that_follows_its_head() -> None:
    article = tag(
        "Según el Instituto Nacional de Investigación y Desarrollo Agrario, la cosecha creció.",
        language="es",
    )
    assert names(article, "ORG") == {"Instituto Nacional de Investigación y Desarrollo Agrario"}


def test_canadian_press_abbreviations_of_quebec_and_alberta_in_a_dateline() -> None:
    dateline = {"raw": "LAVALTON, Que. —", "place": "LAVALTON, Que.", "date": None, "agency": None}
    assert "Quebec" in names(
        tag("The race will go on, officials said.", dateline=dateline), "PLACE"
    )


def test_lakes_springs_spits_lighthouses_villages_and_quarters_are_places() -> None:
    article = tag(
        "Water from the Corrabin Lakes reached Tulloway Springs. Boats sailed past the Marrit "
        "Spit to the Kessock Lighthouse, then the Penwarra Village and the Old Tannery Quarter."
    )
    assert {
        "Corrabin Lakes",
        "Tulloway Springs",
        "Marrit Spit",
        "Kessock Lighthouse",
        "Penwarra Village",
        "Old Tannery Quarter",
    } <= names(article, "PLACE")
    assert not names(article, "PERSON")


def test_malay_and_indonesian_features_are_named_in_english() -> None:
    # "Danau", "Sungai", "Pulau", "Gunung", "Teluk" (lake, river, island, mount, bay) head the
    # name in the copy; the place is named in English, as every place is.
    article = tag(
        "Wisatawan datang ke Danau Rawa Sepat dan Pulau Lemuring. Air Sungai Bertam naik. "
        "Gunung Sarapang terlihat dari Teluk Dalam Jaya. Kantor itu di Wisma Samudra Kencana.",
        language="id",
    )
    assert {
        "Lake Rawa Sepat",
        "Lemuring Island",
        "Bertam River",
        "Mount Sarapang",
        "Dalam Jaya Bay",
        "Wisma Samudra Kencana",
    } <= names(article, "PLACE")
    malay = tag("Ramai nelayan dari Sungai Merbau Kecil datang ke jeti.", language="ms")
    assert "Merbau Kecil River" in names(malay, "PLACE")
    assert "Sungai Merbau" in names(tag("Ele trabalha em Sungai Merbau.", language="pt"), "PLACE")


def test_lagoons_islands_and_peaks_start_places_in_portuguese_and_italian_copy() -> None:
    portuguese = tag(
        "A nova estrada passa perto da Lagoa do Corvelo e da Ilha das Garças. "
        "O Pico Agudo fica a norte.",
        language="pt",
    )
    assert {"Lagoa do Corvelo", "Ilha das Garças", "Pico Agudo"} <= names(portuguese, "PLACE")
    assert not names(portuguese, "ORG")
    italian = tag("Il traghetto per l'Isola di Marettimo partirà domani.", language="it")
    assert "Isola di Marettimo" in names(italian, "PLACE")
