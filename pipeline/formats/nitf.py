"""NITF 3.x (News Industry Text Format) documents.

The head carries identity and management (docdata: doc-id, urgency,
date.issue, date.release, management-status, ed-msg, doc.copyright), the
body.head the display lines (hedline, byline, dateline, abstract) and
body.content the story. NITF also arrives inside NewsML-G2 inlineXML and
NewsML 1 DataContent; `read_nitf_body` serves those too.

- management-status "embargoed" makes the story withheld, "canceled" kills
  it; date.release later than date.issue is the embargo time.
- <media> blocks in the body become captions; body.end (tagline) is
  appended as the last paragraphs, where the cleaner finds trailers.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.formats.fields import apply_status, as_int, language_tag, pubstatus_of, unique
from pipeline.formats.markup import MarkupText, element_text
from pipeline.formats.safe_xml import Element, attr, child, children, descendant, text_of, xml_lang
from pipeline.formats.times import to_utc_iso
from pipeline.formats.wire_format import XmlFormat
from pipeline.model import RawStory

_SLUG_META = ("anpa-keyword", "NTBStikkord", "slugline", "keyword")


@dataclass(slots=True)
class NitfBody:
    headline: str | None
    byline: str | None
    dateline: str | None
    abstract: str | None
    markup: MarkupText
    language: str | None


def _byline(element: Element | None) -> str | None:
    """ "By <person>X</person><byttl>Title</byttl>" -> "By X, Title"."""
    if element is None:
        return None
    title = text_of(child(element, "byttl"))
    parts = [element.text or ""]
    for node in element:
        if node.tag != "byttl":
            parts.append(" ".join(node.itertext()))
        parts.append(node.tail or "")
    name = " ".join(" ".join(parts).split()).rstrip(", ")
    if name and title:
        return f"{name}, {title}"
    return name or title


def _dateline(element: Element | None) -> str | None:
    """The place of a dateline; story.date is a timestamp, not dateline text."""
    if element is None:
        return None
    location = child(element, "location")
    source = location if location is not None else element
    parts = []
    for text in source.itertext():
        text = text.strip().strip(",").strip()
        if text:
            parts.append(text)
    if location is None:
        date = child(element, "story.date")
        date_text = text_of(date)
        if date_text and date_text in parts:
            parts.remove(date_text)
    return ", ".join(parts) or None


def read_nitf_body(nitf: Element) -> NitfBody:
    body = child(nitf, "body")
    head = child(body, "body.head")
    headline = text_of(child(head, "hedline", "hl1")) or text_of(child(nitf, "head", "title"))
    abstract = element_text(child(head, "abstract")).body or None
    markup = element_text(child(body, "body.content"), child(body, "body.end"))
    return NitfBody(
        headline=headline,
        byline=_byline(child(head, "byline")),
        dateline=_dateline(child(head, "dateline")),
        abstract=abstract,
        markup=markup,
        language=language_tag(attr(nitf, "baselang") or xml_lang(nitf) or xml_lang(body)),
    )


def _source(head: Element | None, body_head: Element | None) -> str | None:
    docdata = child(head, "docdata")
    candidates = [
        attr(child(docdata, "doc.copyright"), "holder"),
        text_of(child(body_head, "rights", "rights.owner")),
        text_of(child(body_head, "distributor")),
        attr(child(docdata, "doc-id"), "regsrc"),
        attr(child(docdata, "del-list", "from-src"), "src-name"),
    ]
    return next((c for c in candidates if c), None)


def _subjects(head: Element | None) -> list[str]:
    values = []
    for subject in head.iter("tobject.subject") if head is not None else ():
        refnum = attr(subject, "tobject.subject.refnum")
        name = (
            attr(subject, "tobject.subject.detail")
            or attr(subject, "tobject.subject.matter")
            or attr(subject, "tobject.subject.type")
        )
        values.append(name or (f"subj:{refnum}" if refnum else None))
    return unique(values)


def parse_nitf(root: Element) -> RawStory:
    nitf = root if root.tag == "nitf" else descendant(root, "nitf")
    if nitf is None:
        nitf = root
    head = child(nitf, "head")
    docdata = child(head, "docdata")
    content = read_nitf_body(nitf)
    meta = {attr(m, "name"): attr(m, "content") for m in children(head, "meta")}
    issued = to_utc_iso(attr(child(docdata, "date.issue"), "norm"))
    release = to_utc_iso(attr(child(docdata, "date.release"), "norm"))
    revisions = sorted(
        filter(None, (to_utc_iso(attr(r, "norm")) for r in children(head, "revision-history")))
    )
    story = RawStory(
        format="nitf",
        body=content.markup.body,
        guid=attr(child(docdata, "doc-id"), "id-string"),
        version=as_int(attr(child(docdata, "du-key"), "version")),
        source=_source(head, child(child(nitf, "body"), "body.head")),
        headline=content.headline,
        slugline=next((meta[k] for k in _SLUG_META if meta.get(k)), None)
        or attr(child(docdata, "du-key"), "key"),
        byline=content.byline,
        dateline=content.dateline or content.markup.dateline,
        abstract=content.abstract,
        language=content.language,
        captions=content.markup.captions,
        subjects=_subjects(head),
        urgency=as_int(attr(descendant(head, "urgency"), "ed-urg")),
        firstcreated=revisions[0] if revisions else None,
        versioncreated=issued,
        embargo=release if release and issued and release > issued else None,
        ednote=attr(child(docdata, "ed-msg"), "info"),
    )
    apply_status(story, pubstatus_of(attr(docdata, "management-status")))
    return story


WIRE_FORMAT = XmlFormat(name="nitf", parse=parse_nitf, roots=("nitf",))
