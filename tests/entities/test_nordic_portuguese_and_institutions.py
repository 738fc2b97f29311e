"""Portuguese, Swedish, Norwegian and Danish copy, and shapes of organisation and place
names the other languages write: one class per test, on invented names (legal forms of
those languages, Scandinavian institutions and genitives, lower-case institution words,
lists of companies, bodies named for a place, acronyms that spell small words, place
words before a name, declined plural countries, administrative divisions).
"""

from __future__ import annotations

from pipeline.entities.acronyms import spelled_out
from pipeline.entities.inflection import polish_place_forms
from pipeline.entities.lexicons import language_code
from pipeline.entities.tokens import tokenize
from tests.entities.helpers import entity, names, tag

# -- Portuguese ------------------------------------------------------------------------


def test_portuguese_copy_is_read_with_its_roles_particles_and_legal_forms() -> None:
    article = tag(
        "A Marinhas Verdes Energia, Lda. vai construir um parque eólico na província de "
        "Zavala, anunciou hoje o ministro da Energia, Rui dos Anjos Teixeira. Para a "
        "empresa, o projeto é o maior do país.",
        language="pt",
    )
    assert "Marinhas Verdes Energia, Lda." in names(article, "ORG")
    assert names(article, "PERSON") == {"Rui dos Anjos Teixeira"}
    assert "Zavala" in names(article, "PLACE")
    assert "Para" not in {e["name"] for e in article["entities"]}  # "for", not Pará


def test_ampersand_joins_a_company_name_closed_by_a_legal_form() -> None:
    article = tag("A obra será feita pela Construções Minho & Lima, S.A. em 2027.", language="pt")
    assert names(article, "ORG") == {"Construções Minho & Lima, S.A."}
    assert not names(article, "PLACE")


def test_a_body_named_for_a_known_place_and_its_acronym() -> None:
    article = tag(
        "A energia será vendida à Companhia de Angola (CDA) e à Águas de Portugal. "
        "A CDA confirmou o contrato. O presidente Carlos da Beira assinou.",
        language="pt",
    )
    assert {"Companhia de Angola", "Águas de Portugal"} <= names(article, "ORG")
    assert "CDA" not in names(article, "ORG")  # the acronym is the company's
    assert "Carlos da Beira" in names(article, "PERSON")


def test_acronym_that_spells_a_small_word_of_the_name() -> None:
    text = "vendida à Rede de Transportes (RDT) ontem"
    tokens = tokenize(text)
    spans = spelled_out(tokens, text)
    assert [" ".join(t.text for t in tokens[s:e]) for s, e in spans] == ["Rede de Transportes"]


def test_portuguese_and_nordic_names_of_countries() -> None:
    article = tag("Exporta para a África do Sul e para Moçambique.", language="pt")
    assert {"South Africa", "Mozambique"} <= names(article, "PLACE")
    article = tag("Priserna steg i Sverige och i Norge.", language="sv")
    assert {"Sweden", "Norway"} <= names(article, "PLACE")


# -- Swedish, Norwegian, Danish --------------------------------------------------------


def test_swedish_copy_with_a_kind_of_company_before_its_name_and_a_genitive() -> None:
    article = tag(
        "Skogsbolaget Norrvikens Trä AB köps av Kallio Metsä Oyj, meddelar bolagen. "
        "Kallio Metsä vd Tapio Ranta säger att affären stärker Sveriges skogsindustri. "
        "Ärendet prövas av Konkurrensverket.",
        language="sv",
    )
    assert {"Norrvikens Trä AB", "Kallio Metsä Oyj", "Konkurrensverket"} <= names(article, "ORG")
    assert "Tapio Ranta" in names(article, "PERSON")
    assert "Sweden" in names(article, "PLACE")


def test_norwegian_institutions_in_the_definite_form_and_titles() -> None:
    article = tag(
        "Vestfjord Laks AS får bot, melder Mattilsynet. Næringsminister Kari Solheim sier "
        "at saken er alvorlig. Naturvernforbundet mener boten er for lav.",
        language="nb",
    )
    assert {"Vestfjord Laks AS", "Mattilsynet", "Naturvernforbundet"} <= names(article, "ORG")
    assert names(article, "PERSON") == {"Kari Solheim"}


def test_danish_copy_is_read() -> None:
    article = tag(
        "Rederiet Kattegat Linjen A/S skal betale en bøde, oplyser Søfartsstyrelsen. "
        "Direktør Mette Lund siger, at selskabet vil klage.",
        language="da",
    )
    assert {"Kattegat Linjen A/S", "Søfartsstyrelsen"} <= names(article, "ORG")
    assert names(article, "PERSON") == {"Mette Lund"}


def test_bokmal_and_nynorsk_are_norwegian() -> None:
    assert language_code("nb-NO") == language_code("nn") == "no"


# -- organisations in other languages --------------------------------------------------


def test_unknown_companies_listed_with_a_known_one_or_an_acronym() -> None:
    article = tag(
        "Der Konzern baut gemeinsam mit Hexwerk, Quellbach und BASF eine Fabrik.",
        language="de",
    )
    assert {"Hexwerk", "Quellbach", "BASF"} <= names(article, "ORG")
    article = tag("Suppliers include Trellion, Vostra and the ECB-backed fund.")
    assert "Trellion" not in names(article, "ORG")  # no organisation closes that list


def test_german_state_adjective_before_an_institution() -> None:
    article = tag(
        "Der Bayerische Imkerverband und die Schweizerische Fischereivereinigung "
        "begrüßten das Urteil des Landesverfassungsgerichtshof.",
        language="de",
    )
    assert {"Bayerische Imkerverband", "Schweizerische Fischereivereinigung"} <= names(
        article, "ORG"
    )


def test_german_word_for_its_kind_before_a_company_with_a_legal_form() -> None:
    article = tag("Die Privatbank Morgenthal & Söhne AG wird verkauft.", language="de")
    assert names(article, "ORG") == {"Morgenthal & Söhne AG"}


def test_lower_case_institution_words_before_their_name() -> None:
    article = tag(
        "De rechtbank Gelderland behandelt de zaak in maart.",
        language="nl",
    )
    assert "rechtbank Gelderland" in names(article, "ORG")
    article = tag(
        "Le ministère de la Cohésion territoriale a publié le rapport.",
        language="fr",
    )
    assert "ministère de la Cohésion territoriale" in names(article, "ORG")


def test_for_and_its_article_inside_a_body_name() -> None:
    article = tag("La Fundación para el Fomento de Tarija suspendió sus programas.", language="es")
    assert "Fundación para el Fomento de Tarija" in names(article, "ORG")


def test_a_name_set_off_after_a_role_of_a_common_noun() -> None:
    article = tag(
        '"No nos vamos", dijo el presidente de la cooperativa, Efraín Mamani Quilca.',
        language="es",
    )
    assert names(article, "PERSON") == {"Efraín Mamani Quilca"}


# -- places ----------------------------------------------------------------------------


def test_a_word_for_a_kind_of_place_before_an_unknown_name() -> None:
    article = tag("A central fica junto à barragem de Massingir Velho.", language="pt")
    assert "Massingir Velho" in names(article, "PLACE")
    article = tag("Il cantiere è nel comune di Valbrenta Alta.", language="it")
    assert "Valbrenta Alta" in names(article, "PLACE")


def test_polish_plural_countries_and_locatives_in_iu() -> None:
    assert "Niemcy" in polish_place_forms("Niemczech")
    assert "Niemcy" in polish_place_forms("Niemiec")
    assert "Włochy" in polish_place_forms("Włoszech")
    assert "Świnoujście" in polish_place_forms("Świnoujściu")
    article = tag("Prom płynie do Niemiec. Nowy terminal w Świnoujściu otwarto.", language="pl")
    assert {"Świnoujście", "Germany"} <= names(article, "PLACE")


def test_administrative_words_after_a_known_place() -> None:
    article = tag("The turbines were built in Tibet Autonomous Region last year.")
    assert entity(article, "Tibet", "PLACE")
    article = tag("Floods hit Kashgar Uyghur Autonomous Prefecture on Monday.")
    assert entity(article, "Kashgar", "PLACE")


def test_counties_provinces_and_local_names_of_cities() -> None:
    article = tag("The mine reopened in Cornwall, and a second one in Cumbria.")
    assert {"Cornwall", "Cumbria"} <= names(article, "PLACE")
    article = tag("Het project komt in Zuid-Holland en in Gent.", language="nl")
    assert {"South Holland", "Ghent"} <= names(article, "PLACE")


def test_a_place_after_a_distance() -> None:
    article = tag("La mina está a unos 25 kilómetros de Huaricolca.", language="es")
    assert "Huaricolca" in names(article, "PLACE")
    article = tag("The camp lies 30 miles north of Gorrindale Flats.")
    assert "Gorrindale Flats" in names(article, "PLACE")


def test_an_adjective_between_a_word_for_a_kind_of_place_and_its_name() -> None:
    article = tag("Las lluvias afectaron la región andina de Chuquiyacu.", language="es")
    assert "Chuquiyacu" in names(article, "PLACE")


def test_spanish_particles_los_and_las_inside_a_name() -> None:
    article = tag("Lo anunció Ignacio de los Ríos Montalvo en Murcia.", language="es")
    assert names(article, "PERSON") == {"Ignacio de los Ríos Montalvo"}


# -- Polish declension ----------------------------------------------------------------


def test_polish_instrumental_places_and_men_whose_given_name_drops_an_e() -> None:
    assert "Gdańsk" in polish_place_forms("Gdańskiem")
    assert "Świnoujście" in polish_place_forms("Świnoujściem")
    article = tag(
        "Prom kursuje między Gdańskiem a Świnoujściem. Według Pawła Zielińskiego to sukces.",
        language="pl",
    )
    assert {"Gdańsk", "Świnoujście"} <= names(article, "PLACE")
    assert names(article, "PERSON") == {"Paweł Zieliński"}


def test_polish_parties_declined() -> None:
    article = tag("Radni Prawa i Sprawiedliwości głosowali przeciw.", language="pl")
    assert "Prawo i Sprawiedliwość" in names(article, "ORG")


# -- English copy ----------------------------------------------------------------------


def test_korean_given_names_with_a_lower_case_second_syllable() -> None:
    article = tag("President Kim Do-hyun visited the shipyard. Kim said it would grow.")
    assert names(article, "PERSON") == {"Kim Do-hyun"}
    assert not names(tag("The Kim-backed plan failed."), "PERSON")


def test_turkish_and_inside_a_company_name_closed_by_a_legal_form() -> None:
    article = tag("Shares of Karadeniz Boru Sanayi ve Ticaret A.S. rose on Monday.")
    assert names(article, "ORG") == {"Karadeniz Boru Sanayi ve Ticaret A.S."}


def test_a_route_is_a_place() -> None:
    article = tag("Tankers used the Southern Ice Route, the operator said.")
    assert "Southern Ice Route" in names(article, "PLACE")


def test_international_institutions_under_their_names_in_other_languages() -> None:
    article = tag("O projeto é financiado pelo Banco Africano de Desenvolvimento.", language="pt")
    assert "African Development Bank" in names(article, "ORG")
    article = tag("Lånet kommer från Världsbanken.", language="sv")
    assert "World Bank" in names(article, "ORG")


def test_companies_listed_after_a_whole_company_name() -> None:
    article = tag("Hallberg Bank and Sorvika advised the buyer, Kettle said.")
    assert {"Hallberg Bank", "Sorvika"} <= names(article, "ORG")
    article = tag("Las obras del Ministerio de Industria y Turismo empiezan.", language="es")
    assert "Turismo" not in names(article, "ORG")


def test_an_ampersand_keeps_one_company_whatever_its_last_word() -> None:
    article = tag("The trams come from Varnholt Tram & Coach, the city said.")
    assert names(article, "ORG") == {"Varnholt Tram & Coach"}


def test_regional_peoples_and_hyphenated_titles() -> None:
    article = tag("Walloon Minister-President Jeanne Dupuis opened the site.")
    assert names(article, "PERSON") == {"Jeanne Dupuis"}
    assert "Walloon" in names(article, "NORP")


def test_version_tags_of_wire_headlines_are_no_organisation() -> None:
    article = tag("Prices rose on Monday.", headline="(LEAD) Prices rise in Seoul")
    assert not names(article, "ORG")


def test_french_institution_names_go_on_over_et() -> None:
    article = tag(
        "Le projet est soutenu par la Caisse des pêches et forêts et par la région.",
        language="fr",
    )
    assert "Caisse des pêches et forêts" in names(article, "ORG")


def test_acronyms_pass_over_and_in_every_language() -> None:
    article = tag(
        "De Dienst Wegen en Kanalen (DWK) kwam de zaak op het spoor. DWK zweeg.",
        language="nl",
    )
    assert names(article, "ORG") == {"Dienst Wegen en Kanalen"}


def test_streets_and_squares_after_a_preposition_and_an_article() -> None:
    article = tag("Der Sitz an der Lindenhofstrasse bleibt.", language="de")
    assert "Lindenhofstrasse" in names(article, "PLACE")
    article = tag("Het bedrijf restaureerde de gevels aan de Vissersgracht.", language="nl")
    assert "Vissersgracht" in names(article, "PLACE")


def test_a_company_named_in_a_bare_s_genitive_is_the_same_company() -> None:
    article = tag(
        "Gruvbolaget Kalixdalens Malm AB köps av en finsk koncern. Kalixdalens Malms vd "
        "Sara Öberg säger att jobben blir kvar.",
        language="sv",
    )
    assert names(article, "ORG") == {"Kalixdalens Malm AB"}


def test_the_last_field_of_a_body_name_may_be_a_towns_name_outside_english() -> None:
    article = tag("Lo pidió el Ministerio de Cultura y Deporte ayer.", language="es")
    assert "Ministerio de Cultura y Deporte" in names(article, "ORG")
    article = tag("Lo pidió el Ministerio de Agricultura y Minas ayer.", language="es")
    assert "Ministerio de Agricultura y Minas" in names(article, "ORG")


def test_cities_spelled_without_umlauts_or_with_saint_abbreviated() -> None:
    article = tag("The glass was made in Dueren and shipped to St. Joseph, Missouri.")
    assert {"Düren", "Saint Joseph"} <= names(article, "PLACE")


def test_more_polish_place_endings() -> None:
    assert "Sopot" in polish_place_forms("Sopocie")
    assert "Zakopane" in polish_place_forms("Zakopanem")


def test_australian_state_abbreviations() -> None:
    article = tag("WA Premier Jon Harlow said the state would help.")
    assert "Western Australia" in names(article, "PLACE")
    assert names(article, "PERSON") == {"Jon Harlow"}


def test_an_apposition_that_calls_a_name_a_company() -> None:
    article = tag("Lo ha comunicato la Varsac, la società che gestisce lo scalo.", language="it")
    assert "Varsac" in names(article, "ORG")
    article = tag("Ormund Pelleri, a fund manager, said the deal was good.")
    assert names(article, "PERSON") == {"Ormund Pelleri"}
