"""The pieces of `wirepipe bench` that need no server: options, the pure run and its stage
timers, the story summary, percentiles, and the command line."""

from __future__ import annotations

import math

import orjson
import pytest

from pipeline import enrich
from pipeline.bench.end_to_end import percentile
from pipeline.bench.options import SECTIONS, BenchOptions
from pipeline.bench.pure import STAGES, run_pure, timed_stages
from pipeline.bench.runner import describe_stories, ratio
from pipeline.bench.stories import StoryMix, generate_stories
from pipeline.cli.bench import json_text
from pipeline.cli.main import build_parser


def test_nearest_rank_percentiles() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([3.0], 0.99) == 3.0
    assert percentile([5.0, 1.0, 3.0], 0.5) == 3.0


def test_ratio_is_none_without_both_figures() -> None:
    assert ratio(30.0, 100.0) == 0.3
    assert ratio(None, 100.0) is None
    assert ratio(30.0, 0.0) is None


def test_sections_and_stream_length() -> None:
    default = BenchOptions()
    assert not default.runs("workers")  # one worker is the e2e section already
    assert all(default.runs(section) for section in SECTIONS if section != "workers")
    assert default.stream_length() == 2 * 3000 + 50 * 30
    pure_only = BenchOptions(stories=10, skip=frozenset(SECTIONS) - {"pure"})
    assert not pure_only.needs_servers()
    assert pure_only.stream_length() == 10
    assert BenchOptions(workers=2, skip=frozenset({"e2e", "latency"})).stream_length() == 3000


def test_timed_stages_measure_each_stage_and_put_the_functions_back() -> None:
    originals = {name: getattr(enrich, name) for name in STAGES.values()}
    story = generate_stories(1, seed=3)[0]
    seconds: dict[str, float] = {}
    with timed_stages(seconds):
        article = enrich.enrich_story(story.payload, key=story.key)
    assert set(seconds) == set(STAGES)
    assert all(value > 0 for value in seconds.values())
    assert article["guid"] == story.key
    assert {name: getattr(enrich, name) for name in STAGES.values()} == originals


def test_the_pure_run_reports_rates_stages_and_decisions() -> None:
    stories = generate_stories(30, seed=4, mix=StoryMix(duplicates=0.2, versions=0.1))
    run = run_pure(stories, warmup=generate_stories(2, seed=99))
    report = run.report()
    assert report["stories"] == 30
    assert sum(report["decisions"].values()) == 30
    assert report["documents"] == len(run.documents) == 30  # no kill, nothing skipped
    stages = report["stage_us_per_story"]
    assert set(stages) == {*STAGES, "assemble", "dedup"}
    enrich_us = 1e6 / report["enrich_per_second"]
    assert math.isclose(sum(v for k, v in stages.items() if k != "dedup"), enrich_us, rel_tol=0.02)
    assert report["per_second"] <= report["enrich_per_second"]


def test_story_summary() -> None:
    stories = generate_stories(50, seed=5)
    summary = describe_stories(stories)
    assert summary["count"] == 50
    assert sum(summary["kinds"].values()) == sum(summary["formats"].values()) == 50
    assert summary["bytes"]["min"] <= summary["bytes"]["median"] <= summary["bytes"]["max"]


def test_command_line_options() -> None:
    args = build_parser().parse_args(
        ["bench", "--stories", "50", "--skip", "e2e", "latency", "--skip", "dedup",
         "--workers", "2", "--duplicates", "0.3", "--seed", "9"]
    )  # fmt: skip
    assert args.stories == 50
    assert set(args.skip) == {"e2e", "latency", "dedup"}
    assert (args.workers, args.duplicates, args.seed) == (2, 0.3, 9)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--skip", "everything"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--duplicates", "1.5"])


def test_report_text_is_json() -> None:
    text = json_text({"pure": {"per_second": 101.5}, "skip": []})
    assert text.endswith("\n")
    assert orjson.loads(text) == {"pure": {"per_second": 101.5}, "skip": []}
