"""IPTC NewsML-G2: newsMessage, newsItem and packageItem.

Which item is the story: a newsMessage may carry several items. We take
the text item that the message's package names in its root group, else
the first text newsItem, else the first newsItem (a picture: its caption
becomes captions[0] and the body stays empty), else the package itself (a
package has no body; its headline and metadata make the story). Picture
items travelling in the same message are the story's pictures: their
captions are attached. Other text items in the message are not merged;
producers that batch unrelated stories (AP) should split them upstream.

Body: inlineXML holding NITF or XHTML, or inlineData holding plain text.
A text item's "descRole:caption" is Reuters' "SLUG:headline" index line,
not a photo caption, so only picture items contribute captions; a
picture's copyright holder travels with its caption, for a credit that
names the photographer alone.

Byline: contentMeta/by, else the names of contentMeta/creator (several
joined by "and"; an agency as creator is left for the cleaner to tell
apart from people; a login such as "degenhardt.sandra" is no name), else
the NITF byline.
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
    signal_of,
    unique,
)
from pipeline.formats.markup import MarkupText, element_text, html_text
from pipeline.formats.nitf import read_nitf_body
from pipeline.formats.safe_xml import Element, attr, child, children, descendant, text_of, xml_lang
from pipeline.formats.times import is_timestamp, to_utc_iso
from pipeline.formats.wire_format import XmlFormat
from pipeline.model import Caption, Credit, ItemType, RawStory

_ITEMS = ("newsItem", "packageItem")
_PICTURE_CLASSES = ("picture", "graphic", "photo", "image")


def _item_class(item: Element) -> str:
    return (attr(child(item, "itemMeta", "itemClass"), "qcode") or "").rsplit(":", 1)[-1].lower()


def _item_type(item: Element) -> ItemType:
    fallback: ItemType = "composite" if item.tag == "packageItem" else "text"
    return item_type_of(_item_class(item)) or fallback


def _is_picture(item: Element) -> bool:
    return item.tag == "newsItem" and _item_class(item) in _PICTURE_CLASSES


def _main_item(items: list[Element]) -> Element:
    guids = {attr(item, "guid"): item for item in items if item.tag == "newsItem"}
    for package in (i for i in items if i.tag == "packageItem"):
        for ref in package.iter("itemRef"):
            target = guids.get(attr(ref, "residref"))
            if target is not None and not _is_picture(target):
                return target
    news = [item for item in items if item.tag == "newsItem"]
    texts = [item for item in news if not _is_picture(item)]
    return (texts or news or items)[0]


def _description(meta: Element | None, *roles: str) -> str | None:
    for description in children(meta, "description"):
        role = (attr(description, "role") or "").rsplit(":", 1)[-1].lower()
        if role in roles:
            text = text_of(description)
            if text:
                return text
    return None


def _rights_holder(item: Element) -> str | None:
    holder = child(item, "rightsInfo", "copyrightHolder")
    qcode = attr(holder, "qcode") or ""
    return (
        text_of(child(holder, "name"))
        or attr(holder, "literal")
        or (qcode.split(":", 1)[1] if qcode.startswith("nprov:") else None)
    )


def _creators(content_meta: Element | None) -> str | None:
    """The creators' names; a name without a capital is a login ("degenhardt.sandra"), not
    a byline."""
    names = unique(
        text_of(child(creator, "name")) or attr(creator, "literal")
        for creator in children(content_meta, "creator")
    )
    return " and ".join(n for n in names if not n.islower()) or None


def _picture_caption(item: Element) -> Caption | None:
    meta = child(item, "contentMeta")
    text = _description(meta, "caption") or text_of(child(meta, "headline"))
    creditline = text_of(child(meta, "creditline"))
    by = text_of(child(meta, "by"))
    credit: str | None
    if by and creditline and by.lower() not in creditline.lower():
        credit = f"{creditline}/{by}"
    else:
        credit = creditline or by
    if not text and not credit:
        return None
    return Caption(text or "", Credit(credit) if credit else None, _rights_holder(item))


def _body(item: Element) -> tuple[MarkupText, Element | None]:
    """The story text and, when the body is NITF, the nitf element."""
    content_set = child(item, "contentSet")
    inline = child(content_set, "inlineXML")
    if inline is not None:
        nitf = descendant(inline, "nitf")
        if nitf is not None:
            return MarkupText(), nitf
        body = descendant(inline, "body")
        return element_text(body if body is not None else inline), None
    data = child(content_set, "inlineData")
    if data is not None and data.text:
        kind = attr(data, "contenttype") or ""
        if "html" in kind or "xml" in kind:
            return html_text(data.text), None
        return MarkupText(paragraphs=[data.text]), None
    return MarkupText(), None


def _source(root: Element, item: Element) -> str | None:
    """The delivering agency: the message sender, else the item's provider or credit."""
    provider = child(child(item, "itemMeta"), "provider")
    qcode = attr(provider, "qcode") or ""
    creditline = text_of(child(item, "contentMeta", "creditline"))
    candidates = [
        text_of(child(root, "header", "sender")),
        attr(provider, "literal"),
        text_of(child(provider, "name")),
        qcode.split(":", 1)[1] if qcode.startswith("nprov:") else None,
        creditline if creditline and "/" not in creditline else None,
        _rights_holder(item),
    ]
    return next((c for c in candidates if c), None)


def _ednote(item_meta: Element | None) -> str | None:
    notes = []
    for note in children(item_meta, "edNote"):
        if "nonpublic" in (attr(note, "pubconstraint") or "") or len(note):
            continue  # private notes and structured notepads are not for the newsroom view
        notes.append(text_of(note))
    return "\n".join(unique(notes)) or None


def _subjects(content_meta: Element | None) -> list[str]:
    return unique(
        text_of(child(s, "name")) or attr(s, "qcode") or attr(s, "literal")
        for s in children(content_meta, "subject")
    )


def parse_newsml_g2(root: Element) -> RawStory:
    items = [node for node in root.iter() if node.tag in _ITEMS]
    if not items:
        raise StoryParseError("not-a-story", "NewsML-G2 message without items")
    item = _main_item(items)
    item_meta = child(item, "itemMeta")
    content_meta = child(item, "contentMeta")
    markup, nitf = _body(item)
    nitf_body = read_nitf_body(nitf) if nitf is not None else None
    if nitf_body is not None:
        markup = nitf_body.markup
    dateline = text_of(child(content_meta, "dateline"))
    if dateline and is_timestamp(dateline):
        dateline = None  # Reuters puts the transmission time here
    captions = list(markup.captions)
    if _is_picture(item):
        caption = _picture_caption(item)
        captions[:0] = [caption] if caption else []
    for other in items:
        if other is not item and _is_picture(other):
            caption = _picture_caption(other)
            if caption:
                captions.append(caption)
    story = RawStory(
        format="newsml-g2",
        body="" if _is_picture(item) else markup.body,
        guid=attr(item, "guid"),
        version=as_int(attr(item, "version")),
        source=_source(root, item),
        headline=text_of(child(content_meta, "headline"))
        or (nitf_body.headline if nitf_body else None)
        or text_of(child(item_meta, "title")),
        slugline=text_of(child(content_meta, "slugline")),
        byline=None
        if _is_picture(item)
        else text_of(child(content_meta, "by"))
        or _creators(content_meta)
        or (nitf_body.byline if nitf_body else None),
        dateline=dateline or (nitf_body.dateline if nitf_body else None) or markup.dateline,
        abstract=_description(content_meta, "summary", "abstract")
        or (nitf_body.abstract if nitf_body else None),
        language=language_tag(attr(child(content_meta, "language"), "tag") or xml_lang(item)),
        captions=captions,
        subjects=_subjects(content_meta),
        urgency=as_int(text_of(child(content_meta, "urgency"))),
        firstcreated=to_utc_iso(
            text_of(child(item_meta, "firstCreated"))
            or text_of(child(content_meta, "contentCreated"))
        ),
        versioncreated=to_utc_iso(text_of(child(item_meta, "versionCreated"))),
        embargo=to_utc_iso(text_of(child(item_meta, "embargoed"))),
        ednote=_ednote(item_meta),
        type=_item_type(item),
    )
    for signal in children(item_meta, "signal"):
        add_signal(story, signal_of(attr(signal, "qcode") or ""))
    apply_status(story, pubstatus_of(attr(child(item_meta, "pubStatus"), "qcode")))
    return story


WIRE_FORMAT = XmlFormat(
    name="newsml-g2", parse=parse_newsml_g2, roots=("newsMessage", "newsItem", "packageItem")
)
