"""Interoperability with the npm ``age-encryption`` package (typage), run by Node.

This is our peer for the post-quantum ``mlkem768x25519`` hybrid recipients (the
Debian age tool is too old for them), and a second independent peer for X25519,
scrypt and armor. Both directions, with keys made on either side.

The peer is driven through ``tests/peers/age-js.mjs`` (see the ``age_js``
fixture in conftest.py).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.peers

SIZES = [0, 1, 65536, 65537, 300_007]
KINDS = ["hybrid", "x25519"]
ORIGINS = ["js-keys", "voiceapp-keys"]

STANZA = {"hybrid": b"\n-> mlkem768x25519 ", "x25519": b"\n-> X25519 "}


@pytest.fixture
def keys(request, js_keys, voiceapp_keys):
    """The key set named by the test's ``origin`` parameter."""
    return {"js-keys": js_keys, "voiceapp-keys": voiceapp_keys}[request.param]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("keys", ORIGINS, indirect=True)
def test_voiceapp_encrypts_js_decrypts(voiceapp, age_js, keys, plaintext, kind, size):
    """A file voiceapp encrypts to a hybrid (age1pq1…) or X25519 (age1…) recipient,
    whichever side made the key, decrypts in npm age-encryption to exactly the
    original bytes; the header carries the stanza type of that recipient."""
    key = keys[kind]
    data = plaintext(size, seed=20)
    ct = voiceapp.run("encrypt", "-r", key.recipient, input=data).stdout
    assert STANZA[kind] in ct.split(b"\n---", 1)[0]
    assert age_js.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("keys", ORIGINS, indirect=True)
def test_js_encrypts_voiceapp_decrypts(voiceapp, age_js, keys, plaintext, tmp_path, kind, size):
    """A file npm age-encryption encrypts to a hybrid or X25519 recipient,
    whichever side made the key, decrypts with `voiceapp decrypt -i` to exactly
    the original bytes (JS-made identities are saved as a one-line identity file)."""
    key = keys[kind]
    data = plaintext(size, seed=21)
    ct = tmp_path / "ct.age"
    ct.write_bytes(age_js.run("encrypt", "-r", key.recipient, input=data).stdout)
    assert STANZA[kind] in ct.read_bytes().split(b"\n---", 1)[0]
    out = tmp_path / "out.bin"
    voiceapp.run("decrypt", "-i", key.identity_file, "-o", out, ct)
    assert out.read_bytes() == data


# --------------------------------------------------------------------------- #
# Keys
# --------------------------------------------------------------------------- #


def test_voiceapp_hybrid_keygen_format_and_recipient(voiceapp, age_js, tmp_path):
    """`voiceapp keygen` (hybrid by default) writes `# created:`, `# public key:
    age1pq1…` and one `AGE-SECRET-KEY-PQ-1…` line, says `Public key: age1pq1…` on
    stderr, and npm age-encryption derives the very same recipient from that
    identity, as does `voiceapp keygen -y`."""
    ident = tmp_path / "hybrid.txt"
    proc = voiceapp.run("keygen", "-o", ident)
    lines = ident.read_text().splitlines()
    assert lines[0].startswith("# created: "), lines
    assert lines[1].startswith("# public key: age1pq1"), lines
    keys = [x for x in lines if x and not x.startswith("#")]
    assert len(keys) == 1 and keys[0].startswith("AGE-SECRET-KEY-PQ-1"), lines
    assert keys[0] == keys[0].upper()
    recipient = lines[1].removeprefix("# public key: ")
    assert f"Public key: {recipient}" in proc.stderr.decode().splitlines()
    assert age_js.run("to-recipient", ident).stdout.decode().strip() == recipient
    assert voiceapp.run("keygen", "-y", ident).stdout.decode().strip() == recipient


@pytest.mark.parametrize("kind", KINDS)
def test_keygen_y_of_js_identity(voiceapp, js_keys, kind):
    """`voiceapp keygen -y` on an identity made by npm age-encryption prints the
    recipient that library derives for it (hybrid and X25519)."""
    key = js_keys[kind]
    assert voiceapp.run("keygen", "-y", key.identity_file).stdout.decode().strip() == key.recipient


@pytest.mark.parametrize("kind", KINDS)
def test_js_derives_voiceapp_recipient(age_js, voiceapp_keys, kind):
    """npm age-encryption derives from a voiceapp-made identity exactly the
    recipient voiceapp wrote in its `# public key:` line."""
    key = voiceapp_keys[kind]
    assert age_js.run("to-recipient", key.identity_file).stdout.decode().strip() == key.recipient


# --------------------------------------------------------------------------- #
# Several recipients, recipients files
# --------------------------------------------------------------------------- #


def test_several_hybrid_recipients_both_ways(voiceapp, age_js, js_keys, voiceapp_keys, plaintext):
    """A file for two hybrid recipients (one key from each side) opens with either
    identity, whichever implementation wrote it and whichever reads it."""
    data = plaintext(70_000, seed=22)
    a, b = js_keys["hybrid"], voiceapp_keys["hybrid"]
    for writer in ("voiceapp", "js"):
        tool = voiceapp if writer == "voiceapp" else age_js
        ct = tool.run("encrypt", "-r", a.recipient, "-r", b.recipient, input=data).stdout
        assert ct.count(STANZA["hybrid"]) == 2
        for key in (a, b):
            assert voiceapp.run("decrypt", "-i", key.identity_file, input=ct).stdout == data
            assert age_js.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


def test_recipients_file_with_hybrid_recipients(
    voiceapp, age_js, js_keys, voiceapp_keys, plaintext, tmp_path
):
    """`voiceapp encrypt -R FILE` accepts the long age1pq1… recipients in a
    recipients file (with comments); npm age-encryption decrypts with each key."""
    rfile = tmp_path / "recipients.txt"
    rfile.write_text(
        f"# chair\n{js_keys['hybrid'].recipient}\n\n# deputy\n{voiceapp_keys['hybrid'].recipient}\n"
    )
    data = plaintext(5000, seed=23)
    ct = voiceapp.run("encrypt", "-R", rfile, input=data).stdout
    for key in (js_keys["hybrid"], voiceapp_keys["hybrid"]):
        assert age_js.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


# --------------------------------------------------------------------------- #
# Armor and scrypt
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("size", [0, 65537])
def test_armor_both_ways_hybrid(voiceapp, age_js, js_keys, plaintext, size):
    """ASCII armor interoperates with npm age-encryption on hybrid files: voiceapp
    `-a` output is read by the library's armor decoder, and the library's armor is
    auto-detected by `voiceapp decrypt`."""
    key = js_keys["hybrid"]
    data = plaintext(size, seed=24)
    ours = voiceapp.run("encrypt", "-a", "-r", key.recipient, input=data).stdout
    assert ours.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert age_js.run("decrypt", "-i", key.identity_file, input=ours).stdout == data
    theirs = age_js.run("encrypt", "-a", "-r", key.recipient, input=data).stdout
    assert theirs.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert voiceapp.run("decrypt", "-i", key.identity_file, input=theirs).stdout == data


def test_scrypt_both_ways(voiceapp, age_js, plaintext, passphrase_file):
    """A passphrase (UTF-8, non-ASCII) file made by voiceapp decrypts in npm
    age-encryption, and one made by the library (default work factor 18)
    decrypts in voiceapp, both from the same passphrase file."""
    data = plaintext(65537, seed=25)
    ours = voiceapp.run("encrypt", "--passphrase-file", passphrase_file, input=data).stdout
    assert age_js.run("decrypt", "--passphrase-file", passphrase_file, input=ours).stdout == data
    theirs = age_js.run("encrypt", "--passphrase-file", passphrase_file, input=data).stdout
    assert b"\n-> scrypt " in theirs
    out = voiceapp.run("decrypt", "--passphrase-file", passphrase_file, input=theirs).stdout
    assert out == data


# --------------------------------------------------------------------------- #
# Failures
# --------------------------------------------------------------------------- #


def test_wrong_hybrid_identity_fails_cleanly(
    voiceapp, age_js, js_keys, voiceapp_keys, plaintext, tmp_path, clean_failure
):
    """voiceapp decrypting a JS-made hybrid file with a different hybrid identity
    exits 1 with one `voiceapp: ` line, no traceback, and with -o leaves no file."""
    src = tmp_path / "ct.age"
    src.write_bytes(
        age_js.run("encrypt", "-r", js_keys["hybrid"].recipient, input=plaintext(10)).stdout
    )
    out = tmp_path / "out.bin"
    proc = voiceapp.run(
        "decrypt", "-i", voiceapp_keys["hybrid"].identity_file, "-o", out, src, check=False
    )
    clean_failure(proc)
    assert not out.exists()


def test_js_rejects_file_for_other_key(age_js, voiceapp, js_keys, voiceapp_keys, plaintext):
    """The peer really checks keys (a control for the tests above): npm
    age-encryption refuses a voiceapp hybrid file with another hybrid identity."""
    ct = voiceapp.run(
        "encrypt", "-r", voiceapp_keys["hybrid"].recipient, input=plaintext(10)
    ).stdout
    proc = age_js.run("decrypt", "-i", js_keys["hybrid"].identity_file, input=ct, check=False)
    assert proc.returncode == 1 and proc.stdout == b""
