"""Dedup benchmark: accuracy on the labelled set, and throughput of fingerprint + decide.

    python benchmarks/bench_dedup.py [--stories 3000] [--seeds 10]

Accuracy: pairwise precision and recall of "same cluster" over tests/dedup/eval
at the default settings, a sweep of the threshold, and the spread over hash
seeds (the seed changes which shingles land in which bin and band, so it shows
how much the figures owe to luck). Throughput: a stream of distinct stories
generated from the labelled set's own bigrams, one in five followed later by an
edited copy under another agency's name, fingerprinted and decided on one core
against in-memory state; also the state kept per story.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.dedup import (
    Deduplicator,
    DedupSettings,
    DedupStore,
    fingerprint_article,
)
from pipeline.model import document_id
from tests.dedup.evaluation import LabelledStory, load_labelled_set, score_labelled_set

EVAL_SET = Path(__file__).resolve().parents[1] / "tests" / "dedup" / "eval"
SWEEP = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)
START = 1_715_000_000.0


def report_accuracy(stories: list[LabelledStory], seeds: int) -> None:
    default = DedupSettings()
    clusters = len({s.cluster for s in stories})
    print(f"labelled set: {len(stories)} stories in {clusters} clusters ({EVAL_SET})")
    scores = score_labelled_set(stories, default)
    print(
        f"default threshold {default.threshold}: precision {scores.precision:.3f}  "
        f"recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
        f"({scores.correct_pairs} of {scores.predicted_pairs} predicted pairs correct, "
        f"{scores.true_pairs} true pairs)"
    )
    print(f"\nthreshold sweep (precision / recall, min over {seeds} hash seeds in brackets)")
    print("  threshold  precision  recall   F1     [min P  min R]")
    for threshold in SWEEP:
        runs = [
            score_labelled_set(stories, DedupSettings(threshold=threshold, seed=seed))
            for seed in range(1, seeds + 1)
        ]
        first = runs[0]
        print(
            f"  {threshold:9.2f}  {first.precision:9.3f}  {first.recall:6.3f}  {first.f1:.3f}"
            f"  [{min(r.precision for r in runs):.3f}  {min(r.recall for r in runs):.3f}]"
        )
    spread = [score_labelled_set(stories, DedupSettings(seed=s)) for s in range(1, seeds + 1)]
    print(
        f"\ndefault settings over {seeds} seeds: precision mean "
        f"{mean(s.precision for s in spread):.3f} min {min(s.precision for s in spread):.3f}, "
        f"recall mean {mean(s.recall for s in spread):.3f} min {min(s.recall for s in spread):.3f}"
    )


def bigram_model(stories: list[LabelledStory]) -> dict[str, list[str]]:
    following: dict[str, list[str]] = defaultdict(list)
    for story in stories:
        tokens = story.article["body"].split()
        for current, nxt in pairwise(tokens):
            following[current].append(nxt)
    return following


def invented_entities(rng: random.Random) -> list[dict]:
    """Names of a story's own, as the tagger gives them: shared names would make one event."""

    def word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    return [
        {
            "name": f"{word().title()} {word().title()}",
            "type": kind,
            "mentions": 1,
            "offsets": [],
            "roles": [],
            "sources": ["body"],
            "aliases": [],
        }
        for kind in ("PERSON", "PERSON", "ORG", "PLACE")
    ]


def generated_stream(stories: list[LabelledStory], count: int) -> Iterator[dict]:
    """Distinct stories from the set's bigrams; every fifth is re-filed edited a little later."""
    rng = random.Random(5)
    following = bigram_model(stories)
    starts = [s.article["body"].split()[0] for s in stories]
    template = stories[0].article
    pending: list[dict] = []
    for number in range(count):
        if pending and number % 5 == 4:
            original = pending.pop(0)
            paragraphs = original["body"].split("\n\n")
            paragraphs[0] = " ".join(rng.choice(list(following)) for _ in range(30))
            yield original | {
                "guid": f"copy-{number}",
                "source": "benchcopy",
                "id": document_id("benchcopy", f"copy-{number}"),
                "body": "\n\n".join(paragraphs[:-1]),
            }
            continue
        paragraphs = []
        for _ in range(rng.randint(4, 9)):
            word = rng.choice(starts)
            sentence = [word]
            for _ in range(rng.randint(25, 55)):
                word = rng.choice(following.get(word) or starts)
                sentence.append(word)
            paragraphs.append(" ".join(sentence))
        story = template | {
            "guid": f"bench-{number}",
            "source": "bench",
            "id": document_id("bench", f"bench-{number}"),
            "headline": f"Story {number}",
            "slugline": f"BENCH-{number}",
            "body": "\n\n".join(paragraphs),
            "entities": invented_entities(rng),
        }
        if number % 5 == 0:
            pending.append(story)
        yield story


def report_throughput(stories: list[LabelledStory], count: int) -> None:
    stream = list(generated_stream(stories, count))
    store = DedupStore()
    dedup = Deduplicator(store)
    fingerprint_seconds = decide_seconds = 0.0
    reasons: dict[str, int] = defaultdict(int)
    for number, article in enumerate(stream):
        started = time.perf_counter()
        article["dedup"] = fingerprint_article(article)
        fingerprinted = time.perf_counter()
        decision = dedup.decide(article, START + number)
        decide_seconds += time.perf_counter() - fingerprinted
        fingerprint_seconds += fingerprinted - started
        reasons[decision.reason] += 1
    total = fingerprint_seconds + decide_seconds
    words = sum(len(a["body"].split()) for a in stream) / len(stream)
    print(f"\nthroughput: {len(stream)} generated stories, {words:.0f} words on average")
    print(
        f"  fingerprint + decide: {len(stream) / total:,.0f} stories/s on one core "
        f"(fingerprint {1000 * fingerprint_seconds / len(stream):.2f} ms, "
        f"decide {1000 * decide_seconds / len(stream):.2f} ms per story)"
    )
    print("  decisions: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    evidence = mean(len(a["dedup"]["evidence"]) for a in stream)
    print(
        f"\nstate after the stream: {len(store)} stories, "
        f"{store.memory_bytes() / len(store):,.0f} bytes each in memory "
        f"(evidence {evidence:.0f} bytes of it)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=3000, help="stories in the throughput run")
    parser.add_argument("--seeds", type=int, default=10, help="hash seeds for the spread")
    args = parser.parse_args()
    stories = load_labelled_set(EVAL_SET)
    report_accuracy(stories, args.seeds)
    report_throughput(stories, args.stories)


if __name__ == "__main__":
    main()
