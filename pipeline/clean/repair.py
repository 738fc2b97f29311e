"""Character-level repair of story text.

- leftover markup: tags of real markup are removed (block tags become line
  breaks) and entities decoded, to the end, so double-escaped copy
  ("&amp;lt;p&amp;gt;") comes out clean and a second pass changes nothing
  (see markup.py); text in angle brackets that is no markup stays;
- mojibake (UTF-8 read as Windows-1252: "DÃ©cÃ¨s", "WrocÅ‚aw", "Ä°stanbul",
  "ÐœÐ¾ÑÐºÐ²Ð°") is fixed with ftfy, only when its tell-tale sequences are
  present, which keeps clean text fast: they are looked for only where one
  of their first characters stands (Â-Ã for Latin-1, Ä-Å for Latin
  Extended-A, È for Romanian's comma letters, Ì-Í for combining accents,
  Î-Ï for Greek, Ð-Ñ for Cyrillic, ×-Ù for Hebrew and Arabic, â for
  punctuation), and lower-case accented letters are none of them. It is
  fixed once before controls and soft hyphens are dropped: bytes that
  Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D) come
  through as controls and 0xAD as a soft hyphen, and without them a
  sequence could no longer be fixed ("Ñ\x81" is "с"). A closing quote
  whose last byte was lost or is an invisible control ("â€" + space, as
  web pages show it) is restored first, because ftfy would read the space
  as part of a dagger ("†");
- control characters go, line breaks become "\\n", exotic spaces become
  spaces, zero-width spaces and soft hyphens go (the zero-width joiner and
  non-joiner, which Persian and the Indic scripts spell with, stay);
- quotes: typographic and teletype (``, '') double quotes become ", single
  curly quotes and apostrophes become '; guillemets stay (they are the
  quotation marks of French, German and Nordic copy);
- runs of spaces inside a line collapse; indentation at the start of a line
  is kept, because paragraph unwrapping reads it.

Every step reads the text a bounded number of times, whatever it holds,
and a step whose characters the text does not contain is skipped: most copy
is clean, and the cleaner repairs every field of every story.
"""

from __future__ import annotations

import re

import ftfy

from pipeline.clean.markup import DROPPED, strip_markup

# Every mojibake sequence below starts with one of these.
_MOJIBAKE_LEADS = "ÂÃÄÅÈÌÍÎÏÐÑ×ØÙâ"
_MOJIBAKE = re.compile(
    r"[ÂÃÄÅÈÌÍÎÏÐÑ×ØÙ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
    r"\xa0-\xbf]|â€|â[\x80-\x9f]|Ã[©¨ªº¶¼¤§]"
)
# "”" read as Windows-1252 is "â€" and the control 0x9D, which copy often loses.
_LOST_CLOSING_QUOTE = re.compile(r"â€(?:\x9d|(?=[\s\"'.,;:!?)\]]|$))")
# Fixing mojibake can reveal more of it (a control character dropped between
# two halves of a sequence); copy that needs more passes than this is left as it is.
_MOJIBAKE_PASSES = 4
_LINE_BREAK = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}")
# Exotic spaces, curly single and double quotes: what each becomes.
_PLAIN = {
    **dict.fromkeys("\xa0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))), " "),
    **dict.fromkeys("\u2018\u2019\u201a\u201b", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
}
_TYPOGRAPHY = re.compile(f"[{''.join(_PLAIN)}]")


def _characters(text: str) -> str:
    """Markup, controls and line breaks repaired."""
    text = strip_markup(DROPPED.sub("", text))
    return _LINE_BREAK.sub("\n", text.replace("\r\n", "\n"))


def _plain(match: re.Match[str]) -> str:
    return _PLAIN[match.group()]


def _without_trailing_spaces(text: str) -> str:
    if " \n" not in text and not text.endswith(" "):
        return text
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def _has_mojibake(text: str) -> bool:
    """A mojibake sequence is present, looked for only where its first character stands
    (a few places in clean copy: a search of the whole text would cost more)."""
    if text.isascii():
        return False
    for lead in _MOJIBAKE_LEADS:
        start = text.find(lead)
        while start >= 0:
            if _MOJIBAKE.match(text, start):
                return True
            start = text.find(lead, start + 1)
    return False


def _restore_lost_quotes(text: str) -> str:
    return _LOST_CLOSING_QUOTE.sub("\u201d", text) if "â€" in text else text


def repair_text(text: str) -> str:
    """Repair one text: markup, mojibake, controls, spaces and quotes (idempotent)."""
    text = _restore_lost_quotes(text)
    if _has_mojibake(text):
        text = ftfy.fix_encoding(text)  # before the controls that complete a sequence go
    text = _characters(text)
    for _ in range(_MOJIBAKE_PASSES):
        # A fix may reveal a quote that lost its last byte ("â\x80" read as "â€").
        text = _restore_lost_quotes(text)
        if not _has_mojibake(text):
            break
        fixed = ftfy.fix_encoding(text)
        if fixed == text:
            break
        text = _characters(fixed)
    plain = _plain_typography(text)
    if plain != text and _has_mojibake(plain):
        # A plain space can complete a sequence an exotic one hid ("\xa0Ì\x86" is a
        # space and a breve): one more try, so that a second repair finds nothing to do.
        fixed = ftfy.fix_encoding(plain)
        if fixed != plain:
            return _plain_typography(_characters(fixed))
    return plain


def _plain_typography(text: str) -> str:
    """Tabs, exotic spaces, curly and teletype quotes, inner and trailing spaces made plain."""
    text = text.replace("\t", "    ")
    if not text.isascii():
        text = _TYPOGRAPHY.sub(_plain, text)
    # Curly singles first: two of them in a row become teletype '' and then ".
    text = text.replace("``", '"').replace("''", '"')
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    return _without_trailing_spaces(text)


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


_WORD_LETTERS = re.compile(r"[^\W\d_]+")


# Dutch and German name particles, written in lower case inside a full name ("Koen van
# Weel", "Ursula von der Leyen"); Romance ones ("De Rosa") are capitalised as often as not.
_INNER_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "vom", "zu", "zum", "zur"})


def capitalise_words(text: str) -> str:
    """ "DITA ALANGKARA" -> "Dita Alangkara", "JEAN-PIERRE O'NEIL" -> "Jean-Pierre O'Neil",
    "KOEN VAN WEEL" -> "Koen van Weel"."""
    return _WORD_LETTERS.sub(_capitalised, text.lower())


def _capitalised(match: re.Match[str]) -> str:
    word = match.group(0)
    inner = match.start() > 0 and match.string[match.start() - 1] == " "
    return word if inner and word in _INNER_PARTICLES else word.capitalize()
