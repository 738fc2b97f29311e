"""Word accounting for the nothing-lost rule.

Every word of a story's text (body and delivered caption texts, after the same
character repair and unwrapping the cleaner applies) must end up in
exactly one of body, captions (text or credit), dateline, byline (names
or affiliation), boilerplate or headline. Only byline introducers ("By", "Von" ...) are
consumed: the article stores bylines without them.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.clean.bylines import BYLINE_INTRODUCERS
from pipeline.clean.paragraphs import split_paragraphs
from pipeline.clean.repair import repair_text
from pipeline.model import Article, RawStory

# Chinese and Japanese write words without spaces: each of their characters counts as a word,
# so that a name taken out of a run of them ("（记者李明远）") is accounted for.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{CJK_LETTERS}]|[^\W{CJK_LETTERS}]+")

__all__ = ["BYLINE_INTRODUCERS", "CJK_LETTERS", "article_words", "story_words", "words"]


def words(text: str | None) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold())) if text else Counter()


def story_words(raw: RawStory) -> Counter[str]:
    """The words of a story's text as the cleaner reads it."""
    body = " ".join(split_paragraphs(repair_text(raw.body or "")))
    counted = words(body)
    for caption in raw.captions:
        text = repair_text(caption.text or "")
        if text not in body:  # a picture's caption the body repeats is one caption (captions.py)
            counted += words(text)
    return counted


def article_words(article: Article) -> Counter[str]:
    """The words in the fields a story's text may be routed to."""
    counted = words(article.get("body")) + words(article.get("headline"))
    counted += words(article.get("byline")) + words(article.get("byline_affiliation"))
    dateline = article.get("dateline")
    if dateline:
        counted += words(dateline.get("raw"))
    for caption in article.get("captions") or ():
        counted += words(caption.get("text"))
        credit = caption.get("credit")
        if credit:
            counted += words(credit.get("raw"))
    for line in article.get("boilerplate") or ():
        counted += words(line)
    return counted
