"""Agency trailers and editorial notes that are not the story.

Trailing paragraphs are boilerplate while they match one of the trailer
patterns, scanning back from the end: "(Reporting by ...; Editing by
...)", "Additional reporting by ...", "(c) Copyright ...", "Our Standards:
...", "Sign up for ...", "-- ends", "==Kyodo", "(END)", "Enditem", agency
sign-offs ("AFP sn", "dpa wsz jln", "hh/ph/ts/hd", PAP's "akw/ mrr/",
"/ritzau/", "(BusinessDesk)", "(©NTB)", "(ANSA)."), initials in capitals
(PTI's "PTI SKM RHL", Lusa's "TQ // EA"), an author signing with the
agency ("Anna Kowalska (PAP)", "Autorka: ..."), contact lines in the
languages of the wire ("- Redaktion: ..., Tel.: ...", "Kontakt:",
"Rédaction :", "Redacción:", "Media Contact:"). After a "___" rule, AP's
taglines ("X contributed to this report.", "The AP is solely responsible
...") are boilerplate whatever they say, and so is what follows a press
release's contacts heading ("Contacts", "Media Contact:"), when few
paragraphs follow the rule or heading. A dpa notebook ("# Notebook",
"* * * *", "The following information is not for publication") makes
everything after it boilerplate. A Reuters trailer or an agency's "(ANSA)." glued to
the last paragraph is cut off it.

Leading editorial notes such as "(Adds comments, detail)" or "(In Jan. 3
story, corrects ...)" are boilerplate too.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency

# Contact addresses, one or several. Every quantifier is possessive: nothing that
# matched is taken back, so a run of addresses glued together cannot be cut up
# in exponentially many ways when the line turns out not to be a trailer.
_EMAIL = r"[\w.+-]++@[\w-]++\.[\w.-]++"
_URL = r"https?://\S++"
_ADDRESSES = rf"(?:{_EMAIL}|{_URL})(?:\s*+[/,;]?+\s*+(?:{_EMAIL}|{_URL}))*+"
_TRAILER = re.compile(
    r"^(?:"
    r"\(?\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Edited|Compiled|Research|Graphics?"
    r"|Translated|Translation|Production|Fact-?checking|Photos?|Video|Sub-?editing)"
    r"(?:\s+by\b|\s*:).*"
    r"|-\s*(?:Reporting|Editing|Writing|Tel|Contact)\b.*"
    r"|(?:Tel|Phone|Fax|E-?mail)\s*[:.].*"
    r"|\(?\s*(?:©|\(c\)|Copyright\s*(?:©|\(c\))?\s*(?:\d{4}|[A-Z][\w.-]*\s*\d{4})).*"
    r"|Our Standards:.*|Sign up (?:for|here|to)\b.*|Click (?:for|here)\b.*"
    r"|(?:-{1,3}|—)?\s*(?:ends?|END|ENDS|End)\s*(?:-{1,3}|—)?"
    r"|[-_=*~#]{2,}|(?:\*\s*){3,}"
    r"|.{0,160}\b(?:contributed to this (?:report|story|article)|helped with this story"
    r"|can be reached at|was first published|story was (?:generated|produced) by"
    r"|is distributed by|Distributed by)\b.*"
    r"|Follow (?:\S+ ){1,4}on (?:Twitter|X|Facebook|Instagram)\b.*"
    r"|Keywords?:.*|Embed\s*\([^()]*\)\s*:?"
    rf"|={{2,}}\s*[^\W\d_][\w .-]{{0,30}}|(?:{_ADDRESSES}\s*)?\(END\)|End\s?item"
    r"|-?\s*(?:Redaktion|Kontakt|Rédaction|Redacción|Redazione|Redação|Autor(?:ka|zy|ki|ři)?"
    r"|(?:Media |Press |Investor )?Contacts?)(?:\s+[^\W\d_][\w-]*){0,3}\s*:.*"
    rf"|{_ADDRESSES}"
    r")$",
    re.I | re.S,
)
# Sign-offs are case-sensitive: "AFP sn" and "hh/ph/ts/hd" are, "AP is ..." is not.
_SIGN_OFF = re.compile(
    r"^(?:(?:AFP|dpa|DPA|AP|ANSA|EFE|Reuters|AAP|NTB|TT|STT|Ritzau)"
    r"(?:\s+[a-z0-9à-öø-ÿ]{1,6}(?:[/-][a-z0-9à-öø-ÿ]{1,6})*){1,8}"
    r"|(?:PTI|IANS|ANI|UNI)(?:\s+[A-Z]{2,4}){1,6}|[A-Z]{1,4}(?:\s*//\s*[A-Z]{1,4})+"
    r"|[a-z]{1,5}(?:\s?[-/]\s?[a-z]{1,5}){1,10}/?"
    r"|/[A-Za-z]{2,15}/"
    r"|\(\s*(?:©\s*)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\s*\)\.?)$"
)
# "Anna Kowalska (PAP)": an author signing with the agency's name.
_SIGNED = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,4}\(([^()]{2,20})\)\.?$")
_SECTION_START = re.compile(
    r"^(?:#{1,3}\s*(?:dpa\s+)?(?:notebook|notizblock|notes?)\b.*|(?:\*\s*){3,}"
    r"|The following information is not (?:intended )?for publication.*"
    r"|Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt.*)$",
    re.I,
)
# Near the end, these open a part that is all boilerplate: AP's taglines after a
# rule, a press release's contacts.
_CLOSING_SECTION = re.compile(r"^(?:_{3,}|(?:Media |Press |Investor )?Contacts?:?)$", re.I)
_CLOSING_REACH = 4
_GLUED_TRAILER = re.compile(
    r"\s+(\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)\s+by\b[^()]*\))\s*$"
    r"|(?<=[.!?\"»])\s+(\(([^\W\d_][\w-]{1,15})\)\.?)$"
)
_EDITORIAL_NOTE = re.compile(
    r"^\((?:Adds|Updates|Recasts|Corrects|Refiles|Repeats|Fixes|Changes|Removes|Inserts|Rewrites"
    r"|Releases|Reissues|Re-issues|Moves|Advances|Writes through|Deletes|Clarifies|Embargoed"
    r"|In [^()]{1,120}? story,?)\b[^()]*\)$",
    re.I,
)
_MAX_TRAILER_LENGTH = 600


def _is_trailer(paragraph: str) -> bool:
    if len(paragraph) > _MAX_TRAILER_LENGTH:
        return False
    if _TRAILER.match(paragraph) or _SIGN_OFF.match(paragraph):
        return True
    signed = _SIGNED.match(paragraph)
    return bool(signed and normalise_agency(signed.group(1)))


def _glued_trailer(paragraph: str) -> re.Match[str] | None:
    """A Reporting-by trailer, or an agency's "(ANSA).", glued to the end of a paragraph."""
    glued = _GLUED_TRAILER.search(paragraph)
    if glued and glued.group(3) and not normalise_agency(glued.group(3)):
        return None
    return glued


def split_boilerplate(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(story paragraphs, boilerplate lines in their original order)."""
    body = list(paragraphs)
    head: list[str] = []
    while body and _EDITORIAL_NOTE.match(body[0]):
        head.append(body.pop(0))
    tail: list[str] = []
    section = next((i for i, p in enumerate(body) if i and _SECTION_START.match(p)), None)
    if section is None:
        closing = range(max(1, len(body) - _CLOSING_REACH), len(body))
        section = next((i for i in closing if _CLOSING_SECTION.match(body[i])), None)
    if section is not None:
        tail = body[section:]
        del body[section:]
    while body and _is_trailer(body[-1]):
        tail.insert(0, body.pop())
    if body:
        glued = _glued_trailer(body[-1])
        if glued:
            tail.insert(0, glued.group(1) or glued.group(2))
            body[-1] = body[-1][: glued.start()].rstrip()
            while body and _is_trailer(body[-1]):
                tail.insert(0, body.pop())
    while body and _EDITORIAL_NOTE.match(body[-1]):
        tail.insert(0, body.pop())
    return body, head + tail
