"""The streaming shell around the pure stages: Faust app, agents, index stage, Kafka clients.

    app.create_app(settings)     the Faust app: topics, tables, agents, index stage, pages
    agents                       enrich and dedup: decode, call the pure stage, send on
    index_stage                  bulk-indexes wire.articles, commits after Elasticsearch acks
    index_consumer               the index stage's own Kafka consumer (manual commits)
    tables                       dedup state over Faust tables (RocksDB + changelogs)
    transport                    Faust's Kafka transport, rewinding never-committed partitions
    dead_letters                 the dead-letter record: original bytes, stage, reason
    dead_letter_topic            listing, counting and replaying wire.dlq
    clients                      kafka-python producer, consumer and admin, configured once
    topics                       creating the pipeline's topics
    feed                         sending story files to wire.raw
    metrics                      what each agent did since the worker started
    worker                       running a worker process

Nothing here parses, cleans or tags: those are the pure stages' job
(`pipeline.enrich`), so each can be tested without a server. Importing a
module only defines things; the app and its state exist once `create_app`
is called, and the lexicons load when a worker starts.
"""
