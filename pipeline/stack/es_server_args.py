"""The start-up arguments an Elasticsearch 9.5 node reads from its standard input.

The official launcher (bin/elasticsearch → server-cli, not published on Maven Central)
resolves the node settings and writes them to the server process as a `ServerArgs` record in
Elasticsearch's own binary stream format. This module writes the same record, in the layout of
`org.elasticsearch.bootstrap.ServerArgs(StreamInput)` in 9.5:

    daemonize: bool, quiet: bool, pid file: optional string,
    secure settings: class name + KeyStoreWrapper(StreamInput),
    node settings: vint count + (string key, generic value) pairs,
    config dir: string, logs dir: string
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from pathlib import Path

# An empty, unencrypted keystore: the local node has no secure settings.
_KEYSTORE_CLASS = "org.elasticsearch.common.settings.KeyStoreWrapper"
_KEYSTORE_FORMAT_VERSION = 7
# StreamOutput.writeGenericValue type tag of a String.
_GENERIC_STRING = 0


def encode_server_args(node_settings: Mapping[str, str], config_dir: Path, logs_dir: Path) -> bytes:
    """ServerArgs for a daemonized, quiet node without pid file (the stack keeps its own)."""
    out = bytearray()
    # Daemonized: once ready, the node closes its output streams and stops watching stdin;
    # otherwise it would exit as soon as this process closes the pipe.
    out += _bool(True)
    # Quiet: no console logging, the node logs to its files.
    out += _bool(True)
    # No pid file: the stack writes its own, and the node may not be allowed to write there.
    out += _bool(False)
    out += _string(_KEYSTORE_CLASS)
    out += _empty_keystore()
    out += _vint(len(node_settings))
    for key, value in node_settings.items():
        out += _string(key)
        out += bytes([_GENERIC_STRING])
        out += _string(value)
    out += _string(str(config_dir))
    out += _string(str(logs_dir))
    return bytes(out)


def _empty_keystore() -> bytes:
    # formatVersion: int, hasPassword: bool, dataBytes: optional byte[], entries: map, closed: bool
    return (
        struct.pack(">i", _KEYSTORE_FORMAT_VERSION)
        + _bool(False)
        + _bool(False)
        + _vint(0)
        + _bool(False)
    )


def _bool(value: bool) -> bytes:
    return b"\x01" if value else b"\x00"


def _vint(value: int) -> bytes:
    if value < 0:
        raise ValueError(f"a vint cannot be negative: {value}")
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _string(text: str) -> bytes:
    """StreamOutput.writeString: UTF-16 unit count, then each unit in 1 to 3 UTF-8 style bytes."""
    units = text.encode("utf-16-be")
    out = bytearray(_vint(len(units) // 2))
    for index in range(0, len(units), 2):
        unit = int.from_bytes(units[index : index + 2], "big")
        if unit < 0x80:
            out.append(unit)
        elif unit < 0x800:
            out += bytes([0xC0 | unit >> 6, 0x80 | unit & 0x3F])
        else:
            # Surrogates of characters beyond the BMP are written one by one, as Java does.
            out += bytes([0xE0 | unit >> 12, 0x80 | (unit >> 6) & 0x3F, 0x80 | unit & 0x3F])
    return bytes(out)
