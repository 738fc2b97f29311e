"""`wirepipe demo`: the whole pipeline on sample wire copy, unattended.

Starts the local stack (or uses KAFKA_BOOTSTRAP / ES_URL), creates topics and
the index, runs one worker, feeds the bundled samples, the shared seed and
corpus stories when that folder exists, and any folder given with --wire,
then waits until the stories are searchable and shows a few searches.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from argparse import Namespace
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.config import load_settings
from pipeline.index.search import newsroom_query

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT / "deploy" / "samples"
# The seed story, another agency's redistribution folded into its cluster,
# and a story from the shared corpus.
DEMO_SEARCHES = ("Lavrov", "Valdoria run-off", "earthquake", "Assad")
SETTLE_SECONDS = 8.0


def shared_dir() -> Path:
    return Path(os.environ.get("WIREPIPE_SHARED") or REPO_ROOT.parent / "shared")


def demo_inputs(wire: str | None) -> list[Path]:
    shared = shared_dir()
    candidates = [SAMPLES_DIR, shared / "seeds", shared / "corpus" / "wire"]
    if wire:
        candidates.append(Path(wire))
    return [path for path in candidates if path.exists()]


def wait_until_searchable(
    es: Elasticsearch, alias: str, must_find: str | None, timeout: float
) -> int:
    """Wait until the index stops growing (and `must_find` matches); returns the doc count."""
    deadline = time.monotonic() + timeout
    last_count, stable_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        es.indices.refresh(index=alias)
        count = int(es.count(index=alias)["count"])
        if count != last_count:
            last_count, stable_since = count, time.monotonic()
        found = (
            must_find is None
            or es.search(index=alias, **newsroom_query(must_find, size=1))["hits"]["total"]["value"]
            > 0
        )
        if found and count > 0 and time.monotonic() - stable_since >= SETTLE_SECONDS:
            return count
        time.sleep(1.0)
    raise TimeoutError(f"stories not searchable after {timeout:.0f}s ({last_count} indexed)")


def run_demo(*, wire: str | None, timeout: float) -> int:
    from pipeline import stack
    from pipeline.cli import cmd_setup, iter_story_files
    from pipeline.produce import produce_files
    from pipeline.search_cli import run_search

    endpoints = stack.up()
    os.environ.setdefault("KAFKA_BOOTSTRAP", endpoints.kafka_bootstrap)
    os.environ.setdefault("ES_URL", endpoints.es_url)
    settings = load_settings()
    cmd_setup(Namespace())

    log_path = REPO_ROOT / ".stack" / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log_file:
        worker = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "worker", "-l", "warning"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
            cwd=REPO_ROOT,
        )
    try:
        files = list(iter_story_files([str(p) for p in demo_inputs(wire)]))
        produce_files(settings, files)
        print(f"fed {len(files)} stories; worker log: {log_path}")
        seed_present = (shared_dir() / "seeds").exists()
        with Elasticsearch(settings.es_url, request_timeout=30) as es:
            count = wait_until_searchable(
                es, settings.index_alias, "Lavrov" if seed_present else None, timeout
            )
        print(f"{count} documents indexed in {settings.index_alias}\n")
        for query in DEMO_SEARCHES:
            print(f"=== wirepipe search {query}")
            run_search(
                settings, Namespace(query=[query], size=3, all=False, cluster=None, json=False)
            )
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    print("demo done; the stack keeps running: `make down` stops it")
    return 0
