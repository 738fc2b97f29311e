"""wirepipe: a streaming ingestion pipeline for news wire copy."""

__version__ = "0.1.0"
