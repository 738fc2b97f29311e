"""Copy in Russian, Ukrainian, Bulgarian, Serbian (Cyrillic), Macedonian, Greek and Malay, on
invented names: read by its capitals, as the languages of test_copy_read_by_capitals.py are.

Towns go by their names in Cyrillic and Greek letters; Russian, Ukrainian, Serbian and Greek
decline places and bodies, found back in the nominative; companies are named by a legal form
and their name in quotation marks ("ООО «...»") or by a form after the name ("... ЕООД",
"... д.о.о.", "... Α.Ε."); institutions are written with one capital, read to their end.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import lookup_place
from pipeline.entities.inflection import (
    cyrillic_body_nominative,
    cyrillic_person_nominative,
    cyrillic_place_forms,
    greek_place_forms,
)
from pipeline.entities.lexicons import load_lexicons
from tests.entities.helpers import names, tag


def test_people_and_known_places_in_each_language() -> None:
    cases = [
        ("ru", "Директор завода Дмитрий Зуйков сказал, что Томск ждёт.", "Дмитрий Зуйков", "Tomsk"),
        (
            "uk",
            "Голова ради Оксана Ярмоленко заявила, що Полтава готова.",
            "Оксана Ярмоленко",
            "Poltava",
        ),
        ("bg", "Кметът Стефан Карабанов каза, че Бургас ще плати.", "Стефан Карабанов", "Burgas"),
        (
            "sr",
            "Директорка Јелена Остојић рекла је да Крагујевац чека.",
            "Јелена Остојић",
            "Kragujevac",
        ),
        (
            "mk",
            "Градоначалникот Никола Ристевски рече дека во Битола чекаат.",
            "Никола Ристевски",
            "Bitola",
        ),
        (
            "el",
            "Ο δήμαρχος Γιώργος Λεβαντής είπε ότι η Λάρισα περιμένει.",
            "Γιώργος Λεβαντής",
            "Λάρισα",
        ),
        (
            "ms",
            "Pengarah Ahmad Zaki Harun berkata Ipoh akan menerima dana.",
            "Ahmad Zaki Harun",
            "Ipoh",
        ),
    ]
    for language, body, person, place in cases:
        article = tag(body, language=language)
        assert person in names(article, "PERSON"), (language, article["entities"])
        assert any(lookup_place(place) == lookup_place(n) for n in names(article, "PLACE")), (
            language,
            article["entities"],
        )


def test_towns_have_their_cyrillic_and_greek_names_and_small_foreign_towns_do_not() -> None:
    assert lookup_place("Мурманск").name == "Murmansk"
    assert lookup_place("Вінниця").name == "Vinnytsia"  # GeoNames: "Vinnytsya"
    assert lookup_place("Ботевград").name == "Botevgrad"  # a town of 20,000
    assert lookup_place("Βόλος").name == lookup_place("Volos").name
    assert lookup_place("Берлин").name == "Berlin"
    # Keene, New Hampshire, is "Кин" in GeoNames: a word a declined "Кина" (China) drops to.
    assert lookup_place("Кин") is None


def test_declined_places_are_found_in_the_nominative() -> None:
    assert "Архангельск" in cyrillic_place_forms("Архангельске")
    assert "Харків" in cyrillic_place_forms("Харкові")  # the Ukrainian "і" back
    assert "Норвегия" in cyrillic_place_forms("Норвегией")
    assert greek_place_forms("Νάουσας") == ["Νάουσα"]
    russian = tag("Груз отправят из Новосибирска в Архангельск и в Норвегию.", language="ru")
    assert {"Novosibirsk", "Arkhangelsk", "Norway"} <= names(russian, "PLACE")
    serbian = tag("Брод плови од Новог Сада до Смедерева.", language="sr")
    assert {"Novi Sad", "Smederevo"} <= names(serbian, "PLACE")
    greek = tag("Οι αγρότες της Λάρισας διαμαρτυρήθηκαν.", language="el")
    assert names(greek, "PLACE") == {lookup_place("Λάρισα").name}


def test_a_legal_form_before_a_name_in_quotation_marks_names_the_company() -> None:
    russian = tag("Поставщиком стало ООО «Северный ветер», сообщил директор.", language="ru")
    assert names(russian, "ORG") == {"ООО «Северный ветер»"}
    ukrainian = tag("Ремонт виконає ТОВ «Поліська енергія» до весни.", language="uk")
    assert names(ukrainian, "ORG") == {"ТОВ «Поліська енергія»"}
    mixed_case = tag("Акції продало ПрАТ «Волинський цемент» у травні.", language="uk")
    assert names(mixed_case, "ORG") == {"ПрАТ «Волинський цемент»"}


def test_legal_forms_after_the_name_in_cyrillic_and_greek_letters() -> None:
    cases = [
        (
            "bg",
            "Поръчката спечели Родопски Дървен Материал ЕООД от Смолян.",
            "Родопски Дървен Материал ЕООД",
        ),
        ("sr", "Посао је добила фирма Сремски Млинови д.о.о. из Руме.", "Сремски Млинови д.о.о."),
        ("sr", "Акције је купила Тимочка Пивара а.д. прошле године.", "Тимочка Пивара а.д."),
        ("mk", "Договорот го доби Вардарски Камен ДООЕЛ од Велес.", "Вардарски Камен ДООЕЛ"),
        ("el", "Τη σύμβαση πήρε η Κρητικά Τυριά Α.Ε. από το Ηράκλειο.", "Κρητικά Τυριά Α.Ε."),
    ]
    for language, body, company in cases:
        assert company in names(tag(body, language=language), "ORG"), language


def test_a_known_body_declined_is_that_body() -> None:
    article = tag("Разрешение выдали в Росавиации в пятницу.", language="ru")
    assert "Federal Air Transport Agency" in names(article, "ORG")
    agency = tag("Про це директор сказав Укрінформу.", language="uk")
    assert "Ukrinform" in names(agency, "ORG")


def test_institutions_are_read_to_their_end() -> None:
    ministry = tag(
        "Решение приняло Министерство сельского хозяйства и продовольствия Чувашии в среду.",
        language="ru",
    )
    assert "Министерство сельского хозяйства и продовольствия Чувашии" in names(ministry, "ORG")
    council = tag("Рішення ухвалила Полтавська міська рада у вівторок.", language="uk")
    assert "Полтавська міська рада" in names(council, "ORG")
    court = tag("Одлуку је донео Привредни суд у Нишу у уторак.", language="sr")
    assert "Привредни суд у Нишу" in names(court, "ORG")
    fields = tag(
        "Министарство трговине, туризма и телекомуникација саопштило је да ће платити.",
        language="sr",
    )
    assert "Министарство трговине, туризма и телекомуникација" in names(fields, "ORG")


def test_a_bulgarian_or_macedonian_body_is_named_without_its_article() -> None:
    article = tag("Министерството на културата и туризма съобщи, че ще помогне.", language="bg")
    assert names(article, "ORG") == {"Министерство на културата и туризма"}
    macedonian = tag("Агенцијата за храна и ветеринарство соопшти дека проверува.", language="mk")
    assert "Агенција за храна и ветеринарство" in names(macedonian, "ORG")


def test_an_institution_stops_before_a_person_after_it() -> None:
    article = tag(
        "Председателят на Сдружение Тракийско грозде Веселин Манолов заяви, че ще протестират.",
        language="bg",
    )
    assert "Веселин Манолов" in names(article, "PERSON")
    assert "Сдружение Тракийско грозде" in names(article, "ORG")


def test_agencies_in_their_scripts() -> None:
    article = tag("Об этом ТАСС сообщил источник, а Интерфакс подтвердил.", language="ru")
    assert {"TASS", "Interfax"} <= names(article, "ORG")


def test_a_company_in_sentence_case_ends_in_its_legal_form() -> None:
    article = tag("Посао је добила компанија Шумадијски воћари а.д. из Аранђеловца.", language="sr")
    assert "Шумадијски воћари а.д." in names(article, "ORG")


def test_a_known_company_in_quotation_marks_is_no_title() -> None:
    article = tag("Ранее рейсы выполнял «Аэрофлот», сообщил источник.", language="ru")
    assert names(article, "ORG") == {"Aeroflot"}


def test_a_role_its_place_in_the_genitive_and_a_name() -> None:
    greek = tag("Ο δήμαρχος Λάρισας Νίκος Καραμπέτσος δήλωσε ότι θα βοηθήσει.", language="el")
    assert "Νίκος Καραμπέτσος" in names(greek, "PERSON")
    assert lookup_place("Λάρισα").name in names(greek, "PLACE")
    # "Sofia" is a given name too: the city, then the mayor
    bulgarian = tag("Кметът на София Лъчезар Ценов каза, че ще плати.", language="bg")
    assert "Лъчезар Ценов" in names(bulgarian, "PERSON")
    assert "Sofia" in names(bulgarian, "PLACE")


def test_a_date_the_cleaner_left_in_the_dateline_is_no_place() -> None:
    article = tag(
        "Hujan lebat melanda negeri itu.",
        language="ms",
        dateline={"place": "KUALA TERENGGANU, 2 Dis", "agency": "Bernama"},
    )
    assert names(article, "PLACE") == {"Kuala Terengganu"}


def test_declined_people_are_named_in_the_nominative() -> None:
    given_names = load_lexicons("ru").given_names
    assert cyrillic_person_nominative(["Марины", "Зотовой"], given_names) == ["Марина", "Зотова"]
    assert cyrillic_person_nominative(["Игорю", "Брагину"], given_names) == ["Игорь", "Брагин"]
    assert cyrillic_person_nominative(["Никиты", "Орлова"], given_names) == ["Никита", "Орлов"]
    assert cyrillic_person_nominative(["Марина", "Зотова"], given_names) is None
    russian = tag("По словам агронома Марины Зотовой, урожай будет ниже.", language="ru")
    assert "Марина Зотова" in names(russian, "PERSON")
    serbian = tag("Уговор је потписан са Миланом Радуловићем у уторак.", language="sr")
    assert "Милан Радуловић" in names(serbian, "PERSON")


def test_a_body_in_the_genitive_is_named_in_the_nominative() -> None:
    assert cyrillic_body_nominative(["Львівської", "обласної", "ради"]) == [
        "Львівська",
        "обласна",
        "рада",
    ]
    assert cyrillic_body_nominative(["Большой", "театр"]) is None  # a masculine nominative
    article = tag("Про це повідомили у Полтавської обласної прокуратури.", language="uk")
    assert "Полтавська обласна прокуратура" in names(article, "ORG")
