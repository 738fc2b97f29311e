"""The mention: one stretch of text that names something, before canonicalisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.entities.gazetteer import Place
from pipeline.model import EntityType

Source = Literal["body", "headline", "caption", "dateline", "credit"]
SOURCES: tuple[Source, ...] = ("body", "headline", "caption", "dateline", "credit")


@dataclass(slots=True)
class Mention:
    """A name found in one text of the story.

    `type` is None for a lone capitalised word the tagger could not place yet
    ("Veltrana said ..."): canonicalisation links it to a fuller name of the
    story or decides from `cue`. `start`/`end` are offsets into the text of
    `source` (for the body, into `article["body"]`).
    """

    text: str
    start: int
    end: int
    source: Source
    type: EntityType | None
    canonical: str | None = None  # known name (lexicon, gazetteer); else derived from text
    place: Place | None = None
    country_code: str | None = None
    roles: list[str] = field(default_factory=list)
    # How sure the type is, or what an untyped mention may be: "guess" (typed by its
    # shape alone, so a fuller name of another type in the story wins), "acronym",
    # "opener" (a guessed person whose first word opens the sentence and may be no name:
    # "Confident Assad says"), "org" (it is somebody's employer), "speech" (followed by "said"),
    # "sentence-start", "never" (a word that is never a name on its own), "capital" (a
    # capital whose sentence says neither city nor government).
    cue: str | None = None
