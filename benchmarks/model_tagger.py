"""A statistical NER model as a tagger the entity evaluation can score beside the rules.

    python benchmarks/bench_entities.py --tagger spacy:en_core_web_sm --split held-out-2

wirepipe tags with rules and lexicons (pipeline/entities). Whether a trained
model would do better on copy neither was tuned on is a question of figures,
so `bench_entities.py --tagger spacy:MODEL` runs a spaCy pipeline on the same
cleaned stories and scores it with the same scorer. Neither spaCy nor a model
is a dependency of wirepipe: install them beside it (`pip install spacy` and a
model package from the registry) to run this.

To be scored like the rules, the model's mentions are made into one entity per
name and type: labels map to wirepipe's types (GPE, LOC and FAC are places; the
models of other languages, trained on WikiNER, say PER for a person),
a leading "the" and a trailing "'s" go, and a mention whose words all appear
in a longer name of the same type ("Blinken" in "Antony Blinken") is that name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

TYPES = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "EVENT": "EVENT",
}

Tagger = Callable[[dict[str, Any]], dict[str, Any]]


def _tidy(name: str) -> str:
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" .,;:")


def _merged(names: dict[tuple[str, str], None]) -> list[dict[str, Any]]:
    """One entity per name and type; a name inside a longer one of its type is that one."""
    entities: list[dict[str, Any]] = []
    longest_first = sorted(names, key=lambda key: -len(key[0]))
    for name, type_ in longest_first:
        words = set(name.split())
        if not any(
            type_ == kept["type"] and words < set(kept["name"].split()) for kept in entities
        ):
            entities.append({"name": name, "type": type_, "sources": ["text"]})
    return entities


def spacy_tagger(model: str) -> Tagger:
    """A tagger that runs the installed spaCy pipeline `model` on headline and body."""
    spacy = importlib.import_module("spacy")
    nlp = spacy.load(model, exclude=["lemmatizer"])

    def tag(article: dict[str, Any]) -> dict[str, Any]:
        text = "\n\n".join(part for part in (article.get("headline"), article.get("body")) if part)
        names: dict[tuple[str, str], None] = {}
        for entity in nlp(text).ents:
            type_ = TYPES.get(entity.label_)
            name = _tidy(entity.text)
            if type_ and name:
                names[(name, type_)] = None
        return {**article, "entities": _merged(names)}

    return tag


def tagger_named(spec: str) -> Tagger:
    """`spacy:MODEL` as a tagger; the rules are wirepipe's own `tag_article`."""
    kind, _, model = spec.partition(":")
    if kind != "spacy" or not model:
        raise SystemExit(f"unknown tagger {spec!r}: use rules or spacy:MODEL")
    return spacy_tagger(model)
