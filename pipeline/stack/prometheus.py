"""Prometheus and promtool for the monitoring tests, from Debian's package when not installed.

Prometheus is on neither PyPI nor Maven Central; Debian ships it (with
`promtool`) as the `prometheus` package. When the two programs are not on the
PATH, `ensure_prometheus` downloads that package with `apt-get download` and
unpacks it with `dpkg-deb -x` under `<stack dir>/dist/prometheus`: nothing is
installed, no service is created, nothing is started. The folder counts once
its completion marker exists, as the other distributions (`distributions`).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import StackError
from pipeline.stack.distributions import COMPLETE_MARKER, dist_root, is_complete
from pipeline.stack.settings import StackSettings

log = logging.getLogger(__name__)

PACKAGE = "prometheus"
APT_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class PrometheusTools:
    prometheus: Path
    promtool: Path


def prometheus_dist_dir(settings: StackSettings) -> Path:
    return dist_root(settings) / PACKAGE


def tools_in(dist_dir: Path) -> PrometheusTools:
    return PrometheusTools(dist_dir / "usr/bin/prometheus", dist_dir / "usr/bin/promtool")


def ensure_prometheus(settings: StackSettings) -> PrometheusTools:
    """The `prometheus` and `promtool` on the PATH, else those of Debian's package, fetched once."""
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    if prometheus is not None and promtool is not None:
        return PrometheusTools(Path(prometheus), Path(promtool))
    dist_dir = prometheus_dist_dir(settings)
    if not is_complete(dist_dir):
        fetch_prometheus(dist_dir)
    return tools_in(dist_dir)


def fetch_prometheus(dist_dir: Path) -> None:
    """Download Debian's package and unpack it into `dist_dir`, replacing what was there."""
    apt_get, dpkg_deb = shutil.which("apt-get"), shutil.which("dpkg-deb")
    if apt_get is None or dpkg_deb is None:
        raise StackError(
            "prometheus and promtool are not on the PATH, and neither apt-get nor dpkg-deb is "
            "there to fetch Debian's prometheus package: install Prometheus 2.x by hand"
        )
    shutil.rmtree(dist_dir, ignore_errors=True)
    dist_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dist_dir.parent, prefix=".prometheus-") as download:
        log.info("fetching Debian's %s package into %s", PACKAGE, dist_dir)
        if _run([apt_get, "download", PACKAGE], cwd=download).returncode != 0:
            # An unknown package, or lists older than the archive: refresh them once.
            _check(_run([apt_get, "update"], cwd=download), "apt-get update")
            _check(_run([apt_get, "download", PACKAGE], cwd=download), "apt-get download")
        packages = sorted(Path(download).glob(f"{PACKAGE}_*.deb"))
        if len(packages) != 1:
            raise StackError(f"apt-get download {PACKAGE} left {len(packages)} packages, not one")
        _check(_run([dpkg_deb, "-x", str(packages[0]), str(dist_dir)]), "dpkg-deb -x")
    tools = tools_in(dist_dir)
    for program in (tools.prometheus, tools.promtool):
        if not program.is_file():
            raise StackError(f"Debian's {PACKAGE} package has no {program.name} ({program})")
    (dist_dir / COMPLETE_MARKER).write_text("unpacked from Debian's package\n", encoding="utf-8")


def _run(command: list[str], *, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, timeout=APT_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise StackError(f"{' '.join(command)} took more than {APT_TIMEOUT:g}s") from exc


def _check(done: subprocess.CompletedProcess[str], what: str) -> None:
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()[-2000:]
        raise StackError(
            f"{what} failed (exit {done.returncode}) while fetching Debian's {PACKAGE} package; "
            f"apt needs root and Debian's archive:\n{output}"
        )
