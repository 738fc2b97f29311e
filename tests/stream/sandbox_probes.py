"""Stories that misbehave on purpose, run in the enrich sandbox by `test_sandbox`.

Each has the signature of the sandbox's handler; the payload says what to do.
"""

from __future__ import annotations

import os
import time
from typing import Any


def misbehave(data: bytes, **_: Any) -> dict[str, Any]:
    if data == b"spin":
        while True:
            pass
    if data == b"sleep":
        time.sleep(3600)
    if data == b"allocate":
        hog = []
        while True:
            hog.append(bytearray(16 * 1024 * 1024))
    if data == b"die":
        os._exit(3)
    if data == b"bug":
        raise KeyError("minhash")
    if data == b"huge":
        return {"id": "huge", "body": "x" * 100_000}
    return {"id": data.decode(), "body": "fine"}
