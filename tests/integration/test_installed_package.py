"""wirepipe installed from its wheel works away from the checkout.

The wheel is built from a copy of what the image copies (pyproject, README, LICENSE and
`pipeline/`), installed into a fresh virtualenv, and its `wirepipe` runs in an empty
folder: whatever a command reads at run time has to come from the package itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
from elasticsearch import Elasticsearch

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "01_reuters_quake.txt"


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path
    wirepipe: Path
    workdir: Path

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args,
            cwd=self.workdir,
            env=outside_the_checkout() | (env or {}),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


def outside_the_checkout() -> dict[str, str]:
    """This process's environment without what would make Python find the checkout."""
    return {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }


def run_checked(*command: str | Path) -> None:
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, f"{command} failed:\n{finished.stdout}\n{finished.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("installed-package")
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO_ROOT / name, source / name)
    shutil.copytree(
        REPO_ROOT / "pipeline",
        source / "pipeline",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    run_checked(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--wheel-dir",
        root / "dist",
        source,
    )
    (wheel,) = (root / "dist").glob("wirepipe-*.whl")
    venv = root / "venv"
    run_checked(sys.executable, "-m", "venv", venv)
    run_checked(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel)
    workdir = root / "elsewhere"
    workdir.mkdir()
    return Installed(wheel, venv / "bin" / "python", venv / "bin" / "wirepipe", workdir)


def test_the_wheel_carries_every_data_file_of_the_package(installed: Installed) -> None:
    data_files = {
        path.relative_to(REPO_ROOT).as_posix()
        for path in (REPO_ROOT / "pipeline").rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc")
    }
    with zipfile.ZipFile(installed.wheel) as wheel:
        assert data_files - set(wheel.namelist()) == set()


def test_the_installed_package_is_the_one_that_runs(installed: Installed) -> None:
    finished = installed.run(
        str(installed.python), "-c", "import pipeline; print(pipeline.__file__)"
    )
    assert finished.returncode == 0, finished.stderr
    assert Path(finished.stdout.strip()).is_relative_to(installed.python.parents[1])


def test_enrich_reads_a_packaged_sample_story(installed: Installed) -> None:
    located = installed.run(
        str(installed.python),
        "-c",
        "from importlib.resources import files; "
        f"print(files('pipeline.cli') / 'samples' / {SAMPLE!r})",
    )
    assert located.returncode == 0, located.stderr

    finished = installed.run(str(installed.wirepipe), "enrich", located.stdout.strip())

    assert finished.returncode == 0, finished.stderr
    documents = [orjson.loads(line) for line in finished.stdout.splitlines() if line.strip()]
    assert documents
    assert all(document["id"] and document["body"] for document in documents)


@pytest.fixture(scope="module")
def namespace(kafka_bootstrap: str, es_url: str) -> dict[str, str]:
    """Servers and names of this module's own pipeline deployment."""
    tag = uuid.uuid4().hex[:10]
    return {
        "KAFKA_BOOTSTRAP": kafka_bootstrap,
        "ES_URL": es_url,
        "WIREPIPE_APP_ID": f"wirepipe-test-{tag}",
        "WIREPIPE_TOPIC_PREFIX": f"test-{tag}.",
        "WIREPIPE_INDEX_ALIAS": f"test-{tag}-wire-articles",
    }


def test_setup_creates_the_index_alias(installed: Installed, namespace: dict[str, str]) -> None:
    finished = installed.run(str(installed.wirepipe), "setup", env=namespace)

    assert finished.returncode == 0, finished.stderr
    with Elasticsearch(namespace["ES_URL"], request_timeout=60) as es:
        assert es.indices.exists_alias(name=namespace["WIREPIPE_INDEX_ALIAS"])


def test_a_worker_starts_in_an_empty_folder_with_default_state(
    installed: Installed, namespace: dict[str, str]
) -> None:
    """No stack, no data folder set: state goes to the user's state folder, created on start."""
    assert installed.run(str(installed.wirepipe), "setup", env=namespace).returncode == 0
    state_home = installed.workdir.parent / "state-home"
    log_path = installed.workdir.parent / "worker.log"
    env = outside_the_checkout() | namespace | {
        "XDG_STATE_HOME": str(state_home),
        "WIREPIPE_WEB_PORT": "0",
    }
    with log_path.open("wb") as log:
        worker = subprocess.Popen(
            [str(installed.wirepipe), "worker"],
            cwd=installed.workdir,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while b"Worker ready" not in log_path.read_bytes():
            assert worker.poll() is None, log_path.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "worker not ready in 120 s"
            time.sleep(0.5)
        assert (state_home / "wirepipe" / "worker-data").is_dir()
    finally:
        worker.terminate()
        worker.wait(timeout=60)
