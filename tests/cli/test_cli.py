"""The command line as an IT team or a script uses it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from .conftest import Run, one_error_line


def _keygen(voiceapp: Run, path: Path, *extra: str | Path) -> str:
    proc = voiceapp("keygen", "-o", path, *extra)
    assert proc.returncode == 0, proc.stderr
    line = proc.stderr.decode().strip()
    assert line.startswith("Public key: age1")
    return line.removeprefix("Public key: ")


def test_keygen_hybrid_by_default(voiceapp: Run, tmp_path: Path) -> None:
    """keygen makes a hybrid key in the age-keygen format, owner-only, and prints its recipient."""
    key = tmp_path / "key.txt"
    recipient = _keygen(voiceapp, key)
    assert recipient.startswith("age1pq1")
    text = key.read_text()
    assert text.startswith("# created: ") and f"# public key: {recipient}\n" in text
    assert text.splitlines()[-1].startswith("AGE-SECRET-KEY-PQ-1")
    assert stat.S_IMODE(key.stat().st_mode) & 0o077 == 0
    y = voiceapp("keygen", "-y", key)
    assert y.returncode == 0 and y.stdout.decode() == recipient + "\n"


def test_keygen_classic_and_stdout(voiceapp: Run) -> None:
    """--classic makes an X25519 key; without -o the identity goes to standard output."""
    proc = voiceapp("keygen", "--classic")
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    assert (
        proc.stderr.decode().startswith("Public key: age1") and "age1pq" not in proc.stderr.decode()
    )


def test_keygen_never_overwrites(voiceapp: Run, tmp_path: Path) -> None:
    """keygen refuses to replace an existing file: a lost key loses a child's views."""
    key = tmp_path / "key.txt"
    key.write_text("precious\n")
    proc = voiceapp("keygen", "-o", key)
    assert proc.returncode == 1
    one_error_line(proc)
    assert key.read_text() == "precious\n"


def test_protected_identity(voiceapp: Run, tmp_path: Path) -> None:
    """A passphrase-protected identity decrypts files only with its passphrase."""
    pw, bad = tmp_path / "pw", tmp_path / "bad"
    pw.write_text("a long enough passphrase\n")
    bad.write_text("not it\n")
    key = tmp_path / "key.age"
    recipient = _keygen(voiceapp, key, "--passphrase-file", pw)
    assert key.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"AGE-SECRET-KEY" not in key.read_bytes()
    assert (
        voiceapp("keygen", "-y", key, "--passphrase-file", pw).stdout.decode().strip() == recipient
    )
    enc = voiceapp("encrypt", "-r", recipient, stdin=b"views").stdout
    ok = voiceapp("decrypt", "-i", key, "--identity-passphrase-file", pw, stdin=enc)
    assert ok.returncode == 0 and ok.stdout == b"views"
    wrong = voiceapp("decrypt", "-i", key, "--identity-passphrase-file", bad, stdin=enc)
    assert wrong.returncode == 1 and "passphrase" in one_error_line(wrong)
    no_tty = voiceapp("decrypt", "-i", key, stdin=enc)
    assert no_tty.returncode == 1
    one_error_line(no_tty)


@pytest.mark.parametrize("armor", [False, True])
def test_encrypt_decrypt_files_and_pipes(voiceapp: Run, tmp_path: Path, armor: bool) -> None:
    """Files and pipes both work, with -r, -R, and several recipients at once."""
    keys = [tmp_path / f"k{i}.txt" for i in range(3)]
    recipients = [_keygen(voiceapp, k) for k in keys]
    rfile = tmp_path / "recipients.txt"
    rfile.write_text("# the chairs\n" + "\n".join(recipients[1:]) + "\n")
    data = os.urandom(200_000)
    src = tmp_path / "plain.bin"
    src.write_bytes(data)
    out = tmp_path / "enc.age"
    flags = ["-a"] if armor else []
    proc = voiceapp("encrypt", "-r", recipients[0], "-R", rfile, *flags, "-o", out, src)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n")
    for k in keys:
        got = voiceapp("decrypt", "-i", k, stdin=out.read_bytes())
        assert got.returncode == 0 and got.stdout == data


def test_passphrase_encryption(voiceapp: Run, tmp_path: Path) -> None:
    """--passphrase-file encrypts with scrypt alone, and decrypts with the same file."""
    pw = tmp_path / "pw"
    pw.write_text("correct horse battery staple\r\n")
    enc = voiceapp("encrypt", "--passphrase-file", pw, stdin=b"hello")
    assert enc.returncode == 0 and enc.stdout.count(b"\n-> ") == 1 and b"-> scrypt " in enc.stdout
    dec = voiceapp("decrypt", "--passphrase-file", pw, stdin=enc.stdout)
    assert dec.returncode == 0 and dec.stdout == b"hello"


def test_usage_errors_exit_2(voiceapp: Run, tmp_path: Path) -> None:
    """Mistakes in how the command is called exit 2 and say what to do."""
    pw = tmp_path / "pw"
    pw.write_text("x\n")
    cases = [
        ("encrypt",),
        ("encrypt", "--no-such-flag"),
        (
            "encrypt",
            "--passphrase-file",
            pw,
            "-r",
            "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
        ),
        ("frobnicate",),
        (
            "encrypt",
            "-r",
            _keygen(voiceapp, tmp_path / "pq.txt"),
            "-r",
            "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
        ),
    ]
    for args in cases:
        proc = voiceapp(*args)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr.decode()
        assert "voiceapp: " in proc.stderr.decode()


def test_unusable_input_exits_1_with_one_line(voiceapp: Run, tmp_path: Path) -> None:
    """Bad keys, missing files, wrong keys and non-age input exit 1 with one plain line."""
    key, other = tmp_path / "k", tmp_path / "o"
    recipient = _keygen(voiceapp, key)
    _keygen(voiceapp, other)
    enc = voiceapp("encrypt", "-r", recipient, stdin=b"x").stdout
    out = tmp_path / "out"
    cases = [
        (("encrypt", "-r", "age1notakey"), b"x", "valid"),
        (("decrypt", "-i", tmp_path / "missing"), enc, "cannot read"),
        (("decrypt", "-i", other, "-o", out), enc, "different key"),
        (("decrypt", "-i", key, "-o", out), b"just some text\n", "not an encrypted"),
        (("decrypt", "-i", key, "-o", out), enc[:-1], "damaged"),
        (("encrypt", "-r", recipient, tmp_path / "missing.bin"), b"", "cannot open"),
    ]
    for args, stdin, words in cases:
        proc = voiceapp(*args, stdin=stdin)
        assert proc.returncode == 1, args
        assert words in one_error_line(proc), args
        assert not out.exists()


def test_failed_decryption_keeps_the_old_output(voiceapp: Run, tmp_path: Path) -> None:
    """With -o, a decryption that fails late leaves an existing output file untouched."""
    key = tmp_path / "k"
    recipient = _keygen(voiceapp, key)
    enc = bytearray(voiceapp("encrypt", "-r", recipient, stdin=os.urandom(300_000)).stdout)
    enc[-3] ^= 1  # the damage is only found in the final chunk
    out = tmp_path / "out"
    out.write_bytes(b"old")
    proc = voiceapp("decrypt", "-i", key, "-o", out, stdin=bytes(enc))
    assert proc.returncode == 1
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k", "out"]
