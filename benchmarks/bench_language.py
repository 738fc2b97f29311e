"""Benchmark of language identification: accuracy and speed, detector by detector.

    python -m benchmarks.bench_language [--rounds N]

Texts: the cleaned bodies of the cleaning evaluation's held-out stories
(tests/clean/eval/heldout), each with the language its expectations give,
and the short samples of tests/clean/eval/language_samples.json (Polish,
Czech, Turkish, Indonesian, Hungarian, Romanian, Ukrainian; from a
headline to a paragraph). Detectors: the project's `detect_language` and,
where installed, py3langid and lingua-language-detector as they ship
(their own models, nothing downloaded). Prints accuracy on each set and
microseconds of CPU per text (the least of the rounds, one core: other
processes on a shared machine do not count), then each miss.

Figures (64 texts: 36 held-out stories, 28 short samples; `--rounds 20`):

    detector                         held-out  samples   all    µs/text
    stop words and scripts (260cb5c)    0.889    0.000  0.500       26
    py3langid, 120 characters           1.000    1.000  1.000       84   <- the project's
    py3langid as shipped (2000 chars)   1.000    1.000  1.000      180
    lingua-language-detector 2.1        1.000    1.000  1.000     3000

The stop-word detector returned None for every language it had no list
for; lingua is as accurate here at thirty times the cost and a 96 MB
install; py3langid reads 120 characters as well as 2000 on these texts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.clean import clean_story, detect_language  # noqa: E402
from pipeline.formats import parse_story  # noqa: E402
from tests.clean.evaluation import load_stories  # noqa: E402

SAMPLES = ROOT / "tests" / "clean" / "eval" / "language_samples.json"
# What the cleaner reads of a text to tell its language.
_READ = 2000
Detector = Callable[[str], str | None]


def texts() -> dict[str, list[tuple[str, str]]]:
    """(text, language) pairs by set."""
    stories = []
    for story in load_stories("heldout"):
        article = clean_story(parse_story(story.path.read_bytes()))
        text = article["body"] or " ".join(c["text"] for c in article["captions"])
        stories.append((text or article["headline"] or "", story.expect["language"]))
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    return {
        "held-out stories": stories,
        "short samples": [(s["text"], s["language"]) for s in samples],
    }


def _norwegian(code: str | None) -> str | None:
    return "no" if code in ("nb", "nn") else code


def library_detectors() -> dict[str, Detector]:
    detectors: dict[str, Detector] = {}
    try:
        import py3langid  # type: ignore[import-untyped]

        detectors["py3langid"] = lambda text: _norwegian(py3langid.classify(text[:_READ])[0])
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder  # type: ignore[import-not-found]

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def lingua_detect(text: str) -> str | None:
            found = lingua.detect_language_of(text[:_READ])
            return _norwegian(found.iso_code_639_1.name.lower()) if found else None

        detectors["lingua"] = lingua_detect
    except ImportError:
        pass
    return detectors


def accuracy(detect: Detector, pairs: list[tuple[str, str]]) -> tuple[float, list[str]]:
    misses = [
        f"{language} -> {detect(text)}: {text[:60]!r}"
        for text, language in pairs
        if detect(text) != language
    ]
    return 1 - len(misses) / len(pairs), misses


def microseconds(detect: Detector, pairs: list[tuple[str, str]], rounds: int) -> float:
    per_text = []
    for _ in range(rounds):
        start = time.process_time_ns()
        for text, _language in pairs:
            detect(text)
        per_text.append((time.process_time_ns() - start) / 1000 / len(pairs))
    return min(per_text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sets = texts()
    everything = [pair for pairs in sets.values() for pair in pairs]
    detectors: dict[str, Detector] = {"project": detect_language, **library_detectors()}
    print(
        f"{'detector':12}" + "".join(f"{name:>18}" for name in sets) + f"{'all':>8}{'µs/text':>10}"
    )
    all_misses = {}
    for name, detect in detectors.items():
        detect(everything[0][0])  # load the model before timing
        scores = [accuracy(detect, pairs)[0] for pairs in sets.values()]
        total, misses = accuracy(detect, everything)
        all_misses[name] = misses
        print(
            f"{name:12}"
            + "".join(f"{s:18.3f}" for s in scores)
            + f"{total:8.3f}{microseconds(detect, everything, args.rounds):10.0f}"
        )
    for name, misses in all_misses.items():
        for miss in misses:
            print(f"  {name}: {miss}")


if __name__ == "__main__":
    main()
