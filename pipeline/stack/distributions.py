"""Server distributions under <stack dir>/dist, fetched from Maven Central with Maven.

A distribution folder counts only once its completion marker exists, so an interrupted
download is redone instead of started half-way. Maven itself caches the jars in its local
repository (~/.m2 unless WIREPIPE_MAVEN_REPO_LOCAL says otherwise).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

from pipeline.errors import StackError
from pipeline.stack.es_layout import complete_es_layout
from pipeline.stack.settings import StackSettings, assets_dir

log = logging.getLogger(__name__)

COMPLETE_MARKER = ".complete"

# Maven modules of pipeline/stack/files/pom.xml that make up each server.
KAFKA_MODULES = ("kafka",)
ELASTICSEARCH_MODULES = ("elasticsearch/server", "elasticsearch/transport-netty4")


def dist_root(settings: StackSettings) -> Path:
    return settings.stack_dir / "dist"


def kafka_dist_dir(settings: StackSettings) -> Path:
    return dist_root(settings) / f"kafka-{settings.kafka_version}"


def es_dist_dir(settings: StackSettings) -> Path:
    return dist_root(settings) / f"elasticsearch-{settings.es_version}"


def is_complete(dist_dir: Path) -> bool:
    return (dist_dir / COMPLETE_MARKER).is_file()


def ensure_distributions(settings: StackSettings, *, kafka: bool, elasticsearch: bool) -> None:
    """Fetch the distributions that are wanted and not yet complete, in one Maven run."""
    wanted: list[tuple[Path, tuple[str, ...]]] = []
    if kafka and not is_complete(kafka_dist_dir(settings)):
        wanted.append((kafka_dist_dir(settings), KAFKA_MODULES))
    if elasticsearch and not is_complete(es_dist_dir(settings)):
        wanted.append((es_dist_dir(settings), ELASTICSEARCH_MODULES))
    if not wanted:
        return
    for dist_dir, _ in wanted:
        shutil.rmtree(dist_dir, ignore_errors=True)
    run_maven(settings, [module for _, modules in wanted for module in modules])
    for dist_dir, _ in wanted:
        if dist_dir == es_dist_dir(settings):
            complete_es_layout(dist_dir, settings)
        make_world_readable(dist_dir)
        (dist_dir / COMPLETE_MARKER).write_text("fetched from Maven Central\n", encoding="utf-8")


def make_world_readable(dist_dir: Path) -> None:
    """A server may run as an unprivileged service user while root owns its distribution."""
    for folder, _, files in os.walk(dist_dir):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                os.chmod(path, 0o644)


def run_maven(settings: StackSettings, modules: list[str]) -> None:
    maven = shutil.which(settings.maven_command)
    if maven is None:
        raise StackError(
            f"Maven ({settings.maven_command}) is not on PATH; it fetches Kafka and Elasticsearch "
            "from Maven Central (set WIREPIPE_MAVEN to its path)"
        )
    command = [
        maven,
        "--batch-mode",
        "--quiet",
        "--no-transfer-progress",
        "--file",
        str(assets_dir() / "pom.xml"),
        "--projects",
        ",".join(modules),
        f"-Dstack.dist={dist_root(settings)}",
        f"-Dkafka.version={settings.kafka_version}",
        f"-Delasticsearch.version={settings.es_version}",
    ]
    if settings.maven_repo_local is not None:
        command.append(f"-Dmaven.repo.local={settings.maven_repo_local}")
    command.append("package")
    maven_log = settings.stack_dir / "logs" / "maven.log"
    maven_log.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(maven_log.parent, 0o700)
    log.info("fetching %s from Maven Central (log: %s)", ", ".join(modules), maven_log)
    with maven_log.open("w", encoding="utf-8") as output:
        finished = subprocess.run(
            command, cwd=assets_dir(), stdout=output, stderr=subprocess.STDOUT, check=False
        )
    if finished.returncode != 0:
        raise StackError(
            f"Maven could not fetch {', '.join(modules)} (exit {finished.returncode}):\n"
            + tail(maven_log)
        )


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a log file, for error messages."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"({path} is unreadable)"
    return "\n".join(text.splitlines()[-lines:])
