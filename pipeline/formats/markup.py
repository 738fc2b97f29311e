"""Story markup (NITF, XHTML, agency HTML) to paragraphs and photo captions.

One builder serves both an XML element tree and an HTML string, so the
rules live in one place:

- block elements (p, div, li, hl2, blockquote ...) end a paragraph; the
  text inside a paragraph keeps its own line breaks, because some agencies
  (Reuters) send hard-wrapped, indented text inside one <p>; the cleaner
  unwraps it;
- a <figure> or NITF <media> becomes a Caption: its figcaption or
  media-caption is the text, an element classed byline/credit or a
  media-producer is the credit;
- head, title, script, style, header and nav hold no story text (dpa puts
  its slugline and keywords in <header>) and are skipped;
- TT marks its dateline as <div class="dat">: that text is returned as the
  dateline instead of a paragraph;
- two adjacent inline elements get a space between them when the second
  starts with a letter or digit (TT writes <span>Försvar</span><span>TT</span>),
  but not before punctuation (<u>Band-Aid</u><u>.</u>).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from pipeline.formats.safe_xml import Element
from pipeline.model import Caption, Credit

_SKIP = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "header",
        "nav",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "template",
        "media-reference",
        "media-metadata",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hl1",
        "hl2",
        "blockquote",
        "section",
        "article",
        "aside",
        "block",
        "pre",
        "table",
        "tr",
        "address",
        "center",
        "body",
        "html",
        "body.content",
        "body.end",
        "tagline",
        "main",
        "footer",
        "hr",
        "citat",
        "brodtext",
    }
)
_LINE_BREAK = frozenset({"br"})
_CELL = frozenset({"td", "th"})
_FIGURE = frozenset({"figure", "media"})
_CAPTION_TEXT = frozenset({"figcaption", "media-caption", "caption"})
_CREDIT_TEXT = frozenset({"media-producer"})
_CREDIT_CLASSES = frozenset({"byline", "credit", "photographer", "copyright", "source"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area"})

# A tag never spans another "<", so rejecting a stray "<" stops at the next one,
# and its name and attributes are read possessively (never cut up again to find
# a ">"), so tokenising stays linear however broken the markup is.
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<!\[CDATA\[(.*?)(?:\]\]>|$)"
    r"|<(/?)([A-Za-z][\w.:-]*+)((?:[^<>\"']|\"[^<\"]*\"|'[^<']*')*+)>"
    r"|<![^<>]*>|<\?.*?(?:\?>|$)",
    re.S,
)
# Decimal character references with more digits than int() converts (leading zeros
# count): shortened to their value, which html.unescape then decodes as usual.
_LONG_REFERENCE = re.compile(r"&#([0-9]{8,})(;?)")
_LONGEST_CODE_POINT = len(str(0x10FFFF))
_CLASS_ATTR = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


@dataclass(slots=True)
class MarkupText:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    dateline: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


class _Builder:
    """Receives start/end/text events and assembles paragraphs and captions."""

    def __init__(self) -> None:
        self.out = MarkupText()
        self._buffer: list[str] = []
        self._skip: list[str] = []
        self._figure_depth = 0
        self._caption_parts: list[str] = []
        self._credit_parts: list[str] = []
        # Where text goes while inside a figure or TT dateline:
        # "caption", "credit", "dateline" or "ignore" (e.g. a figure's <img> block).
        self._mode: list[str] = []
        self._dateline_parts: list[str] = []
        self._adjacent = False
        self._space_pending = False

    def _target(self) -> list[str] | None:
        if not self._mode:
            return None if self._figure_depth else self._buffer
        mode = self._mode[-1]
        if mode == "caption":
            return self._caption_parts
        if mode == "credit":
            return self._credit_parts
        if mode == "dateline":
            return self._dateline_parts
        return None

    def start(self, tag: str, classes: str) -> None:
        if self._skip:
            if tag == self._skip[-1] and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _FIGURE:
            self._flush()
            self._figure_depth += 1
            return
        class_set = set(classes.lower().split()) if classes else set()
        if tag not in _VOID:
            if self._figure_depth and tag in _CAPTION_TEXT:
                self._mode.append("caption")
            elif self._figure_depth and (tag in _CREDIT_TEXT or class_set & _CREDIT_CLASSES):
                self._mode.append("credit")
            elif tag == "div" and "dat" in class_set and not self._mode:
                self._flush()
                self._mode.append("dateline")
            elif self._mode:
                self._mode.append(self._mode[-1])
            elif self._figure_depth:
                self._mode.append("ignore")
        self._line_break_or_block(tag)
        self._space_pending = tag not in _VOID and tag not in _BLOCK and self._adjacent
        self._adjacent = False

    def _line_break_or_block(self, tag: str) -> None:
        target = self._target()
        if tag in _LINE_BREAK:
            if target is not None:
                target.append("\n")
        elif tag in _CELL:
            if target is not None:
                target.append(" ")
        elif tag in _BLOCK and target is self._buffer:
            self._flush()

    def end(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _VOID:
            return
        if tag in _FIGURE:
            if self._figure_depth:
                self._figure_depth -= 1
                if not self._figure_depth:
                    self._close_figure()
            return
        if self._mode:
            target = self._target()
            if target is not None and tag in _BLOCK:
                target.append("\n")
            mode = self._mode.pop()
            if mode == "dateline" and not self._mode:
                self.out.dateline = " ".join("".join(self._dateline_parts).split()) or None
                self._dateline_parts.clear()
        elif tag in _BLOCK:
            self._flush()
        self._adjacent = tag not in _BLOCK

    def text(self, text: str) -> None:
        if self._skip or not text:
            return
        target = self._target()
        if target is not None:
            if (
                self._space_pending
                and text[:1].isalnum()
                and target
                and not target[-1][-1:].isspace()
            ):
                target.append(" ")
            target.append(text)
        if not text.isspace():
            self._adjacent = False
            self._space_pending = False

    def _flush(self) -> None:
        paragraph = "".join(self._buffer).strip("\n")
        self._buffer.clear()
        self._adjacent = False
        if paragraph.strip():
            self.out.paragraphs.append(paragraph)

    def _close_figure(self) -> None:
        caption = " ".join("".join(self._caption_parts).split())
        credit = " ".join("".join(self._credit_parts).split())
        self._caption_parts.clear()
        self._credit_parts.clear()
        self._mode.clear()
        if caption or credit:
            self.out.captions.append(Caption(caption, Credit(credit) if credit else None))

    def finish(self) -> MarkupText:
        self._flush()
        if self._figure_depth:
            self._close_figure()
        return self.out


def _walk(builder: _Builder, element: Element) -> None:
    """Events for an element and everything inside it, depth first. The path to the
    current node is a list, not the call stack: markup may nest deeper than Python
    recurses."""
    builder.start(element.tag, element.get("class", ""))
    if element.text:
        builder.text(element.text)
    path = [(element, iter(element))]
    while path:
        node, inner = path[-1]
        child = next(inner, None)
        if child is not None:
            builder.start(child.tag, child.get("class", ""))
            if child.text:
                builder.text(child.text)
            path.append((child, iter(child)))
            continue
        path.pop()
        builder.end(node.tag)
        if path and node.tail:
            builder.text(node.tail)


def _short_reference(match: re.Match[str]) -> str:
    digits = match.group(1).lstrip("0") or "0"
    if len(digits) > _LONGEST_CODE_POINT:
        return "\ufffd"  # beyond Unicode, as html.unescape has it
    return f"&#{digits}{match.group(2)}"


def _unescape(text: str) -> str:
    return html.unescape(_LONG_REFERENCE.sub(_short_reference, text) if "&#" in text else text)


def element_text(*elements: Element | None) -> MarkupText:
    """Paragraphs and captions of parsed XML elements (e.g. NITF body.content)."""
    builder = _Builder()
    for element in elements:
        if element is not None:
            _walk(builder, element)
    return builder.finish()


def html_text(markup: str) -> MarkupText:
    """Paragraphs and captions of an HTML or XHTML string, tolerant of sloppy markup."""
    builder = _Builder()
    position = 0
    for match in _HTML_TOKEN.finditer(markup):
        if match.start() > position:
            builder.text(_unescape(markup[position : match.start()]))
        position = match.end()
        cdata, closing, tag, attributes = match.groups()
        if cdata is not None:
            builder.text(cdata)
        elif tag:
            name = tag.lower().rsplit(":", 1)[-1]
            if closing:
                builder.end(name)
            else:
                class_match = _CLASS_ATTR.search(attributes) if "class" in attributes else None
                classes = next((g for g in class_match.groups() if g), "") if class_match else ""
                builder.start(name, classes)
                if name in _VOID or attributes.rstrip().endswith("/"):
                    builder.end(name)
    if position < len(markup):
        builder.text(_unescape(markup[position:]))
    return builder.finish()
