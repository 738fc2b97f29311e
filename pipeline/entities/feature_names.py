"""English names of natural features that Malay and Indonesian copy names by a word before
the name: "Danau Toba" is Lake Toba, "Sungai Kapuas" the Kapuas River, "Pulau Nias" Nias
Island. Places are named in English whatever language names them, as "Warszawie" is Warsaw.
"""

from __future__ import annotations

# The word before the name (folded) -> the English name, the name in braces.
_FEATURES = {
    "danau": "Lake {}",
    "tasik": "Lake {}",
    "sungai": "{} River",
    "pulau": "{} Island",
    "gunung": "Mount {}",
    "teluk": "{} Bay",
    "selat": "{} Strait",
}
_LANGUAGES = frozenset({"ms", "id"})


def english_feature_name(language: str, feature_key: str, name: str) -> str | None:
    """The English name of the feature `name` that the word `feature_key` introduces in
    copy of `language` ("id", "danau", "Toba" -> "Lake Toba"); None for any other word or
    language."""
    pattern = _FEATURES.get(feature_key) if language in _LANGUAGES else None
    return pattern.format(name) if pattern else None
