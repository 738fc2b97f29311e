"""The story that started it all (docs/ARCHITECTURE.md), and the project's own story in its style."""

from __future__ import annotations

from tests.story_files import document

SEED = "seeds/000_5590fbeaf86f4176.txt"


def _check_seed_shape(article, caption_start, caption_end, photographers, body_start):
    assert len(article["captions"]) == 1
    caption = article["captions"][0]
    assert caption["text"].startswith(caption_start)
    assert caption["text"].endswith(caption_end)
    assert caption["credit"]["agencies"] == ["EPA", "TASS"]
    assert caption["credit"]["photographers"] == photographers
    assert caption["credit"]["pool"] is True
    assert article["body"].startswith(body_start)
    assert article["source"] == "TASS"
    assert article["headline"] is None
    # Paragraphs rejoined: no line break inside a paragraph, and none glued to the caption.
    for paragraph in article["body"].split("\n\n"):
        assert paragraph and "\n" not in paragraph
    assert caption_start not in article["body"]


def test_seed_story(shared_file):
    article = document(shared_file(SEED).read_bytes())
    _check_seed_shape(
        article,
        "U.S. State Secretary Antony Blinken (R) sits next to Canadian Foreign Minister "
        "Melanie Joly (L)",
        "08 July 2022.",
        ["Dita Alangkara"],
        "U.S. Secretary of State Antony Blinken said Saturday",
    )
    assert article["captions"][0]["credit"]["raw"] == "EPA/DITA ALANGKARA / POOL / TASS"
    assert len(article["body"].split("\n\n")) == 16


def test_project_story_in_seed_style(article):
    _check_seed_shape(
        article("text_summit_pool_caption.txt"),
        "Swiss President Hanna Meier (C) welcomes delegates",
        "14 March 2024.",
        ["Lukas Brandt"],
        "Ministers from eleven countries agreed on Thursday",
    )
