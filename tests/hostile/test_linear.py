"""The work grows linearly with a hostile input, wherever it once grew faster.

No speed is asserted: each case times the same operation on an input of size n
and of size 8n (best of three runs each, after a warm-up) and requires the
larger to take less than 24 times as long. Linear work takes about 8 times as
long, quadratic work 64 times, exponential work never ends (the time limit
ends it). The operation is repeated enough times for the smaller input to take
several milliseconds, so that timer noise does not decide, and the cyclic
garbage collector is paused while it runs: when its passes fall is not the
algorithm's doing.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from pipeline.clean import normalise_agency, parse_byline, parse_credit_line, repair_text
from pipeline.clean.boilerplate import split_boilerplate
from pipeline.clean.markup import strip_markup
from pipeline.enrich import enrich_story
from pipeline.entities import find_candidates, load_lexicons, tag_article
from pipeline.formats import detect_format
from pipeline.formats.markup import html_text
from tests.hostile.inputs import people_said

GROWTH = 8
LINEAR_LIMIT = 24  # times as long for GROWTH times the input
SMALLEST_RUN = 0.01  # seconds


@dataclass(frozen=True)
class Case:
    name: str
    operation: Callable[[Any], object]
    build: Callable[[int], Any]
    n: int


def _organisations(n: int) -> str:
    return "".join(f"Firm{i} Group said. F{i}G said. Firm{i} said. " for i in range(n))


CASES = [
    # The trailer of URLs is at most 600 characters: n is the number of URLs.
    Case("trailer-urls", split_boilerplate, lambda n: ["Text.", "http://a" * n + " !"], 9),
    Case("trailer-emails", split_boilerplate, lambda n: ["Text.", "a@b.cdef" * n + " !"], 9),
    Case("agency-noise", normalise_agency, lambda n: "x" + " ©" * n, 2_000),
    Case("agency-noise-glued", normalise_agency, lambda n: "©" * n + "x", 2_000),
    Case("byline-agency-noise", parse_byline, lambda n: "By Jane Doe, " + "©" * n + "x", 400),
    Case("trailing-spaces", repair_text, lambda n: "Text.\n" + " " * n + "x\n", 4_000),
    Case("trailing-tabs", repair_text, lambda n: "Text.\n" + "\t" * n + "x\n", 2_000),
    Case("nested-entities", strip_markup, lambda n: "&" + "amp;" * n + "lt;", 2_000),
    Case("entity-chain", strip_markup, lambda n: "&semi" * n + ";", 2_000),
    Case("nested-tags", strip_markup, lambda n: "<a " * n + ">" * n, 2_000),
    Case("ampersand-semicolons", strip_markup, lambda n: "&" + ";" * n, 8_000),
    Case("credit-url", parse_credit_line, lambda n: "www." * n + " x", 2_000),
    Case("doctype", detect_format, lambda n: b"<!DOCTYPE" + b" " * n, 4_000),
    Case("html-open-tag", html_text, lambda n: "<p>Text.</p><" + "a" * n, 4_000),
    Case("people", lambda body: tag_article({"body": body}), people_said, 4_000),
    Case("organisations", lambda body: tag_article({"body": body}), _organisations, 300),
    Case("known-names-in-a-headline", tag_article, lambda n: {
        "body": people_said(n), "headline": "Anna Says Wang Tells Maria And Lars " * 8}, 4_000),
    Case("capitalised-run", find_candidates, lambda n: "Aaaa Bbbb " * n + "said.", 400),
    Case("titles", find_candidates, lambda n: "Former " * n + "Smith said.", 400),
    Case("large-story", enrich_story, lambda n: b"Paris. " * n, 600),
]


def _seconds(operation: Callable[[Any], object], argument: Any, repeats: int) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(repeats):
                operation(argument)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.timeout(60, method="thread")
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_work_grows_linearly(case: Case) -> None:
    load_lexicons()
    small, large = case.build(case.n), case.build(case.n * GROWTH)
    case.operation(small)  # warm-up: caches, lazy imports
    once = _seconds(case.operation, small, 1)
    repeats = max(1, math.ceil(SMALLEST_RUN / max(once, 1e-6)))
    small_time = _seconds(case.operation, small, repeats)
    large_time = _seconds(case.operation, large, repeats)
    assert large_time < LINEAR_LIMIT * small_time, (
        f"{GROWTH}x the input took {large_time / small_time:.1f}x as long"
    )
