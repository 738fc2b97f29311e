"""clean_story: a RawStory in, the article document (docs/ARCHITECTURE.md) out.

Order matters, each step working on what the previous one left:

1. repair the text (markup, mojibake, controls, spaces, quotes) and rejoin
   hard-wrapped lines into paragraphs; a plain-text story that opens with
   an ANPA keyword line ("BC-US-Rail-Strike,640") takes its slug as the
   slugline, the line going to boilerplate;
2. split out picture placeholders ("[IMAGE: ...]") and captions glued
   anywhere in the text, and clean the captions the format delivered;
3. take the byline from the first paragraphs ("By ...", "Jane Doe, AAP", or
   names alone where the story opens; preferred to the format's byline
   because it is what the story says; in plain text also off the end of
   the headline line it is glued to, and off the time stamp that ends its
   line in web copy, which goes to boilerplate, and out of a dateline that
   holds the reporter before the dash and the agency, "Baku, Dec. 3 By Name
   – Trend:"); time stamp lines among the
   opening paragraphs go to boilerplate too, and a place set on the line
   after one ("Brasília") is the dateline;
4. a plain-text story without headline takes its first paragraph as the
   headline only when it clearly is one (a short line without final
   punctuation, followed by more text); otherwise the headline stays None
   and the index shows the first sentence; a headline, given or taken,
   loses the desk's version mark glued to it ("UPDATE 1-", headlines.py),
   which becomes the signal it stands for;
5. editorial notes that open the story ("EDITOR'S NOTE — ...") go to
   boilerplate; then the dateline: body first (under a headline, also a
   place in capitals on a line of its own), else the format's dateline
   field; the byline, else the one the dateline holds between slashes
   ("/Десислава Петрова, БТА/"), else the format's, is split into names,
   affiliation and agency; Korean reporters named with their title after the
   dateline ("(서울=연합뉴스) 김지현 기자 =") and Chinese ones in parentheses after
   it ("新华社北京12月3日电（记者王晓峰）") are the byline; a byline without
   agency under the dateline an agency gives its staff's copy (place and
   agency enclosed together by the Korean and Japanese services, the Chinese
   services' "新华社北京12月3日电", the agency after the date and a dash) is that
   agency's;
6. move trailers, related links and editorial notes to boilerplate (with
   the labels of picture placeholders, whose captions step 2 took);
7. language: the format's unless the text (body, else caption, else
   headline) is plainly in another, else detected (language.py); source:
   the first known agency (or its service in another language that the
   dateline or byline names: PC for CP) among the format's source, the
   dateline's agency, the byline's agency, the agencies of the first credit
   from last (the distributor) to first, the agency a sign-off names
   ("/ritzau/") and the one whose correspondent the lead says reports the
   story ("повідомляє кореспондент Укрінформу"), else the format's source as
   given;
8. short fields are held to their limits (limits.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.clean.agencies import correspondent_agency, language_service_of, normalise_agency
from pipeline.clean.boilerplate import (
    is_trailer,
    keyword_slug,
    split_boilerplate,
    split_editorial_notes,
    trailer_agency,
)
from pipeline.clean.bylines import (
    Byline,
    parse_bare_byline,
    parse_byline,
    split_byline,
    split_glued_byline,
    split_parenthesised_byline,
    split_stamp,
    split_titled_byline,
    tidy_byline,
)
from pipeline.clean.captions import (
    clean_caption,
    split_captions,
    split_lone_credits,
    split_placeholders,
    unique_captions,
)
from pipeline.clean.datelines import (
    dateline_byline,
    dates_staff_copy,
    is_web_stamp,
    parse_dateline,
    place_after_stamp,
    place_alone,
    split_dateline,
    split_dateline_byline,
)
from pipeline.clean.headlines import split_version_mark
from pipeline.clean.language import checked_language
from pipeline.clean.limits import (
    BYLINE_LIMIT,
    DATELINE_LIMIT,
    HEADLINE_LIMIT,
    RAW_READ_FACTOR,
    SLUGLINE_LIMIT,
    SOURCE_LIMIT,
    SUBJECT_LIMIT,
    SUBJECTS,
    bounded,
    bounded_guid,
    bounded_urgency,
)
from pipeline.clean.paragraphs import split_paragraphs
from pipeline.clean.repair import collapse_whitespace, repair_text
from pipeline.clean.words import CJK_LETTERS
from pipeline.model import Article, CaptionDoc, DatelineDoc, RawStory

_OPENING_PARAGRAPHS = 6
_DASHES = ("-", "–", "—")
_HEADLINE_MAX_WORDS = 16
_NOT_A_HEADLINE_END = re.compile(r"[.,;:]$")
# Chinese and Japanese write words without spaces (Korean spaces them): a word is about two
# of their characters.
_CJK = re.compile(f"[{CJK_LETTERS}]")
_CJK_WORD_CHARACTERS = 2


def _line(value: str | None, limit: int) -> str | None:
    """A one-line field as the format delivered it, repaired and held to `limit`."""
    if not value:
        return None
    line = collapse_whitespace(repair_text(value[: limit * RAW_READ_FACTOR]))
    return bounded(line, limit) or None


def _text_block(value: str | None) -> str | None:
    if not value:
        return None
    return "\n\n".join(split_paragraphs(repair_text(value))) or None


def _derive_headline(paragraphs: list[str]) -> str | None:
    # Notes under the headline ("(Adds analyst comment ...)") are not the text it heads.
    after = split_editorial_notes(paragraphs[1:])[0]
    if not after:
        return None
    first = paragraphs[0]
    if len(first) > HEADLINE_LIMIT:
        return None
    words = len(first.split()) + len(_CJK.findall(first)) // _CJK_WORD_CHARACTERS
    following = after[0]
    if len(following) < len(first) and len(after) > 1:
        # A dateline on a line of its own ("MADRID, 4 (EUROPA PRESS)", "ANKARA") is not the text.
        dateline, rest = split_dateline(following, first=False)
        if (dateline and not rest) or place_alone(following):
            following = after[1]
    if (
        not 2 <= words <= _HEADLINE_MAX_WORDS
        or _NOT_A_HEADLINE_END.search(first)
        or parse_byline(first)
        or split_dateline(first)[0]
        or len(following) < len(first)
    ):
        return None
    return first


def _take_byline(paragraphs: list[str], *, glued: bool) -> tuple[str | None, str | None]:
    """(byline, the time stamp its line ends with) among the opening paragraphs, taken out
    of them; with `glued` (plain text whose first paragraph may be its headline), also a
    byline that ends the first paragraph.

    A byline without introducer ("Jane Doe, AAP") is looked for up to the paragraph after
    the one that opens the story (the first, or with `glued` the one after a headline-like
    first paragraph); names alone ("Jane Doe") only in the opening one, with text after it,
    or anywhere there before a time stamp ("Burak Bir | 14.11.2025"). A byline is not
    looked for in the story's last paragraph: a short story's closing "By Jane Doe" opens
    nothing (and a second cleaning, without the headline line, would see it among the
    opening paragraphs).
    """
    if glued and paragraphs:
        split = split_glued_byline(paragraphs[0])
        if split:
            paragraphs[0] = split[0]
            return split[1], None
    top = 1 if glued and paragraphs and not _NOT_A_HEADLINE_END.search(paragraphs[0]) else 0
    for index, paragraph in enumerate(paragraphs[:_OPENING_PARAGRAPHS]):
        stamped = split_stamp(paragraph)
        if stamped:
            del paragraphs[index]
            return stamped
        opening = split_parenthesised_byline(paragraph) or _dateline_byline(paragraph)
        if opening:
            paragraphs[index] = opening[1]
            return opening[0], None
        if index > 0 and index == len(paragraphs) - 1:
            break
        byline = parse_byline(paragraph)
        if byline is None and index <= top + 1:
            alone = index == top and index + 1 < len(paragraphs)
            byline = parse_bare_byline(paragraph, alone=alone)
        if byline:
            del paragraphs[index]
            return byline, None
    return None, None


def _dateline_byline(paragraph: str) -> tuple[str, str] | None:
    """(byline, paragraph) of a reporter inside a dateline ("Baku, Dec. 3 By Name – Trend:")."""
    inner = split_dateline_byline(paragraph)
    byline = parse_byline(inner[0]) if inner else None
    return (byline, inner[1]) if inner and byline else None


def _take_stamps(paragraphs: list[str]) -> tuple[list[str], DatelineDoc | None]:
    """(the web page's time stamp lines among the opening paragraphs, the place set on the
    line after one: "Publicado em 27/11/2026 - 16:42", "Brasília"), taken out of them."""
    stamps: list[str] = []
    place: DatelineDoc | None = None
    index = 0
    while index < min(len(paragraphs), _OPENING_PARAGRAPHS):
        if not is_web_stamp(paragraphs[index]):
            index += 1
            continue
        stamps.append(paragraphs.pop(index))
        after = place_after_stamp(paragraphs[index]) if index + 1 < len(paragraphs) else None
        if after and place is None:
            place = after
            del paragraphs[index]
    return stamps, place


def _take_dateline(paragraphs: list[str], *, headed: bool) -> DatelineDoc | None:
    """The dateline among the opening paragraphs, taken out of them; when the story has a
    headline (`headed`), also a place in capitals alone in the first paragraph."""
    alone = place_alone(paragraphs[0]) if headed and len(paragraphs) > 1 else None
    if alone:
        del paragraphs[0]
        return alone
    for index, paragraph in enumerate(paragraphs[:_OPENING_PARAGRAPHS]):
        dateline, rest = split_dateline(paragraph, first=index == 0)
        if dateline and index and (_signs_off(dateline, rest) or is_trailer(paragraph)):
            continue  # a sign-off or a desk's code ("ART/QCB/JMC") a short story reaches
        if dateline:
            if rest.strip():
                paragraphs[index] = rest.strip()
            else:
                del paragraphs[index]
            return dateline
    return None


def _signs_off(dateline: DatelineDoc, rest: str) -> bool:
    """A line that is only a dash and an agency ("-- BERNAMA", "— AFP") after the first
    paragraph: the story's sign-off, which a short story's opening paragraphs reach when
    its dateline came in the format's field (as on a second cleaning)."""
    return not (rest.strip() or dateline["place"] or dateline["date"]) and dateline[
        "raw"
    ].startswith(_DASHES)


def _source(
    raw: RawStory,
    dateline: DatelineDoc | None,
    byline: Byline,
    captions: list[CaptionDoc],
    boilerplate: list[str],
    lead: str | None,
) -> str | None:
    credit_agencies = [a for c in captions[:1] if c["credit"] for a in c["credit"]["agencies"]]
    dateline_agency = dateline["agency"] if dateline else None
    signed = trailer_agency(boilerplate)
    reporting = correspondent_agency(lead) if lead else None
    candidates = [
        raw.source,
        dateline_agency,
        byline.agency,
        *reversed(credit_agencies),
        signed,
        reporting,
    ]
    known_names = [normalise_agency(candidate) for candidate in candidates]
    for known in known_names:
        if known:
            # Copy of the agency's service in another language is that service's ("La Presse
            # Canadienne" in the byline of a story the format gives as CP's).
            return next((k for k in known_names if language_service_of(k, known)), known)
    lines = (_line(candidate, SOURCE_LIMIT) for candidate in candidates)
    return next((line for line in lines if line), None)


def _language_text(body: str, captions: list[CaptionDoc], headline: str | None) -> str:
    """What the language is told from: the body, else a picture's caption, else the headline."""
    return body or next((c["text"] for c in captions if c["text"]), None) or headline or ""


def _delivered_byline(value: str | None) -> str | None:
    byline = tidy_byline(_line(value, BYLINE_LIMIT) or "")
    return bounded(byline, BYLINE_LIMIT) if byline else None


def _bounded_byline(byline: Byline) -> Byline:
    """Names joined from several bylines may grow past the limit a delivered one was held to."""
    return Byline(
        names=bounded(byline.names, BYLINE_LIMIT) if byline.names else None,
        affiliation=bounded(byline.affiliation, BYLINE_LIMIT) if byline.affiliation else None,
        agency=byline.agency,
    )


def clean_story(raw: RawStory) -> Article:
    """The article document of one parsed story (pure; raises nothing on parsed input)."""
    paragraphs = split_paragraphs(repair_text(raw.body or ""))
    paragraphs, placeholder_captions, placeholders = split_placeholders(paragraphs)
    paragraphs, credit_lines = split_lone_credits(paragraphs)
    paragraphs, glued_captions = split_captions(paragraphs)
    glued_captions = placeholder_captions + glued_captions
    delivered = [clean_caption(caption) for caption in raw.captions]
    # Formats repeat pictures (association, body HTML, text); repeats in the text are the text's.
    captions = unique_captions([c for c in delivered if c], glued_captions)

    given, marked = split_version_mark(_line(raw.headline, HEADLINE_LIMIT) or "")
    headline = given or None
    slugline = _line(raw.slugline, SLUGLINE_LIMIT)
    slug = keyword_slug(paragraphs[0]) if raw.format == "text" and paragraphs else None
    keyword_line = [paragraphs.pop(0)] if slug else []
    if slug and slugline is None:
        slugline = bounded(slug, SLUGLINE_LIMIT)
    derive_headline = headline is None and raw.format == "text"
    byline_text, stamp = _take_byline(paragraphs, glued=derive_headline)
    stamps, place = _take_stamps(paragraphs)
    above: list[str] = []
    if derive_headline:
        # Notes above the headline ("EMBARGOED TO 0001 SATURDAY DECEMBER 5") do not head it.
        paragraphs, above = split_editorial_notes(paragraphs)
        headline = _derive_headline(paragraphs)
        if headline:
            paragraphs.pop(0)
            headline, marked = split_version_mark(headline)
    elif headline and paragraphs and paragraphs[0].casefold() == headline.casefold():
        paragraphs.pop(0)  # the body repeats the headline (TT, dpa HTML)

    paragraphs, notes = split_editorial_notes(paragraphs)
    notes = above + notes
    dateline = place or _take_dateline(paragraphs, headed=headline is not None)
    if dateline is None and raw.dateline:
        dateline = parse_dateline(_line(raw.dateline, DATELINE_LIMIT) or "")
    titled = split_titled_byline(paragraphs[0]) if dateline and paragraphs else None
    if titled and not byline_text:
        byline_text, paragraphs[0] = titled
    byline_text = byline_text or dateline_byline(dateline) or _delivered_byline(raw.byline)
    byline = _bounded_byline(split_byline(byline_text))
    if byline.names and byline.agency is None and dates_staff_copy(dateline):
        byline = replace(byline, agency=dateline["agency"] if dateline else None)
    paragraphs, boilerplate_lines = split_boilerplate(paragraphs)
    # In this order a second cleaning of the article finds them again: the keyword line
    # and the stamp are trailers once the boilerplate follows the body, and the opening
    # stamp lines come last, after the related links a second cleaning takes out first.
    boilerplate = placeholders + notes + keyword_line + ([stamp] if stamp else [])
    boilerplate += boilerplate_lines + stamps + credit_lines
    body = "\n\n".join(paragraphs)
    lead = paragraphs[0] if paragraphs else None

    return {
        "format": raw.format,
        "type": raw.type,
        "guid": bounded_guid(raw.guid) if raw.guid else raw.guid,
        "version": raw.version,
        "source": _source(raw, dateline, byline, captions, boilerplate, lead),
        "language": checked_language(raw.language, _language_text(body, captions, headline)),
        "headline": headline,
        "slugline": slugline,
        "byline": byline.names,
        "byline_affiliation": byline.affiliation,
        "byline_agency": byline.agency,
        "dateline": dateline,
        "body": body,
        "abstract": _text_block(raw.abstract),
        "captions": captions,
        "boilerplate": boilerplate,
        "subjects": [bounded(subject, SUBJECT_LIMIT) for subject in raw.subjects[:SUBJECTS]],
        "urgency": bounded_urgency(raw.urgency),
        "firstcreated": raw.firstcreated,
        "versioncreated": raw.versioncreated,
        "embargo": raw.embargo,
        "pubstatus": raw.pubstatus,
        "signals": list(dict.fromkeys([*raw.signals, *marked])),
        "ednote": _text_block(raw.ednote),
    }
