"""Character-level repair of story text.

- leftover HTML: tags are removed (block tags become line breaks) and
  entities decoded, repeatedly, so double-escaped copy ("&amp;lt;p&amp;gt;")
  comes out clean and a second pass changes nothing;
- mojibake (UTF-8 read as Latin-1: "DÃ©cÃ¨s") is fixed with ftfy, only
  when its tell-tale sequences are present, which keeps clean text fast;
- control characters go, line breaks become "\\n", exotic spaces become
  spaces, zero-width characters and soft hyphens go;
- quotes: typographic and teletype (``, '') double quotes become ", single
  curly quotes and apostrophes become '; guillemets stay (they are the
  quotation marks of French, German and Nordic copy);
- runs of spaces inside a line collapse; indentation at the start of a line
  is kept, because paragraph unwrapping reads it.
"""

from __future__ import annotations

import html
import re

import ftfy

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:.-]*)(?:\s[^<>]*)?/?>")
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "hr",
    }
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MOJIBAKE = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
    r"\xa0-\xbf]|â€|â[\x80-\x9f]|Ã[©¨ªº¶¼¤§]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACE = re.compile(r"[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}")
_TRAILING_SPACES = re.compile(r" +$", re.M)
_DOUBLE_QUOTES = re.compile(r"``|''|[\u201c\u201d\u201e\u201f\u2033]")
_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b]")


def _strip_tag(match: re.Match[str]) -> str:
    return "\n" if match.group(1).lower() in _BLOCK_TAGS else ""


def strip_markup(text: str) -> str:
    """Remove leftover tags and decode entities until nothing changes."""
    while True:
        before = text
        if "<" in text:
            text = _TAG.sub(_strip_tag, text)
        if "&" in text:
            text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if text == before:
            return text


def repair_text(text: str) -> str:
    """Repair one text: markup, mojibake, controls, spaces and quotes (idempotent)."""
    text = strip_markup(text)
    while True:
        # Removing a control character can complete a mojibake sequence and fixing
        # one can reveal markup, so repeat until nothing changes.
        before = text
        if _MOJIBAKE.search(text):
            text = strip_markup(ftfy.fix_encoding(text))
        text = _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
        if text == before:
            break
    text = _SPACE.sub(" ", text.replace("\t", "    "))
    # Single quotes first: two curly singles in a row become teletype '' and then ".
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _INNER_SPACES.sub(" ", text)
    return _TRAILING_SPACES.sub("", text)


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


_WORD_LETTERS = re.compile(r"[^\W\d_]+")


def capitalise_words(text: str) -> str:
    """ "DITA ALANGKARA" -> "Dita Alangkara", "JEAN-PIERRE O'NEIL" -> "Jean-Pierre O'Neil"."""
    return _WORD_LETTERS.sub(lambda m: m.group(0).capitalize(), text.lower())
