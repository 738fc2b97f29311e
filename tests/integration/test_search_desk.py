"""`wirepipe search` as the desk uses it, against the real node: word forms, filters, facets.

The local node has only Elasticsearch's core modules (no `english`
analyzer, no stemmer): "Valdoria" must still find "Valdoria's" and "leader"
must find "leaders". The stories are the demo samples, two pictures and a
German story, indexed as the pipeline indexes them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import orjson
import pytest

from pipeline.cli.main import main
from pipeline.index.search import SEARCH_FIELDS, DeskFilters, newsroom_query
from pipeline.index.setup import node_has_english_analyzer
from tests.integration.stories import SEED
from tests.integration.wire_index import Story, WireIndex
from tests.story_files import ROOT, STORIES

SAMPLES = ROOT / "pipeline" / "cli" / "samples"
EXTRA = ("apjson_picture_rally.json", "g2_reuters_picture_pool.xml", "text_dpa_german_von.txt")


@pytest.fixture(scope="module")
def desk(es_url: str) -> Iterator[WireIndex]:
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    files += [STORIES / name for name in EXTRA] + ([SEED] if SEED.exists() else [])
    index = WireIndex(es_url)
    try:
        index.feed([Story(path.read_bytes(), path.stem, time.time()) for path in files])
        yield index
    finally:
        index.close()


@pytest.fixture
def wirepipe(
    desk: WireIndex, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[object]:
    """`wirepipe search ...` on the test's alias; returns its standard output."""
    monkeypatch.setenv("ES_URL", desk.settings.es_url)
    monkeypatch.setenv("WIREPIPE_INDEX_ALIAS", desk.alias)

    def run(*args: str) -> str:
        assert main(["search", *args]) == 0
        return capsys.readouterr().out

    yield run


def sources(desk: WireIndex, text: str, filters: DeskFilters | None = None) -> list[str]:
    body = newsroom_query(text, size=50, include_duplicates=True, filters=filters)
    return sorted(hit["_source"]["source"] for hit in desk.search(**body)["hits"]["hits"])


def source_is(agency: str) -> dict[str, object]:
    return {"term": {"source": agency}}


@pytest.mark.parametrize(
    ("typed", "written", "agency"),
    [
        ("Valdoria", "Valdoria's", "TASS"),  # TASS's copy only says "Valdoria's"
        ("leader", "leaders", "EPA"),
        ("earthquakes", "earthquake", "Reuters"),
    ],
)
def test_possessives_and_plurals_match_on_this_node(
    desk: WireIndex, typed: str, written: str, agency: str
) -> None:
    only = DeskFilters(sources=(agency,))
    assert sources(desk, typed, only) == [agency]
    if not node_has_english_analyzer(desk.es):
        # What the node does by itself: the typed word alone misses the written form.
        body = newsroom_query(written, size=50, include_duplicates=True, filters=only)
        assert desk.search(**body)["hits"]["hits"]
        typed_alone = {"multi_match": {"query": typed, "fields": SEARCH_FIELDS}}
        assert desk.count({"bool": {"must": [typed_alone], "filter": [source_is(agency)]}}) == 0


def test_a_redistribution_is_one_hit_unless_asked_for(wirepipe, desk: WireIndex) -> None:
    out = wirepipe("Valdoria")
    assert out.startswith("1 shown of 1 stories for 'Valdoria'")
    assert sources(desk, "Valdoria") == ["AFP", "TASS"]
    every_copy = wirepipe("--include-duplicates", "Valdoria")
    assert every_copy.startswith("2 shown of 2 matching documents")


def test_the_facet_line_counts_stories_not_copies(wirepipe) -> None:
    facet_line = wirepipe("Valdoria").splitlines()[1]
    assert facet_line.startswith("agencies: ")
    assert "people: Lucia Ferraz 1 · Rodrigo Sales 1" in facet_line
    assert "places: Porto Alegre 1" in facet_line


def test_json_output_stays_machine_readable(wirepipe) -> None:
    lines = wirepipe("--json", "--include-duplicates", "Valdoria").splitlines()
    hits = [orjson.loads(line) for line in lines]
    assert sorted(hit["_source"]["source"] for hit in hits) == ["AFP", "TASS"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--person", "Lucia Ferraz"], ["AFP", "TASS"]),
        (["--person", "Ferraz"], ["AFP", "TASS"]),
        (["--org", "European Commission"], ["EPA"]),
        (["--place", "Rotterdam"], ["AP"]),
        (["--place", "Rotterdam", "--place", "Nairobi"], ["AP", "EPA"]),
        (["--source", "epa"], ["EPA"]),
        (["--lang", "de"], ["dpa"]),
        (["--until", "2025-06-01"], ["AFP", "AP"]),
        (["--since", "2025-02-01", "--until", "2025-06-01"], ["AFP"]),
        (["--type", "picture"], ["AP", "Reuters"]),
        (["--type", "picture", "--source", "Reuters"], ["Reuters"]),
        (["--byline", "Marta Oliveira"], ["AFP"]),
        (["--byline", "Vries", "--byline", "Schäfer"], ["AP", "dpa"]),
    ],
)
def test_desk_filters(wirepipe, args: list[str], expected: list[str]) -> None:
    lines = wirepipe("--json", "--include-duplicates", "-n", "50", *args).splitlines()
    assert sorted(orjson.loads(line)["_source"]["source"] for line in lines) == expected


@pytest.mark.parametrize(
    ("words", "agency"),
    [("Fernando Llano", "AP"), ("Mangiapane", "Reuters"), ("campaign rally", "AP")],
)
def test_pictures_are_found_by_caption_photographer_and_agency(
    desk: WireIndex, words: str, agency: str
) -> None:
    pictures = DeskFilters(types=("picture",))
    assert sources(desk, words, pictures)[0] == agency
    assert agency not in sources(desk, words, DeskFilters(sources=(agency,)))  # text by default


def test_the_terminal_shows_a_picture_as_such(wirepipe) -> None:
    out = wirepipe("--type", "picture", "Mangiapane")
    assert "(picture)" in out.splitlines()[3]
