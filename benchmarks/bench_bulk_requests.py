"""Elasticsearch's CPU per document by bulk request size: what `WIREPIPE_BULK_INTERVAL` buys.

    python benchmarks/bench_bulk_requests.py [--stories 400] [--sizes 1,4,16,64,400] [--rounds 2]

The index stage sends a batch when `WIREPIPE_BULK_INTERVAL` has passed since its
first document (or when it holds `WIREPIPE_BULK_SIZE`): the longer the wait, the
larger the requests and the later a story is searchable. This prints the other
side of that trade on this machine: the same enriched documents (generated as
`wirepipe bench` generates them, run through the pure stages) sent by the index
stage's `BulkIndexer` in requests of each size (as `wirepipe bench`'s bulk
ceiling sends them, `pipeline.bench.ceiling`), into a scratch index per size made
from the pipeline's template, and the CPU seconds the Elasticsearch process and
its children spent per document (from /proc, as the bench's bursts count a
server's), until a refresh has made the last searchable.
It needs the local stack (`wirepipe stack up`); scratch indices are removed.
"""

from __future__ import annotations

import argparse
import dataclasses
import uuid

from pipeline.bench.ceiling import bulk_ceiling
from pipeline.bench.cpu import tree_seconds
from pipeline.bench.pure import run_pure
from pipeline.bench.stories import StoryMix, generate_stories
from pipeline.config import load_settings
from pipeline.index.client import es_client
from pipeline.index.setup import ensure_index
from pipeline.stack.lifecycle import local_pids


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
            before = tree_seconds([pid])
            sent = bulk_ceiling(settings, documents, lambda _: None, request_documents=size)
            cpu = tree_seconds([pid]) - before
            es.indices.delete(index=f"{settings.index_alias}*", ignore_unavailable=True)
            print(
                f"round {round_ + 1}, requests of {size:4d}: Elasticsearch "
                f"{cpu / len(documents) * 1000:6.2f} ms of CPU a document, "
                f"{sent['seconds'] / len(documents) * 1000:6.2f} ms of wall time",
                flush=True,
            )


if __name__ == "__main__":
    main()
