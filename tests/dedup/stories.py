"""Clean articles written for the dedup tests, in the shape `enrich` hands to dedup."""

from __future__ import annotations

from typing import Any

from pipeline.dedup import fingerprint_article
from pipeline.dedup.evidence import Evidence, story_evidence
from pipeline.model import document_id

FERRY_STORY = [
    "A ferry carrying 212 passengers ran aground off the Norwegian island of Senja on Monday "
    "after losing engine power in heavy seas, the coastguard said, and all on board were "
    "brought ashore without serious injury.",
    "The vessel, operated by the regional shipping company Nordlys Sjo, struck rocks about "
    "400 metres from the harbour of Finnsnes shortly after leaving port for Tromso.",
    "Rescue boats and two helicopters evacuated passengers in groups of twenty over four "
    "hours while the crew stayed on board to pump water from a flooded compartment.",
    '"The crew did everything right, and the passengers were calm and patient," coastguard '
    "spokesman Arne Lyngstad told public broadcaster NRK.",
    "The accident investigation board said it had sent two inspectors to the island and would "
    "examine the ship's maintenance records and the weather forecast issued before departure.",
    "Nordlys Sjo said it had cancelled the route for the rest of the week and arranged buses "
    "for travellers between Finnsnes and Tromso.",
]

MUSEUM_STORY = [
    "The city of Ghent will reopen its fine arts museum in September after a four-year "
    "renovation that added a glass roof, new storage vaults and a restoration studio open "
    "to visitors, the city council said on Monday.",
    "The renovation cost 48 million euros, a third more than planned, after workers found "
    "that the foundations of the nineteenth-century building needed to be strengthened.",
    "Director Hilde Vervaet said the museum would open with an exhibition of Flemish "
    "landscape painting, including works lent by collections in Vienna, Madrid and London.",
    "The council expects 300,000 visitors in the first year and has added tram services "
    "between the station and the museum quarter on weekends.",
]


def article(
    body: list[str] | str,
    *,
    guid: str = "ferry-1",
    source: str = "nordwire",
    headline: str = "Ferry runs aground off Norway, all passengers rescued",
    **fields: Any,
) -> dict[str, Any]:
    """An enriched article with its fingerprint, as it arrives on `wire.enriched`."""
    text = body if isinstance(body, str) else "\n\n".join(body)
    story: dict[str, Any] = {
        "id": document_id(source, guid),
        "guid": guid,
        "version": 1,
        "source": source,
        "headline": headline,
        "slugline": "NORWAY-FERRY/",
        "body": text,
        "captions": [],
        "byline": None,
        "dateline": None,
        "pubstatus": "usable",
        "embargo": None,
        "firstcreated": "2024-03-04T09:00:00Z",
        "versioncreated": "2024-03-04T09:00:00Z",
        "signals": [],
        "ednote": None,
        "received_at": "2024-03-04T09:00:02Z",
    }
    story.update(fields)
    story["dedup"] = fingerprint_article(story)
    return story


def evidence(body: str, names: list[tuple[str, str, int]], language: str | None = None) -> Evidence:
    """The evidence of a story: its body and the names the tagger found in it, each as
    (name, type, mentions)."""
    entities = [{"name": n, "type": t, "mentions": m} for n, t, m in names]
    return story_evidence({"body": body, "entities": entities, "language": language})
