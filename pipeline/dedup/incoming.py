"""An article as the engine reads it: once, defensively, every field well typed.

Articles come from parsers written for many feeds and from `wire.enriched`
messages that may predate the current settings, so nothing here trusts a type:
a missing or malformed field reads as absent, and a fingerprint made under other
settings is made again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.dedup.evidence import Evidence, current_evidence, query_keys, story_evidence
from pipeline.dedup.fingerprint import fingerprint_article
from pipeline.dedup.markers import Markers, editorial_markers, slug_stem, text_field
from pipeline.dedup.minhash import Keys, Signature, minhasher
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.versions import VersionStamp, parse_time_ms, stamp_of
from pipeline.model import Article, DedupDoc, document_id


def int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class Incoming:
    article: Article
    id: str
    guid: str | None
    source: str
    content_hash: str
    minhash: str | None
    shingle_count: int
    signature: Signature | None
    # One LSH key per band of the signature (none without one).
    bands: Keys
    # The names and figures it reports, and the keys under which they find
    # rewrites that share no wording (evidence.py): of names, of pairs of figures, and
    # of a name with a term.
    evidence: Evidence
    evidence_keys: Keys
    figure_pair_keys: Keys
    subject_keys: Keys
    markers: Markers
    stamp: VersionStamp
    versioncreated: str | None
    embargo_ms: int | None
    received_ms: int | None
    # Band key of the source and slug stem, for updates and kills that name a slug.
    slug_key: str | None
    # Doc id -> guid of the stories this one says it replaces.
    replaces: dict[str, str]


def read_incoming(article: Article, settings: DedupSettings) -> Incoming:
    hasher = minhasher(settings)
    fingerprint = _fingerprint(article, settings)
    content_hash = fingerprint["content_hash"]
    source = text_field(article, "source").strip() or "unknown"
    guid = text_field(article, "guid").strip() or None
    doc_id = text_field(article, "id").strip() or document_id(
        source, guid or f"content:{content_hash}"
    )
    minhash = fingerprint["minhash"]
    signature = hasher.decode(minhash)
    # A fingerprint from before evidence (or its terms) existed: the article has what it needs.
    evidence = current_evidence(fingerprint.get("evidence")) or story_evidence(article)
    stem = slug_stem(text_field(article, "slugline"))
    evidence_keys, figure_pair_keys, subject_keys = query_keys(evidence)
    return Incoming(
        article=article,
        id=doc_id,
        guid=guid,
        source=source,
        content_hash=content_hash,
        minhash=minhash if signature is not None else None,
        shingle_count=fingerprint["shingle_count"],
        signature=signature,
        bands=hasher.band_hashes(signature, settings.rows_per_band)
        if signature is not None
        else np.empty(0, dtype=np.uint64),
        evidence=evidence,
        evidence_keys=evidence_keys,
        figure_pair_keys=figure_pair_keys,
        subject_keys=subject_keys,
        markers=editorial_markers(article),
        stamp=stamp_of(article),
        versioncreated=str_or_none(article.get("versioncreated")),
        embargo_ms=parse_time_ms(article.get("embargo")),
        received_ms=parse_time_ms(article.get("received_at")),
        slug_key=f"s:{source.lower()}:{stem}" if len(stem) >= 3 else None,
        replaces=_replaced_ids(article.get("replaces"), source, doc_id),
    )


def _replaced_ids(replaced: object, source: str, doc_id: str) -> dict[str, str]:
    """Ids of the guids (one or a list) a story names as replaced, itself excluded."""
    guids = [replaced] if isinstance(replaced, str) else replaced
    ids = {
        document_id(source, guid): guid.strip()
        for guid in (guids if isinstance(guids, list) else [])
        if isinstance(guid, str) and guid.strip()
    }
    ids.pop(doc_id, None)
    return ids


def _fingerprint(article: Article, settings: DedupSettings) -> DedupDoc:
    """The fingerprint from enrich, or a fresh one if absent or made under other settings."""
    given = article.get("dedup")
    if (
        isinstance(given, dict)
        and isinstance(given.get("content_hash"), str)
        and int_or_none(given.get("shingle_count")) is not None
        and (
            minhasher(settings).decode(given.get("minhash")) is not None
            or (given.get("minhash") is None and given.get("shingle_count") == 0)
        )
    ):
        return given
    return fingerprint_article(article, settings)
