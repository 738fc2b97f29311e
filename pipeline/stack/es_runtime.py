"""Where the local Elasticsearch node lives, and as whom it runs.

Elasticsearch refuses to run as root. When the stack is started by root (CI does), the node
runs as an unprivileged system user (WIREPIPE_ES_USER, default `wirepipe`, created on
first use), which must be able to read the distribution and write data, logs and temp files:

* if every folder above the stack dir is traversable by other users, everything stays in
  the stack dir (<stack dir>/elasticsearch, owned by that user);
* otherwise (a clone under /root, mode 700) the distribution is copied to
  /var/lib/wirepipe-stack/<hash of the stack dir>/ and the node's data, logs and temp files
  live there too.

Started by anyone else, the node runs as that user from the stack dir.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import StackError
from pipeline.stack.distributions import COMPLETE_MARKER, es_dist_dir
from pipeline.stack.settings import StackSettings

SHARED_RUNTIME_ROOT = Path("/var/lib/wirepipe-stack")


@dataclass(frozen=True)
class EsRuntime:
    home: Path
    data_dir: Path
    logs_dir: Path
    tmp_dir: Path
    service_user: str | None

    @property
    def config_dir(self) -> Path:
        return self.home / "config"


def es_runtime(settings: StackSettings) -> EsRuntime:
    if os.geteuid() != 0:
        return runtime_in(settings.stack_dir / "elasticsearch", es_dist_dir(settings), None)
    if traversable_by_others(settings.stack_dir):
        return runtime_in(
            settings.stack_dir / "elasticsearch", es_dist_dir(settings), settings.es_service_user
        )
    digest = hashlib.sha256(str(settings.stack_dir).encode()).hexdigest()[:12]
    base = SHARED_RUNTIME_ROOT / digest
    return runtime_in(base, base / es_dist_dir(settings).name, settings.es_service_user)


def prepare_es_runtime(runtime: EsRuntime, settings: StackSettings) -> None:
    """Create the node's folders (and, as root, its user and a readable home)."""
    dist = es_dist_dir(settings)
    if runtime.home != dist and not (runtime.home / COMPLETE_MARKER).is_file():
        # Copied under another name first: a half-done copy must never look complete.
        partial = runtime.home.with_name(runtime.home.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(runtime.home, ignore_errors=True)
        shutil.copytree(dist, partial, symlinks=True)
        partial.rename(runtime.home)
    for folder in (runtime.data_dir, runtime.logs_dir, runtime.tmp_dir):
        folder.mkdir(parents=True, exist_ok=True)
    if runtime.service_user is None:
        return
    ensure_service_user(runtime.service_user)
    base = runtime.data_dir.parent
    for folder in {base.parent, base, runtime.home.parent}:
        _let_others_traverse(folder)
    for folder in (runtime.data_dir, runtime.logs_dir, runtime.tmp_dir):
        _give_to(folder, runtime.service_user)


def traversable_by_others(folder: Path) -> bool:
    """Whether a user other than the owner can reach `folder` (every ancestor has o+x)."""
    for path in [folder, *folder.parents]:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            continue
        if not mode & stat.S_IXOTH:
            return False
    return True


def ensure_service_user(name: str) -> None:
    try:
        pwd.getpwnam(name)
        return
    except KeyError:
        pass
    shell = "/usr/sbin/nologin" if Path("/usr/sbin/nologin").exists() else "/bin/false"
    created = subprocess.run(
        [
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            shell,
            name,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if created.returncode != 0:
        raise StackError(f"cannot create the Elasticsearch service user {name!r}: {created.stderr}")


def runtime_in(base: Path, home: Path, service_user: str | None) -> EsRuntime:
    """The runtime of the distribution at `home`, with data, logs and tmp under `base`."""
    return EsRuntime(
        home=home,
        data_dir=base / "data",
        logs_dir=base / "logs",
        tmp_dir=base / "tmp",
        service_user=service_user,
    )


def _let_others_traverse(folder: Path) -> None:
    if folder.is_dir():
        os.chmod(folder, folder.stat().st_mode | 0o055)


def _give_to(folder: Path, user: str) -> None:
    account = pwd.getpwnam(user)
    if folder.stat().st_uid == account.pw_uid:
        # Everything below was written by the node itself.
        return
    for parent, _, files in os.walk(folder):
        os.chown(parent, account.pw_uid, account.pw_gid)
        for name in files:
            os.chown(Path(parent) / name, account.pw_uid, account.pw_gid, follow_symlinks=False)
