"""Where a local server lives, as whom it runs, and who else may read its files.

Neither server needs root, and Elasticsearch refuses it. When the stack is started by root
(CI does), each server runs as an unprivileged system user (WIREPIPE_ES_USER,
WIREPIPE_KAFKA_USER; `wirepipe` by default, created on first use), which must be able to
read the server's distribution and to write its own folder:

* if every folder above the stack dir is traversable by other users, the server's folder is
  <stack dir>/<server> and it runs from the distribution in <stack dir>/dist;
* otherwise (a clone under /root, mode 700) the distribution is copied to
  /var/lib/wirepipe-stack/<hash of the stack dir>/ and the server's folder is made there.

Started by anyone else, a server runs as that user from the stack dir.

A server's folder (its configuration, data, logs and temp files) is private to the user
that runs it, mode 700: configurations may hold passwords, and the data holds every story.
The distributions are public software and stay readable by all.
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
from pipeline.stack.distributions import COMPLETE_MARKER
from pipeline.stack.settings import StackSettings

SHARED_RUNTIME_ROOT = Path("/var/lib/wirepipe-stack")
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class ServerRuntime:
    """A server's distribution (`home`), its own folder (`base`) and the user it runs as."""

    home: Path
    base: Path
    service_user: str | None

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def logs_dir(self) -> Path:
        return self.base / "logs"

    @property
    def tmp_dir(self) -> Path:
        return self.base / "tmp"


def server_runtime(
    settings: StackSettings, name: str, dist_dir: Path, service_user: str
) -> ServerRuntime:
    """The runtime of server `name` (its folder's name), running from `dist_dir`."""
    if os.geteuid() != 0:
        return runtime_in(settings.stack_dir / name, dist_dir, None)
    if traversable_by_others(settings.stack_dir):
        return runtime_in(settings.stack_dir / name, dist_dir, service_user)
    digest = hashlib.sha256(str(settings.stack_dir).encode()).hexdigest()[:12]
    shared = SHARED_RUNTIME_ROOT / digest
    return runtime_in(shared / name, shared / dist_dir.name, service_user)


def runtime_in(base: Path, home: Path, service_user: str | None) -> ServerRuntime:
    """The runtime of the distribution at `home`, with data, logs and tmp under `base`."""
    return ServerRuntime(home=home, base=base, service_user=service_user)


def prepare_runtime(runtime: ServerRuntime, dist_dir: Path, *folders: Path) -> None:
    """Create the server's folder and `folders` in it, private to the user that runs it.

    As root, also create that user, copy the distribution where the user can read it if
    need be, and let the user through the folders above.
    """
    if runtime.home != dist_dir and not (runtime.home / COMPLETE_MARKER).is_file():
        # Copied under another name first: a half-done copy must never look complete.
        partial = runtime.home.with_name(runtime.home.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(runtime.home, ignore_errors=True)
        shutil.copytree(dist_dir, partial, symlinks=True)
        partial.rename(runtime.home)
    own_folders = (runtime.base, runtime.data_dir, runtime.logs_dir, runtime.tmp_dir, *folders)
    for folder in own_folders:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, PRIVATE_FOLDER)
    if runtime.service_user is None:
        return
    ensure_service_user(runtime.service_user)
    for folder in {runtime.base.parent, runtime.home.parent}:
        _let_others_through(folder)
    account = pwd.getpwnam(runtime.service_user)
    if runtime.base.stat().st_uid != account.pw_uid:
        # Made by root just now, or by a start before servers ran as their own user.
        _give_tree_to(runtime.base, account)
    for folder in own_folders:
        os.chown(folder, account.pw_uid, account.pw_gid)


def write_private(runtime: ServerRuntime, path: Path, text: str) -> None:
    """A file only the server's user may read: configurations can hold passwords."""
    path.write_text(text, encoding="utf-8")
    os.chmod(path, PRIVATE_FILE)
    if runtime.service_user is not None:
        account = pwd.getpwnam(runtime.service_user)
        os.chown(path, account.pw_uid, account.pw_gid)


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
        raise StackError(f"cannot create the service user {name!r}: {created.stderr}")


def _let_others_through(folder: Path) -> None:
    """Search permission only: others may pass through the folder, not list it."""
    if folder.is_dir():
        os.chmod(folder, folder.stat().st_mode | stat.S_IXGRP | stat.S_IXOTH)


def _give_tree_to(folder: Path, account: pwd.struct_passwd) -> None:
    for parent, _, files in os.walk(folder):
        os.chown(parent, account.pw_uid, account.pw_gid)
        for name in files:
            os.chown(Path(parent) / name, account.pw_uid, account.pw_gid, follow_symlinks=False)
