"""The streaming shell around the pure stages: Faust app, agents, index stage, Kafka clients.

    app.create_app(settings)     the Faust app: topics, agents, dedup state, index stage, pages
    worker                       running a worker process
    agents                       enrich and dedup: decode, call the pure stage, send on
    sandbox                      the enrich path in a child process, under a per-story budget
    records                      article records between stages, decoded strictly
    index_stage                  bulk-indexes wire.articles, commits after Elasticsearch acks
    index_consumer               the index stage's own Kafka consumer (manual commits)
    dedup_log                    the dedup state topic: restored at start, followed, published to
    transport                    Faust's Kafka transport, rewinding never-committed partitions
    dead_letters                 the dead-letter record: original bytes, stage, reason, attempt
    dead_letter_topic            listing, counting and replaying wire.dlq
    clients, kafka_security      kafka-python clients, and how every Kafka client logs in
    topics                       creating the pipeline's topics
    feed                         sending story files to wire.raw
    metrics, monitor, lag        what operations measure: counters, periodic probes, lag
    health, pages                /metrics, /health and /ready
    status                       the pipeline's state for `wirepipe status`
    logs                         text or ECS-style JSON log lines

Nothing here parses, cleans or tags: those are the pure stages' job
(`pipeline.enrich`), so each can be tested without a server. Importing a
module only defines things; the app and its state exist once `create_app`
is called, and the lexicons load when a worker's enrich sandbox starts.
"""
