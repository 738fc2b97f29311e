"""Prometheus for the monitoring tests: from the PATH, else Debian's package unpacked once.

`apt-get` and `dpkg-deb` are stand-in scripts on a PATH of the test's own, which log
their calls; the real fetch runs wherever a test needs Prometheus (`test_alert_rules`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.errors import StackError
from pipeline.stack.prometheus import ensure_prometheus, prometheus_dist_dir
from pipeline.stack.settings import StackSettings

# apt-get: `download` fails until `update` has run once (the package was unknown).
APT_GET = """#!/bin/sh
echo "apt-get $*" >> "$CALLS"
case "$1" in
  update) touch "$STATE/updated" ;;
  download)
    [ -e "$STATE/updated" ] || { echo "E: Unable to locate package $2" >&2; exit 100; }
    echo deb > "prometheus_2.42.0+ds-5_amd64.deb" ;;
esac
"""
# dpkg-deb -x PACKAGE FOLDER: the package's two programs.
DPKG_DEB = """#!/bin/sh
echo "dpkg-deb $1 $(basename "$2")" >> "$CALLS"
mkdir -p "$3/usr/bin" && touch "$3/usr/bin/prometheus" "$3/usr/bin/promtool"
"""


def script(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StackSettings:
    """A stack folder, and a PATH with only the system's tools and the stand-ins given."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (tmp_path / "state").mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setenv("CALLS", str(tmp_path / "calls"))
    monkeypatch.setenv("STATE", str(tmp_path / "state"))
    return StackSettings.from_env({"WIREPIPE_STACK_DIR": str(tmp_path / "stack")})


def calls(tmp_path: Path) -> list[str]:
    return (tmp_path / "calls").read_text().splitlines()


@pytest.mark.skipif(
    any(Path(folder, "prometheus").exists() for folder in ("/usr/bin", "/bin")),
    reason="a system-wide prometheus is on every PATH",
)
def test_the_package_is_fetched_once_after_refreshing_the_lists(
    stack: StackSettings, tmp_path: Path
) -> None:
    for name, text in (("apt-get", APT_GET), ("dpkg-deb", DPKG_DEB)):
        script(tmp_path / "bin", name, text)
    tools = ensure_prometheus(stack)
    dist = prometheus_dist_dir(stack)
    assert dist == stack.stack_dir / "dist" / "prometheus"
    assert (tools.prometheus, tools.promtool) == (
        dist / "usr/bin/prometheus",
        dist / "usr/bin/promtool",
    )
    assert calls(tmp_path) == [
        "apt-get download prometheus",
        "apt-get update",
        "apt-get download prometheus",
        "dpkg-deb -x prometheus_2.42.0+ds-5_amd64.deb",
    ]
    assert ensure_prometheus(stack) == tools  # cached: apt is not asked again
    assert len(calls(tmp_path)) == 4
    assert [path.name for path in dist.parent.iterdir()] == ["prometheus"]  # no download left


def test_programs_on_the_path_are_used_as_they_are(stack: StackSettings, tmp_path: Path) -> None:
    for name in ("prometheus", "promtool"):
        script(tmp_path / "bin", name, "#!/bin/sh\n")
    tools = ensure_prometheus(stack)
    assert tools.promtool == tmp_path / "bin" / "promtool"
    assert not prometheus_dist_dir(stack).exists()


def test_without_apt_the_error_says_what_to_install(
    stack: StackSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(StackError, match=r"install Prometheus 2\.x by hand"):
        ensure_prometheus(stack)


def test_a_refused_update_is_reported_with_apt_s_words(
    stack: StackSettings, tmp_path: Path
) -> None:
    script(tmp_path / "bin", "apt-get", "#!/bin/sh\necho 'E: Could not open lock file' >&2\nexit 100\n")
    script(tmp_path / "bin", "dpkg-deb", DPKG_DEB)
    with pytest.raises(StackError, match=r"(?s)apt-get update failed.*Could not open lock file"):
        ensure_prometheus(stack)
    assert not os.listdir(stack.stack_dir / "dist")
