"""Property tests: the tagger never raises, and every offset points at a name of its entity."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.entities import tag_article

# Text that looks like wire copy often enough to exercise every rule: capitalised words,
# known names, titles, small words, punctuation, quotes and line breaks.
WORDS = st.sampled_from(
    [
        "Blinken",
        "Antony",
        "said",
        "the",
        "of",
        "and",
        "U.S.",
        "Secretary",
        "State",
        "Moscow",
        "Russia's",
        "Foreign",
        "Minister",
        "Bank",
        "England",
        "Wang",
        "Yi",
        "in",
        "Bali",
        ",",
        ".",
        "“",
        "”",
        '"',
        "'s",
        "’",
        "(",
        ")",
        "AFP",
        "Group",
        "Veltrana",
        "von",
        "der",
        "Leyen",
        "Mr.",
        "St.",
        "Port-au-Prince",
        "al-Burhan",
        "Kim",
        "Jong-un",
        "OPEC+",
        "G20",
        "\n\n",
        "President",
        "Pope",
        "Francis",
        "Union",
        "The",
        "said.",
        "Nusa",
        "Dua",
        "told",
        "dpa",
    ]
)
WIRE_TEXT = st.lists(WORDS, max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), WIRE_TEXT)


def _check_offsets(article: dict) -> None:
    body = article["body"] if isinstance(article.get("body"), str) else ""
    for entity in article["entities"]:
        for start, end in entity["offsets"]:
            assert 0 <= start < end <= len(body)
            assert body[start:end] in entity["aliases"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=ANY_TEXT, headline=st.one_of(st.none(), ANY_TEXT), caption=ANY_TEXT)
def test_any_text_is_tagged_and_offsets_slice_the_body(
    body: str, headline: str | None, caption: str
) -> None:
    article = {
        "body": body,
        "headline": headline,
        "captions": [
            {
                "text": caption,
                "credit": {"raw": caption, "agencies": [caption], "photographers": [caption]},
            }
        ],
        "dateline": {"raw": caption, "place": caption, "date": None, "agency": caption},
        "language": "en",
    }
    tagged = tag_article(article)
    _check_offsets(tagged)
    for field in ("persons", "organizations", "places", "countries"):
        assert all(isinstance(name, str) for name in tagged[field])


@settings(max_examples=100, deadline=None)
@given(
    article=st.dictionaries(
        st.sampled_from(["body", "headline", "captions", "dateline", "language"]),
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=50),
            st.lists(st.text(max_size=20), max_size=3),
            st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
        ),
    )
)
def test_malformed_articles_do_not_raise(article: dict) -> None:
    tagged = tag_article(article)
    assert isinstance(tagged["entities"], list)
    _check_offsets(tagged)
