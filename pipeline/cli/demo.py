"""`wirepipe demo`: the whole pipeline on sample wire copy, unattended.

Starts the local stack (or uses KAFKA_BOOTSTRAP / ES_URL), creates topics and
the index, runs one worker, feeds the bundled samples, the shared folder's
seed and corpus stories when that folder exists, and any folder given with
--wire, then waits until the stories are searchable and shows a few searches.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.cli.files import iter_story_files
from pipeline.cli.search import run_search
from pipeline.cli.setup import set_up
from pipeline.config import load_settings, state_dir
from pipeline.index.kibana import OBJECTS_FILE
from pipeline.index.search import newsroom_query

# The seed story, another agency's redistribution folded into its cluster,
# and a story from the shared corpus.
DEMO_SEARCHES = ("Lavrov", "Valdoria run-off", "earthquake", "Assad")
SETTLE_SECONDS = 8.0


def register(commands: Any) -> None:
    p = commands.add_parser("demo", help="stack up, setup, worker, feed samples, search")
    p.add_argument("--wire", type=Path, help="a folder of your own stories to feed as well")
    p.add_argument("--timeout", type=float, default=300.0)
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    return run_demo(wire=args.wire, timeout=args.timeout)


def demo_inputs(shared: Path | None, wire: Path | None) -> list[Path]:
    """The folders to feed: bundled samples, the shared seeds and corpus, the user's own."""
    with resources.as_file(resources.files("pipeline.cli") / "samples") as samples:
        candidates = [samples]
    if shared is not None:
        candidates += [shared / "seeds", shared / "corpus" / "wire"]
    if wire is not None:
        candidates.append(wire)
    return [path for path in candidates if path.exists()]


def wait_until_searchable(es: Any, alias: str, must_find: str | None, timeout: float) -> int:
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


def run_demo(*, wire: Path | None, timeout: float) -> int:
    from pipeline import stack
    from pipeline.index.client import es_client
    from pipeline.stream.feed import produce_files

    endpoints = stack.up()
    settings = dataclasses.replace(
        load_settings(), kafka_bootstrap=endpoints.kafka_bootstrap, es_url=endpoints.es_url
    )
    set_up(settings)

    log_path = state_dir() / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with open(descriptor, "ab") as log_file:
        worker = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "worker", "-l", "warning"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=os.environ | settings.endpoint_environment(),
        )
    try:
        files = list(iter_story_files(demo_inputs(settings.shared_dir, wire)))
        produce_files(settings, files)
        print(f"fed {len(files)} stories; worker log: {log_path}")
        seed_present = settings.shared_dir is not None and (settings.shared_dir / "seeds").exists()
        with es_client(settings, request_timeout=30) as es:
            count = wait_until_searchable(
                es, settings.index_alias, "Lavrov" if seed_present else None, timeout
            )
        print(f"{count} documents indexed in {settings.index_alias}\n")
        for query in DEMO_SEARCHES:
            print(f"=== wirepipe search {query}")
            run_search(settings, query, size=3)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    print("demo done; the stack keeps running: `make down` stops it")
    print(f"Kibana objects (data view, searches, charts, map, Wire desk dashboard): {OBJECTS_FILE}")
    print("  Kibana needs the full Elasticsearch: `docker compose up -d --build` runs both and")
    print("  loads them; into a Kibana of your own: `wirepipe setup --kibana URL` (docs/kibana.md)")
    return 0
