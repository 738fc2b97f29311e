"""The index template of pipeline/schemas/index-template.json, fitted to the node it goes to.

One mapping is maintained by hand. Its text analyzer `wire_text` is English
(stemming, stop words) where the node has the analysis-common module, as the
full distribution does; a minimal node (such as the test distribution the
local stack runs) only has the core analyzers, so there `wire_text` becomes
the standard analyzer with English stop words. Field names never change.
That node has no stemmer, no possessive filter and no pattern filters to
build one from (checked with `_analyze`): the search asks for the other
forms of the words instead (word_forms.py).
"""

from __future__ import annotations

import copy
from importlib import resources
from typing import Any

import orjson

# Package data, so an installed wirepipe needs no checkout beside it.
SCHEMAS = resources.files("pipeline") / "schemas"
TEMPLATE_FILE = "index-template.json"
ALIAS_PLACEHOLDER = "__ALIAS__"
CORE_TEXT_ANALYZER: dict[str, Any] = {"type": "standard", "stopwords": "_english_"}


def load_template_source() -> dict[str, Any]:
    source: dict[str, Any] = orjson.loads((SCHEMAS / TEMPLATE_FILE).read_bytes())
    return source


def build_index_template(
    alias: str, *, english_available: bool, replicas: int = 0
) -> dict[str, Any]:
    """The composable index template body for indices behind `alias`."""
    template = copy.deepcopy(load_template_source())
    template["index_patterns"] = [
        pattern.replace(ALIAS_PLACEHOLDER, alias) for pattern in template["index_patterns"]
    ]
    settings = template["template"]["settings"]
    settings["number_of_replicas"] = replicas
    if not english_available:
        settings["analysis"]["analyzer"]["wire_text"] = dict(CORE_TEXT_ANALYZER)
    return template


def template_name(alias: str) -> str:
    return f"{alias}-template"
