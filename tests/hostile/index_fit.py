"""What the index template lets a document hold, read from the template itself.

A keyword value longer than its field's `ignore_above` is kept out of the
term index; one over Elasticsearch's 32766-byte term limit would make it
refuse the whole document, which `ignore_above` prevents.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.index.template import load_template_source

TERM_BYTES = 32766
UTF8_BYTES_PER_CHARACTER = 4


def keyword_fields() -> dict[str, list[int | None]]:
    """Dotted path of a document value -> ignore_above of each keyword mapping of it
    (the field itself or a sub-field such as headline.keyword)."""
    found: dict[str, list[int | None]] = {}

    def walk(properties: dict[str, Any], prefix: str) -> None:
        for name, mapping in properties.items():
            path = prefix + name
            if "properties" in mapping:
                walk(mapping["properties"], path + ".")
            for field in [mapping, *mapping.get("fields", {}).values()]:
                if field.get("type") == "keyword":
                    found.setdefault(path, []).append(field.get("ignore_above"))

    walk(load_template_source()["template"]["mappings"]["properties"], "")
    return found


def values_at(document: Any, path: str) -> Iterator[Any]:
    """The values under a dotted path, through lists at any level."""
    if isinstance(document, list):
        for item in document:
            yield from values_at(item, path)
        return
    if not path:
        yield document
        return
    if isinstance(document, dict):
        head, _, rest = path.partition(".")
        if head in document and document[head] is not None:
            yield from values_at(document[head], rest)


def assert_fits_the_index(article: dict[str, Any]) -> None:
    """Every keyword value of the article is within its field's ignore_above."""
    for path, limits in keyword_fields().items():
        assert None not in limits, path
        limit = min(limit for limit in limits if limit is not None)
        for value in values_at(article, path):
            assert len(str(value)) <= limit, (path, len(str(value)))
