"""Photo credit lines: finding them at the end of a caption, and parsing them.

Conventions covered: REUTERS/Name, "REUTERS/Name/File Photo", "Name via Reuters", AP
Photo/Name (", File"), AFP PHOTO / NAME, "Photo by Name/AFP via Getty Images",
EPA/NAME, EPA-EFE/NAME, "EPA/NAME / POOL / TASS", XINHUA, Xinhua/Name, Anadolu
Agency, Sputnik/Name/Kremlin via REUTERS, "(Photo: ...)", "Photo: ...", "Foto: ...",
"Credit: ...", "File photo", "Handout", Reuters' "(COUNTRY - Tags: ...)" suffix, dpa
photographer codes ("A3576/_Name"), PAP's "Fot. PAP/Name", "Фото: Name / Укрінформ",
"Ảnh: Name/TTXVN", "រូបថត៖ AKP/Name", the agency's photo by a photographer ("PNA
photo by Name", "Foto LaPresse - Name", "Larawan ng PNA ni Name"), Bernama's
"--fotoBERNAMA" (the photo word glued to the agency, perhaps with the year and the
rights: "(2026) HAK CIPTA TERPELIHARA"), a known agency alone in parentheses, as
Kyodo and Yonhap credit their pictures ("(Kyodo)", "（共同）"), an agency's "PHOTO" and
the name in capitals without a slash ("BELGA PHOTO JASPER JACOBS"), Korean services'
credits in square brackets ("[연합뉴스 자료사진]", "[AFP=연합뉴스]") and their handouts,
credited to the provider and to no agency ("[부산시 제공. 재판매 및 DB 금지]"), and any of
these followed by the picture's reference code in parentheses ("(PTI
Photo/Name)(PTI11_14_2025_000087B)"), which the credit keeps and its parse drops.
Names in capitals are title-cased, Dutch and German particles inside them in lower
case ("KOEN VAN WEEL" -> "Koen van Weel"), and so are surnames in capitals after a
given name ("Ante DRAGIČEVIĆ" -> "Ante Dragičević").

Parsing splits the credit on "/", " via " and " for "; each part is an
agency (known name, an organisation word such as TV/Agency/Press, or an
all-capitals acronym), a marker (POOL sets pool; HANDOUT, FILE, STRINGER
and photographer codes are dropped) or a photographer. A one-word part is
taken for an organisation ("Insidefoto", "Kremlin") beside other parts, and
for a photographer when it is the whole credit ("Photo by Pea"). Parts that
after a comma that start in lower case are descriptions ("Scanpix, montasje
av Faktisk.no") and are dropped.
All-capitals names are title-cased.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import is_organisation, normalise_agency
from pipeline.clean.boilerplate import RIGHTS
from pipeline.clean.bylines import title_case_names
from pipeline.clean.repair import capitalise_words
from pipeline.model import Credit

# The word for photo in more languages: Vietnamese, Hungarian, Finnish, Bulgarian, the
# languages of the former Yugoslavia, Polish, Greek, Spanish, Portuguese, Turkish, Filipino,
# Kiswahili, Georgian, Armenian, Bengali, Urdu, Persian, Amharic, Thai and Khmer.
_PHOTO_WORDS = (
    "Ảnh|Fotó|Kuva|Снимка|Slika|Zdjęcie|Φωτογραφία|Fotografía|Fotografia|Fotoğraf"
    "|Larawan|Picha|ფოტო|Լուսանկարը|ছবি|تصویر|عکس|ፎቶ|ภาพ|រូបថត"
)
# Khmer's colon ("រូបថត៖ AKP/Name") introduces a credit as a colon does.
_COLON = "[:៖]"
_INTRODUCER = re.compile(
    r"^\(?\s*(?:(?:Photo|Photos|Photograph|Photography|Picture|Pictures|Pic|Image|Images|Foto|Fotos"
    rf"|Bild|Crédit photo|Photo credit|Credits?|Photographer|Fotograf|Фото|{_PHOTO_WORDS})"
    rf"\s*(?:by\b|{_COLON}|-)"
    r"|Fot\.|©|(?:Photo|Foto)\s+(?=[A-Z][^/]{1,40}/))\s*",
    re.I,
)
# Bernama's "--fotoBERNAMA": the word for photo glued to the agency's name in capitals,
# perhaps with the year and the rights ("(2026) HAK CIPTA TERPELIHARA").
_GLUED_PHOTO_CREDIT = re.compile(
    r"-{0,3}\s*(?:foto|photo)(?P<agency>[A-Z]{2,15})(?:\s*\(\d{4}\))?"
    rf"(?:\s*(?i:{RIGHTS}))?"
)
_REUTERS_TAGS = re.compile(r"\s*\([A-Z][A-Z .,'&-]*\s-\s*Tags:[^()]*\)\s*$")
_FILE_SUFFIX = re.compile(r"(?:,|\s-)?\s*(?:File(?: Photo)?|FILE(?: PHOTO)?|Archive|Archiv)\s*$")
# A web address ends a credit in its last word; what may lead up to it is short.
_URL_START = re.compile(r"https?://|www\.", re.I)
_URL_LEAD = re.compile(r",?\s*(?:available (?:at|from)\s*)?$", re.I)
_URL_LEAD_REACH = 40
_SPLIT = re.compile(r"\s*/\s*|\s+via\s+|\s+for\s+(?=[A-Z])|\s*\|\s*|\s+-\s+(?=[A-Z])")
_COMMA = re.compile(r"\s*,\s*")
_POOL = re.compile(r"^(?:pool|pool photo|pool via|[a-z]+ pool)$", re.I)
_DROP = re.compile(
    r"^(?:handout|handout photo|file|file photo|photo|stringer|str|staff|archive|archiv|ho"
    r"|courtesy|supplied|dpa-?bildfunk|bildfunk|-)$",
    re.I,
)
_PHOTOGRAPHER_CODE = re.compile(r"^[A-Z]?\d{3,}$|^[A-Z]{1,3}\d+$")
_ACRONYM = re.compile(r"^[A-Z0-9&-]{2,8}$")
# A picture's reference code after its credit: letters and digits, no space.
_PICTURE_CODE = re.compile(r"\((?=[^()\s]*\d)(?=[^()\s]*[A-Za-z])[A-Za-z0-9][\w.-]{4,40}\)")
# "BELGA PHOTO JASPER JACOBS": an agency, its word for photo, the photographer in capitals.
_AGENCY_PHOTO = re.compile(
    r"(?P<agency>[A-Z][A-Z-]{1,15}(?: [A-Z][A-Z-]{1,15})?) (?P<photo>PHOTOS?|FOTOS?|IMAGES?)"
    r" (?P<name>[A-Z][A-ZÀ-Þ.'’-]+(?: [A-Z][A-ZÀ-Þ.'’-]+){0,3})"
)
# The agency's photo and the photographer: "PNA photo by Name", "Foto LaPresse - Name",
# Filipino's "Larawan ng PNA ni Name" (picture of PNA by Name).
_PHOTO_OF_AGENCY = re.compile(
    r"\(?(?:(?P<before>[A-Z][\w-]{1,15}) (?i:photo|foto) by"
    r"|(?i:photo|foto) (?P<after>[A-Z][\w-]{1,15}) [-–]"
    r"|(?i:larawan|kuha) ng (?P<of>[A-Z][\w-]{1,15}) ni)"
    r" (?P<name>[A-ZÀ-Þ][^()/\n]{2,60}?)\)?"
)

# Credit detection at the end of a text.
_NAME_WORD = r"[A-Z_\u00c0-\u00de][\w.'’&-]*"
_TOKEN = rf"(?:{_NAME_WORD}(?: (?:{_NAME_WORD}|de|da|van|von|al|el|bin|der|di|du|le|la))*)"
# TASS signs its pictures with the copyright sign: "© Name/TASS".
_SLASH_CREDIT = re.compile(
    rf"\(?(?:©\s?)?{_TOKEN}(?:\s*(?:/|\bvia\b)\s*{_TOKEN})+"
    r"(?:,? (?:File|FILE)(?: Photo| PHOTO)?)?\)?"
    r"(?:\s*\([A-Z][A-Z .,'&-]*\s-\s*Tags:[^()]*\))?"
)
_INTRODUCED_CREDIT = re.compile(
    r"\(?\s*(?:(?:Photo|Photos|Photograph|Picture|Pic|Image|Foto|Fotos|Bild|Credit|Credits"
    rf"|Photo credit|Photographer|Фото|{_PHOTO_WORDS})"
    rf"\s*(?:by\b|{_COLON}|-|\s(?=[A-Z][^/]{{1,40}}/))|Fot\.)"
    r"\s*[^()\n]{2,120}?\)?"
)
# In full-width parentheses too, as Japanese and Chinese copy sets them: "（共同）".
_AGENCY_IN_PARENTHESES = re.compile(r"[(（]([^()（）]{2,40})[)）]")
# Korean services' credits in square brackets: "[연합뉴스 자료사진]" (file photo), "[AFP=연합뉴스]"
# (a partner's picture, distributed by the agency), "[EPA=연합뉴스 사진]".
_BRACKETED = re.compile(r"\[(?P<inner>[^\[\]]{2,40})\]")
_BRACKET_AT_END = re.compile(r"\s*(\[[^\[\]]{2,40}\])$")
_BRACKET_PHOTO_WORDS = re.compile(r"\s+(?:자료사진|사진|제공|(?i:file photo|photo|foto))$")
# A handout credited to whoever provided it (제공), perhaps with Yonhap's note that it may
# not be resold or put in a database: "[부산시 제공. 재판매 및 DB 금지]".
_BRACKETED_HANDOUT = re.compile(r"\[[^\[\].]{1,30}?\s*제공(?:\.\s*재판매\s*및\s*DB\s*금지)?\.?\]")
_PARENTHESES_AT_END = re.compile(r"\s*([(（][^()（）]{2,40}[)）])$")
_STANDALONE_CREDIT = re.compile(
    r"\(?(?:XINHUA|Xinhua|AFP PHOTO|HANDOUT|Handout|FILE PHOTO|File photo|EPA|ANADOLU AGENCY"
    r"|Anadolu Agency|AP Photo|REUTERS|TASS|SPUTNIK|KCNA|KCNA via KNS)\)?"
)
# Where a credit may start: the start, after a sentence, after a run of
# spaces (Reuters), after a line break or at an opening parenthesis.
# After a sentence's end in any script: the Devanagari and Bengali danda, Ethiopic, Urdu and
# Khmer full stops too.
_CREDIT_START = re.compile(r"(?:^|(?<=[.!?\"')।።۔។])\s+|\s{2,}|\n|(?=\())")
_CREDIT_WINDOW = 220
_CREDIT_STARTS = 8
_MAX_CREDIT_LENGTH = 160
_MAX_CREDIT_PARTS = 8
_HINT_WORDS = (
    "Photo", "Photos", "Photograph", "Picture", "Foto", "Fotos", "Bild", "Credit", "XINHUA",
    "Xinhua", "HANDOUT", "Handout", "EPA", "AFP", "REUTERS", "TASS", "SPUTNIK", "ANADOLU",
    "Anadolu", "KCNA", "PHOTO", "File photo", "FOTO", "Фото", "foto", "photo",
    *_PHOTO_WORDS.split("|"),
)  # fmt: skip
_HINT_ALTERNATIVES = "|".join(map(re.escape, sorted(_HINT_WORDS, key=len, reverse=True)))
_CREDIT_HINT = re.compile(rf"/|\b(?:{_HINT_ALTERNATIVES})\b|\b(?:foto|photo)(?=[A-Z]{{2}})")
# The same words without word boundaries: with them, Python's engine tries the whole
# alternation at every position, eight times slower on a paragraph that has none.
_CREDIT_HINT_ANYWHERE = re.compile(rf"/|{_HINT_ALTERNATIVES}")


def _agency_photo(text: str) -> re.Match[str] | None:
    """ "BELGA PHOTO JASPER JACOBS" when its first words name a known agency."""
    match = _AGENCY_PHOTO.fullmatch(text)
    return match if match and normalise_agency(match.group("agency")) else None


def _photo_of_agency(text: str) -> tuple[str, str] | None:
    """(agency, photographer) of "PNA photo by Name", "Foto LaPresse - Name" when the agency
    is known."""
    match = _PHOTO_OF_AGENCY.fullmatch(text)
    if match is None:
        return None
    agency: str = match.group("before") or match.group("after") or match.group("of")
    return (agency, match.group("name")) if normalise_agency(agency) else None


def _is_credit(text: str) -> bool:
    text = text.strip()
    if len(text) > _MAX_CREDIT_LENGTH or text.count("/") > _MAX_CREDIT_PARTS:
        return False
    if _INTRODUCED_CREDIT.fullmatch(text) or _STANDALONE_CREDIT.fullmatch(text):
        return True
    glued = _GLUED_PHOTO_CREDIT.fullmatch(text)
    if glued and normalise_agency(glued.group("agency")):
        return True
    if _agency_photo(text) or _photo_of_agency(text):
        return True
    if is_agency_in_parentheses(text) or _bracketed_agencies(text) or _is_handout(text):
        return True
    if not _SLASH_CREDIT.fullmatch(text):
        return False
    credit = parse_credit_line(text)
    # A slash between two names is not a credit unless an agency or a pool is named.
    return bool(credit.pool or any(normalise_agency(a) for a in credit.agencies))


def is_agency_in_parentheses(credit: str) -> bool:
    """ "(Kyodo)": a known agency alone in parentheses."""
    match = _AGENCY_IN_PARENTHESES.fullmatch(credit.strip())
    return bool(match and normalise_agency(match.group(1)))


def _bracketed_agencies(credit: str) -> list[str] | None:
    """The agencies of a credit in square brackets that names known agencies only, after
    "=" and with a word for photo ("[연합뉴스 자료사진]" -> ["연합뉴스"], "[AFP=연합뉴스]")."""
    match = _BRACKETED.fullmatch(credit.strip())
    if match is None:
        return None
    inner = match.group("inner").strip()
    named = _BRACKET_PHOTO_WORDS.sub("", inner)
    parts = [part.strip() for part in named.split("=")]
    # An agency's name alone in brackets may close a sentence; a photo word or a partner
    # makes it a picture's credit.
    if (named == inner and len(parts) < 2) or not all(normalise_agency(p) for p in parts):
        return None
    return parts


def _is_handout(credit: str) -> bool:
    """ "[부산시 제공]": a picture its provider handed out, credited to no agency."""
    return _BRACKETED_HANDOUT.fullmatch(credit.strip()) is not None


def _agency_tail(text: str) -> tuple[str, str] | None:
    """(text before, "(Kyodo)") when the text ends with a known agency in parentheses."""
    match = _PARENTHESES_AT_END.search(text, max(0, len(text) - _MAX_CREDIT_LENGTH))
    if match and is_agency_in_parentheses(match.group(1)):
        return text[: match.start()], match.group(1)
    match = _BRACKET_AT_END.search(text, max(0, len(text) - _MAX_CREDIT_LENGTH))
    if match and (_bracketed_agencies(match.group(1)) or _is_handout(match.group(1))):
        return text[: match.start()], match.group(1)
    return None


def split_credit_tail(text: str) -> tuple[str, str] | None:
    """(text before, credit) when `text` ends with a credit line, else None; a picture's
    reference code after the credit stays with it."""
    stripped = text.rstrip()
    if not stripped:
        return None
    code = _picture_code(stripped)
    if code:
        before = stripped[:code].rstrip()
        tail = _credit_tail(before)
        return (tail[0], tail[1] + stripped[len(before) :]) if tail else None
    return _credit_tail(stripped)


def _picture_code(text: str) -> int | None:
    """Where a picture's reference code in parentheses ends the text, after other text."""
    if not text.endswith(")"):
        return None
    start = text.rfind("(")
    return start if start > 0 and _PICTURE_CODE.fullmatch(text, start) else None


def _credit_tail(stripped: str) -> tuple[str, str] | None:
    """(text before, credit) when the text, stripped, ends with a credit line."""
    end = stripped[-_CREDIT_WINDOW:]
    if not (_CREDIT_HINT_ANYWHERE.search(end) and _CREDIT_HINT.search(end)):
        return _agency_tail(stripped) if stripped.endswith((")", "]", "）")) else None
    offset = max(0, len(stripped) - _CREDIT_WINDOW)
    window = stripped[offset:]
    # Longest credit first, from the few last places where one can start.
    starts = [m.end() for m in _CREDIT_START.finditer(window) if offset == 0 or m.end()]
    for position in starts[-_CREDIT_STARTS:]:
        candidate = window[position:]
        if candidate and _is_credit(candidate):
            head = stripped[: offset + position].rstrip()
            if head.endswith("(") and candidate.endswith(")"):
                head = head[:-1].rstrip()
                candidate = "(" + candidate
            return head, candidate.strip()
    return None


def _without_url_tail(text: str) -> str:
    """The credit without a web address at its end ("..., available at www.x.com").

    The address starts in the last word, so only that word is searched, and only
    the few characters before it for the words that announce it.
    """
    words = text.rsplit(None, 1)
    url = _URL_START.search(text, len(text) - len(words[-1])) if words else None
    if url is None:
        return text
    reach = max(0, url.start() - _URL_LEAD_REACH)
    lead = _URL_LEAD.search(text, reach, url.start())
    return text[: lead.start() if lead else url.start()]


def parse_credit_line(text: str) -> Credit:
    """Parse a credit: "EPA/DITA ALANGKARA / POOL / TASS" ->
    agencies [EPA, TASS], photographers [Dita Alangkara], pool True."""
    raw = " ".join(text.split())
    body = raw.strip()
    code = _picture_code(body)
    if code:
        body = body[:code].rstrip()
    if _is_handout(body):
        return Credit(raw=raw, agencies=[], photographers=[], pool=False)
    bracketed = _bracketed_agencies(body)
    if bracketed:
        body = "/".join(bracketed)
    agency_photo = _agency_photo(body)
    if agency_photo:
        agency, photo, name = agency_photo.group("agency", "photo", "name")
        body = f"{agency} {photo}/{name}"  # the agency's service, then the photographer
    photo_of_agency = _photo_of_agency(body)
    if photo_of_agency:
        body = "/".join(photo_of_agency)
    if body.startswith(("(", "（")) and body.endswith((")", "）")):
        body = body[1:-1].strip()
    glued = _GLUED_PHOTO_CREDIT.fullmatch(body)
    if glued:
        body = glued.group("agency")
    body = _REUTERS_TAGS.sub("", body)
    introducer = _INTRODUCER.match(body)
    if introducer:
        body = body[introducer.end() :]
    body = _without_url_tail(body.strip().strip("()").strip())
    body = _FILE_SUFFIX.sub("", body).strip().rstrip(",;.").strip()
    agencies: list[str] = []
    photographers: list[str] = []
    pool = False
    segments = [s for i, s in enumerate(_COMMA.split(body)) if i == 0 or not s[:1].islower()]
    parts = [p.strip(" _;.()") for segment in segments for p in _SPLIT.split(segment)]
    parts = [p for p in parts if p]
    for part in parts:
        if _POOL.match(part):
            pool = True
            continue
        if _DROP.match(part) or _PHOTOGRAPHER_CODE.match(part):
            continue
        names = [normalise_agency(x) for x in part.split("-")] if "-" in part else []
        canonical = normalise_agency(part)
        if names and all(names):
            agencies.extend(n for n in names if n)  # "EPA-EFE" is two agencies
        elif canonical:
            agencies.append(canonical)
        elif (
            is_organisation(part)
            or _ACRONYM.match(part)
            or part.startswith("The ")
            or (" " not in part and len(parts) > 1)
        ):
            agencies.append(part)
        else:
            # "ANTE MARIĆ", and AFP's and HINA's "Ante MARIĆ" with the surname in capitals
            named = capitalise_words(part) if part.isupper() else title_case_names(part)
            photographers.append(named)
    return Credit(
        raw=raw,
        agencies=list(dict.fromkeys(agencies)),
        photographers=list(dict.fromkeys(photographers)),
        pool=pool,
    )
