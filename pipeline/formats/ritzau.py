"""Ritzau's RBNews XML (Danish).

Flags are explicit booleans: Annuleret (cancelled) kills the story,
NyVersion marks an update, Korrektion a correction. The content and the
editors' note (TilRedaktionen) are HTML escaped inside the XML. The place
(town) and the agency tag (origin, "/ritzau/") make the dateline. The
service is Danish, and its times carry no offset: Copenhagen local time.
"""

from __future__ import annotations

from pipeline.formats.fields import add_signal, apply_status, as_int, unique
from pipeline.formats.markup import html_text
from pipeline.formats.safe_xml import Element, child, children, text_of
from pipeline.formats.times import agency_zone, to_utc_iso
from pipeline.formats.wire_format import XmlFormat
from pipeline.model import RawStory


def _flag(root: Element, name: str) -> bool:
    return (text_of(child(root, name)) or "").lower() == "true"


def parse_ritzau(root: Element) -> RawStory:
    content = html_text(text_of(child(root, "content")) or "")
    note = text_of(child(root, "TilRedaktionen"))
    town, origin = text_of(child(root, "town")), text_of(child(root, "origin"))
    story = RawStory(
        format="ritzau",
        body=content.body,
        guid=text_of(child(root, "NewsID")),
        version=as_int(text_of(child(root, "version"))),
        source="Ritzau",
        language="da",
        headline=text_of(child(root, "headline")),
        slugline=text_of(child(root, "strapline")),
        byline=text_of(child(root, "byLine")),
        dateline=" ".join(filter(None, (town, origin))) or None,
        abstract=text_of(child(root, "subtitle")),
        captions=content.captions,
        subjects=unique(text_of(s) for s in children(child(root, "IPTCList"), "string")),
        urgency=as_int(text_of(child(root, "Priority"))),
        versioncreated=to_utc_iso(
            text_of(child(root, "PublishDate")), assume=agency_zone("Europe/Copenhagen")
        ),
        ednote=html_text(note).body or None if note else None,
    )
    if _flag(root, "NyVersion"):
        add_signal(story, "update")
    if _flag(root, "Korrektion"):
        add_signal(story, "correction")
    apply_status(story, "canceled" if _flag(root, "Annuleret") else None)
    return story


WIRE_FORMAT = XmlFormat(name="ritzau", parse=parse_ritzau, roots=("RBNews",))
