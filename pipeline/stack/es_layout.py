"""Turning the jars Maven fetched into an Elasticsearch home laid out like the official one.

Maven Central has the 9.x server, its libraries, the entitlement bridge and the
transport-netty4 module, but no distribution archive. What the archive adds is made here:
the module's descriptor and entitlement policy (shipped inside its jar), two tiny launcher
pieces compiled from pipeline/stack/files/elasticsearch/launcher, the zstd native library
(the system's), an empty plugins folder and the logging configuration.
"""

from __future__ import annotations

import logging
import platform
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from pipeline.errors import StackError
from pipeline.stack.java import find_java_home
from pipeline.stack.settings import StackSettings
from pipeline.stack.templates import template_path

log = logging.getLogger(__name__)

ES_MINIMUM_JAVA = 21
LAUNCHER_JAVA_RELEASE = "21"

_PLUGIN_METADATA = "META-INF/es-plugins"
_AGENT_MANIFEST = (
    "Manifest-Version: 1.0\r\n"
    "Agent-Class: EntitlementAgent\r\n"
    # Entitlements are installed by re-transforming JDK classes that are already loaded.
    "Can-Redefine-Classes: true\r\n"
    "Can-Retransform-Classes: true\r\n"
    "\r\n"
)
# Library folders searched for the system's libzstd, which Debian's dpkg itself depends on.
_SYSTEM_LIBRARY_DIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
)
_PLATFORM_DIRS = {"x86_64": "linux-x64", "amd64": "linux-x64", "aarch64": "linux-aarch64"}


def entitlement_agent_jar(home: Path) -> Path:
    return home / "lib" / "entitlement-agent" / "wirepipe-entitlement-agent.jar"


def entitlement_bridge_jar(home: Path) -> Path:
    jars = sorted((home / "lib" / "entitlement-bridge").glob("*.jar"))
    if len(jars) != 1:
        raise StackError(f"expected one entitlement bridge jar in {home}/lib/entitlement-bridge")
    return jars[0]


def complete_es_layout(home: Path, settings: StackSettings) -> None:
    for module_dir in sorted((home / "modules").iterdir()):
        _complete_module(module_dir, home / "lib")
    _build_launcher_jars(
        home,
        find_java_home(settings.es_java_home, ES_MINIMUM_JAVA, "Elasticsearch", needs_jdk=True),
    )
    _link_system_zstd(home)
    (home / "plugins").mkdir(exist_ok=True)
    (home / "config").mkdir(exist_ok=True)
    shutil.copyfile(
        template_path("elasticsearch/log4j2.properties"), home / "config" / "log4j2.properties"
    )


def _complete_module(module_dir: Path, lib_dir: Path) -> None:
    """Drop jars the server already has and unpack the module's descriptor and policy."""
    server_jars = {jar.name for jar in lib_dir.glob("*.jar")}
    for jar in module_dir.glob("*.jar"):
        if jar.name in server_jars:
            jar.unlink()
    prefix = f"{_PLUGIN_METADATA}/{module_dir.name}/"
    for jar in module_dir.glob("*.jar"):
        with zipfile.ZipFile(jar) as archive:
            for entry in archive.namelist():
                if entry.startswith(prefix) and not entry.endswith("/"):
                    (module_dir / entry.removeprefix(prefix)).write_bytes(archive.read(entry))
    if not (module_dir / "plugin-descriptor.properties").is_file():
        raise StackError(f"no plugin descriptor found in the jars of module {module_dir}")


def _build_launcher_jars(home: Path, java_home: Path) -> None:
    sources = sorted(
        template_path("elasticsearch/launcher/EntitlementAgent.java").parent.glob("*.java")
    )
    with tempfile.TemporaryDirectory(prefix="wirepipe-es-launcher-") as build_dir:
        classes = Path(build_dir)
        compiled = subprocess.run(
            [
                str(java_home / "bin" / "javac"),
                "--release",
                LAUNCHER_JAVA_RELEASE,
                "-d",
                str(classes),
                *map(str, sources),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if compiled.returncode != 0:
            raise StackError(f"javac failed on {sources}:\n{compiled.stdout}{compiled.stderr}")
        _write_jar(
            entitlement_agent_jar(home), classes, ["EntitlementAgent.class"], _AGENT_MANIFEST
        )
        _write_jar(
            home / "lib" / "tools" / "ansi-console" / "wirepipe-ansi-console.jar",
            classes,
            ["org/elasticsearch/io/ansi/AnsiConsoleLoader.class"],
            "Manifest-Version: 1.0\r\n\r\n",
        )


def _write_jar(jar: Path, classes: Path, entries: list[str], manifest: str) -> None:
    jar.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(jar, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("META-INF/MANIFEST.MF", manifest)
        for entry in entries:
            archive.write(classes / entry, entry)


def _link_system_zstd(home: Path) -> None:
    """Give the node the system's libzstd; without it Elasticsearch disables all native access."""
    platform_dir = _PLATFORM_DIRS.get(platform.machine().lower())
    library = next(
        (
            Path(folder) / "libzstd.so.1"
            for folder in _SYSTEM_LIBRARY_DIRS
            if (Path(folder) / "libzstd.so.1").is_file()
        ),
        None,
    )
    if platform_dir is None or library is None:
        log.warning(
            "no system libzstd for %s: Elasticsearch runs without native access", platform.machine()
        )
        return
    target = home / "lib" / "platform" / platform_dir / "libzstd.so"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(library)
