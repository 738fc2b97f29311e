"""Feeding story files to `wire.raw`, keyed by the story's guid.

The key is the guid the format carries, else the file name's stem, so the
same file always lands on the same partition under the same key, and the
worker can name a plain-text story that carries no guid of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from pipeline.config import Settings
from pipeline.formats import StoryParseError, parse_story
from pipeline.stream.clients import kafka_producer


def story_key(path: Path, data: bytes) -> str:
    try:
        guid = parse_story(data).guid
    except StoryParseError:
        guid = None  # the worker will dead-letter it; the key still names the file
    return guid or path.stem


def produce_files(settings: Settings, files: Sequence[Path], *, progress: bool = True) -> int:
    producer = kafka_producer(settings, client_id="wirepipe-produce")
    try:
        for path in tqdm(files, unit="story", disable=not progress or len(files) < 2):
            data = path.read_bytes()
            producer.send(settings.topics.raw, key=story_key(path, data).encode(), value=data)
        producer.flush()
    finally:
        producer.close()
    return len(files)
