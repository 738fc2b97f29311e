"""Offline language identification by stop words and script.

Latin-script text is scored against the most frequent function words of
English, French, German, Spanish, Italian, Portuguese, Dutch, Swedish,
Norwegian, Danish and Finnish; the Nordic languages share many words, so
the words only one of them uses count double. Other scripts decide by
themselves (Cyrillic with Russian stop words, Greek, Arabic, Hebrew,
Chinese, Japanese, Korean). Only the first 2,000 characters are read, and
a text with fewer than three stop words gives None: a short headline is
not evidence.
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in is that for on with as was by at from it said his are has have "
    "but be an this were which who not had their been after they will would its",
    "fr": "le la les des et du un une est dans pour que qui sur pas au par avec il ont été "
    "aux ce sont mais elle plus se son ses cette selon",
    "de": "der die das und ist nicht den dem ein eine zu mit von auf für sich des im auch "
    "wird wurde sind bei nach aus einer noch wie vor zum zur hat haben",
    "es": "el la los las de del y en que es por un una con para se al su sus como más pero "
    "fue ha este esta según sobre también",
    "it": "il lo la gli le di del della e che per un una con non sono ha alla nel dei delle "
    "anche come più è stato dalla",
    "pt": "o a os as de do da dos das e que em um uma para com não por no na se ao mais foi "
    "pelo pela são também",
    "nl": "de het een en van in is dat op te voor met zijn niet aan er maar ook door bij "
    "naar om heeft werd dit die",
    "sv": "och att det som en på är av för med till den har inte om ett han hon de var "
    "från också efter säger vid sig kan ska",
    "no": "og i det som en på er av for med til den har ikke om et han hun de var fra "
    "også etter sier ved seg kan skal ble",
    "da": "og i det som en på er af for med til den har ikke om et han hun de var fra "
    "også efter siger ved sig kan skal blev",
    "fi": "ja on ei että oli se hän mukaan kanssa ovat myös kun tai ole joka mutta jo "
    "vuonna sanoo nyt ollut hänen",
}
_STOPWORD_LANGUAGES: dict[str, list[str]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in set(_words.split()):
        _STOPWORD_LANGUAGES.setdefault(_word, []).append(_language)
_NORDIC = frozenset({"sv", "no", "da"})
_RUSSIAN = frozenset("и в не на что с по это как он она они из за от для был была к о".split())
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_LATIN = re.compile(r"[\u0370-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 2000
_MIN_HITS = 3


def _script_language(sample: str, words: list[str]) -> str | None:
    if not _NON_LATIN.search(sample):
        return None
    letters = len(_LETTER.findall(sample))
    for pattern, language in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.3:
            return language
    if len(_CYRILLIC.findall(sample)) > letters * 0.3:
        return "ru" if sum(w in _RUSSIAN for w in words) >= _MIN_HITS else None
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when undecidable."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample.lower())
    by_script = _script_language(sample, words)
    if by_script:
        return by_script
    scores: Counter[str] = Counter()
    for word in words:
        languages = _STOPWORD_LANGUAGES.get(word)
        if languages:
            unique_nordic = len(languages) == 1 and languages[0] in _NORDIC
            for language in languages:
                scores[language] += 2 if unique_nordic else 1
    if not scores:
        return None
    (best, best_score), *rest = [*scores.most_common(2), ("", 0)]
    if best_score < _MIN_HITS or best_score == rest[0][1]:
        return None
    return best
