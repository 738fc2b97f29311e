"""The worker's operations pages, served by Faust's web server (WIREPIPE_WEB_PORT).

/metrics   the worker's measurements, Prometheus text format (`metrics`), with
           its readiness as `wirepipe_worker_ready`
/health    200 while the process serves requests: a liveness check
/ready     200, or 503 with the reasons as JSON (`health`): a readiness check
"""

from __future__ import annotations

from typing import Any

import faust
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from pipeline.stream.health import WorkerHealth
from pipeline.stream.metrics import PipelineMetrics

NOT_READY = 503


def add_pages(app: faust.App, metrics: PipelineMetrics, health: WorkerHealth) -> None:
    # Prometheus scrapes /metrics, not /ready: the readiness rides along as a gauge.
    metrics.worker_ready.set_function(lambda: float(health.readiness().ready))

    async def metrics_page(web: Any, request: Any) -> Any:
        # Prometheus 2 reads the 0.0.4 text format; the client's default names a newer one.
        return web.bytes(metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})

    async def health_page(web: Any, request: Any) -> Any:
        return web.json({"status": "up"})

    async def ready_page(web: Any, request: Any) -> Any:
        readiness = health.readiness()
        return web.json(readiness.document(), status=200 if readiness.ready else NOT_READY)

    app.page("/metrics")(metrics_page)
    app.page("/health")(health_page)
    app.page("/ready")(ready_page)
