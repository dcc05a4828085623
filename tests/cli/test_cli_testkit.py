"""All 143 official age vectors through ``voiceapp decrypt``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.core.testkit import Vector, all_vectors

from .conftest import Run, one_error_line

VECTORS = all_vectors()


def _args(v: Vector, tmp_path: Path) -> list[str | Path]:
    args: list[str | Path] = []
    if v.identities:
        keys = tmp_path / "keys.txt"
        keys.write_text("# from the testkit\n" + "\n".join(v.identities) + "\n")
        args += ["-i", keys]
    if v.passphrases:
        pw = tmp_path / "pw.txt"
        pw.write_text(v.passphrases[0] + "\n")
        args += ["--passphrase-file", pw]
    return args


@pytest.mark.parametrize("v", VECTORS, ids=lambda v: v.name)
def test_vector_through_cli(v: Vector, voiceapp: Run, tmp_path: Path) -> None:
    """voiceapp decrypt exits 0 with the exact payload, or 1 with one line and no output file."""
    src = tmp_path / "in.age"
    src.write_bytes(v.file)
    out = tmp_path / "out.bin"
    proc = voiceapp("decrypt", *_args(v, tmp_path), "-o", out, src)
    if v.expect == "success":
        assert proc.returncode == 0, proc.stderr
        assert hashlib.sha256(out.read_bytes()).hexdigest() == v.payload_sha256
        return
    assert proc.returncode == 1
    one_error_line(proc)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    if v.expect == "payload failure":
        # To standard output, what was released before the error is what the suite says.
        streamed = voiceapp("decrypt", *_args(v, tmp_path), stdin=v.file)
        assert streamed.returncode == 1
        assert hashlib.sha256(streamed.stdout).hexdigest() == v.payload_sha256
