"""Helpers of the entity tests."""

from __future__ import annotations

from typing import Any

from pipeline.entities import tag_article


def tag(body: str = "", **fields: Any) -> dict[str, Any]:
    """Tag an article given as its fields (body, headline, captions, dateline, language)."""
    return tag_article({"body": body, **fields})


def entity(article: dict[str, Any], name: str, type_: str | None = None) -> dict[str, Any]:
    """The one entity of `article` named `name` (and of `type_`); fails the test if absent."""
    found = [
        e
        for e in article["entities"]
        if e["name"] == name and (type_ is None or e["type"] == type_)
    ]
    assert len(found) == 1, (
        f"{name!r} ({type_}) in {[(e['name'], e['type']) for e in article['entities']]}"
    )
    return found[0]


def names(article: dict[str, Any], type_: str) -> set[str]:
    return {e["name"] for e in article["entities"] if e["type"] == type_}
