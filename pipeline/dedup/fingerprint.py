"""The stateless part of dedup, run in enrich: the initial `dedup` fields of an article.

`content_hash` identifies the text exactly (headline without version markers,
plus body); `minhash` and `shingle_count` let the dedup stage compare it with
earlier stories without the text, and `evidence` (evidence.py) with the names
and figures it reports. The last three are internal: they travel in
`wire.enriched` only, and the dedup decision's article no longer has them.
"""

from __future__ import annotations

from pipeline.dedup.evidence import story_evidence
from pipeline.dedup.markers import strip_headline_markers, text_field
from pipeline.dedup.minhash import minhasher
from pipeline.dedup.settings import DedupSettings
from pipeline.dedup.shingles import StoryText, shingle_hashes
from pipeline.model import Article, DedupDoc


def fingerprint_article(article: Article, settings: DedupSettings | None = None) -> DedupDoc:
    """The initial `dedup` dict of an article; no state, no I/O."""
    settings = settings or DedupSettings()
    text = StoryText.of(
        strip_headline_markers(text_field(article, "headline")), text_field(article, "body")
    )
    shingles = shingle_hashes(text.words(), settings.shingle_words, settings.seed)
    return {
        "content_hash": text.content_hash,
        "cluster_id": None,
        "duplicate_of": None,
        "similarity": None,
        "updates_of": None,
        "supersedes": [],
        "minhash": minhasher(settings).signature(shingles),
        "shingle_count": len(shingles),
        "evidence": story_evidence(article).encode(),
    }
