"""The data that flows between the pure stages.

`RawStory` is what a format parser yields: the story as the agency sent it,
with the format's markup gone but nothing cleaned yet. `Article` is the
search document of DESIGN.md, a plain JSON-ready dict from `wire.enriched`
onwards (see schemas/article.schema.json).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

PubStatus = Literal["usable", "withheld", "canceled"]
Article = dict[str, Any]


@dataclass(slots=True)
class Credit:
    """A photo credit line, e.g. "EPA/DITA ALANGKARA / POOL / TASS"."""

    raw: str
    agencies: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    pool: bool = False

    def as_dict(self) -> dict[str, Any]:
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

    def as_dict(self) -> dict[str, Any]:
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


def document_id(source: str, guid: str) -> str:
    """The stable Elasticsearch id of a story: the same source + guid gives the same id."""
    digest = hashlib.blake2b(f"{source.strip().lower()}\x1f{guid.strip()}".encode(), digest_size=12)
    return digest.hexdigest()
