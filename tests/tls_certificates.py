"""Throwaway TLS certificates for tests: a CA, and certificates it signs, made with `openssl`.

Every file is PEM; keys are unencrypted PKCS#8, which both Python's `ssl` and Kafka's PEM
key stores read. The CA signs for 127.0.0.1 and localhost, where the test servers listen.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Signed:
    certificate: Path
    key: Path


@dataclass(frozen=True)
class TestCA:
    __test__ = False  # a helper, not a test class

    folder: Path
    certificate: Path
    key: Path

    def sign(self, name: str, *, server: bool) -> Signed:
        """A certificate for `name`, valid for 127.0.0.1 and localhost when `server`."""
        key, request = self.folder / f"{name}.key", self.folder / f"{name}.csr"
        certificate = self.folder / f"{name}.pem"
        _openssl(
            "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", request,
            "-subj", f"/CN={name}",
        )
        extensions = self.folder / f"{name}.ext"
        usage = "serverAuth" if server else "clientAuth"
        names = "subjectAltName=IP:127.0.0.1,DNS:localhost\n" if server else ""
        extensions.write_text(f"{names}extendedKeyUsage={usage}\n")
        _openssl(
            "x509", "-req", "-in", request, "-CA", self.certificate, "-CAkey", self.key,
            "-CAcreateserial", "-days", "2", "-out", certificate, "-extfile", extensions,
        )
        return Signed(certificate, key)


def make_ca(folder: Path) -> TestCA:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    ca = TestCA(folder, folder / "ca.pem", folder / "ca.key")
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca.key, "-out", ca.certificate,
        "-days", "2", "-subj", "/CN=wirepipe test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )
    return ca


def _openssl(*arguments: object) -> None:
    done = subprocess.run(
        ["openssl", *map(str, arguments)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"openssl {arguments[0]} failed: {done.stderr}")
