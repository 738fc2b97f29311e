"""The `wirepipe` command line: one module per command group, `main` ties them together.

    main      the parser, logging, dispatch (`wirepipe`, `python -m pipeline.cli`)
    files     walking folders of story files
    enrich    the pure stages on files, no server
    produce   story files into wire.raw
    setup     topics, index template and alias
    worker    a Faust worker
    search    the newsroom search in a terminal
    dlq       listing, counting and replaying dead letters
    status    the pipeline's state for the on-call
    stack     the local Kafka + Elasticsearch
    demo      all of the above on sample copy

Each command module registers its own sub-command and turns its arguments
into explicit parameters of library functions (`pipeline.stream`,
`pipeline.index`, `pipeline.stack`); no command calls another's argparse
namespace. Servers' client libraries are imported inside the commands so
`wirepipe --help` and `wirepipe enrich` stay fast.
"""
