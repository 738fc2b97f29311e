"""A seeded stream of wire stories for the benchmark: formats, sizes, duplicates and versions.

`generate_stories(count, seed=..., mix=...)` returns the same stories, byte for
byte, for the same arguments. Each story is an original, a redistribution
(another agency re-files an earlier original under its own guid, in its own
format, one paragraph shorter: a near-duplicate the dedup stage folds into
the original's cluster) or a new version (the same guid and agency, a later
version with a paragraph added). Originals and redistributions each add a
document to the index; a version replaces its story's document.

The format mix follows the shared corpus (NewsML-G2 most, then NITF, ninjs,
ANPA, NewsML 1, plain text, IPTC 7901, AP JSON), each format filed by the
agencies that use it. Payload sizes follow a log-normal law centred on
`median_bytes`, held between `min_bytes` and `max_bytes`.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Literal

from pipeline.bench.envelopes import AGENCIES, RENDERERS, Agency, Filing
from pipeline.bench.prose import Copy, Writer, write_copy
from pipeline.model import document_id

# Shares of the corpus's text items by format (shared/corpus MANIFEST, schemas left out).
FORMAT_MIX: dict[str, float] = {
    "newsml-g2": 0.30,
    "nitf": 0.18,
    "ninjs": 0.16,
    "anpa": 0.10,
    "newsml-1": 0.08,
    "text": 0.08,
    "iptc7901": 0.05,
    "ap-json": 0.05,
}
FORMAT_AGENCIES: dict[str, tuple[str, ...]] = {
    "newsml-g2": ("Reuters", "TT", "NTB"),
    "nitf": ("AP", "PA", "EFE", "AAP"),
    "ninjs": ("AAP", "ANSA", "NTB", "Kyodo"),
    "anpa": ("AP",),
    "newsml-1": ("AFP",),
    "text": ("Reuters", "TASS", "Xinhua", "AFP"),
    "iptc7901": ("dpa",),
    "ap-json": ("AP",),
}
# Plain text has no version field: the same guid again is a re-delivery, never a version.
VERSIONED_FORMATS = frozenset(FORMAT_MIX) - {"text"}
# Redistributions and versions follow an original within this many originals (hours of copy).
RECENT_ORIGINALS = 500
START = datetime(2024, 6, 3, 5, 0, tzinfo=UTC)

Kind = Literal["original", "duplicate", "version"]


@dataclass(frozen=True, slots=True)
class StoryMix:
    duplicates: float = 0.10
    versions: float = 0.05
    median_bytes: int = 4000
    spread: float = 0.55  # standard deviation of the payload size's logarithm
    min_bytes: int = 1000
    max_bytes: int = 20_000

    def __post_init__(self) -> None:
        shares = (self.duplicates, self.versions)
        if min(shares) < 0 or sum(shares) >= 1:
            raise ValueError("the shares of duplicates and versions must add up to less than 1")
        if not 0 < self.min_bytes <= self.median_bytes <= self.max_bytes:
            raise ValueError("sizes must satisfy 0 < min_bytes <= median_bytes <= max_bytes")


@dataclass(frozen=True, slots=True)
class Story:
    key: str  # the Kafka key: the story's guid
    payload: bytes
    format: str
    source: str
    kind: Kind
    of: str | None = None  # the key of the story this one copies or updates
    version: int = 1

    @property
    def doc_id(self) -> str:
        """The id of the story's document in the index."""
        return document_id(self.source, self.key)

    @property
    def adds_document(self) -> bool:
        """Whether the index holds one more document once this story is in."""
        return self.kind != "version"


@cache
def _overhead(format: str) -> int:
    """Bytes a format adds around the text of a story (measured once on a sample)."""
    copy = write_copy(random.Random(0), 1500)
    filing = _filing(format, AGENCIES[FORMAT_AGENCIES[format][0]], "sample-guid", copy, START)
    return max(0, len(RENDERERS[format](filing)) - sum(len(p) for p in copy.paragraphs))


def _filing(format: str, agency: Agency, guid: str, copy: Copy, when: datetime) -> Filing:
    return Filing(
        format=format,
        agency=agency,
        guid=guid,
        version=1,
        copy=copy,
        headline=copy.headline,
        paragraphs=copy.paragraphs,
        firstcreated=when,
        versioncreated=when,
    )


@dataclass
class _Stream:
    rng: random.Random
    mix: StoryMix
    clock: datetime = START
    used: set[str] = field(default_factory=set)
    originals: list[Filing] = field(default_factory=list)
    latest: dict[str, Filing] = field(default_factory=dict)
    shortened: dict[str, set[int]] = field(default_factory=dict)
    last_rendered: tuple[Filing, bytes] | None = None

    def guid(self, format: str, agency: Agency) -> str:
        while True:
            token = f"{self.rng.getrandbits(64):016x}"
            day = f"{self.clock:%Y%m%d}"
            guid = {
                "ninjs": f"tag:{agency.domain},2024:{token}",
                "newsml-g2": f"tag:{agency.domain},2024:newsml_{token.upper()}",
                "nitf": f"{agency.name.lower()}-{day}-{token[:10]}",
                "newsml-1": f"urn:newsml:{agency.domain}:{day}:TX-{token[:8].upper()}",
                "ap-json": token * 2,
            }.get(format, f"{agency.name.lower()}-{day}-{token}")
            if guid not in self.used:
                self.used.add(guid)
                return guid

    def pick_format(self, exclude_agency: str | None = None) -> tuple[str, Agency]:
        while True:
            format = self.rng.choices(list(FORMAT_MIX), weights=list(FORMAT_MIX.values()))[0]
            names = [n for n in FORMAT_AGENCIES[format] if n != exclude_agency]
            if names:
                return format, AGENCIES[self.rng.choice(names)]

    def size(self) -> int:
        drawn = self.rng.lognormvariate(math.log(self.mix.median_bytes), self.mix.spread)
        return int(min(self.mix.max_bytes, max(self.mix.min_bytes, drawn)))

    def original(self) -> Filing:
        format, agency = self.pick_format()
        body = max(300, self.size() - _overhead(format))
        copy = write_copy(self.rng, body)
        filing = self.fit(_filing(format, agency, self.guid(format, agency), copy, self.clock))
        self.originals = [*self.originals[-RECENT_ORIGINALS + 1 :], filing]
        if format in VERSIONED_FORMATS:
            self.latest[filing.guid] = filing
        return filing

    def fit(self, filing: Filing) -> Filing:
        """The filing with paragraphs added or dropped until its payload is within bounds
        (the copy is written to an estimate of the format's overhead, and a copy in another
        format is longer or shorter than its original)."""
        writer = Writer(self.rng, filing.copy.cast)
        while len(self.render(filing)) < self.mix.min_bytes:
            filing = replace(filing, paragraphs=(*filing.paragraphs, writer.paragraph()))
        while len(self.render(filing)) > self.mix.max_bytes and len(filing.paragraphs) > 4:
            filing = replace(filing, paragraphs=filing.paragraphs[:-1])
        return filing

    def render(self, filing: Filing) -> bytes:
        """The filing's payload; the last one rendered is kept, as `fit` has just made it."""
        if self.last_rendered is None or self.last_rendered[0] is not filing:
            self.last_rendered = (filing, RENDERERS[filing.format](filing))
        return self.last_rendered[1]

    def duplicate(self) -> tuple[Filing, str] | None:
        """Another agency's re-filing of a recent original, without one of its paragraphs,
        and the original's guid."""
        source = self.rng.choice(self.originals)
        dropped = self.shortened.setdefault(source.guid, set())
        # Each copy drops a different paragraph, so no two copies are the same text.
        left = [i for i in range(1, len(source.paragraphs)) if i not in dropped]
        if not left:
            return None
        drop = self.rng.choice(left)
        dropped.add(drop)
        format, agency = self.pick_format(exclude_agency=source.agency.name)
        copied = self.fit(
            replace(
                source,
                format=format,
                agency=agency,
                guid=self.guid(format, agency),
                version=1,
                paragraphs=tuple(p for i, p in enumerate(source.paragraphs) if i != drop),
                firstcreated=self.clock,
                versioncreated=self.clock,
            )
        )
        return copied, source.guid

    def version(self, recent: list[str]) -> Filing:
        """The next version of one of the `recent` stories: a paragraph of news added."""
        previous = self.latest[self.rng.choice(recent)]
        added = Writer(self.rng, previous.copy.cast).paragraph()
        at = self.rng.randint(1, len(previous.paragraphs))
        paragraphs = (*previous.paragraphs[:at], added, *previous.paragraphs[at:])
        filing = replace(
            previous,
            version=previous.version + 1,
            paragraphs=paragraphs,
            versioncreated=self.clock,
        )
        self.latest[filing.guid] = filing
        return filing

    def next(self) -> tuple[Kind, Filing, str | None]:
        self.clock += timedelta(seconds=self.rng.randint(5, 90))
        draw = self.rng.random()
        if draw < self.mix.duplicates and self.originals:
            copied = self.duplicate()
            if copied is not None:
                return "duplicate", *copied
        elif draw < self.mix.duplicates + self.mix.versions:
            recent = [f.guid for f in self.originals if f.guid in self.latest]
            if recent:
                updated = self.version(recent)
                return "version", updated, updated.guid
        return "original", self.original(), None


def generate_stories(count: int, *, seed: int = 1, mix: StoryMix | None = None) -> list[Story]:
    """`count` stories, the same for the same seed and mix."""
    stream = _Stream(random.Random(seed), mix or StoryMix())
    stories = []
    for _ in range(count):
        kind, filing, of = stream.next()
        stories.append(
            Story(
                key=filing.guid,
                payload=stream.render(filing),
                format=filing.format,
                source=filing.agency.name,
                kind=kind,
                of=of,
                version=filing.version,
            )
        )
    return stories
