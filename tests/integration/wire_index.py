"""Stories indexed on the real node as the pipeline indexes them, without Kafka.

Each story runs the pure stages (`enrich_story`), the dedup engine and the
bulk sink, in order, into an alias of its own: the documents are those a
worker would write, and a test can reason about exactly which ones there
are. A dedup decision is taken at the time the story says it was filed, so
an embargo that has lifted since was still in force when it was decided.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.config import Settings, load_settings
from pipeline.dedup import Deduplicator, DedupStore
from pipeline.enrich import enrich_story
from pipeline.index.bulk import BulkIndexer
from pipeline.index.client import async_es_client, es_client
from pipeline.index.setup import ensure_index
from pipeline.index.template import template_name
from pipeline.model import Article


@dataclass(frozen=True, slots=True)
class Story:
    data: bytes
    key: str
    # When dedup decides it (epoch seconds); None: when the story says it was published.
    decided_at: float | None = None


def epoch(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


class WireIndex:
    """An alias of its own on the node at `es_url`; `feed` indexes stories into it."""

    def __init__(self, es_url: str) -> None:
        tag = uuid.uuid4().hex[:10]
        self.settings: Settings = load_settings(
            os.environ | {"ES_URL": es_url, "WIREPIPE_INDEX_ALIAS": f"test-{tag}-wire-articles"}
        )
        self.alias = self.settings.index_alias
        self.es = es_client(self.settings, request_timeout=60)
        ensure_index(self.es, self.settings)
        self.dedup = Deduplicator(DedupStore())
        self.articles: dict[str, Article] = {}

    def feed(self, stories: list[Story]) -> list[Article]:
        """Index `stories` in order; the documents sent, kill tombstones included."""
        sent: list[Article] = []
        for story in stories:
            article = enrich_story(story.data, key=story.key)
            decision = self.dedup.decide(
                article, story.decided_at or epoch(article["published_at"])
            )
            if decision.action != "skip":
                sent += [decision.article, *decision.retractions]
        asyncio.run(self._index(sent))
        self.es.indices.refresh(index=self.alias)
        for article in sent:
            self.articles[article["id"]] = article
        return sent

    async def _index(self, articles: list[Article]) -> None:
        es = async_es_client(self.settings, request_timeout=60)
        try:
            results = await BulkIndexer(es, self.alias).index(articles)
        finally:
            await es.close()
        refused = [r for r in results if r.outcome == "failed"]
        assert not refused, refused

    def search(self, **body: Any) -> dict[str, Any]:
        return dict(self.es.search(index=self.alias, **body).body)

    def ids(self, query: dict[str, Any]) -> set[str]:
        hits = self.search(query=query, size=1000, _source=False)["hits"]["hits"]
        return {hit["_id"] for hit in hits}

    def count(self, query: dict[str, Any]) -> int:
        return int(self.es.count(index=self.alias, query=query)["count"])

    def close(self) -> None:
        self.es.indices.delete(index=f"{self.alias}-*", ignore_unavailable=True)
        self.es.indices.delete_index_template(name=template_name(self.alias))
        self.es.close()
