"""Elasticsearch side of the pipeline: index template, bulk sink, newsroom search."""
