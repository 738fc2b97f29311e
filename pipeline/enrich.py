"""The pure enrichment path: bytes of one wire story -> article document.

parse (formats/) -> clean (clean/) -> tag (entities/) -> fingerprint (dedup/).
No I/O: the Faust agent and `wirepipe enrich` both call `enrich_story`.
"""

from __future__ import annotations

import hashlib

from pipeline.clean import clean_story
from pipeline.clean.limits import bounded_guid
from pipeline.clock import utc_iso
from pipeline.dedup import fingerprint_article
from pipeline.entities import tag_article
from pipeline.formats import DEFAULT_MAX_STORY_BYTES, parse_story
from pipeline.model import Article, document_id

RAW_FIELD_LIMIT = 1_000_000  # keep the stored original bounded in the index


def fallback_guid(data: bytes) -> str:
    """A guid for feeds that carry none (plain text): the hash of the bytes as sent."""
    return "sha1:" + hashlib.sha1(data).hexdigest()


def enrich_story(
    data: bytes,
    *,
    key: str | None = None,
    format: str | None = None,
    received_at: str | None = None,
    max_story_bytes: int = DEFAULT_MAX_STORY_BYTES,
) -> Article:
    """Run every pure stage on one story; raises ParseError for unparseable input.

    `key` is the Kafka message key (the guid the producer saw): it names a
    story whose format carries no guid of its own, held to the guid's limit
    like a guid the story carries (pipeline.clean.limits). A payload over
    `max_story_bytes` is refused as "too-large" before any parsing.
    """
    raw = parse_story(data, format=format, max_bytes=max_story_bytes)
    article = clean_story(raw)
    guid = article.get("guid") or (bounded_guid(key) if key else None) or fallback_guid(data)
    source = article.get("source") or "unknown"
    article["guid"] = guid
    article["source"] = source
    article["id"] = document_id(source, guid)
    article["received_at"] = received_at or utc_iso()
    article["published_at"] = (
        article.get("versioncreated") or article.get("firstcreated") or article["received_at"]
    )
    article["raw"] = data[:RAW_FIELD_LIMIT].decode("utf-8", errors="replace")
    tag_article(article)
    article["dedup"] = fingerprint_article(article)
    return article
