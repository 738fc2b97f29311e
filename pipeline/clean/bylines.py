"""Bylines: "By Jane Doe, Reuters" -> names "Jane Doe", affiliation "Reuters", agency "Reuters".

A byline paragraph is short, opens with an introducer (By, Von, Par,
Por, Door, Av, Af, Di or di, Da; most also in lower case) and continues with names only: capitalised
words, name particles, "and"/"und"/"et"/"y"/"og"/"och" and commas, then
optionally an affiliation after a comma. So "By contrast, the ..." or
German "Von Berlin aus ..." are not bylines: the word after the
introducer, or a later word, is not a name.

`split_byline` separates the people from their affiliation, which a desk
filters on apart: the affiliation is what follows a comma ("Jane Doe,
Associated Press", "..., AP Business Writer", "..., The San Diego
Union-Tribune") or a slash naming an agency ("Anna Berg/TT") when it
names an agency, starts with "The", or holds an organisation or job word
(Press, News, Writer, Correspondent ...); a comma between two people keeps
both as names. The agency is the known agency the affiliation starts with
("AP Sports Writer" -> AP), or the one a job is held at ("Repórter da Agência
Brasil"). A byline that only names an agency or an
organisation ("NTB", "Kyodo News", "dpa correspondents") has no names.
Several bylines joined by ";" (AP's list of bylines) share one field each. The
people who helped report, named after "with" ("Jane Doe with John Roe in
Paris", in the wire's languages: "mit", "avec", "con"), and the place the
writer filed from ("in Paris") are not the byline's names.

Without introducer, a byline is names then a known agency ("Jane Doe,
AAP", "Jane Doe, AAP Political Reporter", "Karin Lundberg/TT", "Kari Holm og Per
Lie / NTB": people joined by "and" in the wire's languages) or a job at one
after a comma, a slash or a dash ("Luana Ferraz - Repórter da Agência
Brasil"), or names alone where the caller knows the story opens (AAP's
"Jane Doe" under the headline): `parse_bare_byline`. An agency and job
before the names ("by Xinhua writers Liu Wei, Zhang Min") are put after
them, where an affiliation stands.

Korean services set the reporters' names and title after the dateline ("(서울=
연합뉴스) 김지현 기자 = ..."), Chinese ones in parentheses after it ("新华社北京12月3日电
（记者王晓峰、刘佳）"): `split_titled_byline` takes them off the text, and the
dateline's agency is theirs.

ANSA opens a signed story with the byline in parentheses before the dateline
("(di Nicola Rossi) (ANSA) - BARI, 30 NOV - ..."): `split_parenthesised_byline`
takes it off the paragraph, which the dateline then opens.

A byline line of web copy may end with the page's time stamp after a bar
("Burak Bir | 14.11.2025 - Update : 14.11.2025"): `split_stamp` parts them,
and the names alone are then a byline, the stamp marking the line as one.

Names in capitals ("By PAUL BYRNE and ALMUDENA CALATRAVA", AFP's "Claire
DUBOIS") are title-cased; a name of one word in capitals (NTB-AFP-DPA),
agency names and affiliations are left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean.agencies import is_organisation, normalise_agency
from pipeline.clean.datelines import is_date_stamp
from pipeline.clean.limits import BYLINE_LIMIT
from pipeline.clean.repair import capitalise_words

# Korean's titles after the names (기자 reporter, 특파원 correspondent) mark a byline as these do.
BYLINE_INTRODUCERS = frozenset(
    {"by", "von", "par", "por", "door", "av", "af", "di", "da", "ni", "기자", "특파원"}
    | {"müəllif", "muallif", "author", "autor", "autorka", "автор", "yazar", "penulis"}
)
# In lower case too, as some feeds set them: "par Camille Roussel", "por Ana Vera"; Filipino's
# "Ni" only capitalised ("ni" joins words). A word for author with a colon introduces a byline
# as "By" does: "Müəllif: Name" (Azerbaijani), "Muallif:" (Uzbek), "Yazar:", "Penulis:".
_INTRODUCER = re.compile(
    r"^(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|Door|door|Av|AV|av|Af|Di|di|Da|Ni|NI)\b"
    r"[:\s]*"
    r"|^(?:Müəllif|Muallif|Author|Autor|Autorka|Автор|Yazar|Penulis)\s*:\s*"
)
_JOINERS = frozenset(
    {
        "and",
        "und",
        "et",
        "y",
        "e",
        "og",
        "och",
        "en",
        "&",
        "with",
        "mit",
        "avec",
        "con",
        "in",
        "à",
        "a",
        "from",
        "aus",
    }
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ten",
        "ter",
        "dos",
        "das",
        "st.",
    }
)
_NAME = re.compile(r"^[A-ZÀ-ÞĀ-ſΑ-ΩА-Я][\w.'’-]*,?$|^[A-Z]\.?,?$")
_MAX_WORDS = 16
# Words that make what follows a byline's names a job or a newsroom, not another person.
_AFFILIATION_WORDS = frozenset(
    """writer writers correspondent correspondents editor editors reporter reporters journalist
    journalists photographer columnist staff bureau desk contributor stringer redaktion
    rédaction redacción redazione newsroom times post tribune journal herald gazette
    telegraph repórter reportero reportera correspondente corresponsal
    correspondant correspondante periodista jornalista giornalista journaliste
    korrespondent korrespondentin redakteur redakteurin redaktor redaktør redaktör redactor
    redactora toimittaja verslaggever korespondent korespondentka zpravodaj zpravodajka
    dziennikarz dziennikarka inviato inviata corrispondente muhabir muhabiri wartawan
    корреспондент кореспондент журналист журналіст 记者""".split()
)
# "Repórter da Agência Brasil", "Correspondent for AFP": a job, then the agency.
_AGENCY_PREPOSITIONS = frozenset({"of", "for", "at", "da", "do", "de", "del", "di", "della"})
_ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
_SCOTTISH = re.compile(r"^(Mc|Mac)([A-Z]{2}[A-Z'’-]*,?)$")
_GLUED_INTRODUCER = re.compile(r"(?<=\s)(?:By|BY|Von|VON|Par|PAR|Por|POR)\s")
_PREPOSITION = re.compile(r"\b(?:in|from|aus|à|a|con|with|mit|avec)\b", re.I)
_AGENCY_PREFIX_WORDS = 4
# "Jane Doe with John Roe in Paris": who helped report, after "with" in the wire's languages,
# and where the writer filed from, after "in", are not the byline's writers.
_CONTRIBUTORS = re.compile(r"\s+(?:with|mit|avec|con|com|met|med)\s+.*$")
_FILED_FROM = re.compile(
    r"\s+(?:in|à|aus)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}"
    r"(?=\s+(?:and|und|et|y|og|och|&)\s|$)"
)
# "김지현 기자 = 정부가 ...": Korean reporters' names, their title and "=" open the text.
_TITLED_BYLINE = re.compile(
    r"^(?P<names>[^\W\d_]{2,5}(?:[ ·,]{1,2}[^\W\d_]{2,5}){0,3})\s+(?:기자|특파원)\s*=\s*"
)
# "（记者王晓峰、刘佳）连接 ...": the Chinese services' reporters after the dateline, their title
# 记者 (reporter) first, in parentheses.
_CHINESE_REPORTERS = re.compile(r"^[（(]记者\s*(?P<names>[^\W\d_][^（）()\n]{1,40}?)\s*[）)]\s*")
_PARENTHESISED_BYLINE = re.compile(r"^\((?P<byline>[^()\n]{3,80})\)\s+(?=\S)")
# A byline without introducer names people in plain name words: "Jane Doe", "Mary-Kate
# O'Neill", "Tom J. Roe", "Ana de la Cruz", "Mehmet Yıldırım", "Łukasz Wróbel"; two to four
# words each. The pattern reads a word's shape, its capitals as "A" and its other letters as
# "a", so that names in every script with capitals match.
_BARE_NAME_SHAPE = re.compile(r"^(?:A(?:a+|(?=['’-]))(?:[-'’]A?a+)*|A\.)$")
_SCOTTISH_NAME = re.compile(r"^Ma?c[A-Z][a-z]+$")
_BARE_NAME_WORDS = range(2, 5)
# "and" between two people, in the languages of the wire: "Kari Holm og Per Lie".
_AND = re.compile(r"\s+(?:and|und|et|y|e|og|och|en|ja|&)\s+")
_BARE_BYLINE_LENGTH = 160
# Kickers and section labels that look like names ("Federal Politics", "Market Wrap").
_KICKER_WORDS = frozenset(
    """update updated breaking exclusive analysis opinion comment politics business sport sports
    world federal national local live latest market markets wrap weather editorial feature
    preview review correction advisory urgent flash budget election elections economy finance
    health science technology entertainment culture travel""".split()
)


def _names_only(text: str) -> bool:
    names, _, affiliation = text.partition(",")
    words = names.split()
    if not words or not _NAME.match(words[0]):
        return False
    for word in words:
        lower = word.lower().rstrip(",")
        if not (_NAME.match(word) or lower in _JOINERS or lower in _PARTICLES):
            return False
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _JOINERS | _PARTICLES
        or w.lower() in _AFFILIATION_WORDS
        or normalise_agency(w)
        for w in affiliation.replace(",", " ").split()
    )


def _title_case_word(word: str) -> str:
    scottish = _SCOTTISH.match(word)
    if scottish:
        return scottish.group(1) + capitalise_words(scottish.group(2))  # "McHUGH" -> "McHugh"
    if (
        word.isupper()
        and sum(c.isalpha() for c in word) >= 2
        and not normalise_agency(word.strip(","))
        and not _ROMAN_NUMERAL.match(word.strip(","))
    ):
        return capitalise_words(word)
    return word


def title_case_names(names: str) -> str:
    """ "PAUL BYRNE and ALMUDENA CALATRAVA" -> "Paul Byrne and Almudena Calatrava", "Claire
    DUBOIS" -> "Claire Dubois", "DAVID McHUGH" -> "David McHugh"; a single word
    ("NTB-AFP-DPA"), agency names and roman numerals stay as written."""
    words = names.split()
    if len(words) < 2:
        return names
    return " ".join(_title_case_word(w) for w in words)


def _separate_agency(text: str) -> str:
    """Byline lines run together: "Jane Doe Associated Press" -> "Jane Doe, Associated Press",
    "Name - Repórter da Agência Brasil" -> "Name, Repórter da Agência Brasil"."""
    if "," in text:
        return text
    # "Luana Ferraz - Repórter da Agência Brasil": a job at an agency after a dash.
    names, dash, job = text.partition(" - ")
    if dash and _is_affiliation(job) and _affiliation_agency(job):
        return f"{names}, {job}"
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and normalise_agency(" ".join(words[-size:])):
            return f"{' '.join(words[:-size])}, {' '.join(words[-size:])}"
    return text


def tidy_byline(text: str) -> str | None:
    """A byline without its introducer, run-together agency set off by a comma."""
    text = _separate_agency(_INTRODUCER.sub("", " ".join(text.split())).strip(" ,;="))
    if not text:
        return None
    return ", ".join(part.strip() for part in text.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class Byline:
    names: str | None
    affiliation: str | None
    agency: str | None


def _leading_agency(text: str) -> tuple[str, int] | None:
    """(canonical agency, words it takes) when `text` starts with a known agency."""
    words = text.split()
    for size in range(min(len(words), _AGENCY_PREFIX_WORDS), 0, -1):
        agency = normalise_agency(" ".join(words[:size]))
        if agency:
            return agency, size
    return None


def _affiliation_agency(affiliation: str) -> str | None:
    """The agency an affiliation names first ("AP Sports Writer") or after a job and a
    preposition ("Repórter da Agência Brasil")."""
    leading = _leading_agency(affiliation)
    if leading:
        return leading[0]
    joint = _joint_agency(affiliation)
    if joint:
        return joint
    words = affiliation.split()
    preposition = next(
        (i for i, w in enumerate(words[:2]) if w.lower() in _AGENCY_PREPOSITIONS), None
    )
    if preposition is None or not any(w.lower() in _AFFILIATION_WORDS for w in words[:1]):
        return None
    return normalise_agency(" ".join(words[preposition + 1 :]))


def _joint_agency(part: str) -> str | None:
    """The agency of a joint affiliation after a comma, before the slash and its partner
    ("Jane Doe, Associated Press/Report for America")."""
    head, slash, tail = part.partition("/")
    return normalise_agency(head.strip()) if slash and tail.strip() else None


def _is_affiliation(part: str) -> bool:
    words = part.split()
    if not words:
        return False
    leading = _leading_agency(part)
    if leading:
        # "AP", "AP Sports Writer", "dpa correspondents": the agency, then a job
        rest = words[leading[1] :]
        return not rest or rest[-1].lower() in _AFFILIATION_WORDS
    return (
        words[0] in ("The", "the")
        or is_organisation(part)
        or any(w.lower() in _AFFILIATION_WORDS for w in words)
    )


def _split_entry(entry: str) -> tuple[str | None, str | None]:
    """(names, affiliation) of one byline."""
    if "," not in entry and _is_affiliation(entry):
        return None, entry
    parts = [p.strip() for p in entry.split(",")]
    for index in range(1, len(parts)):
        if _is_affiliation(parts[index]) or _joint_agency(parts[index]):
            return ", ".join(parts[:index]), ", ".join(parts[index:])
    head, slash, tail = entry.rpartition("/")
    if slash and head.strip() and _leading_agency(tail.strip()):
        return head.strip(), tail.strip()
    return entry, None


def split_byline(text: str | None) -> Byline:
    """The people, their affiliation and its agency, from a tidied byline."""
    if not text:
        return Byline(names=None, affiliation=None, agency=None)
    names: list[str] = []
    affiliations: list[str] = []
    for entry in text.split(";"):
        entry_names, affiliation = _split_entry(entry.strip())
        if entry_names:
            entry_names = _FILED_FROM.sub("", _CONTRIBUTORS.sub("", entry_names)) or entry_names
            names.append(title_case_names(entry_names))
        if affiliation:
            affiliations.append(affiliation)
    affiliations = list(dict.fromkeys(affiliations))
    agency = next((found for a in affiliations if (found := _affiliation_agency(a))), None)
    return Byline(
        names=" and ".join(dict.fromkeys(names)) or None,
        affiliation="; ".join(affiliations) or None,
        agency=agency,
    )


def split_glued_byline(line: str) -> tuple[str, str] | None:
    """(headline, byline) of a headline line that ends with its byline, as flattened web
    copy has it ("Kessler Freight to cut jobs By Oliver Grant"); None otherwise.

    The byline must name people of two words or more (not "... Shot By Police
    Officer", "... By Design, Officials Say") with no preposition among them, after
    at least two words.
    """
    for match in reversed(list(_GLUED_INTRODUCER.finditer(line))):
        head = line[: match.start()].strip()
        byline = parse_byline(line[match.start() :].strip())
        if not byline or len(head.split()) < 2:
            continue
        names = byline.partition(",")[0]
        if (
            len(names.split()) >= 2
            and not _PREPOSITION.search(names)
            and split_byline(byline).names
        ):
            return head, byline
    return None


def _word_shape(word: str) -> str:
    return "".join("A" if c.isupper() else "a" if c.isalpha() else c for c in word)


def _is_bare_name_word(word: str) -> bool:
    return bool(_BARE_NAME_SHAPE.match(_word_shape(word)) or _SCOTTISH_NAME.match(word))


def _bare_names(text: str) -> bool:
    """ "Jane Doe", "Jane Doe and John Roe", "Kari Holm og Per Lie": people named in plain
    name words only."""
    for person in _AND.split(text):
        words = person.split()
        if len(words) not in _BARE_NAME_WORDS or not _is_bare_name_word(words[0]):
            return False
        for word in words:
            lower = word.lower()
            if lower in _PARTICLES:
                continue
            if (
                not _is_bare_name_word(word)
                or lower in _KICKER_WORDS
                or lower in _AFFILIATION_WORDS
                or is_organisation(word)
                or normalise_agency(word)
            ):
                return False
    return True


def parse_bare_byline(paragraph: str, *, alone: bool = False) -> str | None:
    """A byline without introducer, as AAP files them at the top of a story: "Jane Doe,
    AAP", "Jane Doe, AAP Political Reporter"; with `alone` (the caller knows the paragraph
    opens the story), also the names alone ("Jane Doe"). None otherwise.

    The affiliation must start with a known agency, which a headline or a first
    sentence does not; names alone look like a short headline, so only their place
    tells them apart, and words of kickers and newsrooms ("Federal Politics", "Breaking
    News") are not names.
    """
    if len(paragraph) > _BARE_BYLINE_LENGTH or not paragraph[:1].isupper():
        return None
    text = " ".join(paragraph.split())
    names, comma, affiliation = text.partition(",")
    if not comma:
        # "Luana Ferraz - Repórter da Agência Brasil": the job after a dash.
        names, comma, affiliation = text.partition(" - ")
    if not comma and "/" in text:
        # "Karin Lundberg/TT": the agency after a slash.
        names, comma, affiliation = text.rpartition("/")
    if not _bare_names(names.strip()):
        return None
    affiliation = affiliation.strip()
    if comma:
        known = _affiliation_agency(affiliation) and _is_affiliation(affiliation)
        return f"{names.strip()}, {affiliation}" if known else None
    return text if alone else None


def _agency_before_names(rest: str) -> str:
    """ "Xinhua writers Liu Wei, Zhang Min" -> "Liu Wei, Zhang Min, Xinhua writers": the
    agency and the job put after the names, where an affiliation stands."""
    leading = _leading_agency(rest)
    if not leading:
        return rest
    words = rest.split()
    size = leading[1]
    while size < len(words) and words[size].lower() in _AFFILIATION_WORDS:
        size += 1
    if size == leading[1] or size == len(words):
        return rest
    return f"{' '.join(words[size:])}, {' '.join(words[:size])}"


def parse_byline(paragraph: str) -> str | None:
    """The byline when the paragraph is one ("By Jane Doe, Reuters" -> "Jane Doe, Reuters"),
    else None."""
    if len(paragraph) > BYLINE_LIMIT:
        return None  # too long to be a byline: it stays in the body, whole
    text = " ".join(paragraph.split())
    match = _INTRODUCER.match(text)
    if not match or not match.group(0).strip() or len(text.split()) > _MAX_WORDS:
        return None
    rest = _agency_before_names(text[match.end() :])
    if not _names_only(rest):
        return None
    return tidy_byline(match.group(0) + rest)


def split_parenthesised_byline(paragraph: str) -> tuple[str, str] | None:
    """(byline, rest) of a paragraph that opens with its byline in parentheses ("(di
    Nicola Rossi) (ANSA) - BARI, ..." -> "Nicola Rossi", "(ANSA) - BARI, ..."); None when
    the parentheses hold anything but a byline ("(Reuters) -", "(Updates with ...)")."""
    match = _PARENTHESISED_BYLINE.match(paragraph)
    byline = parse_byline(match.group("byline")) if match else None
    if match is None or byline is None:
        return None
    return byline, paragraph[match.end() :]


def split_titled_byline(paragraph: str) -> tuple[str, str] | None:
    """(names, rest) of a paragraph that opens with the reporters' names and their title,
    as Korean services set them after the dateline ("김지현 기자 = 정부가 ..." -> "김지현",
    "정부가 ...") and Chinese ones in parentheses, the title kept as the affiliation
    ("（记者王晓峰、刘佳）连接 ..." -> "王晓峰、刘佳, 记者", "连接 ..."); None otherwise."""
    match = _TITLED_BYLINE.match(paragraph)
    if match:
        return match.group("names"), paragraph[match.end() :]
    match = _CHINESE_REPORTERS.match(paragraph)
    return (f"{match.group('names')}, 记者", paragraph[match.end() :]) if match else None


def split_stamp(paragraph: str) -> tuple[str, str] | None:
    """(byline, "|" and the time stamp) of a byline line that ends with its page's time
    stamp after a bar ("Burak Bir | 14.11.2025 - Update : 14.11.2025"), the byline
    parsed; else None. The stamp keeps its bar, which marks it as no story text."""
    if len(paragraph) > _BARE_BYLINE_LENGTH:
        return None
    bar = paragraph.rfind("|")
    if bar < 0 or not is_date_stamp(paragraph[bar + 1 :]):
        return None
    head = paragraph[:bar].strip()
    byline = parse_byline(head) or parse_bare_byline(head, alone=True)
    return (byline, paragraph[bar:].strip()) if byline else None
