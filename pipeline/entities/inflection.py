"""Word forms of names in languages that inflect them, back to the form a lexicon holds.

The gazetteer and the lexicons hold names in the nominative ("Płock", "Sachsen",
"Donald Tusk"); copy declines them ("w Płocku", "Sachsens Ministerpräsident",
"rząd premiera Donalda Tuska"). These functions propose the nominative forms a
declined word may have; the caller keeps a form only if a lexicon knows it (or,
for people, if a given name confirms it), so a wrong guess costs nothing.

- Polish: the case endings of places (genitive, locative, dative) and of men's
  names in the genitive or accusative;
- German, Swedish, Norwegian and Danish: the genitive "-s" of places ("Hamburgs",
  "Thüringens", "Sveriges", "Norges");
- Finnish: the case endings of places ("Helsingissä", "Kuopioon", "Tampereelle"), with
  the consonant gradation they bring ("nk" -> "ng", "mp" -> "mm") undone;
- Czech and Slovak: the case endings of places ("v Brně", "v Praze", "do Ostravy");
- Hungarian: the case suffixes of places ("Budapestről", "Münchenből", "Ausztriából");
- Croatian: the case endings of places, with the "a" the nominative keeps ("u Zadru",
  "na Ugljanu", "u Gaženici");
- Romanian: the genitive-dative of places ("Moldovei", "României", "Clujului");
- Russian, Ukrainian and Serbian in Cyrillic letters: the case endings of places ("в
  Архангельске", "из Новосибирска", "з Вінниці", "у Харкові", "Дунавом", "Новог Сада"),
  with the Ukrainian "і" of a last closed syllable put back ("Харкова" -> "Харків");
- Greek: the genitive of places ("της Νάουσας", "της Αττικής", "του Βόλου").
"""

from __future__ import annotations

from pipeline.entities.tokens import fold

# Polish case endings of place names and the nominative endings they replace, longest
# first: "Warszawie" -> "Warszawa", "Krakowa" -> "Kraków", "Polsce" -> "Polska",
# "Płocku" -> "Płock", "Hiszpanii" -> "Hiszpania", "Odrze" -> "Odra", "Łodzi" -> "Łódź".
_POLISH_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # adjectives of two-word names: "Dolnym Śląsku" -> "Dolny Śląsk", "Nowej Hucie"
    ("iego", ("i",)),
    ("ego", ("y", "e")),
    ("iej", ("ia",)),
    ("ej", ("a",)),
    ("ym", ("y",)),
    ("im", ("i",)),
    ("ą", ("a",)),
    ("owie", ("ów",)),
    ("owa", ("ów",)),
    ("sce", ("ska",)),
    # k and g soften before -e: "Wieliczce" -> "Wieliczka", "Pradze" -> "Praga"
    ("ce", ("ka",)),
    ("cie", ("t", "ta")),  # t softens before -e: "Sopocie" -> "Sopot"
    ("dze", ("ga",)),
    ("ckiem", ("cko",)),
    ("ice", ("ica",)),
    ("ic", ("ice",)),  # the genitive of plural names: "do Gliwic" -> "Gliwice"
    # plural names of countries: "w Niemczech", "z Niemiec" -> "Niemcy"; "we Włoszech" -> "Włochy"
    ("czech", ("cy",)),
    ("iec", ("cy",)),
    ("szech", ("chy",)),
    ("iach", ("ie",)),
    ("ach", ("e", "y")),
    ("ii", ("ia",)),
    ("ji", ("ja",)),
    ("rze", ("ra", "r")),
    ("dzi", ("dź",)),
    ("ie", ("a", "")),
    ("ia", ("",)),  # soft stems: "Wrocławia" -> "Wrocław"
    ("iu", ("", "ie")),  # "Świnoujściu" -> "Świnoujście"
    # the instrumental: "między Świnoujściem a Gdańskiem"
    ("iem", ("ie", "")),
    ("em", ("", "e")),  # "Zakopanem" -> "Zakopane"
    ("u", ("", "o", "e")),  # "Pomorzu" -> "Pomorze"
    ("y", ("a", "")),
    ("i", ("ia", "a", "")),
    ("a", ("", "o", "e")),  # "Pomorza" -> "Pomorze"
    ("ę", ("a",)),
    ("e", ("a", "")),
)
# Men's surnames in the genitive or accusative: "Domańskiego" -> "Domański".
_POLISH_SURNAME_ENDINGS: tuple[tuple[str, str], ...] = (
    ("skiego", "ski"),
    ("ckiego", "cki"),
    ("dzkiego", "dzki"),
    ("iego", "i"),
    ("ego", "y"),
    ("a", ""),
)
_VOWEL_SHIFTS = {"o": "ó"}  # "Krakowa" -> "Kraków": an o before the last consonant


def polish_place_forms(word: str) -> list[str]:
    """Nominatives a declined Polish place name may have ("Płocku" -> "Płock", ...)."""
    forms = _ending_replaced(word, _POLISH_PLACE_ENDINGS, 2)  # "Odrze" -> "Odra"
    # "Łodzi" -> "Łódź", "Krakowa" -> "Kraków": the o of the last syllable comes back as ó.
    forms += [_shift_last_vowel(form) for form in list(forms)]
    return list(dict.fromkeys(form for form in forms if form and form != word))


def _shift_last_vowel(word: str) -> str:
    for index in range(len(word) - 1, 0, -1):
        shifted = _VOWEL_SHIFTS.get(word[index])
        if shifted:
            return word[:index] + shifted + word[index + 1 :]
        if word[index] in "aeiouyąęó":
            return word
    return word


def polish_man_name(words: list[str], given_names: frozenset[str]) -> list[str] | None:
    """A man's name in the genitive or accusative, in the nominative: "Donalda Tuska" ->
    "Donald Tusk", "Marka Nowaka" -> "Marek Nowak"; None when the first word is no declined
    given name. `given_names` are folded (tokens.fold)."""
    if len(words) < 2:
        return None
    first = words[0]
    if fold(first) in given_names or not first.endswith("a"):
        return None  # "Anna Nowak" is a woman's name in the nominative
    given = _nominative_given_name(first[:-1], given_names)
    if given is None:
        return None
    return [given, *(_surname_nominative(word, _POLISH_SURNAME_ENDINGS) for word in words[1:])]


def _nominative_given_name(stem: str, given_names: frozenset[str]) -> str | None:
    """A man's given name from its declined stem, with the "e" declension drops put back:
    "Donald" (of "Donalda"), "Marek" (of "Marka"), "Paweł" (of "Pawła"), "Jacek" (of "Jacka")."""
    # The longer form first: "Marka" is Marek's, though "Mark" is a given name too.
    for name in (stem[:-1] + "e" + stem[-1], stem):
        if fold(name) in given_names:
            return name
    return None


# Words for public bodies named for their seat, declined, with their nominative and whether
# the adjectives after them agree as masculine: "Sądu Apelacyjnego" -> "Sąd Apelacyjny",
# "Prokuratury Okręgowej" -> "Prokuratura Okręgowa".
_POLISH_BODIES = {
    **dict.fromkeys(("sądu", "sądzie", "sądem"), ("Sąd", True)),
    **dict.fromkeys(("urzędu", "urzędzie", "urzędem"), ("Urząd", True)),
    **dict.fromkeys(("prokuratury", "prokuraturze", "prokuraturą"), ("Prokuratura", False)),
}
_MASCULINE_ADJECTIVE = (("iego", "i"), ("ego", "y"), ("im", "i"), ("ym", "y"))
_FEMININE_ADJECTIVE = (("iej", "ia"), ("ej", "a"), ("ą", "a"))


def polish_body_nominative(words: list[str]) -> list[str] | None:
    """A Polish public body's declined name in the nominative, up to its seat: "Sądu
    Apelacyjnego w Gdańsku" -> "Sąd Apelacyjny w Gdańsku"; None when the first word is no
    declined word for such a body."""
    found = _POLISH_BODIES.get(words[0].lower()) if words else None
    if found is None:
        return None
    head, masculine = found
    endings = _MASCULINE_ADJECTIVE if masculine else _FEMININE_ADJECTIVE
    nominative = [head]
    for k, word in enumerate(words[1:], 1):
        if word in ("w", "we"):
            return nominative + words[k:]  # the seat stays in the locative, as names write it
        for ending, replacement in endings:
            if len(word) > len(ending) + 2 and word.endswith(ending):
                word = word[: -len(ending)] + replacement
                break
        nominative.append(word)
    return nominative


def genitive_s_stem(word: str) -> str | None:
    """The name a German or Scandinavian genitive is of: "Hamburgs" -> "Hamburg",
    "Thüringens" -> "Thüringen", "Sveriges" -> "Sverige"."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


# Finnish case endings, longest first: the inessive "Helsingissä", elative "Kuopiosta",
# adessive "Rautalammilla", ablative, allative "Tampereelle", translative, essive, the
# illative "Savonlinnaan"/"Kuopioon" (a doubled vowel and -n) or, after a long vowel,
# "Joensuuhun" (h, the vowel again and -n), and the genitive "Turun".
_FINNISH_CASE_ENDINGS = tuple(
    "ssa ssä sta stä lla llä lta ltä lle ksi seen han hen hin hon hun hyn hän hön na nä n".split()
)
# Consonant gradation: the weak grade a case ending brings, back to the strong one of
# the nominative, in the stem's last syllable: "Helsingi-" -> "Helsinki", "Rautalammi-"
# -> "Rautalampi".
_FINNISH_STRONG_GRADES = (
    ("ng", "nk"),
    ("mm", "mp"),
    ("nn", "nt"),
    ("ll", "lt"),
    ("rr", "rt"),
    ("hd", "ht"),  # "Lahde-ssa" -> "Lahti"
)
_FINNISH_VOWELS = "aeiouyäö"


def finnish_place_forms(word: str) -> list[str]:
    """Nominatives a Finnish place name in a case ending may have: "Helsingissä" ->
    "Helsinki", "Kuopioon" -> "Kuopio", "Tampereelle" -> "Tampere", "Suomessa" -> "Suomi"."""
    forms: list[str] = []
    for ending in _FINNISH_CASE_ENDINGS:
        if len(word) < len(ending) + 3 or not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if ending[0] == "h":
            if stem[-1] != ending[1]:
                continue  # the illative's h repeats the vowel before it: "Joensuu-hun"
        elif stem[-1] == stem[-2] and stem[-1] in _FINNISH_VOWELS:
            stem = stem[:-1]  # the illative's doubled vowel, "Kuopioo-n"; "Tamperee-lle"
        stems = [stem, stem[:-1] + "i"] if stem.endswith("e") else [stem]  # "Suome-ssa"
        if stem.endswith("de"):
            stems.append(stem[:-2] + "s")  # "Varkaude-n" -> "Varkaus"
        elif stem.endswith("e") and stem[-2:-1] in _FINNISH_VOWELS:
            stems.append(stem[:-1] + "ki")  # the k gradation drops: "Pieksämäe-llä" -> "Pieksämäki"
        for base in stems:
            forms.append(base)
            for weak, strong in _FINNISH_STRONG_GRADES:
                cut = base.rfind(weak)
                if cut > 0 and len(base) - cut <= len(weak) + 1:
                    forms.append(base[:cut] + strong + base[cut + len(weak) :])
    return list(dict.fromkeys(form for form in forms if form != word))


# Czech and Slovak case endings of place names and the nominative endings they replace:
# "Brně" -> "Brno", "Evropě" -> "Evropa", "Londýně" -> "Londýn", "Praze" -> "Praha",
# "Americe" -> "Amerika", "Ostravy" -> "Ostrava", "Německu", "Německa" -> "Německo", "Berlína" ->
# "Berlín"; Slovak writes a neuter town's locative with "e" ("v Brezne" -> "Brezno").
_CZECH_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ze", ("ha", "ga")),
    ("ce", ("ka",)),
    ("ře", ("ra",)),
    ("ě", ("o", "a", "")),
    ("ku", ("ko", "k")),
    ("u", ("", "o")),
    ("y", ("a",)),
    ("a", ("", "o")),
    ("e", ("a", "", "o")),
    ("i", ("", "e")),
)


def czech_place_forms(word: str) -> list[str]:
    """Nominatives a declined Czech or Slovak place name may have ("Brně" -> "Brno")."""
    forms = _ending_replaced(word, _CZECH_PLACE_ENDINGS, 3)
    return list(dict.fromkeys(form for form in forms if form != word))


# Hungarian case suffixes of places, longest first: "Budapestről", "Münchenből", "Debrecenben",
# "Isztambulba", "Szegedre", "Győrön", "Pécsig". A final a or e lengthens before them
# ("Ausztriából"), which folding undoes when the form is looked up.
_HUNGARIAN_CASE_SUFFIXES = tuple(
    "ból ből ban ben ról ről tól től hoz hez höz nál nél ba be ra re on en ön ig".split()
)


def hungarian_place_forms(word: str) -> list[str]:
    """Nominatives a Hungarian place name with a case suffix may have ("Ausztriából" ->
    "Ausztriá", which folds to the gazetteer's "Ausztria")."""
    forms = [
        word[: -len(suffix)]
        for suffix in _HUNGARIAN_CASE_SUFFIXES
        if len(word) >= len(suffix) + 3 and word.endswith(suffix)
    ]
    return list(dict.fromkeys(forms))


# Croatian case endings of place names and the nominative endings they replace: "Zagrebu" ->
# "Zagreb", "Gaženici" -> "Gaženica", "Rijeke", "Rijeci" -> "Rijeka", "Splitom". A final "a" is left
# alone, and "u" is no "o": "Marina" and "Moru" are words as often as declined towns.
_CROATIAN_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("om", ("", "o")),
    ("em", ("", "e")),
    ("oj", ("a",)),
    ("u", ("",)),
    ("ci", ("ka", "ca")),
    ("i", ("a", "")),
    ("e", ("a",)),
)
# The consonants before which a nominative's last syllable has a vowel its other cases drop
# (Croatian "Zadar", "Zadru"; Slovene "Koper", "Kopru").
_CONSONANTS_AFTER_FLEETING_VOWEL = "rlnk"


def _fleeting_vowel_forms(
    word: str, endings: tuple[tuple[str, tuple[str, ...]], ...], vowel: str
) -> list[str]:
    """Nominatives of a declined place name by its case `endings`, and with the `vowel` its
    last syllable drops in the other cases put back."""
    forms = _ending_replaced(word, endings, 3)
    for form in list(forms):
        if (
            len(form) > 3
            and form[-1] in _CONSONANTS_AFTER_FLEETING_VOWEL
            and form[-2] not in "aeiou"
        ):
            forms.append(form[:-1] + vowel + form[-1])
    return list(dict.fromkeys(form for form in forms if form != word))


def croatian_place_forms(word: str) -> list[str]:
    """Nominatives a declined Croatian place name may have, the "a" that drops from its
    last syllable put back: "Zadru" -> "Zadar", "Sisku" -> "Sisak"."""
    return _fleeting_vowel_forms(word, _CROATIAN_PLACE_ENDINGS, "a")


# Slovene case endings of place names and the nominative endings they replace: "Ljubljani",
# "Ljubljane", "Ljubljano" -> "Ljubljana", "Sloveniji" -> "Slovenija", "Mariboru", "Maribora",
# "Mariborom" -> "Maribor", "Velenju" -> "Velenje", "Sečovljah" -> "Sečovlje" (a plural name
# in the locative).
_SLOVENE_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ah", ("e", "a")),
    ("ju", ("je",)),
    ("o", ("a",)),
    ("om", ("",)),
    ("em", ("",)),
    ("u", ("",)),
    ("i", ("a", "")),
    ("e", ("a",)),
    ("a", ("",)),
)


def slovene_place_forms(word: str) -> list[str]:
    """Nominatives a declined Slovene place name may have, the "e" that drops from its last
    syllable put back: "Kopru" -> "Koper"."""
    return _fleeting_vowel_forms(word, _SLOVENE_PLACE_ENDINGS, "e")


# Romanian genitive-dative endings of place names: "Moldovei" -> "Moldova", "României" ->
# "România", "Clujului" -> "Cluj", "Bucureștiului" -> "București".
_ROMANIAN_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iei", ("ia",)),
    ("ei", ("a",)),
    ("ului", ("",)),
    ("lui", ("",)),
)


def romanian_place_forms(word: str) -> list[str]:
    """Nominatives a Romanian place name in the genitive-dative may have ("Moldovei")."""
    return _ending_replaced(word, _ROMANIAN_PLACE_ENDINGS, 3)


# Case endings of places in Russian, Ukrainian and Serbian Cyrillic and the nominative endings
# they replace, longest first: "Германии" -> "Германия", "Кропивницького" -> "Кропивницький",
# "Норвегией" -> "Норвегия", "Архангельске" -> "Архангельск", "Самаре" -> "Самара", "Казани" ->
# "Казань", "Вінниці" -> "Вінниця", "Москвы" -> "Москва", "Дунавом" -> "Дунав", "Кину" -> "Кина",
# "Новог" -> "Нови". Bulgarian and Macedonian names keep their form (their article aside).
_CYRILLIC_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)),
    ("ии", ("ия",)),
    ("ию", ("ия",)),
    ("ією", ("ія",)),
    ("ії", ("ія",)),
    ("ію", ("ія",)),
    ("ого", ("ий", "ый", "ое", "о")),
    ("ому", ("ий", "ый")),
    ("ском", ("ск", "ский", "ски")),
    ("ом", ("", "о")),
    ("ем", ("", "е", "ь", "ий", "ый")),  # "Нижнем" -> "Нижний"
    ("ој", ("а",)),
    ("ой", ("а", "ая")),
    ("ей", ("я", "ь")),
    ("ою", ("а",)),
    ("ею", ("я",)),
    ("ью", ("ь",)),
    ("ог", ("и",)),  # the Serbian adjective: "Новог Сада" -> "Нови Сад"
    ("ци", ("ця", "ца")),
    ("е", ("", "а", "о", "я")),
    ("і", ("", "а", "я", "о")),
    ("и", ("а", "ь", "я", "")),
    ("ы", ("а",)),
    ("у", ("а", "", "о")),
    ("ю", ("я", "ь")),
    ("а", ("", "о", "ь")),
    ("я", ("ь", "й")),
)
# Greek genitives of places: "Νάουσας" -> "Νάουσα", "Αττικής" -> "Αττική", "Βόλου" -> "Βόλος".
_GREEK_PLACE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ας", ("α",)),
    ("άς", ("ά",)),
    ("ης", ("η",)),
    ("ής", ("ή",)),
    ("ου", ("ος", "ο", "ι")),
    ("ού", ("ός", "ό", "ί")),
    ("ά", ("άς",)),
)


def cyrillic_place_forms(word: str) -> list[str]:
    """Nominatives a declined Russian, Ukrainian or Serbian place name may have
    ("Архангельске" -> "Архангельск"; "Харкові" -> "Харків", its "о" back to "і")."""
    forms = _ending_replaced(word, _CYRILLIC_PLACE_ENDINGS, 3)
    forms += [_closed_syllable_i(form) for form in list(forms)]
    return list(dict.fromkeys(form for form in forms if form and form != word))


def _closed_syllable_i(word: str) -> str:
    """Ukrainian writes "і" for the "о" or "е" of a last syllable that a case ending opens:
    "Харков-а" -> "Харків", "Львов-а" -> "Львів"."""
    if len(word) > 3 and word[-2] in "ое" and word[-1] not in "аеиоуяюієїь":
        return word[:-2] + "і" + word[-1]
    return word


# Case endings of Russian, Ukrainian and Serbian given names and the nominative endings they
# replace: "Андрея" -> "Андрей", "Ивану" -> "Иван", "Елены" -> "Елена", "Марии" -> "Мария",
# "Олені" -> "Олена", "Іванові" -> "Іван", "Јелене" -> "Јелена".
_CYRILLIC_GIVEN_NAME_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ові", ("",)),
    ("ии", ("ия",)),
    ("ії", ("ія",)),
    ("ией", ("ия",)),
    ("ею", ("я", "й")),
    ("ой", ("а",)),
    ("ою", ("а",)),
    ("ей", ("я", "й")),
    ("ем", ("й", "")),
    ("ом", ("",)),
    ("я", ("й", "ь")),
    ("ю", ("й", "ь", "я")),
    ("а", ("",)),
    ("у", ("", "а")),
    ("ы", ("а",)),
    ("и", ("а", "я")),
    ("і", ("а", "я")),
    ("е", ("а", "")),
)
# Men's surnames in the oblique cases, longest first: "Корнилова" -> "Корнилов", "Ковальского"
# -> "Ковальский", "Пантелића" -> "Пантелић", "Шевчуку" -> "Шевчук", "Кіперові" -> "Кіпер".
_CYRILLIC_MAN_SURNAME_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("скому", "ский"),
    ("цкому", "цкий"),
    ("ським", "ський"),
    ("ским", "ский"),
    ("овым", "ов"),
    ("евым", "ев"),
    ("иным", "ин"),
    ("ові", ""),
    ("ом", ""),
    ("ем", ""),
    ("а", ""),
    ("у", ""),
)
# Women's surnames in the oblique cases: "Сафоновой" -> "Сафонова", "Ковальской" ->
# "Ковальская", "Бондаренко" and "Ткачук" do not decline.
_CYRILLIC_WOMAN_SURNAME_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("ської", "ська"),
    ("ською", "ська"),
    ("скую", "ская"),
    ("ую", "ая"),
    ("ой", "а"),
    ("ої", "а"),
    ("ою", "а"),
    ("ову", "ова"),
    ("еву", "ева"),
    ("ину", "ина"),
)
# Men's given names that end as women's do: "Никита", "Илья".
_MEN_NAMED_IN_A = frozenset(("никита", "илья", "ілля", "фома", "кузьма", "лука", "саша"))


def cyrillic_person_nominative(words: list[str], given_names: frozenset[str]) -> list[str] | None:
    """A person's name in an oblique case of Russian, Ukrainian or Serbian, in the
    nominative: "Елены Сафоновой" -> "Елена Сафонова", "Андрея Корнилова" -> "Андрей
    Корнилов"; None when the first word is no declined given name (`given_names` folded)."""
    if len(words) < 2 or fold(words[0]) in given_names:
        return None
    given = next(
        (
            form
            for form in _ending_replaced(words[0], _CYRILLIC_GIVEN_NAME_ENDINGS, 2)
            if fold(form) in given_names
        ),
        None,
    )
    if given is None:
        return None
    woman = given[-1] in "ая" and fold(given) not in _MEN_NAMED_IN_A
    endings = _CYRILLIC_WOMAN_SURNAME_ENDINGS if woman else _CYRILLIC_MAN_SURNAME_ENDINGS
    return [given, *(_surname_nominative(word, endings) for word in words[1:])]


# A body's name in the genitive, Russian and Ukrainian, its feminine adjectives and noun back
# in the nominative: "Одеської обласної військової адміністрації" -> "Одеська обласна
# військова адміністрація", "Мурманской областной думы" -> "Мурманская областная дума".
_FEMININE_ADJECTIVES = (("ської", "ська"), ("ої", "а"), ("ской", "ская"), ("ой", "ая"))
_FEMININE_NOUNS = (("ії", "ія"), ("ии", "ия"), ("ы", "а"), ("и", "а"))


def cyrillic_body_nominative(words: list[str]) -> list[str] | None:
    """A body's name whose adjectives and noun are feminine and in the genitive, in the
    nominative, what follows them left as written ("Харківської міської ради" -> "Харківська
    міська рада"); None when it does not start with such an adjective."""
    nominative: list[str] = []
    for k, word in enumerate(words):
        adjective = _replaced_ending(word, _FEMININE_ADJECTIVES)
        if adjective is not None:
            nominative.append(adjective)
            continue
        noun = _replaced_ending(word, _FEMININE_NOUNS) if nominative else None
        return None if noun is None else [*nominative, noun, *words[k + 1 :]]
    return None


def _replaced_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """`word` with the first of `endings` it has replaced, at least three letters left
    before it; None when it has none of them."""
    for ending, replacement in endings:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            return word[: -len(ending)] + replacement
    return None


def _surname_nominative(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """A surname's nominative by the first of `endings` it has, else as written."""
    replaced = _replaced_ending(word, endings)
    return word if replaced is None else replaced


def greek_place_forms(word: str) -> list[str]:
    """Nominatives a Greek place name in the genitive may have ("Νάουσας" -> "Νάουσα")."""
    return _ending_replaced(word, _GREEK_PLACE_ENDINGS, 3)


def _ending_replaced(
    word: str, endings: tuple[tuple[str, tuple[str, ...]], ...], shortest_stem: int
) -> list[str]:
    """`word` with each case ending it has replaced by the nominative endings it stands for,
    where at least `shortest_stem` letters remain before the ending."""
    forms: list[str] = []
    for ending, replacements in endings:
        if len(word) >= len(ending) + shortest_stem and word.endswith(ending):
            stem = word[: -len(ending)]
            forms += [stem + replacement for replacement in replacements]
    return forms


def place_forms(word: str, cases: str) -> list[str]:
    """Nominatives a declined place name may have in a language whose `cases` inflection.py
    knows ("fi", "cs", "hu", "hr", "sl", "ro", "cyr", "el"); none for any other."""
    forms = _PLACE_FORMS.get(cases)
    return forms(word) if forms else []


_PLACE_FORMS = {
    "fi": finnish_place_forms,
    "cs": czech_place_forms,
    "hu": hungarian_place_forms,
    "hr": croatian_place_forms,
    "sl": slovene_place_forms,
    "ro": romanian_place_forms,
    "cyr": cyrillic_place_forms,
    "el": greek_place_forms,
}
