"""Possessive and plural forms of the words a journalist searches for.

The full Elasticsearch distribution analyses text in English (possessives
dropped, words stemmed), so "Valdoria" finds "Valdoria's" and "election"
finds "elections". A node with only the core modules, such as the local
stack's, has neither stemmer nor pattern filters: its standard tokenizer
keeps "valdoria's" as one token. The search therefore asks for the other
forms of each word itself; where the node stems, they reduce to the same
terms and change nothing.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_APOSTROPHES = ("'", "’")
# Shorter words ("us", "is") have no plural worth guessing.
MIN_LETTERS = 3


def _singulars(word: str) -> set[str]:
    if word.endswith("ies") and len(word) > 4:
        return {word[:-3] + "y"}
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return {word[:-2]}
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return {word[:-1]}
    return set()


def _plurals(word: str) -> set[str]:
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return {word[:-1] + "ies"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es"}
    return {word + "s"}


def word_forms(word: str) -> set[str]:
    """Other forms of one word: "Valdoria" -> {"valdoria's", "valdoria’s", "valdorias"}."""
    lower = word.lower()
    base = _POSSESSIVE.sub("", lower)
    if len(base) < MIN_LETTERS or not base.isalpha():
        return {base} - {lower}
    singulars = _singulars(base)
    # A plural's possessive ("elections'") is the plural itself to the tokenizer.
    stems = singulars or {base}
    forms = {base} | singulars | ({base} if singulars else _plurals(base))
    forms |= {stem + mark + "s" for stem in stems for mark in _APOSTROPHES}
    return forms - {lower}


def other_forms(text: str) -> str:
    """The other forms of every word in `text`, space-separated ("" when there are none)."""
    found: dict[str, None] = {}
    typed = {word.lower() for word in _WORD.findall(text)}
    for word in _WORD.findall(text):
        for form in sorted(word_forms(word)):
            if form not in typed:
                found.setdefault(form, None)
    return " ".join(found)
