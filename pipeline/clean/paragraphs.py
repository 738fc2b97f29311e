"""Rejoining hard-wrapped lines into paragraphs.

Blank lines always separate paragraphs. Inside a block of lines, a new
paragraph starts where:

- the line is indented (two columns or more) while other lines of the
  block are not: Reuters, ANPA and IPTC 7901 mark paragraphs that way,
  whereas uniform indentation is only pretty-printed XML;
- the line is a list item ("* ", "- ", "• ");
- the line, or the one before it, is a desk's note in parentheses on what
  the version changes ("(Adds analyst comment)"): set on a line of its own
  between headline and byline, it is never a wrapped part of either;
- the first word of the line would have fitted on the previous line, and
  that line ends a sentence or is a first line without punctuation: the
  wrap was intentional (a headline, the short last line of a paragraph);
  not where indentation marks paragraphs (Reuters' lines are short
  wherever an instrument code was taken out) nor in pretty-printed markup
  where every line after the first is indented alike;
- the previous lines end with a photo credit and this line does not
  continue it (the rest of a wrapped name is capitalised, and a credit that
  ends with its agency, "Max Muster/dpa", is complete): a caption glued on
  top of the story ends there;
- no line of the block is wrapped at all (lines over 150 characters):
  each line is then a paragraph, unless it goes on with a line that ends
  mid-sentence (a comma, "and") in lower case; nor is a block of trailer lines among the
  text's last three, each of them a trailer alone, or one that an end mark
  opens ("//انتهى//" / "14:20 ت م") ("Pewarta: Name" /
  "Editor: Name" / "Copyright ...", "COO/AOS" / "==========" / "Edited by
  Name"), however short its lines.

Joining removes end-of-line hyphenation ("negotia-" + "tions"), but keeps
the hyphen of compounds ("Russian-" + "backed", "self-" + "defence") and
before a conjunction ("Nord- und Südkorea"); CJK lines join without a
space.
"""

from __future__ import annotations

import re

from pipeline.clean.agencies import normalise_agency
from pipeline.clean.boilerplate import is_editorial_note, is_end_mark, is_trailer
from pipeline.clean.bylines import parse_byline
from pipeline.clean.credits import is_agency_in_parentheses, split_credit_tail

_BLOCK_SEPARATOR = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^(?:[*•·▪●◦‣-]|\d{1,2}[.)])\s+\S")
_UNWRAPPED_WIDTH = 150
_FIT_RATIO = 0.85
_WRAPPED_NAME_WORDS = 3
_CREDIT_REACH = 400
_SENTENCE_END = re.compile(r"[.!?:;\"'»”)]$")
_CONTINUES = re.compile(r"[,\-/(&]$|\b(?:and|or|the|a|of|to|in|und|et|y)$", re.I)
_INDENT = 2
# How many blocks at the end of a text may be blocks of trailer lines.
_TRAILER_BLOCKS = 3
_CREDIT_HINT = re.compile(
    r"/|\b(?:Photo|Foto|Credit|XINHUA|Xinhua|HANDOUT|EPA|AFP|REUTERS|TASS|ANADOLU|POOL)\b"
)
# Hyphenated compounds whose hyphen must survive a line break.
_COMPOUND_PREFIXES = frozenset(
    {
        "self",
        "non",
        "ex",
        "co",
        "anti",
        "pro",
        "post",
        "pre",
        "well",
        "half",
        "semi",
        "multi",
        "cross",
        "counter",
        "mid",
        "all",
        "long",
        "short",
        "high",
        "low",
        "full",
        "part",
        "vice",
        "quasi",
        "ultra",
        "so",
        "far",
        "left",
        "right",
        "year",
        "month",
        "week",
        "day",
        "state",
        "world",
        "first",
        "second",
        "third",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "single",
        "double",
        "x",
        "e",
        "re",
    }
)
_COMPOUND_TAILS = frozenset(
    {
        "based",
        "led",
        "backed",
        "owned",
        "run",
        "year",
        "years",
        "old",
        "term",
        "time",
        "level",
        "scale",
        "wide",
        "free",
        "related",
        "style",
        "like",
        "born",
        "made",
        "controlled",
        "linked",
        "funded",
        "sponsored",
        "affiliated",
        "aligned",
        "held",
        "friendly",
        "sized",
        "long",
        "off",
        "up",
        "in",
        "out",
        "down",
        "over",
        "elect",
        "point",
        "day",
        "week",
        "month",
        "hour",
        "minute",
        "mile",
        "seat",
        "member",
        "nation",
        "party",
        "way",
        "round",
        "story",
        "storey",
        "game",
        "match",
        "record",
        "high",
        "low",
        "speed",
        "class",
        "rate",
        "million",
        "billion",
    }
)
_CONJUNCTIONS = frozenset(
    {
        "and",
        "or",
        "und",
        "oder",
        "et",
        "ou",
        "y",
        "o",
        "e",
        "og",
        "eller",
        "och",
        "en",
        "ja",
        "tai",
        "bzw",
        "sowie",
    }
)
_WORD_EDGE = re.compile(r"[^\w]+")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3000 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
    )


def _glue(left: str, right: str) -> str | None:
    """What joins two wrapped lines: a space, nothing, or None to drop left's hyphen."""
    if len(left) >= 2 and left[-1] == "-" and left[-2].isalpha() and right[:1].islower():
        head = left[:-1].rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower()
        tail = _WORD_EDGE.split(right, 1)[0].lower()
        if tail in _CONJUNCTIONS:
            return " "
        if head in _COMPOUND_PREFIXES or tail in _COMPOUND_TAILS or any(c.isdigit() for c in head):
            return ""
        return None
    if left and right and _is_cjk(left[-1]) and _is_cjk(right[0]):
        return ""
    return " "


def _join(lines: list[str]) -> str:
    parts = [lines[0]]
    for line in lines[1:]:
        glue = _glue(parts[-1], line)
        if glue is None:
            parts[-1] = parts[-1][:-1]
        elif glue:
            parts.append(glue)
        parts.append(line)
    return "".join(parts)


def _last_lines(lines: list[str]) -> list[str]:
    """The last lines, enough to hold any credit line (a paragraph can be long)."""
    size, start = 0, len(lines)
    while start and size < _CREDIT_REACH:
        start -= 1
        size += len(lines[start]) + 1
    return lines[start:]


def _caption_ends_before(lines: list[str], line: str) -> bool:
    """The lines so far end with a complete credit, and `line` does not continue it."""
    if line[:1].islower() or not _CREDIT_HINT.search(" ".join(lines[-2:])):
        return False
    text = " ".join(_last_lines(lines))
    if text.count("(") > text.count(")"):
        return False  # "(Photo by Jane Roe/AFP via Getty" goes on in the next line
    tail = split_credit_tail(text)
    # An agency alone in parentheses ends a dateline ("SEOUL, Nov 26 (AFP)") as often as a caption.
    if tail is None or is_agency_in_parentheses(tail[1]):
        return False
    # The credit may wrap: "Foto: Max" + "Muster/dpa", "AFP PHOTO / ANNE" + "DUPONT"; the
    # rest of a name is capitalised, and a credit that ends with its agency ("Max
    # Muster/dpa") is complete.
    words = line.split()
    short_name = (
        len(words) <= _WRAPPED_NAME_WORDS
        and not _SENTENCE_END.search(line)
        and all(word[:1].isupper() for word in words)
        and not normalise_agency(tail[1].rpartition("/")[2])
    )
    if not ("/" in line or " via " in line or short_name):
        return True
    longer = split_credit_tail(f"{text} {line}")
    return not (longer and longer[1].endswith(line))


def _continued(previous: str, line: str) -> bool:
    """A line in lower case after one that ends mid-sentence ("dell'Economia," + "che
    stanzia ...") goes on with it, even among lines too long to be wrapped."""
    return line[:1].islower() and _CONTINUES.search(previous) is not None


def _intended_break(previous: str, line: str, index: int, width: int) -> bool:
    """The line's first word would have fitted on the previous line, which ends a
    sentence (or is a first line without punctuation, like a headline)."""
    first_word = line.split(None, 1)[0]
    if len(previous) + 1 + len(first_word) >= width * _FIT_RATIO:
        return False
    if _SENTENCE_END.search(previous):
        return True
    return index == 1 and not _CONTINUES.search(previous) and line[:1].isupper()


def _block_paragraphs(block: str, *, near_end: bool = False) -> list[str]:
    raw_lines = [line.rstrip() for line in block.split("\n")]
    raw_lines = [line for line in raw_lines if line.strip()]
    if not raw_lines:
        return []
    lines = [line.strip() for line in raw_lines]
    if len(lines) == 1:
        return [" ".join(lines[0].split())]
    # Trailers close the text (only its last blocks are looked at: it is fast); a byline over
    # its agency ("By Jane Doe" / "Associated Press") is one byline.
    if near_end and (
        is_end_mark(lines[0])
        or (parse_byline(lines[0]) is None and all(is_trailer(line) for line in lines))
    ):
        return [" ".join(line.split()) for line in lines]
    indents = [len(line) - len(line.lstrip()) for line in raw_lines]
    later = indents[1:]
    indent_marks = any(i >= _INDENT for i in later) and any(i < _INDENT for i in later)
    # Every later line indented alike: pretty-printed markup, whose breaks mean nothing.
    pretty_printed = all(i >= _INDENT for i in later)
    width = max(len(line) for line in lines)
    unwrapped = width > _UNWRAPPED_WIDTH
    paragraphs: list[list[str]] = [[lines[0]]]
    for index in range(1, len(lines)):
        line, previous = lines[index], lines[index - 1]
        starts_paragraph = (
            bool(_BULLET.match(line))
            or is_editorial_note(line)
            or is_editorial_note(previous)
            or (
                not pretty_printed
                and (
                    (unwrapped and not _continued(previous, line))
                    or (indent_marks and indents[index] >= _INDENT)
                    or (not indent_marks and _intended_break(previous, line, index, width))
                )
            )
            or _caption_ends_before(paragraphs[-1], line)
        )
        if starts_paragraph:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [" ".join(_join(group).split()) for group in paragraphs]


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, each on one line, whitespace collapsed."""
    paragraphs: list[str] = []
    blocks = _BLOCK_SEPARATOR.split(text)
    for index, block in enumerate(blocks):
        near_end = index >= len(blocks) - _TRAILER_BLOCKS
        paragraphs.extend(_block_paragraphs(block, near_end=near_end))
    return paragraphs


def unwrap_paragraphs(text: str) -> str:
    """Rejoin hard-wrapped lines; paragraphs separated by one blank line (idempotent)."""
    return "\n\n".join(split_paragraphs(text))
