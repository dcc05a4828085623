"""The age engine's API: keys, identity files, typed errors, progress and cancel."""

from __future__ import annotations

import io
import os
import re
import threading
import time
import zipfile

import pytest

from voiceapp.core import age
from voiceapp.core.age.stream import CHUNK_SIZE, ENC_CHUNK_SIZE
from voiceapp.core.errors import (
    Cancelled,
    DamagedFile,
    InvalidKey,
    NewerVersion,
    NoMatchingKey,
    NotAnAgeFile,
    TruncatedFile,
    VoiceError,
    WorkFactorTooHigh,
    WrongPassphrase,
)

from .testkit import TESTKIT, load

# -- keys --------------------------------------------------------------------


def test_spec_example_keys() -> None:
    """The example identities in age.md give the example recipients printed beside them."""
    x = age.parse_identity(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    )
    assert (
        x.recipient().to_string()
        == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
    )
    pq = age.parse_identity(
        "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
    )
    assert pq.recipient().to_string().startswith("age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelk")
    assert pq.recipient().to_string().endswith("c0k")


def test_new_keys_are_hybrid_by_default(hybrid: age.HybridIdentity) -> None:
    """A new identity is post-quantum hybrid unless classic is asked for."""
    assert isinstance(age.generate_identity(), age.HybridIdentity)
    assert isinstance(age.generate_identity(classic=True), age.X25519Identity)
    s = hybrid.to_string()
    assert s.startswith("AGE-SECRET-KEY-PQ-1") and s == s.upper()
    assert hybrid.recipient().to_string().startswith("age1pq1")


@pytest.mark.parametrize("which", ["x25519", "hybrid"])
def test_key_strings_round_trip(which: str, request: pytest.FixtureRequest) -> None:
    """Identity and recipient strings parse back to the same keys."""
    identity = request.getfixturevalue(which)
    assert age.parse_identity(identity.to_string()).to_string() == identity.to_string()
    r = identity.recipient().to_string()
    assert age.parse_recipient(r).to_string() == r


@pytest.mark.parametrize("which", ["x25519", "hybrid"])
def test_bech32_checksum_catches_any_typo(which: str, request: pytest.FixtureRequest) -> None:
    """Changing any one character of a key string is caught by the checksum."""
    r = request.getfixturevalue(which).recipient().to_string()
    for i in range(len(r) - 20, len(r)):
        typo = r[:i] + ("q" if r[i] != "q" else "p") + r[i + 1 :]
        with pytest.raises(InvalidKey):
            age.parse_recipient(typo)


def test_mixed_case_and_unknown_keys_are_refused(x25519: age.X25519Identity) -> None:
    """Mixed-case strings, wrong prefixes and empty input are not keys."""
    r = x25519.recipient().to_string()
    for bad in [r[:10] + r[10:].upper(), "age1", "", "AGE-SECRET-KEY-1", "ssh-ed25519 AAAA"]:
        with pytest.raises(InvalidKey):
            age.parse_recipient(bad)
    with pytest.raises(InvalidKey):
        age.parse_identity(r)  # a recipient is not an identity


def test_identity_file_format(hybrid: age.HybridIdentity) -> None:
    """Identity files follow age-keygen: created and public-key comments, then the key."""
    text = age.format_identity_file(hybrid)
    lines = text.splitlines()
    assert re.fullmatch(r"# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", lines[0])
    assert lines[1] == f"# public key: {hybrid.recipient().to_string()}"
    assert lines[2] == hybrid.to_string()
    assert [i.to_string() for i in age.parse_identity_file(text)] == [hybrid.to_string()]


def test_identity_file_allows_comments_blank_lines_and_crlf(
    x25519: age.X25519Identity, hybrid: age.HybridIdentity
) -> None:
    """Comments, blank lines and CRLF endings are allowed; every key line is read."""
    text = f"# mine\r\n\r\n{x25519.to_string()}\r\n# another\n{hybrid.to_string()}\n"
    got = [i.to_string() for i in age.parse_identity_file(text)]
    assert got == [x25519.to_string(), hybrid.to_string()]
    with pytest.raises(InvalidKey):
        age.parse_identity_file("# only a comment\n")
    with pytest.raises(InvalidKey):
        age.parse_identity_file(f"{x25519.to_string()}\nnot a key\n")


def test_protected_identity_file(hybrid: age.HybridIdentity) -> None:
    """A protected identity file is an age file with one scrypt stanza holding the text."""
    data = age.identity_file_bytes(hybrid, passphrase=b"correct horse", work_factor=10)
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert data.count(b"\n-> ") == 1
    asked: list[int] = []

    def passphrase() -> bytes:
        asked.append(1)
        return b"correct horse"

    got = age.load_identities(data, passphrase)
    assert [i.to_string() for i in got] == [hybrid.to_string()] and asked == [1]
    with pytest.raises(WrongPassphrase):
        age.load_identities(data, lambda: b"wrong horse")
    with pytest.raises(InvalidKey):
        age.load_identities(data)  # protected, but no way to ask


def test_plain_identity_file_never_asks(x25519: age.X25519Identity) -> None:
    """A plain identity file loads without asking for a passphrase."""
    data = age.identity_file_bytes(x25519)

    def never() -> bytes:
        raise AssertionError("asked for a passphrase")

    assert age.load_identities(data, never)[0].to_string() == x25519.to_string()


# -- typed errors ------------------------------------------------------------


def test_wrong_key(x25519: age.X25519Identity, hybrid: age.HybridIdentity) -> None:
    """A file made for another key says so."""
    enc = age.encrypt_bytes(b"hi", [hybrid.recipient()])
    with pytest.raises(NoMatchingKey):
        age.decrypt_bytes(enc, [x25519])


def test_wrong_passphrase_and_passphrase_without_one(x25519: age.X25519Identity) -> None:
    """A wrong passphrase is told apart from a key that cannot open a passphrase file."""
    enc = age.encrypt_bytes(b"hi", [age.ScryptRecipient(b"right", work_factor=10)])
    with pytest.raises(WrongPassphrase):
        age.decrypt_bytes(enc, [age.ScryptIdentity(b"wrong")])
    with pytest.raises(NoMatchingKey):
        age.decrypt_bytes(enc, [x25519])


def test_not_an_age_file(x25519: age.X25519Identity) -> None:
    """Random bytes, a ZIP or text are 'not an age file'."""
    for data in [b"", b"PK\x03\x04", b"hello world\n", os.urandom(100)]:
        with pytest.raises(NotAnAgeFile):
            age.decrypt_bytes(data, [x25519])


def test_newer_version(x25519: age.X25519Identity) -> None:
    """A file from a later format version says an update is needed."""
    enc = age.encrypt_bytes(b"hi", [x25519.recipient()]).replace(b"/v1\n", b"/v2\n", 1)
    with pytest.raises(NewerVersion):
        age.decrypt_bytes(enc, [x25519])


def test_work_factor_limit() -> None:
    """A passphrase file asking for more than 2^22 scrypt work is refused before any work."""
    v = load(TESTKIT / "scrypt_work_factor_23")
    t = time.perf_counter()
    with pytest.raises(WorkFactorTooHigh):
        age.decrypt_bytes(v.file, [age.ScryptIdentity(v.passphrases[0].encode())])
    assert time.perf_counter() - t < 1.0  # 2^23 would take seconds and 8 GiB


def test_cut_short_and_changed(x25519: age.X25519Identity) -> None:
    """A file cut at a chunk boundary is 'cut short'; one with a changed byte is 'damaged'."""
    enc = age.encrypt_bytes(os.urandom(3 * CHUNK_SIZE), [x25519.recipient()])
    header_and_nonce = len(enc) - (3 * ENC_CHUNK_SIZE)
    with pytest.raises(TruncatedFile):
        age.decrypt_bytes(enc[: header_and_nonce + ENC_CHUNK_SIZE], [x25519])
    changed = bytearray(enc)
    changed[-5] ^= 0x40
    with pytest.raises(DamagedFile) as e:
        age.decrypt_bytes(bytes(changed), [x25519])
    assert not isinstance(e.value, TruncatedFile)


def test_every_error_has_a_sentence() -> None:
    """Every error a person can meet carries one plain sentence ending in a full stop."""
    for cls in [*VoiceError.__subclasses__(), TruncatedFile]:
        msg = cls.message
        assert msg and msg[0].isupper() and msg.endswith(".") and "\n" not in msg, cls


def test_scrypt_must_be_alone(x25519: age.X25519Identity) -> None:
    """A passphrase cannot be mixed with other recipients when writing."""
    with pytest.raises(ValueError):
        age.encrypt_bytes(b"", [age.ScryptRecipient(b"pw", 10), x25519.recipient()])


# -- streaming, seeking, zip -------------------------------------------------


def test_zipfile_reads_the_seekable_reader_directly(x25519: age.X25519Identity) -> None:
    """zipfile.ZipFile opens members straight from the seekable reader, touching few chunks."""
    buf = io.BytesIO()
    big = os.urandom(40 * CHUNK_SIZE)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("big.bin", big)
        z.writestr("small.txt", b"hello")
    enc = age.encrypt_bytes(buf.getvalue(), [x25519.recipient()])
    reader = age.open_seekable(io.BytesIO(enc), [x25519])
    with zipfile.ZipFile(reader) as z:  # type: ignore[arg-type]
        before = reader.chunks_decrypted
        assert z.read("small.txt") == b"hello"
        assert reader.chunks_decrypted - before <= 2
        assert z.read("big.bin") == big


def test_seekable_reader_checks_the_end_first(x25519: age.X25519Identity) -> None:
    """Opening for seeking fails at once when the final chunk was changed or cut."""
    enc = age.encrypt_bytes(os.urandom(5 * CHUNK_SIZE + 10), [x25519.recipient()])
    with pytest.raises(DamagedFile):
        age.open_seekable(io.BytesIO(enc[:-1]), [x25519])
    with pytest.raises(DamagedFile):
        age.open_seekable(io.BytesIO(enc[: -ENC_CHUNK_SIZE + 1000]), [x25519])


def test_armored_input_is_detected(hybrid: age.HybridIdentity) -> None:
    """Armored files are recognised without being told, by both readers."""
    data = os.urandom(100_000)
    enc = age.encrypt_bytes(data, [hybrid.recipient()], armor=True)
    assert enc.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert max(len(line) for line in enc.splitlines()) == 64
    assert age.decrypt_bytes(b"\n  " + enc + b"\n", [hybrid]) == data
    assert age.open_seekable(io.BytesIO(enc), [hybrid]).read() == data


def test_progress_and_cancel(x25519: age.X25519Identity) -> None:
    """Long work reports growing progress up to the total, and stops when cancelled."""
    data = os.urandom(10 * CHUNK_SIZE + 3)
    seen: list[int] = []
    out = io.BytesIO()
    age.encrypt_stream(io.BytesIO(data), out, [x25519.recipient()], progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == len(data) and len(seen) > 5
    back: list[int] = []
    plain = io.BytesIO()
    age.decrypt_stream(io.BytesIO(out.getvalue()), plain, [x25519], progress=back.append)
    assert plain.getvalue() == data and back[-1] == len(data)

    with pytest.raises(Cancelled):
        age.encrypt_stream(
            io.BytesIO(data), io.BytesIO(), [x25519.recipient()], cancel=lambda: True
        )
    calls: list[int] = []
    with pytest.raises(Cancelled):
        age.decrypt_stream(
            io.BytesIO(out.getvalue()),
            io.BytesIO(),
            [x25519],
            progress=calls.append,
            cancel=lambda: len(calls) >= 2,
        )
    assert len(calls) == 2


def test_worker_thread_leaves_the_main_thread_free(x25519: age.X25519Identity) -> None:
    """Encrypting 64 MiB and a scrypt derivation in a worker never stall the main thread long.

    The main thread spins, recording the longest gap between two of its own
    iterations while the worker runs; the bar (250 ms) is far above what a
    person notices as a frozen window only to stay robust on a loaded CI box.
    """
    src = io.BytesIO(os.urandom(64 << 20))
    done = threading.Event()

    def work() -> None:
        age.encrypt_stream(src, io.BytesIO(), [x25519.recipient()])
        age.encrypt_bytes(b"k", [age.ScryptRecipient(b"pw", work_factor=16)])
        done.set()

    t = threading.Thread(target=work)
    longest = 0.0
    last = time.perf_counter()
    t.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    t.join()
    print(f"longest main-thread stall: {longest * 1000:.1f} ms")
    assert longest < 0.25


def test_post_quantum_and_classic_are_not_mixed(
    x25519: age.X25519Identity, hybrid: age.HybridIdentity
) -> None:
    """A classic key beside a post-quantum one would undo its protection, so writing refuses."""
    with pytest.raises(ValueError):
        age.encrypt_bytes(b"", [hybrid.recipient(), x25519.recipient()])
    two = age.encrypt_bytes(b"ok", [hybrid.recipient(), age.HybridIdentity.generate().recipient()])
    assert age.decrypt_bytes(two, [hybrid]) == b"ok"
