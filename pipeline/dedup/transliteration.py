"""Names in Cyrillic and Greek letters as Latin-script copy writes them.

The tagger reads a person or body named in Ukrainian, Russian, Bulgarian or
Greek copy in its own script ("Олег Приходько", "Ελένη Κορομηλά"), while the
English, German or French version of the story writes the name in Latin letters
("Oleh Prykhodko", "Eleni Koromila"). Names are compared word by word
(evidence.py), so a name word is written in Latin letters the way each country's
own romanisation does, which is what the agencies' Latin-script services follow:
Ukrainian г, и and х as "h", "y" and "kh", Russian as "g", "i" and "kh",
Bulgarian х and ъ as "h" and "a"; Greek ου, αυ and ευ as "ou", "av" and "ev".
Words arrive folded (lower case, without accents: й is и, ї is і).
"""

from __future__ import annotations

import re

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
# Where a country's romanisation writes a letter otherwise.
_BY_LANGUAGE = {
    "uk": {"г": "h", "и": "y", "х": "kh"},
    "bg": {"х": "h", "ъ": "a", "щ": "sht"},
}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng"}
_GREEK_PAIR = re.compile("|".join(_GREEK_PAIRS))
_TABLES = {
    code: str.maketrans(_CYRILLIC | overrides | _GREEK)
    for code, overrides in (*_BY_LANGUAGE.items(), ("", {}))
}
# Cyrillic and Greek letters: a word without them is left as it is.
_NOT_LATIN = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def latin(word: str, language: str = "") -> str:
    """A folded name word in Latin letters (`language`, an ISO 639-1 code, picks the scheme)."""
    if word.isascii() or not _NOT_LATIN.search(word):
        return word
    word = _GREEK_PAIR.sub(lambda pair: _GREEK_PAIRS[pair.group()], word)
    return word.translate(_TABLES.get(language, _TABLES[""]))
