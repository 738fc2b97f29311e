"""Creates what the index side needs: the template, the first index and its write alias."""

from __future__ import annotations

import logging

from elasticsearch import BadRequestError, Elasticsearch

from pipeline.config import Settings
from pipeline.index.template import build_index_template, template_name

log = logging.getLogger(__name__)


def node_has_english_analyzer(es: Elasticsearch) -> bool:
    """True where the node ships the analysis-common module (the `english` analyzer)."""
    try:
        es.indices.analyze(analyzer="english", text="wires running")
    except BadRequestError:
        return False
    return True


def ensure_index(es: Elasticsearch, settings: Settings) -> dict[str, object]:
    """Idempotent: put the template, create the first index behind the alias if absent."""
    english = node_has_english_analyzer(es)
    alias = settings.index_alias
    body = build_index_template(alias, english_available=english, replicas=settings.index_replicas)
    es.indices.put_index_template(name=template_name(alias), **body)
    created = False
    if not es.indices.exists_alias(name=alias):
        es.indices.create(index=settings.first_index, aliases={alias: {"is_write_index": True}})
        created = True
    es.cluster.health(index=alias, wait_for_status="yellow", timeout="30s")
    log.info("index alias %s ready (english analyzer: %s)", alias, english)
    return {"alias": alias, "index_created": created, "english_analyzer": english}
