"""Photo captions glued into story text, and captions the format delivers.

A paragraph that ends with a credit line is a caption: its text is the
caption, the credit is parsed. A paragraph that is only a credit line
credits the paragraph before it when that one reads like a caption (it
opens the story, or it has caption cues: "(L)", "FILE", "pictured",
"shows", a full date at its end) and otherwise stands as a caption
without text; but a person's name and a known agency after a slash ("Karin
Lundberg/TT") under a headline (a first paragraph without final punctuation)
is the story's byline. A caption glued to the lead its dateline opens is
the lead's last sentence ("Damascus, SANA- The Ministry ... Workers restore
the arches. (Photo: SANA)"); the lead stays in the story. So is a short
sentence glued to a story paragraph whose sentences before it are twice as long
and show no caption cues ("... ferdig i 2029. Fengselet sett fra lufta. Foto:
Name / NTB"), and a sentence with caption cues of its own (the picture's full
date at its end, in any language's month words) after story sentences of a
story's length that show none. A credit that is
only an agency in parentheses ("... in Tokyo on Oct. 9, 2025. (Kyodo)")
makes a caption only of a paragraph
with caption cues or right above the paragraph the dateline opens (a
picture set on top of the story): a story's sentence may end that way too,
and alone it signs the story off ("(BusinessDesk)").

A picture placeholder in brackets ("[IMAGE: ... Photo: Name/AFP]", "[BILD:
...]") is a caption whatever it says; its label goes to boilerplate. A
credit-only paragraph that is a desk's end mark ("Lusa/Fim"), or that closes
the story naming the agency and the people who sign it off ("WAM/Rasha
Hamdan/Khalid Nasser"), is no caption.

A caption the format delivers whose credit names no agency is credited to
the agencies of the picture's copyright holder.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency
from pipeline.clean.boilerplate import is_end_mark, is_signed_by_names
from pipeline.clean.credits import is_agency_in_parentheses, parse_credit_line, split_credit_tail
from pipeline.clean.datelines import split_dateline
from pipeline.clean.limits import CREDIT_LIMIT, RAW_READ_FACTOR, bounded
from pipeline.clean.repair import collapse_whitespace, repair_text
from pipeline.model import Caption, CaptionDoc
from pipeline.months import ALL, alternation

_MAX_CAPTION_WORDS = 300
# The lead stands first, or second under a plain-text story's headline.
_LEAD_REACH = 2
_SENTENCE_END = re.compile(r"[.!?:;\"'»”]$")
_MONTHS = alternation(ALL)
# A caption glued to a story paragraph is a short sentence ("Bodø fengsel sett fra lufta.").
_GLUED_CAPTION_WORDS = 8
# A story's sentence runs longer than a picture's description: a last sentence with caption
# cues of its own is the caption after story sentences of at least this many words.
_STORY_WORDS = 15
# A full stop after a day before its month is no sentence's end ("am 9. Dezember 2026").
_SENTENCE_BREAK = re.compile(
    rf"(?<=[.!?])(?<!\d\.)\s+(?=[A-ZÀ-Þ])|(?<=\d\.)\s+(?=[A-ZÀ-Þ])(?!(?i:{_MONTHS})\b)"
)
# A person's name in plain name words: "Karin Lundberg", "Anne-Marie de Vries".
_PERSON = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’-]+){1,3}$")
_PLACEHOLDER = re.compile(
    r"^\[\s*(?P<label>IMAGE|IMG|PHOTO|PICTURE|PIC|FOTO|BILD|BILDE|BILLEDE|KUVA|ZDJĘCIE|IMAGEN"
    r"|IMMAGINE|FOTOGRAF)\b\s*[:#-]?\s*(?P<inner>[^\[\]]*)\]$",
    re.I,
)
_CAPTION_CUES = re.compile(
    r"\((?:L|R|C|C-L|C-R|L-R|R-L|left|right|centre|center|front|back|top|bottom)\)"
    r"|^(?:FILE|File)\b|\b(?:pictured|poses?|gestures?|arrives?|attends?|listens?|sits?|stands?"
    r"|walks?|waves?|looks on|is seen|are seen|shows?|speaks?)\b|\b[Pp]hoto\b"
    # A picture's full date, with its day ("16 May 2025", "May 16, 2025", in every language's
    # month words: "le 9 décembre 2026", "am 9. Dezember 2026", "el 8 de diciembre de 2026"):
    # a month and a year alone ("in September 2027.") end a story's sentences as often.
    r"|\b(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)\d{4}\.?$"
    rf"|\b(?i:\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+|del\s+)?)\d{{4}}\.?$"
)


def caption_dict(text: str, credit_raw: str | None, holder: str | None = None) -> CaptionDoc:
    """A caption; a credit naming no agency takes the agencies of the copyright holder."""
    credit = parse_credit_line(credit_raw) if credit_raw else None
    if holder and not (credit and credit.agencies):
        held = parse_credit_line(holder)
        if credit is None:
            credit = held if held.agencies else None
        else:
            credit.agencies = held.agencies
    return {"text": text, "credit": credit.as_dict() if credit else None}


def _line(value: str | None) -> str | None:
    """A delivered credit or holder: repaired, on one line, held to the credit limit."""
    if not value:
        return None
    line = collapse_whitespace(repair_text(value[: CREDIT_LIMIT * RAW_READ_FACTOR]))
    return bounded(line, CREDIT_LIMIT) or None


def clean_caption(caption: Caption) -> CaptionDoc | None:
    """A format-delivered caption: repaired, its glued credit (preferred) or given credit parsed."""
    text = repair_text(caption.text or "")
    credit_raw = _line(caption.credit.raw) if caption.credit else None
    tail = split_credit_tail(text)
    if tail:
        text, credit_raw = tail
    text = collapse_whitespace(text)
    if not text and not credit_raw:
        return None
    holder = _line(caption.rights_holder)
    return caption_dict(text, credit_raw or None, holder)


def split_placeholders(paragraphs: list[str]) -> tuple[list[str], list[CaptionDoc], list[str]]:
    """(story paragraphs, captions of picture placeholders, the placeholders' labels)."""
    body: list[str] = []
    captions: list[CaptionDoc] = []
    labels: list[str] = []
    for paragraph in paragraphs:
        placeholder = _PLACEHOLDER.match(paragraph)
        if placeholder is None:
            body.append(paragraph)
            continue
        labels.append(f"[{placeholder.group('label')}]")
        inner = placeholder.group("inner").strip()
        tail = split_credit_tail(inner)
        if tail:
            captions.append(caption_dict(tail[0], tail[1]))
        elif inner:
            captions.append(caption_dict(inner, None))
    return body, captions, labels


def split_lone_credits(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(story paragraphs, credit lines that caption nothing): a credit alone right under the
    lead its dateline opens ("Photo: primeminister.kz") or a plain-text story's lead under its
    headline, or closing the story under a paragraph without caption cues ("Fotoğraf: DHA"),
    credits a picture the copy does not carry."""
    body: list[str] = []
    credits: list[str] = []
    last = len(paragraphs) - 1
    for index, paragraph in enumerate(paragraphs):
        if (
            index > 0
            and (index <= _LEAD_REACH or index == last)
            and _lone_credit(paragraphs, index)
        ):
            credits.append(paragraph)
        else:
            body.append(paragraph)
    return body, credits


def _lone_credit(paragraphs: list[str], index: int) -> bool:
    tail = split_credit_tail(paragraphs[index])
    if tail is None or tail[0] or is_agency_in_parentheses(tail[1]) or is_end_mark(tail[1]):
        return False
    above = paragraphs[index - 1]
    if split_dateline(above)[0] is not None or _is_lead_under_headline(paragraphs, index - 1):
        return True
    return (
        index == len(paragraphs) - 1
        and _CAPTION_CUES.search(above) is None
        and not is_signed_by_names(paragraphs[index])
    )


def _is_lead_under_headline(paragraphs: list[str], index: int) -> bool:
    """The paragraph is a plain-text story's lead: second, under a line without final
    punctuation (the headline), a sentence without caption cues."""
    lead = paragraphs[index]
    return (
        index == _LEAD_REACH - 1
        and not _SENTENCE_END.search(paragraphs[0])
        and _SENTENCE_END.search(lead) is not None
        and _CAPTION_CUES.search(lead) is None
    )


def split_captions(paragraphs: list[str]) -> tuple[list[str], list[CaptionDoc]]:
    """(story paragraphs, captions found among them)."""
    body: list[str] = []
    captions: list[CaptionDoc] = []
    body_came_from: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        tail = split_credit_tail(paragraph)
        if (
            tail is None
            or len(tail[0].split()) > _MAX_CAPTION_WORDS
            or is_end_mark(paragraph)
            or (index == len(paragraphs) - 1 and is_signed_by_names(paragraph))
        ):
            body.append(paragraph)
            body_came_from.append(index)
            continue
        text, credit = tail
        # "(Kyodo)" credits a caption; alone, or after a sentence, it signs the story off.
        if is_agency_in_parentheses(credit) and not (
            text and (_CAPTION_CUES.search(text) or _above_dateline(paragraphs, index))
        ):
            body.append(paragraph)
            body_came_from.append(index)
            continue
        if not text and index == 1 and _is_byline_under_headline(paragraphs[0], credit):
            body.append(paragraph)
            body_came_from.append(index)
            continue
        lead, text = _lead_before_caption(text)
        if lead:
            body.append(lead)
            body_came_from.append(index)
        if (
            not text
            and body
            and body_came_from[-1] == index - 1
            and (index == 1 or _CAPTION_CUES.search(body[-1]))
        ):
            text = body.pop()
            body_came_from.pop()
        captions.append(caption_dict(text, credit))
    return body, captions


def _lead_before_caption(text: str) -> tuple[str | None, str]:
    """(the story's text, the caption) of a caption's text that holds the end of a story
    paragraph: the picture's caption, its last sentence, was glued to the lead the dateline
    opens ("Damascus, SANA- The Ministry launched ... Workers restore the arches. (Photo:
    SANA)") or to a paragraph of story sentences, without caption cues and at least twice
    as long as a short last sentence ("... skal stå ferdig i 2029. Fengselet sett fra lufta.
    Foto: Name / NTB"), or as long as a last sentence with caption cues of its own and of a
    story's length ("..., a constaté un journaliste de l'AFP. Des dockers sur le quai ..., le
    9 décembre 2026. (AFP / Name)"), where a caption of several sentences opens by showing
    the picture."""
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) == 1:
        return None, text
    story, caption = " ".join(sentences[:-1]), sentences[-1]
    if split_dateline(text)[0] is not None:
        return story, caption
    caption_words, story_words = len(caption.split()), len(story.split())
    short = caption_words <= _GLUED_CAPTION_WORDS and story_words >= 2 * caption_words
    shown = _CAPTION_CUES.search(caption) is not None and story_words >= max(
        _STORY_WORDS, caption_words
    )
    if (short or shown) and _CAPTION_CUES.search(story) is None:
        return story, caption
    return None, text


def _is_byline_under_headline(first: str, credit: str) -> bool:
    """ "Karin Lundberg/TT" under a headline (a first line without final punctuation) is the
    byline: a person, a slash and a known agency, without a word for photo, where a caption
    on top of the story would end a sentence."""
    head, slash, agency = credit.rpartition("/")
    return bool(
        slash
        and not _SENTENCE_END.search(first)
        and normalise_agency(agency.strip())
        and _PERSON.match(head.strip())
    )


def _above_dateline(paragraphs: list[str], index: int) -> bool:
    """The paragraph stands right above the one the dateline opens, and is not that one."""
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return bool(split_dateline(following)[0]) and split_dateline(paragraphs[index])[0] is None


def unique_captions(
    delivered: list[CaptionDoc], glued: list[CaptionDoc] | None = None
) -> list[CaptionDoc]:
    """Merge repeats of a picture the format delivered (sent as an association and again
    inside the body HTML, or glued into the body text): the first keeps its place and
    takes a credit from a later one. Repeats among the `glued` captions are the text's
    own and stay."""
    seen: dict[str, CaptionDoc] = {}
    result = []
    for caption, from_format in [(c, True) for c in delivered] + [(c, False) for c in glued or []]:
        key = _caption_key(caption)
        first = seen.get(key)
        if first is None:
            if from_format:
                seen[key] = caption
            result.append(caption)
        elif first["credit"] is None:
            first["credit"] = caption["credit"]
    return result


def _caption_key(caption: CaptionDoc) -> str:
    credit = caption["credit"]
    return caption["text"].casefold() or (credit["raw"] if credit else "")
