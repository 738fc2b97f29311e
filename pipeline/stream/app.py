"""The Faust app of a wirepipe worker, built from a `Settings` value by `create_app`.

    wire.raw ─[enrich]─► wire.enriched ─[dedup]─► wire.articles ─[index]─► Elasticsearch
         └──────────────────┴──────────────────────────┴──────────────► wire.dlq

Each stage is a thin shell around the pure functions (`agents`,
`index_stage`): it decodes, calls the stage, sends the result on, and turns
any failure into a dead letter carrying the original bytes, so one bad
message never stops a stream. The app runs on the rewinding transport
(`transport`), so a restarted worker re-reads partitions it never committed.
Nothing happens at import: every app, its topics and its tables are made
by `create_app`, from the settings it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import faust
from faust.types import TopicT

from pipeline.config import Settings, Topics
from pipeline.dedup import Deduplicator, DedupSettings, DedupStore
from pipeline.dedup.settings import DAY_SECONDS
from pipeline.stream.agents import DeadLetterSender, dedup_agent, enrich_agent
from pipeline.stream.dedup_log import DedupLog, state_topic
from pipeline.stream.fetching import fetch_options
from pipeline.stream.health import ElasticsearchContact, WorkerHealth
from pipeline.stream.index_stage import index_stage
from pipeline.stream.kafka_security import faust_credentials
from pipeline.stream.logs import faust_logging_config
from pipeline.stream.metrics import PipelineMetrics
from pipeline.stream.monitor import monitor_task
from pipeline.stream.pages import add_pages
from pipeline.stream.sandbox import Budget, EnrichSandbox
from pipeline.stream.transport import RewindingApp

# Largest producer batch: about a hundred enriched stories of ~13 KB.
PRODUCER_BATCH_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Channels:
    """The pipeline's topics as the app sees them: raw bytes in and out."""

    raw: TopicT
    enriched: TopicT
    articles: TopicT
    dlq: TopicT

    @classmethod
    def declare(cls, app: faust.App, topics: Topics) -> Channels:
        def topic(name: str) -> TopicT:
            return app.topic(name, key_type=bytes, value_type=bytes)

        return cls(
            raw=topic(topics.raw),
            enriched=topic(topics.enriched),
            articles=topic(topics.articles),
            dlq=topic(topics.dlq),
        )


def faust_options(settings: Settings) -> dict[str, Any]:
    """The Faust configuration of a worker under `settings`."""
    return {
        "broker": ";".join(f"kafka://{server}" for server in settings.kafka_servers),
        # No Faust tables: dedup state is an in-memory index over its own topic (dedup_log).
        "store": "memory://",
        "datadir": str(settings.data_dir),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "consumer_auto_offset_reset": "earliest",
        "producer_max_request_size": settings.max_message_bytes,
        # Every send waits for all in-sync replicas (at least WIREPIPE_MIN_INSYNC_REPLICAS), as
        # by Faust's default. Faust makes its producer idempotent only for exactly-once
        # processing: a retried send may repeat a message, which the dedup stage and
        # Elasticsearch's external versions absorb.
        "producer_acks": -1,
        # Faust's default batch (16 KB) holds one or two enriched stories, so every story
        # was a produce request of its own; a batch is one message to the broker, hence the cap.
        "producer_max_batch_size": min(PRODUCER_BATCH_BYTES, settings.max_message_bytes),
        "producer_linger": settings.producer_linger_ms / 1000,
        "consumer_max_fetch_size": settings.max_message_bytes,
        "broker_commit_interval": 1.0,
        "broker_session_timeout": settings.session_timeout,
        "web_enabled": settings.web_port > 0,
        "web_port": settings.web_port or 6066,
        "web_bind": settings.web_bind,
        # The table and router pages show dedup state and the workers' addresses.
        "web_tables_enabled": settings.web_debug_pages,
        "web_router_enabled": settings.web_debug_pages,
        "broker_credentials": faust_credentials(settings),
    }


def create_app(settings: Settings) -> faust.App:
    """A Faust app with the pipeline's topics, dedup tables, agents, index stage and pages."""
    app = RewindingApp(settings.app_id, fetch=fetch_options(settings), **faust_options(settings))
    app.conf.logging_config = faust_logging_config(settings.log_format)
    channels = Channels.declare(app, settings.topics)
    metrics = PipelineMetrics()
    dead_letters = DeadLetterSender(channels.dlq, metrics)

    window_seconds = settings.dedup_window_days * DAY_SECONDS
    deduplicator = Deduplicator(DedupStore(), DedupSettings(window_seconds=window_seconds))
    state = DedupLog(
        settings,
        deduplicator,
        app.topic(
            state_topic(settings),
            key_type=bytes,
            value_type=bytes,
            partitions=settings.partitions,
            replicas=settings.replication_factor,
            compacting=True,
            deleting=True,
            # A day past the window: compaction and deletion work segment by segment.
            retention=window_seconds + DAY_SECONDS,
            config={
                "max.message.bytes": str(settings.max_message_bytes),
                "min.insync.replicas": str(settings.min_insync_replicas),
            },
        ),
    )
    app.task(state.run)

    app.on_partitions_assigned.connect(lambda *args, **kwargs: state.partitions_changed())

    sandbox = EnrichSandbox(
        Budget(
            cpu_seconds=settings.story_cpu_seconds,
            memory_bytes=settings.story_memory_mb * 1024 * 1024,
            max_output_bytes=settings.max_message_bytes,
        )
    )
    enrich = enrich_agent(
        channels.enriched,
        dead_letters,
        metrics,
        sandbox,
        max_story_bytes=settings.max_story_bytes,
    )
    app.agent(channels.raw, name="enrich", concurrency=1)(enrich)
    dedup = dedup_agent(
        channels.articles,
        state,
        deduplicator,
        dead_letters,
        metrics,
        max_message_bytes=settings.max_message_bytes,
    )
    app.agent(channels.enriched, name="dedup", concurrency=1)(dedup)
    health = WorkerHealth(
        settings.ready_es_within,
        ElasticsearchContact(metrics),
        assigned=lambda: app.assignor.assigned_actives(),
        rebalancing=lambda: bool(app.rebalancing),
        dedup_restored=lambda: state.restored,
    )
    app.task(
        index_stage(
            settings,
            dead_letters,
            metrics,
            flush_producer=app.producer.flush,
            contact=health.elasticsearch,
            state=health.index_stage,
        )
    )
    app.task(monitor_task(settings, metrics, health.elasticsearch, store=deduplicator.store))
    add_pages(app, metrics, health)
    return app
