"""The data that flows between the pure stages.

`RawStory` is what a format parser yields: the story as the agency sent it,
with the format's markup gone but nothing cleaned yet. `Article` is the
search document of docs/ARCHITECTURE.md, a plain JSON-ready dict from `wire.enriched`
onwards (see schemas/article.schema.json); its parts are typed here so that
every stage that fills in or reads a field agrees on its name and type.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal, NotRequired, Required, TypedDict

PubStatus = Literal["usable", "withheld", "canceled"]
# What an item is, in the ninjs / NewsML-G2 vocabulary; plain-text feeds carry text.
ItemType = Literal["text", "picture", "video", "audio", "graphic", "composite"]
EntityType = Literal["PERSON", "ORG", "PLACE", "NORP", "EVENT"]


class DatelineDoc(TypedDict):
    """A dateline as the cleaner splits it: "NUSA DUA, Indonesia, July 9 (Reuters) -"."""

    raw: str
    place: str | None
    date: str | None
    agency: str | None


class CreditDoc(TypedDict):
    raw: str
    agencies: list[str]
    photographers: list[str]
    pool: bool


class CaptionDoc(TypedDict):
    text: str
    credit: CreditDoc | None


class GeoPoint(TypedDict):
    lat: float
    lon: float


class EntityDoc(TypedDict):
    """One real-world thing the story names (see pipeline.entities)."""

    name: str
    type: EntityType
    mentions: int
    offsets: list[list[int]]  # [start, end] pairs into `body`
    roles: list[str]
    sources: list[str]
    aliases: list[str]
    # Only on a PLACE the gazetteer knows.
    country_code: NotRequired[str]
    location: NotRequired[GeoPoint]


class SupersededVersion(TypedDict):
    """An earlier version of the same story, as `dedup.supersedes` lists it.

    Copied from the dedup state as read, where a missing field reads as None.
    """

    version: int | None
    versioncreated: str | None
    content_hash: str | None
    sequence: int | None


class DedupDoc(TypedDict, total=False):
    """`dedup` of an article.

    Enrich writes the fingerprint (`content_hash`, `minhash`, `shingle_count`)
    with empty cluster fields; the dedup stage replaces it with the decided
    fields, without the signature, and indexing keeps only the decided ones.
    """

    content_hash: Required[str]
    cluster_id: str | None
    duplicate_of: str | None
    similarity: float | None
    updates_of: str | None
    supersedes: list[SupersededVersion]
    retracts: list[str]
    retracted_by: str | None
    # True on the document that represents its cluster: one hit per story under a plain filter.
    primary: bool
    minhash: str | None
    shingle_count: int
    # Names and figures the story reports (pipeline.dedup.evidence), encoded.
    evidence: str | None


class Article(TypedDict, total=False):
    """The article document. Not total: each stage adds its fields (clean, then
    enrich's id, guid, source and received_at, tagging, fingerprint, dedup's
    id, pubstatus and sequence, indexing's indexed_at). `guid` and `source`
    come out of the cleaner as None when the story names none; enrich fills
    them in."""

    id: str
    guid: str | None
    version: int | None
    sequence: int  # the Elasticsearch external version, set by dedup
    source: str | None
    format: str
    type: ItemType
    language: str | None
    headline: str | None
    slugline: str | None
    byline: str | None
    # The byline's affiliation as written ("AP Business Writer") and its agency ("AP").
    byline_affiliation: str | None
    byline_agency: str | None
    dateline: DatelineDoc | None
    body: str
    abstract: str | None
    captions: list[CaptionDoc]
    boilerplate: list[str]
    entities: list[EntityDoc]
    persons: list[str]
    organizations: list[str]
    places: list[str]
    countries: list[str]
    place_locations: list[GeoPoint]
    dedup: DedupDoc
    pubstatus: PubStatus
    signals: list[str]
    subjects: list[str]
    urgency: int | None
    ednote: str | None
    embargo: str | None
    firstcreated: str | None
    versioncreated: str | None
    received_at: str
    # versioncreated, else firstcreated, else received_at: every story has a time.
    published_at: str
    indexed_at: str
    raw: str
    # Guid (or guids) of the stories this one replaces, read by dedup.
    replaces: str | list[str]


@dataclass(slots=True)
class Credit:
    """A photo credit line, e.g. "EPA/DITA ALANGKARA / POOL / TASS"."""

    raw: str
    agencies: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    pool: bool = False

    def as_dict(self) -> CreditDoc:
        return {
            "raw": self.raw,
            "agencies": list(self.agencies),
            "photographers": list(self.photographers),
            "pool": self.pool,
        }


@dataclass(slots=True)
class Caption:
    text: str
    credit: Credit | None = None
    # Who holds the picture's copyright, as the format names it apart from the credit
    # ("Kyodo News"): the cleaner takes the agency from it when the credit names none.
    rights_holder: str | None = None

    def as_dict(self) -> CaptionDoc:
        return {"text": self.text, "credit": self.credit.as_dict() if self.credit else None}


@dataclass(slots=True)
class RawStory:
    """A story as parsed from one wire format, before cleaning.

    `body` is the story text with the format's markup removed; paragraphs are
    separated by a blank line where the format marks them. Plain-text feeds
    may still carry glued captions, datelines and trailers: that is the
    cleaner's job. Times are UTC ISO 8601 strings.
    """

    format: str
    body: str
    guid: str | None = None
    version: int | None = None
    source: str | None = None
    headline: str | None = None
    slugline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    abstract: str | None = None
    language: str | None = None
    captions: list[Caption] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    urgency: int | None = None
    firstcreated: str | None = None
    versioncreated: str | None = None
    embargo: str | None = None
    pubstatus: PubStatus = "usable"
    # Editorial signals carried by the format: "update", "correction", "kill".
    signals: list[str] = field(default_factory=list)
    ednote: str | None = None
    type: ItemType = "text"


def document_id(source: str, guid: str) -> str:
    """The stable Elasticsearch id of a story: the same source + guid gives the same id."""
    digest = hashlib.blake2b(f"{source.strip().lower()}\x1f{guid.strip()}".encode(), digest_size=12)
    return digest.hexdigest()
