"""Editorial markers: kills, updates and corrections announced in the copy itself.

Formats that carry pubstatus or signals say so explicitly; many wires only say
it in words: Reuters headlines "UPDATE 2-...", "REFILE-...", "CORRECTED-...",
sluglines "USA-WEATHER/ (UPDATE 1, CORRECTED)", AP keywords "1st Ld-Writethru"
and editor's notes "Eds: UPDATES with ...", notes giving the time of an update
in the services' languages ("*Matéria atualizada às 18h40"),
update tags in brackets before or after a headline ("(LEAD)", "(AKTUALIZACJA)",
"(update)"), kill advisories "KILL", "WITHDRAWN", "ELIMINATE" and editor's notes
asking to drop a story. Matching is deliberately narrow (upper case markers
followed by a separator, bracketed tags at either end of the headline, tags
after the slug's comma or bracket): "Chemicals kill the grass" is a headline,
not a kill.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.model import Article

_KILL_WORDS = (
    r"(?:MANDATORY\s+)?(?:KILL(?:ED)?|WITHDRAWN|WITHDRAWAL|WITHDRAW|ELIMINATE|ELIMINATION)"
)
_UPDATE_WORDS = (
    r"UPDATE(?:\s*\d+)?|\d+(?:ST|ND|RD|TH)\s+(?:LEAD|LD)(?:-WRITETHRU)?|WRAPUP(?:\s*\d+)?|REFILE"
    r"|REPEAT|RPT"
)
_CORRECTION_WORDS = r"CORRECTED|CORRECTS|CORRECTION"
# An update tag in brackets, as the services writing in other languages put it before
# or after the headline: Yonhap's "(LEAD)", PAP's "(AKTUALIZACJA)", EFE's
# "(ACTUALIZACIÓN)", ANP's "(update)", dpa's "(Aktualisierung)". A bracketed word in
# the middle of a headline is the headline's own.
_BRACKETED_UPDATE = (
    r"\((?i:lead|\d+(?:st|nd|rd|th)\s+(?:lead|ld)|update|aktualizacja|actualizaci[oó]n"
    r"|aktualisierung|mise\s+[aà]\s+jour|aggiornamento|atualiza[cç][aã]o)\)"
)
_BRACKETED_FIRST = re.compile(rf"^\s*{_BRACKETED_UPDATE}\s*")
_BRACKETED_LAST = re.compile(rf"\s*{_BRACKETED_UPDATE}\s*$")
_HEADLINE_MARKER = re.compile(
    rf"^\s*(?:(?P<kill>{_KILL_WORDS})|(?P<update>{_UPDATE_WORDS})|(?P<correction>{_CORRECTION_WORDS}))"
    r"\s*(?:[-:|/\u2013\u2014]+\s*|$)"
)
# A flash's tag before its headline ("[속보]", "【速報】", "FLASH:", "EILMELDUNG -"): what it
# announces, not what the story is about; the write-up follows without it.
_FLASH_TAG = re.compile(
    r"^\s*(?:[\[\u3010](?:속보|긴급|1보|速報|速报|快讯)[\]\u3011]"
    r"|(?:FLASH|URGENT|BREAKING|EILMELDUNG)\s*[-:|\u2013\u2014]+)\s*"
)
_SLUG_TAGS = re.compile(r"[,(](.*)$")
_SLUG_KILL = re.compile(rf"\b{_KILL_WORDS}\b", re.IGNORECASE)
_SLUG_UPDATE = re.compile(
    r"\b(?:UPDATE(?:\s*\d+)?|\d+(?:ST|ND|RD|TH)\s*(?:LEAD|LD)|WRITETHRU|REFILE|WRAPUP)\b",
    re.IGNORECASE,
)
_SLUG_CORRECTION = re.compile(rf"\b(?:{_CORRECTION_WORDS}|CORRECTS?)\b", re.IGNORECASE)
_EDNOTE_KILL = re.compile(
    r"\b(?:mandatory kill"
    r"|(?:kill|eliminate|withdraw|delete|drop) (?:this|the) (?:story|item|report)"
    r"|(?:story|item|report) (?:has been |is |was )?(?:killed|withdrawn|eliminated)"
    r"|(?:please|pls) (?:kill|eliminate|withdraw)"
    r")\b",
    re.IGNORECASE,
)
_EDNOTE_KILL_WORD = re.compile(rf"^\s*(?:EDS?\s*:\s*)?{_KILL_WORDS}\b")
_BODY_CORRECTION_NOTE = re.compile(r"^\s*\((?:[^)]*\b)?correct(?:s|ed|ion)?\b", re.IGNORECASE)
# An editor's note saying what a new version changes, in the note field or opening the
# body: "Eds: UPDATES with evacuation lifted. Write-thru.", "Eds: RECASTS, ADDS quotes".
_NOTE_UPDATE = re.compile(
    r"^\s*(?i:eds?)\s*:\s*(?:(?:UPDATES|RECASTS|ADDS|SUBS)\b|.*\b(?i:write-?thru)\b)"
)
# A note giving the time a story was brought up to date, as the services write it in
# their languages, opening or closing the body: "*Matéria atualizada às 18h40 para
# acréscimo de informações", "Päivitetty klo 11.10:", "Aktualisiert um 18.40 Uhr",
# "Mis à jour à 18h40", "Actualizado a las 18.40", "Updated at 14:05 GMT".
_TIMED_UPDATE_NOTE = re.compile(
    r"^\W{0,2}(?i:(?:mat[eé]ria|texto|not[ií]cia|nota)\s+)?"
    r"(?i:atualizad[ao]|actualizad[ao]|actualizat[aă]?|mise?\s+[aà]\s+jour|aktualisiert"
    r"|aggiornat[oa]|p[äa]ivitetty|uppdaterad|updated|aktualizov[áa]no|a[žz]urirano)"
    r"\b[^\n\d]{0,12}\d{1,2}[h:.]\d{2}"
)
# The end of the body read for such a note, which may come before a sign-off line; its
# first line, perhaps cut, is left out (the body's first paragraph is read anyway).
_CLOSING_CHARS = 400
_SLUG_NOISE = re.compile(r"[^0-9A-Z]+")


@dataclass(frozen=True, slots=True)
class Markers:
    kill: bool = False
    update: bool = False
    correction: bool = False

    @property
    def revision(self) -> bool:
        """The story declares itself a new version (update, refile or correction)."""
        return self.update or self.correction


def text_field(article: Mapping[str, object], name: str) -> str:
    """A text field of the article, "" when absent or not text."""
    value = article.get(name)
    return value if isinstance(value, str) else ""


def editorial_markers(article: Article) -> Markers:
    """What the story says about itself: a kill, an update, a correction."""
    signals = article.get("signals")
    signal_set = (
        {s.lower() for s in signals if isinstance(s, str)} if isinstance(signals, list) else set()
    )
    headline_kinds, _ = _split_headline_markers(text_field(article, "headline"))
    tags_match = _SLUG_TAGS.search(text_field(article, "slugline"))
    tags = tags_match.group(1) if tags_match else ""
    ednote = text_field(article, "ednote")
    body = text_field(article, "body")
    first_paragraph = body.lstrip().split("\n", 1)[0]
    closing_lines = body[-_CLOSING_CHARS:].split("\n")[1:]
    kill = (
        article.get("pubstatus") == "canceled"
        or "kill" in signal_set
        or "kill" in headline_kinds
        or bool(_SLUG_KILL.search(tags))
        or bool(_EDNOTE_KILL.search(ednote) or _EDNOTE_KILL_WORD.search(ednote))
    )
    update = (
        "update" in signal_set
        or "update" in headline_kinds
        or bool(_SLUG_UPDATE.search(tags))
        or any(_NOTE_UPDATE.match(note) for note in (ednote, first_paragraph))
        or any(_TIMED_UPDATE_NOTE.match(line) for line in (first_paragraph, *closing_lines))
    )
    correction = (
        "correction" in signal_set
        or "correction" in headline_kinds
        or bool(_SLUG_CORRECTION.search(tags))
        or bool(_BODY_CORRECTION_NOTE.match(first_paragraph))
    )
    return Markers(kill=kill, update=update, correction=correction)


def _split_headline_markers(headline: str) -> tuple[set[str], str]:
    """The kinds of the leading markers of a headline, and the headline after them."""
    kinds: set[str] = set()
    headline = _FLASH_TAG.sub("", headline, count=1)
    while match := _HEADLINE_MARKER.match(headline):
        kinds.update(kind for kind, text in match.groupdict().items() if text)
        headline = headline[match.end() :]
    for bracketed in (_BRACKETED_FIRST, _BRACKETED_LAST):
        headline, found = bracketed.subn("", headline, count=1)
        if found:
            kinds.add("update")
    return kinds, headline.strip()


def strip_headline_markers(headline: str) -> str:
    """The headline without its markers: "UPDATE 2-", "REFILE-", "(LEAD)", "[속보]"."""
    return _split_headline_markers(headline)[1]


def slug_stem(slugline: str) -> str:
    """The slug without its tags: "USA-WEATHER/ (UPDATE 1, KILL)" -> "USA-WEATHER".

    Stories of one source that share a stem are versions of one story in feeds
    that give every version a new id (ANPA write-thrus), which is how a kill
    advisory naming the slug finds them.
    """
    head = _SLUG_TAGS.sub("", slugline)
    return _SLUG_NOISE.sub("-", head.upper()).strip("-")
