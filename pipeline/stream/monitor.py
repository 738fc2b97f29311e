"""The worker's periodic measurements: consumer lag, dedup state size, Elasticsearch reachability.

What cannot be counted as messages pass is measured every
`Settings.monitor_interval` seconds by a Faust task on each worker, never per
message: the lag of the pipeline's consumer groups (`lag`, in a thread of
its own, as kafka-python blocks), the size of the dedup state this worker
holds in memory, and a cheap request to Elasticsearch, which notices an outage while
no story is being indexed. A measurement that fails is logged and tried
again at the next turn; the others go on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

from elastic_transport import TransportError
from elasticsearch import ApiError, AsyncElasticsearch

from pipeline.config import Settings
from pipeline.dedup import DedupStore
from pipeline.index.client import async_es_client
from pipeline.stream.health import SERVER_ERROR, ElasticsearchContact
from pipeline.stream.lag import LagProbe
from pipeline.stream.metrics import PipelineMetrics

log = logging.getLogger("wirepipe")

PROBE_TIMEOUT = 5.0


async def probe_elasticsearch(es: AsyncElasticsearch, contact: ElasticsearchContact) -> None:
    try:
        await es.cluster.health()  # answered whatever the cluster's colour; needs `monitor`
    except ApiError as exc:
        if exc.meta.status >= SERVER_ERROR:
            contact.failed(f"probe answered HTTP {exc.meta.status}")
        else:  # refused (401, 403): answered, but the worker cannot use it
            contact.failed(f"probe refused with HTTP {exc.meta.status}")
    except TransportError as exc:
        contact.failed(f"probe unanswered: {exc}")
    else:
        contact.answered()


async def every(seconds: float, what: str, measure: Callable[[], Awaitable[None]]) -> None:
    """Run `measure` now and every `seconds` after it ends, whatever it raises."""
    while True:
        try:
            await measure()
        except Exception as exc:
            log.warning("measuring %s failed: %r", what, exc)
        await asyncio.sleep(seconds)


def monitor_task(
    settings: Settings,
    metrics: PipelineMetrics,
    contact: ElasticsearchContact,
    store: DedupStore,
) -> Callable[[], Awaitable[None]]:
    """The measurements as a Faust task; `store` is the dedup state this worker holds."""

    async def monitor() -> None:
        loop = asyncio.get_running_loop()
        probe = LagProbe(settings, client_id=f"{settings.app_id}-monitor")
        es = async_es_client(settings, request_timeout=PROBE_TIMEOUT)

        async def lag() -> None:
            try:
                measured = await loop.run_in_executor(kafka_thread, probe.measure)
            except Exception:
                metrics.record_lag({})  # an old measurement would pass for a current one
                raise
            metrics.record_lag(measured)

        async def elasticsearch() -> None:
            await probe_elasticsearch(es, contact)

        async def state() -> None:
            metrics.record_state({"stories": (len(store), store.memory_bytes())})

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirepipe-lag") as kafka_thread:
            try:
                await asyncio.gather(
                    every(settings.monitor_interval, "consumer lag", lag),
                    every(settings.monitor_interval, "Elasticsearch", elasticsearch),
                    every(settings.monitor_interval, "dedup state", state),
                )
            finally:
                await es.close()
                await loop.run_in_executor(kafka_thread, probe.close)

    return monitor
