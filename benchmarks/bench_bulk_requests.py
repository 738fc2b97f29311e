"""Elasticsearch's CPU per document by bulk request size: what `WIREPIPE_BULK_INTERVAL` buys.

    python benchmarks/bench_bulk_requests.py [--stories 400] [--sizes 1,4,16,64,400] [--rounds 2]

The index stage sends a batch when `WIREPIPE_BULK_INTERVAL` has passed since its
first document (or when it holds `WIREPIPE_BULK_SIZE`): the longer the wait, the
larger the requests and the later a story is searchable. This prints the other
side of that trade on this machine: the same enriched documents (generated as
`wirepipe bench` generates them, run through the pure stages) sent by the index
stage's `BulkIndexer` in requests of each size, into a scratch index per size
made from the pipeline's template, and the CPU seconds the Elasticsearch process
spent per document (from /proc), until a refresh has made the last searchable.
It needs the local stack (`wirepipe stack up`); scratch indices are removed.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import time
import uuid
from collections.abc import Sequence

from pipeline.bench.pure import run_pure
from pipeline.bench.stories import StoryMix, generate_stories
from pipeline.config import Settings, load_settings
from pipeline.index.bulk import BulkIndexer
from pipeline.index.client import async_es_client, es_client
from pipeline.index.setup import ensure_index
from pipeline.model import Article
from pipeline.stack.lifecycle import local_pids
from pipeline.stream.sandbox import process_stat


def _cpu_seconds(pid: int) -> float:
    stat = process_stat(pid)
    if stat is None:
        raise SystemExit(f"cannot read the CPU time of Elasticsearch (pid {pid})")
    return stat[1]


async def _send(settings: Settings, documents: Sequence[Article], size: int, pid: int) -> float:
    """Elasticsearch CPU seconds for `documents` sent in requests of `size`, then refreshed."""
    async with async_es_client(settings, request_timeout=120) as es:
        indexer = BulkIndexer(es, settings.index_alias, max_retries=settings.bulk_max_retries)
        before = _cpu_seconds(pid)
        for first in range(0, len(documents), size):
            await indexer.index(list(documents[first : first + size]))
        await es.indices.refresh(index=settings.index_alias)
        return _cpu_seconds(pid) - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=400)
    parser.add_argument("--sizes", default="1,4,16,64,400", help="request sizes, comma-separated")
    parser.add_argument("--rounds", type=int, default=2, help="times each size is measured")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    pid = local_pids().get("elasticsearch")
    if pid is None:
        raise SystemExit("the local stack's Elasticsearch is not running: wirepipe stack up")
    stories = generate_stories(args.stories, seed=7, mix=StoryMix(0.0, 0.0))
    documents = run_pure(stories, warmup=stories[:5]).documents
    base = load_settings()
    for round_ in range(args.rounds):
        for size in sizes:
            settings = dataclasses.replace(
                base, index_alias=f"bench-bulk-{uuid.uuid4().hex[:8]}-wire-articles"
            )
            es = es_client(settings, request_timeout=60)
            ensure_index(es, settings)
            started = time.perf_counter()
            cpu = asyncio.run(_send(settings, documents, size, pid))
            wall = time.perf_counter() - started
            es.indices.delete(index=f"{settings.index_alias}*", ignore_unavailable=True)
            print(
                f"round {round_ + 1}, requests of {size:4d}: Elasticsearch "
                f"{cpu / len(documents) * 1000:6.2f} ms of CPU a document, "
                f"{wall / len(documents) * 1000:6.2f} ms of wall time",
                flush=True,
            )


if __name__ == "__main__":
    main()
