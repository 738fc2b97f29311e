"""IPTC NewsML 1.x (AFP, ANA-MPE, Business Wire).

The story is the first NewsItem. Its guid is the PublicIdentifier without
the trailing revision number, so all revisions of one story share it; the
RevisionId is the version. News lines (HeadLine, DateLine, SlugLine,
ByLine, SubHeadLine) and metadata are read from the item's NewsComponents,
nearest first. The body is the DataContent of the ContentItem of the
component whose Role is Main or Body, else the first textual ContentItem
that is not a style sheet, logo, headline or contact block; DataContent
holds NITF, XHTML, bare <p> elements or an HTML string in CDATA.
"""

from __future__ import annotations

from pipeline.formats.errors import StoryParseError
from pipeline.formats.fields import (
    add_signal,
    apply_status,
    as_int,
    item_type_of,
    language_tag,
    pubstatus_of,
    unique,
)
from pipeline.formats.markup import MarkupText, element_text, html_text
from pipeline.formats.nitf import read_nitf_body
from pipeline.formats.safe_xml import Element, attr, child, descendant, text_of, xml_lang
from pipeline.formats.times import to_utc_iso
from pipeline.formats.wire_format import XmlFormat
from pipeline.model import ItemType, RawStory

_BODY_ROLES = ("main", "body")
_NOT_BODY_ROLES = ("stylesheet", "logo", "headline", "contact", "caption", "photo", "graphic")
_TEXT_FORMATS = ("text", "nitf", "html", "xhtml", "xml")


def _role(component: Element) -> str:
    return (attr(child(component, "Role"), "FormalName") or "").lower()


def _is_textual(content_item: Element) -> bool:
    kinds = " ".join(
        filter(
            None,
            (
                attr(child(content_item, "MediaType"), "FormalName"),
                attr(child(content_item, "Format"), "FormalName"),
                attr(child(content_item, "MimeType"), "FormalName"),
            ),
        )
    ).lower()
    return not kinds or any(k in kinds for k in _TEXT_FORMATS)


def _body_content(item: Element) -> Element | None:
    candidates: list[tuple[int, Element]] = []
    for component in item.iter("NewsComponent"):
        role = _role(component)
        if role in _NOT_BODY_ROLES:
            continue
        for content_item in (c for c in component if c.tag == "ContentItem"):
            data = child(content_item, "DataContent")
            if data is not None and _is_textual(content_item):
                candidates.append((0 if role in _BODY_ROLES else 1, data))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _markup(data: Element | None) -> tuple[MarkupText, Element | None]:
    if data is None:
        return MarkupText(), None
    nitf = descendant(data, "nitf")
    if nitf is not None:
        return MarkupText(), nitf
    if len(data):
        return element_text(data), None
    return html_text(data.text or ""), None


def _line(item: Element, name: str) -> str | None:
    """A news line from the nearest NewsLines that has it."""
    for lines in item.iter("NewsLines"):
        value = text_of(child(lines, name))
        if value:
            return value
    return None


def _party(item: Element, role: str) -> str | None:
    for metadata in item.iter("AdministrativeMetadata"):
        value = attr(child(metadata, role, "Party"), "FormalName")
        if value:
            return value
    return None


def _advisory(item: Element) -> str | None:
    notes = []
    for line in item.iter("NewsLine"):
        kind = (attr(child(line, "NewsLineType"), "FormalName") or "").lower()
        if kind in ("advisoryline", "advisory", "ednote"):
            notes.append(text_of(child(line, "NewsLineText")))
    return "\n".join(unique(notes)) or None


def _item_type(item: Element) -> ItemType:
    """Text when any component is text (pictures ride along with stories), else the first type."""
    types = [item_type_of(attr(media, "FormalName")) for media in item.iter("MediaType")]
    known = [kind for kind in types if kind is not None]
    return "text" if "text" in known or not known else known[0]


def parse_newsml1(root: Element) -> RawStory:
    item = descendant(root, "NewsItem")
    if item is None:
        raise StoryParseError("not-a-story", "NewsML document without NewsItem")
    identifier = child(item, "Identification", "NewsIdentifier")
    management = child(item, "NewsManagement")
    revision = text_of(child(identifier, "RevisionId"))
    public_id = text_of(child(identifier, "PublicIdentifier"))
    if public_id and revision and public_id.endswith(":" + revision):
        public_id = public_id[: -len(revision) - 1]
    markup, nitf = _markup(_body_content(item))
    nitf_body = read_nitf_body(nitf) if nitf is not None else None
    if nitf_body is not None:
        markup = nitf_body.markup
    language = next((attr(lang, "FormalName") for lang in item.iter("Language")), None)
    subjects = unique(
        attr(code, "FormalName")
        for code in item.iter()
        if code.tag in ("Subject", "SubjectMatter", "SubjectDetail")
    )
    story = RawStory(
        format="newsml-1",
        body=markup.body,
        guid=public_id or text_of(child(identifier, "NewsItemId")),
        version=as_int(revision),
        source=_party(item, "Provider")
        or text_of(child(identifier, "ProviderId"))
        or _party(item, "Source")
        or _line(item, "CreditLine"),
        headline=_line(item, "HeadLine") or (nitf_body.headline if nitf_body else None),
        slugline=_line(item, "SlugLine") or text_of(child(item, "Identification", "NameLabel")),
        byline=_line(item, "ByLine")
        or _party(item, "Creator")
        or (nitf_body.byline if nitf_body else None),
        dateline=_line(item, "DateLine") or (nitf_body.dateline if nitf_body else None),
        abstract=_line(item, "SubHeadLine") or (nitf_body.abstract if nitf_body else None),
        language=language_tag(language or xml_lang(item)),
        captions=markup.captions,
        subjects=[f"subj:{s}" if s.isdigit() else s for s in subjects],
        urgency=as_int(attr(child(management, "Urgency"), "FormalName")),
        firstcreated=to_utc_iso(text_of(child(management, "FirstCreated"))),
        versioncreated=to_utc_iso(text_of(child(management, "ThisRevisionCreated"))),
        ednote=_advisory(item),
        type=_item_type(item),
    )
    revision_id = child(identifier, "RevisionId")
    previous = as_int(attr(revision_id, "PreviousRevision")) or 0
    if previous > 0 or attr(revision_id, "Update") == "U":
        add_signal(story, "update")
    status = pubstatus_of(attr(child(management, "Status"), "FormalName"))
    change = child(management, "StatusWillChange")
    if status == "withheld" and change is not None:
        story.embargo = to_utc_iso(text_of(child(change, "DateAndTime")))
    apply_status(story, status)
    return story


WIRE_FORMAT = XmlFormat(name="newsml-1", parse=parse_newsml1, roots=("NewsML",))
