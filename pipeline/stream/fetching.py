"""How a worker's consumers batch their fetches: a broker gathers a batch, or waits a little.

A Kafka fetch returns once the broker holds `fetch_min_bytes` of new data for
it, or after `fetch_max_wait_ms`. At aiokafka's default of one byte, each of a
worker's consumers (the agents', the index stage's, the dedup state's) fetched
again whenever a single story landed in a topic it reads: during a burst, a
fetch request and response per story and per hop, each a round trip through
both processes and the kernel. Asking for a batch lets one fetch carry many
stories under load; a quiet feed pays at most `fetch_max_wait_ms` a hop.
"""

from __future__ import annotations

from typing import Any

from pipeline.config import Settings


def fetch_options(settings: Settings) -> dict[str, Any]:
    """aiokafka consumer keyword arguments of the fetch policy in `settings`."""
    return {
        "fetch_min_bytes": settings.fetch_min_bytes,
        "fetch_max_wait_ms": settings.fetch_max_wait_ms,
    }
