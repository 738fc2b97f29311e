"""Finding a Java installation recent enough for a server."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pipeline.errors import StackError

# Where Debian, Ubuntu and the Temurin packages install JDKs.
SYSTEM_JVM_DIR = Path("/usr/lib/jvm")

_JAVA_VERSION_LINE = re.compile(r'^JAVA_VERSION="(?P<major>[0-9]+)[^"]*"$', re.MULTILINE)


def java_feature_version(java_home: Path) -> int | None:
    """The major Java version of an installation, from its `release` file."""
    try:
        release = (java_home / "release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = _JAVA_VERSION_LINE.search(release)
    return int(match["major"]) if match else None


def find_java_home(explicit: Path | None, minimum: int, purpose: str, *, needs_jdk: bool) -> Path:
    """The Java home to run `purpose` with.

    An explicit home wins and must be recent enough. Otherwise the `java` on PATH is used when
    it is recent enough, else the newest installation under /usr/lib/jvm.
    """
    if explicit is not None:
        _check_home(explicit, minimum, purpose, needs_jdk=needs_jdk)
        return explicit
    candidates = [_home_of_java_on_path(), *_newest_first(SYSTEM_JVM_DIR)]
    for home in candidates:
        if home is not None and _is_usable(home, minimum, needs_jdk=needs_jdk):
            return home
    kind = "JDK" if needs_jdk else "Java"
    raise StackError(
        f"{purpose} needs a {kind} {minimum} or newer; none found on PATH or in {SYSTEM_JVM_DIR}. "
        "Point the corresponding *_JAVA_HOME variable at one."
    )


def java_executable(java_home: Path) -> Path:
    return java_home / "bin" / "java"


def _check_home(home: Path, minimum: int, purpose: str, *, needs_jdk: bool) -> None:
    if not java_executable(home).is_file():
        raise StackError(f"{home} is not a Java installation (no bin/java) for {purpose}")
    version = java_feature_version(home)
    if version is None or version < minimum:
        raise StackError(f"{purpose} needs Java {minimum} or newer; {home} is Java {version}")
    if needs_jdk and not (home / "bin" / "javac").is_file():
        raise StackError(f"{purpose} needs a JDK (with javac); {home} has none")


def _is_usable(home: Path, minimum: int, *, needs_jdk: bool) -> bool:
    version = java_feature_version(home)
    has_tools = (home / "bin" / "javac").is_file() or not needs_jdk
    return (
        java_executable(home).is_file() and version is not None and version >= minimum and has_tools
    )


def _home_of_java_on_path() -> Path | None:
    java = shutil.which("java")
    return Path(java).resolve().parents[1] if java else None


def _newest_first(jvm_dir: Path) -> list[Path]:
    if not jvm_dir.is_dir():
        return []
    homes = [home for home in jvm_dir.iterdir() if home.is_dir() and not home.is_symlink()]
    return sorted(homes, key=lambda home: java_feature_version(home) or 0, reverse=True)
