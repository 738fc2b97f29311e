"""Properties: parsing never fails but with the typed error, cleaning is
idempotent, and no word of the story is lost.

`story_words` counts a story's words after the cleaner's own character repair,
so it cannot see words that repair wrongly removes; the angle-bracket property
counts the words it wrote into the text instead."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.clean import (
    article_words,
    clean_story,
    repair_text,
    story_words,
    unwrap_paragraphs,
)
from pipeline.clean.bylines import BYLINE_INTRODUCERS
from pipeline.clean.headlines import split_version_mark
from pipeline.clean.paragraphs import split_paragraphs
from pipeline.clean.words import words
from pipeline.formats import StoryParseError, parse_story
from pipeline.model import Caption, Credit, RawStory
from tests.clean.evaluation import load_stories
from tests.story_files import STORIES

FIXTURE_BYTES = [path.read_bytes() for path in sorted(STORIES.iterdir())]
# The cleaning evaluation's stories: every format, many agencies' styles and languages.
EVALUATION_BYTES = [story.path.read_bytes() for story in load_stories()]
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])

WORDS = ("the minister said on Tuesday that talks with Russia and China would continue "
         "despite pressure from allies in Brussels négociations Verhandlungen según "
         "self-defence state-owned 2,400 percent $1.2 billion Blinken Lavrov").split()
CAPTIONS = ["Leaders meet in Bali, Indonesia, 08 July 2022.",
            "A man walks past a damaged building in Kyiv, Ukraine, March 3, 2024."]
CREDITS = ["EPA/DITA ALANGKARA / POOL / TASS", "REUTERS/Jane Doe/File Photo",
           "(AP Photo/John Roe)", "AFP PHOTO / ANNE DUPONT", "XINHUA",
           "(Photo by Jane Roe/AFP via Getty Images)", "Foto: Max Muster/dpa"]
DATELINES = ["WASHINGTON (AP) — ", "NUSA DUA, Indonesia, July 9 (Reuters) - ",
             "Paris, 8 juil 2022 (AFP) - ", "Berlin (dpa) - ", ""]
BYLINES = ["By Jane Doe, Reuters", "By PAUL BYRNE and ALMUDENA CALATRAVA", "Von Anna Schmidt, dpa"]
TRAILERS = ["(Reporting by Jane Doe; Editing by John Roe)", "(c) Copyright Thomson Reuters 2024.",
            "-- ends", "AFP sn"]


def _parse_and_clean(data: bytes) -> None:
    try:
        raw = parse_story(data)
    except StoryParseError:
        return
    clean_story(raw)


@PROPERTY_SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_story_or_the_typed_error(data):
    _parse_and_clean(data)


@PROPERTY_SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_text_gives_a_story_or_the_typed_error(text):
    _parse_and_clean(text.encode("utf-8"))


@PROPERTY_SETTINGS
@given(st.sampled_from(FIXTURE_BYTES), st.data())
def test_damaged_fixtures_give_a_story_or_the_typed_error(data, draw):
    # Cut, overwrite and splice real payloads: the shapes parsers meet in broken feeds.
    start = draw.draw(st.integers(0, len(data)))
    end = draw.draw(st.integers(start, min(len(data), start + 200)))
    patch = draw.draw(st.binary(max_size=40) | st.sampled_from(
        [b"", b"<", b"&", b"]]>", b'"', b"{", b"}", b"\x00", b"\x02", b"\x03", b"null", b"[]"]))
    _parse_and_clean(data[:start] + patch + data[end:])


@st.composite
def wire_texts(draw) -> tuple[str, tuple[str, str] | None]:
    """Plain-text wire copy: optional caption, byline, dateline, hard-wrapped
    paragraphs, trailers."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=60))
        sentence = " ".join(words) + "."
        paragraphs.append(sentence[0].upper() + sentence[1:])
    paragraphs[0] = draw(st.sampled_from(DATELINES)) + paragraphs[0]
    if draw(st.booleans()):
        paragraphs.insert(0, draw(st.sampled_from(BYLINES)))
    caption = (draw(st.sampled_from(CAPTIONS)), draw(st.sampled_from(CREDITS)))
    position = draw(st.sampled_from(["none", "top", "middle", "bottom"]))
    index = {"top": 0, "middle": len(paragraphs) // 2 + 1, "bottom": len(paragraphs)}.get(position)
    if index is not None:
        paragraphs.insert(index, " ".join(caption))
    # A caption above story text is glued to it (no blank line) or set apart.
    above_text = index is not None and index + 1 < len(paragraphs)
    glue = "\n" if above_text and draw(st.booleans()) else "\n\n"
    paragraphs += draw(st.lists(st.sampled_from(TRAILERS), max_size=2, unique=True))
    width = draw(st.integers(40, 110))
    text = ""
    for number, paragraph in enumerate(paragraphs):
        text += _wrap(paragraph, width) + (glue if number == index else "\n\n")
    return text, caption if index is not None else None


def _wrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def _as_raw(article) -> RawStory:
    """An article fed back to the cleaner: its fields as a format would deliver them."""
    body = "\n\n".join(filter(None, [article["body"], *article["boilerplate"]]))
    return RawStory(
        format=article["format"], type=article["type"], body=body, guid=article["guid"],
        version=article["version"], source=article["source"], headline=article["headline"], slugline=article["slugline"],
        byline=", ".join(filter(None, [article["byline"], article["byline_affiliation"]])) or None,
        dateline=article["dateline"]["raw"] if article["dateline"] else None,
        abstract=article["abstract"], language=article["language"],
        captions=[Caption(c["text"], Credit(c["credit"]["raw"]) if c["credit"] else None,
                          "/".join(c["credit"]["agencies"]) if c["credit"] else None)
                  for c in article["captions"]],
        subjects=article["subjects"], urgency=article["urgency"],
        firstcreated=article["firstcreated"], versioncreated=article["versioncreated"],
        embargo=article["embargo"], pubstatus=article["pubstatus"], signals=article["signals"],
        ednote=article["ednote"],
    )


def _version_mark_words(raw: RawStory, article) -> Counter[str]:
    """The words of the desk's version mark ("UPDATE 2-") that the headline taken from the
    text lost: they became a signal, so they are accounted for."""
    headline = article["headline"]
    for paragraph in split_paragraphs(repair_text(raw.body or "")):
        unmarked, signals = split_version_mark(paragraph)
        if signals and unmarked == headline:
            return words(paragraph) - words(unmarked)
    return Counter()


def assert_nothing_lost(raw: RawStory, article, *, exact: bool) -> None:
    """Every word of the story's text is in the article (only byline introducers and the
    version mark that became a signal go); with `exact`, nothing else is."""
    missing = story_words(raw) - article_words(article) - _version_mark_words(raw, article)
    assert set(missing) <= BYLINE_INTRODUCERS, dict(missing)
    if exact:
        assert not article_words(article) - story_words(raw)


@PROPERTY_SETTINGS
@given(wire_texts())
def test_wire_text_splits_captions_loses_no_word_and_cleans_idempotently(story):
    text, caption = story
    raw = parse_story(text.encode("utf-8"))
    article = clean_story(raw)
    if caption:
        assert [(c["text"], c["credit"]["raw"]) for c in article["captions"]] == [caption]
        assert caption[0] not in article["body"]
    assert_nothing_lost(raw, article, exact=True)
    assert clean_story(_as_raw(article)) == article


@PROPERTY_SETTINGS
@given(st.text(min_size=1, max_size=2000))
def test_arbitrary_text_loses_no_word(text):
    try:
        raw = parse_story(text.encode("utf-8"), format="text")
    except StoryParseError:
        return
    assert_nothing_lost(raw, clean_story(raw), exact=True)


@PROPERTY_SETTINGS
@given(st.text(max_size=2000))
@example("\xa0Ì\x86")  # mojibake of a breve that a plain space completes
@example("â\x80")  # a closing quote's first bytes, the second read as a control
def test_repair_and_unwrap_are_idempotent(text):
    repaired = repair_text(text)
    assert repair_text(repaired) == repaired
    unwrapped = unwrap_paragraphs(repaired)
    assert unwrap_paragraphs(unwrapped) == unwrapped


def test_fixtures_lose_no_word_and_clean_idempotently():
    for data in FIXTURE_BYTES + EVALUATION_BYTES:
        raw = parse_story(data)
        article = clean_story(raw)
        # Formats may repeat text in metadata (a headline as the body's first line, a
        # picture twice), so only plain text is held to the exact word count.
        assert_nothing_lost(raw, article, exact=raw.format == "text")
        assert clean_story(_as_raw(article)) == article, raw.format


# Plain words, some spelled like HTML elements ("Mark", "Time"), in a text with
# angle brackets around some of them and real markup between them.
TEXT_WORDS = ("shares rose while bonds fell sharply the minister said talks Acme Corp Mark "
              "Time Search Data Brussels négociations Verhandlungen").split()
MARKUP = ["<p>", "</p>", "<b>", "</b>", "<BR>", "<br/>", '<span class="x">', "</span>",
          '<a href="https://example.org/a">', "</a>", "<o:p>", "</o:p>", "<td nowrap>",
          "&lt;i&gt;", "&amp;lt;/i&amp;gt;", "&amp;"]


@st.composite
def texts_with_brackets(draw) -> tuple[str, list[str]]:
    """(text, the words written into it)."""
    pieces, written = [], []
    for _ in range(draw(st.integers(1, 30))):
        kind = draw(st.sampled_from(["word", "bracketed", "markup"]))
        if kind == "markup":
            pieces.append(draw(st.sampled_from(MARKUP)))
            continue
        group = draw(st.lists(st.sampled_from(TEXT_WORDS), min_size=1, max_size=3))
        written += group
        text = " ".join(group)
        pieces.append(f"<{text}>" if kind == "bracketed" else text)
    separators = draw(st.lists(st.sampled_from([" ", "\n", "  ", " \n\n "]),
                               min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, separators, strict=True)), written


@PROPERTY_SETTINGS
@given(texts_with_brackets())
def test_text_in_angle_brackets_is_kept_and_markup_goes(story):
    text, written = story
    try:
        raw = parse_story(text.encode("utf-8"), format="text")
    except StoryParseError:
        assert not written  # only markup: no words
        return
    article = clean_story(raw)
    expected = words(" ".join(written))
    assert not expected - story_words(raw), text
    assert not expected - article_words(article), text
    for tag in ("<p>", "<b>", "<BR>", "<span", "<a href", "<o:p>", "<td", "<i>", "&amp;"):
        assert tag not in article["body"], text
