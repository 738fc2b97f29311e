"""Cleaning: a parsed RawStory becomes the article document (docs/ARCHITECTURE.md).

    clean_story(raw) -> Article

The building blocks, each usable alone:

    repair_text(text)            markup, mojibake, controls, spaces, quotes
    unwrap_paragraphs(text)      hard-wrapped lines -> paragraphs
    split_captions(paragraphs)   glued photo captions out of the text
    parse_credit_line(text)      "EPA/DITA ALANGKARA / POOL / TASS" -> Credit
    parse_dateline(text)         "WASHINGTON (AP) —" -> {raw, place, date, agency}
    parse_byline(paragraph)      "By Jane Doe, Reuters" -> "Jane Doe, Reuters"
    split_byline(byline)         "Jane Doe, AP Business Writer" -> names, affiliation, agency
    split_boilerplate(paras)     trailers and editorial notes out of the text
    detect_language(text)        offline, py3langid's model
    checked_language(stated, text)  a format's language, unless the text is plainly another
    normalise_agency(name)       "REUTERS", "reuters.com" -> "Reuters"
    story_words / article_words  the nothing-lost accounting
"""

from pipeline.clean.agencies import normalise_agency
from pipeline.clean.boilerplate import split_boilerplate
from pipeline.clean.bylines import parse_byline, split_byline
from pipeline.clean.captions import split_captions
from pipeline.clean.credits import parse_credit_line, split_credit_tail
from pipeline.clean.datelines import parse_dateline, split_dateline
from pipeline.clean.language import checked_language, detect_language
from pipeline.clean.paragraphs import split_paragraphs, unwrap_paragraphs
from pipeline.clean.repair import repair_text
from pipeline.clean.story import clean_story
from pipeline.clean.words import article_words, story_words

__all__ = [
    "article_words",
    "checked_language",
    "clean_story",
    "detect_language",
    "normalise_agency",
    "parse_byline",
    "parse_credit_line",
    "parse_dateline",
    "repair_text",
    "split_boilerplate",
    "split_byline",
    "split_captions",
    "split_credit_tail",
    "split_dateline",
    "split_paragraphs",
    "story_words",
    "unwrap_paragraphs",
]
