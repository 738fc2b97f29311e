"""Leftover markup in story text: tags removed, entities decoded, in one pass.

Copy that went through several systems arrives escaped more than once
("&amp;lt;p&amp;gt;"), and decoding one level can make a new entity or a new
tag ("&amp;lt;" -> "&lt;" -> "<"). `strip_markup` gives what decoding and
stripping again and again until nothing changes would give, but reads the
text once: it keeps its output so far and, each time a ";" is added, decodes
an entity that ends there, and each time a ">" is added, removes a tag that
ends there; what a decoding or a removal produces is added the same way.
Every step shortens the text, so the work is linear in its length, however
deeply it is escaped. Control and invisible characters that a decoding
produces are dropped as they come, and what they stood between is read as
one ("&am&shy;p;" is "&"), as repairing the text again would read it.

Only real markup goes. A tag is removed when its name is an HTML element or
an element of the news formats (NITF), written in lower case or in capitals
as markup is ("p", "BR", not "Mark"), or a namespaced XML name ("o:p"); and
its attributes are well formed: name="value", or a boolean attribute alone
("disabled"). "<Acme Corp>", "bonds <fell sharply>", "<Mark Smith>" and
"<Time>" are text. Block tags (p, div, br ...) become a line break.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAGS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article table ul ol hr".split()
)
_INLINE_AND_OTHER_TAGS = frozenset(
    """a abbr acronym address applet area aside audio b base basefont bdi bdo big blink body
    button canvas caption center cite code col colgroup data datalist dd del details dfn dialog
    dir dl dt em embed fieldset figcaption figure font footer form frame frameset head header
    hgroup html i iframe img input ins kbd label legend link main map mark marquee menu meta
    meter nav nobr noframes noscript object optgroup option output param picture pre progress q
    rp rt ruby s samp script search select small source span strike strong style sub summary
    sup svg tbody td template textarea tfoot th thead time title track tt u var video wbr
    nitf hl1 hl2 hedline byline byttl dateline distributor abstract block media media-caption
    media-producer media-reference media-metadata tagline body.head body.content body.end
    person org location chron money num event classifier virtloc copyrite""".split()
)
_KNOWN_TAGS = _BLOCK_TAGS | _INLINE_AND_OTHER_TAGS

# HTML attributes that stand alone, without a value.
_BOOLEAN_ATTRIBUTES = (
    "allowfullscreen async autofocus autoplay checked compact controls default defer disabled"
    " formnovalidate hidden inert ismap itemscope loop multiple muted nomodule noshade"
    " novalidate nowrap open playsinline readonly required reversed selected"
).split()
_NAME = r"[A-Za-z][A-Za-z0-9.-]*"
_VALUE = r"""(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+)"""
_ATTRIBUTE = (
    rf"(?:[A-Za-z_:][\w:.-]*\s*=\s*{_VALUE}|(?i:{'|'.join(_BOOLEAN_ATTRIBUTES)})(?![\w:.-]))"
)
# A whole candidate tag, from its "<" to its ">".
_TAG = re.compile(rf"</?((?:{_NAME}:)?{_NAME})(?:\s+{_ATTRIBUTE})*+\s*/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LONGEST_ENTITY = 34
# Characters that carry no text: controls (line breaks aside) and invisible formatting. The
# zero-width non-joiner and joiner stay: Persian, Urdu and the Indic scripts spell words with
# them ("می‌شود").
DROPPED = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad]")
_PLAIN = re.compile(r"[^&;<>]+")


def _is_markup_name(name: str) -> bool:
    written_as_markup = name.islower() or name.isupper()
    return written_as_markup and (":" in name or name.lower() in _KNOWN_TAGS)


class _Reducer:
    """The output so far, as pieces of text, with the offsets of the "&" in it and of the
    "<" that may still open a tag."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0
        self.ampersands: list[int] = []
        # A "<" stops opening tags once a ">" after it closed none: a tag holds no ">".
        self.opens: list[int] = []

    def add(self, text: str) -> None:
        """Add text; what a decoding or a removal produces is added before the rest."""
        pending = [(text, 0)]
        while pending:
            chunk, position = pending.pop()
            while position < len(chunk):
                plain = _PLAIN.match(chunk, position)
                if plain:
                    self.pieces.append(plain.group())
                    self.size += plain.end() - position
                    position = plain.end()
                    continue
                produced = self._add_special(chunk[position])
                position += 1
                if produced:
                    if position < len(chunk):
                        pending.append((chunk, position))
                    pending.append((produced, 0))
                    break

    def _add_special(self, char: str) -> str:
        """Add one of "&;<>"; returns the text a decoded entity or a removed tag leaves."""
        self.pieces.append(char)
        self.size += 1
        if char == "<":
            self.opens.append(self.size - 1)
        elif char == "&":
            self.ampersands.append(self.size - 1)
        elif char == ";":
            return self._decode_entity()
        elif char == ">":
            return self._remove_tag()
        return ""

    def _tail(self, start: int) -> str:
        """The output from offset `start` on."""
        parts: list[str] = []
        needed = self.size - start
        index = len(self.pieces)
        while needed > 0:
            index -= 1
            piece = self.pieces[index]
            parts.append(piece[-needed:] if len(piece) > needed else piece)
            needed -= len(piece)
        return "".join(reversed(parts))

    def _cut(self, start: int) -> None:
        """Drop the output from offset `start` on."""
        while self.size > start:
            last = self.pieces.pop()
            self.size -= len(last)
            if self.size < start:
                self.pieces.append(last[: start - self.size])
                self.size = start
        while self.opens and self.opens[-1] >= start:
            self.opens.pop()
        while self.ampersands and self.ampersands[-1] >= start:
            self.ampersands.pop()

    def _decode_entity(self) -> str:
        # An entity holds no "&": the one that ends here starts at the last "&".
        if not self.ampersands or self.size - self.ampersands[-1] > _LONGEST_ENTITY:
            return ""
        start = self.ampersands[-1]
        entity = self._tail(start)
        if not _ENTITY.fullmatch(entity):
            return ""
        decoded = html.unescape(entity)
        if decoded == entity:
            return ""
        self._cut(start)
        return DROPPED.sub("", decoded)

    def _remove_tag(self) -> str:
        if not self.opens:
            return ""
        start = self.opens[-1]
        tag = _TAG.fullmatch(self._tail(start))
        if tag is None or not _is_markup_name(tag.group(1)):
            self.opens.clear()
            return ""
        self._cut(start)
        return "\n" if tag.group(1).lower() in _BLOCK_TAGS else ""

    def text(self) -> str:
        return "".join(self.pieces)


def strip_markup(text: str) -> str:
    """Remove tags of real markup and decode entities until none is left (idempotent)."""
    if "<" not in text and "&" not in text:
        return text
    reducer = _Reducer()
    reducer.add(text)
    return reducer.text()
