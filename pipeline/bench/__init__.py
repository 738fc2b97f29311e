"""`wirepipe bench`: the project's throughput and latency harness, shipped with the package.

One command measures, on one seeded set of generated wire stories
(`stories`), the pure stages in one process (`pure`), the Elasticsearch bulk
ceiling (`ceiling`), bursts and steady-rate latency end to end through real
workers (`end_to_end`, in throwaway deployments: `scratch`), and reports it
all as one JSON document (`runner`).
"""
