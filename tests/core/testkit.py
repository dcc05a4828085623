"""Loader for the official age test vectors (C2SP age testkit) in age_testkit/."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

TESTKIT = Path(__file__).parent / "age_testkit"


@dataclass
class Vector:
    name: str
    expect: str
    payload_sha256: str | None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    file: bytes = b""


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    v = Vector(path.name, "", None)
    compressed = False
    for line in head.decode().split("\n"):
        key, _, value = line.partition(": ")
        if key == "expect":
            v.expect = value
        elif key == "payload":
            v.payload_sha256 = value
        elif key == "identity":
            v.identities.append(value)
        elif key == "passphrase":
            v.passphrases.append(value)
        elif key == "armored":
            v.armored = value == "yes"
        elif key == "compressed":
            compressed = value == "zlib"
    v.file = zlib.decompress(body) if compressed else body
    return v


def all_vectors() -> list[Vector]:
    return [load(p) for p in sorted(TESTKIT.iterdir()) if p.name != "LICENSE.txt"]
