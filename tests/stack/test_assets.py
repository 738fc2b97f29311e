"""The local stack's files come with the package, on disk where Maven and javac read them."""

from __future__ import annotations

from pathlib import Path

import pipeline.stack
from pipeline.stack.distributions import ELASTICSEARCH_MODULES, KAFKA_MODULES
from pipeline.stack.settings import assets_dir


def test_the_assets_are_a_folder_of_the_package() -> None:
    assert assets_dir().is_dir()
    assert assets_dir().is_relative_to(Path(pipeline.stack.__file__).parent)


def test_every_maven_module_the_stack_fetches_has_its_pom() -> None:
    for module in ("", *KAFKA_MODULES, *ELASTICSEARCH_MODULES):
        assert (assets_dir() / module / "pom.xml").is_file(), module


def test_the_elasticsearch_launcher_sources_are_there() -> None:
    sources = {path.name for path in (assets_dir() / "elasticsearch" / "launcher").glob("*.java")}
    assert sources == {"EntitlementAgent.java", "AnsiConsoleLoader.java"}
