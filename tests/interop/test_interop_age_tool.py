"""Interoperability with the reference ``age`` tool (Debian package ``age``, 1.1.x).

Both directions for every feature the reference tool has: X25519 recipients,
several recipients and recipients files, identity files (plain and passphrase
protected), scrypt passphrases and ASCII armor; plus the CLI's error contract
on files the reference tool made.

``age`` reads passphrases only from a terminal, so those tests drive it on a
pseudo-terminal (``Tool.run_tty``); our side uses ``--passphrase-file``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.peers

# Plaintext sizes around the 64 KiB STREAM chunk boundaries, plus about 1 MB.
SIZES = [0, 1, 65535, 65536, 65537, 131072, 1_000_003]

ARMOR_BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = "-----END AGE ENCRYPTED FILE-----"

AGE_PROMPT_NEW = "Enter passphrase (leave empty to autogenerate a secure one):"
AGE_PROMPT_CONFIRM = "Confirm passphrase:"
AGE_PROMPT_DECRYPT = "Enter passphrase:"
AGE_PROMPT_IDENTITY = "Enter passphrase for identity file"


def _identity_text(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _age_passphrase_encrypt(age_tool, src: Path, dst: Path, passphrase: str, armor=False):
    """``age -p [-a] -o dst src``, typing the passphrase twice on its terminal."""
    code, screen = age_tool.run_tty(
        "-p",
        *(["-a"] if armor else []),
        "-o",
        dst,
        src,
        answers=[(AGE_PROMPT_NEW, passphrase), (AGE_PROMPT_CONFIRM, passphrase)],
    )
    assert code == 0, f"age -p failed: {screen!r}"


# --------------------------------------------------------------------------- #
# X25519, one recipient, many sizes
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("io", ["pipe", "files"])
@pytest.mark.parametrize("size", SIZES)
def test_x25519_voiceapp_encrypts_age_decrypts(
    voiceapp, age_tool, age_keys, plaintext, tmp_path, size, io
):
    """A file voiceapp encrypts to an age-keygen X25519 recipient decrypts with
    `age -d -i` to exactly the original bytes (any size, across chunk boundaries;
    voiceapp reading stdin/writing stdout, or reading a file/writing -o)."""
    key = age_keys[0]
    data = plaintext(size)
    ct = tmp_path / "ct.age"
    if io == "pipe":
        ct.write_bytes(voiceapp.run("encrypt", "-r", key.recipient, input=data).stdout)
    else:
        src = tmp_path / "plain.bin"
        src.write_bytes(data)
        voiceapp.run("encrypt", "-r", key.recipient, "-o", ct, src)
    assert ct.read_bytes().startswith(b"age-encryption.org/v1\n")
    out = age_tool.run("-d", "-i", key.identity_file, ct).stdout
    assert out == data


@pytest.mark.parametrize("io", ["pipe", "files"])
@pytest.mark.parametrize("size", SIZES)
def test_x25519_age_encrypts_voiceapp_decrypts(
    voiceapp, age_tool, age_keys, plaintext, tmp_path, size, io
):
    """A file `age -r` encrypts to an age-keygen recipient decrypts with
    `voiceapp decrypt -i` (the age-keygen identity file) to exactly the original
    bytes (any size; voiceapp on stdin/stdout, or on a file with -o)."""
    key = age_keys[1]
    data = plaintext(size, seed=1)
    ct = age_tool.run("-r", key.recipient, input=data).stdout
    if io == "pipe":
        out = voiceapp.run("decrypt", "-i", key.identity_file, input=ct).stdout
    else:
        src = tmp_path / "ct.age"
        src.write_bytes(ct)
        dst = tmp_path / "out.bin"
        proc = voiceapp.run("decrypt", "-i", key.identity_file, "-o", dst, src)
        assert proc.stdout == b""
        out = dst.read_bytes()
    assert out == data


# --------------------------------------------------------------------------- #
# Several recipients, recipients files, several identities
# --------------------------------------------------------------------------- #


def _write_recipients_file(path: Path, recipients: list[str]) -> Path:
    # The format age documents: one recipient a line; blank lines and lines
    # starting with '#' are comments.
    lines = ["# recipients for the interop test", ""]
    for n, r in enumerate(recipients):
        lines += [f"# key {n}", r, ""]
    path.write_text("\n".join(lines))
    return path


def test_several_recipients_voiceapp_to_age(voiceapp, age_tool, age_keys, plaintext):
    """voiceapp encrypting to three X25519 recipients (-r three times) makes one
    file that `age -d` opens with each of the three identities."""
    data = plaintext(70_000, seed=2)
    args = [a for k in age_keys for a in ("-r", k.recipient)]
    ct = voiceapp.run("encrypt", *args, input=data).stdout
    assert ct.count(b"\n-> X25519 ") == 3
    for key in age_keys:
        assert age_tool.run("-d", "-i", key.identity_file, input=ct).stdout == data


def test_several_recipients_age_to_voiceapp(voiceapp, age_tool, age_keys, plaintext):
    """A file `age` encrypts to three recipients opens in voiceapp with each of the
    three identities."""
    data = plaintext(70_000, seed=3)
    args = [a for k in age_keys for a in ("-r", k.recipient)]
    ct = age_tool.run(*args, input=data).stdout
    for key in age_keys:
        assert voiceapp.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


def test_recipients_file_voiceapp_to_age(voiceapp, age_tool, age_keys, plaintext, tmp_path):
    """`voiceapp encrypt -R FILE` reads an age recipients file (comments, blank
    lines) and can be combined with -r; every listed recipient can decrypt with
    `age -d`."""
    data = plaintext(1000, seed=4)
    rfile = _write_recipients_file(tmp_path / "recipients.txt", [k.recipient for k in age_keys[:2]])
    ct = voiceapp.run("encrypt", "-R", rfile, "-r", age_keys[2].recipient, input=data).stdout
    for key in age_keys:
        assert age_tool.run("-d", "-i", key.identity_file, input=ct).stdout == data


def test_recipients_file_age_to_voiceapp(voiceapp, age_tool, age_keys, plaintext, tmp_path):
    """A file `age -R FILE` encrypts to every listed recipient opens in voiceapp
    with each identity."""
    data = plaintext(1000, seed=5)
    rfile = _write_recipients_file(tmp_path / "recipients.txt", [k.recipient for k in age_keys])
    ct = age_tool.run("-R", rfile, input=data).stdout
    for key in age_keys:
        assert voiceapp.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


def test_several_identity_files_voiceapp_decrypt(
    voiceapp, age_tool, age_keys, fresh_age_key, plaintext
):
    """`voiceapp decrypt` with several -i files uses whichever identity matches:
    identities that do not match the file are not an error."""
    data = plaintext(5000, seed=6)
    ct = age_tool.run("-r", age_keys[2].recipient, input=data).stdout
    out = voiceapp.run(
        "decrypt", "-i", fresh_age_key.identity_file, "-i", age_keys[2].identity_file, input=ct
    ).stdout
    assert out == data


def test_identity_file_with_several_keys(voiceapp, age_tool, age_keygen, plaintext, tmp_path):
    """An identity file holding several age-keygen keys (files appended one after
    another, comments included) works in voiceapp for a file encrypted to any of
    them, and `voiceapp keygen -y` lists every recipient like `age-keygen -y`."""
    parts = []
    for n in range(3):
        p = tmp_path / f"k{n}.txt"
        age_keygen.run("-o", p)
        parts.append(p.read_text())
    combined = tmp_path / "keys.txt"
    combined.write_text("\n".join(parts))
    want = age_keygen.run("-y", combined).stdout.decode().split()
    assert len(want) == 3
    assert voiceapp.run("keygen", "-y", combined).stdout.decode().split() == want
    data = plaintext(300, seed=7)
    ct = age_tool.run("-r", want[1], input=data).stdout
    assert voiceapp.run("decrypt", "-i", combined, input=ct).stdout == data


# --------------------------------------------------------------------------- #
# Identity files
# --------------------------------------------------------------------------- #


def test_voiceapp_classic_identity_file_works_in_age(
    voiceapp, age_tool, age_keygen, plaintext, tmp_path
):
    """`voiceapp keygen --classic -o FILE` writes an age-keygen style identity
    (`# created:`, `# public key:`, `AGE-SECRET-KEY-1…`), tells the recipient on
    stderr as `Public key: …`, and the reference tools accept it: `age-keygen -y`
    derives the same recipient, `age -r` encrypts to it and `age -d -i FILE`
    decrypts both age's file and voiceapp's file."""
    ident = tmp_path / "voiceapp-classic.txt"
    proc = voiceapp.run("keygen", "--classic", "-o", ident)
    assert proc.stdout == b""
    lines = ident.read_text().splitlines()
    assert lines[0].startswith("# created: "), lines
    assert lines[1].startswith("# public key: age1"), lines
    (secret,) = _identity_text(ident)
    assert secret.startswith("AGE-SECRET-KEY-1")
    assert secret == secret.upper()
    recipient = lines[1].removeprefix("# public key: ")
    assert f"Public key: {recipient}" in proc.stderr.decode().splitlines()
    assert age_keygen.run("-y", ident).stdout.decode().strip() == recipient

    data = plaintext(66_000, seed=8)
    by_age = age_tool.run("-r", recipient, input=data).stdout
    assert age_tool.run("-d", "-i", ident, input=by_age).stdout == data
    by_voiceapp = voiceapp.run("encrypt", "-r", recipient, input=data).stdout
    assert age_tool.run("-d", "-i", ident, input=by_voiceapp).stdout == data


def test_voiceapp_classic_keygen_to_stdout_works_in_age(voiceapp, age_tool, plaintext, tmp_path):
    """`voiceapp keygen --classic` without -o prints the identity file on stdout;
    saved as is, `age -d -i` uses it."""
    proc = voiceapp.run("keygen", "--classic")
    ident = tmp_path / "from-stdout.txt"
    ident.write_bytes(proc.stdout)
    recipient = proc.stderr.decode().split("Public key: ", 1)[1].split()[0]
    assert recipient.startswith("age1") and not recipient.startswith("age1pq1")
    data = plaintext(10, seed=9)
    ct = voiceapp.run("encrypt", "-r", recipient, input=data).stdout
    assert age_tool.run("-d", "-i", ident, input=ct).stdout == data


def test_age_keygen_identity_file_works_in_voiceapp(voiceapp, age_tool, fresh_age_key, plaintext):
    """An `age-keygen` identity file is read by voiceapp: it decrypts `age`'s file
    and its own file made for that recipient."""
    data = plaintext(4096, seed=10)
    by_age = age_tool.run("-r", fresh_age_key.recipient, input=data).stdout
    by_voiceapp = voiceapp.run("encrypt", "-r", fresh_age_key.recipient, input=data).stdout
    for ct in (by_age, by_voiceapp):
        assert voiceapp.run("decrypt", "-i", fresh_age_key.identity_file, input=ct).stdout == data


def test_identity_file_with_crlf_line_endings(
    voiceapp, age_tool, fresh_age_key, plaintext, tmp_path
):
    """An age-keygen identity file saved with CRLF line endings (as on Windows) is
    accepted by `age -d -i` and so must be by `voiceapp decrypt -i`."""
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(fresh_age_key.identity_file.read_bytes().replace(b"\n", b"\r\n"))
    data = plaintext(100, seed=17)
    ct = age_tool.run("-r", fresh_age_key.recipient, input=data).stdout
    assert age_tool.run("-d", "-i", crlf, input=ct).stdout == data  # the reference accepts it
    assert voiceapp.run("decrypt", "-i", crlf, input=ct).stdout == data


def test_keygen_y_matches_age_keygen_y(voiceapp, age_keygen, age_keys, tmp_path):
    """`voiceapp keygen -y FILE` prints the same recipient as `age-keygen -y FILE`,
    for identities made by age-keygen and by `voiceapp keygen --classic`."""
    ours = tmp_path / "ours.txt"
    voiceapp.run("keygen", "--classic", "-o", ours)
    for ident in [*(k.identity_file for k in age_keys), ours]:
        want = age_keygen.run("-y", ident).stdout.decode().strip()
        assert voiceapp.run("keygen", "-y", ident).stdout.decode().strip() == want


# --------------------------------------------------------------------------- #
# scrypt passphrases
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_scrypt_age_encrypts_voiceapp_decrypts(
    voiceapp, age_tool, plaintext, passphrase, passphrase_file, tmp_path, armor
):
    """A file `age -p` encrypts with a passphrase (typed on its terminal; UTF-8
    with spaces and non-ASCII letters) decrypts with `voiceapp decrypt
    --passphrase-file` holding the same passphrase; armored or not."""
    data = plaintext(65537, seed=11)
    src = tmp_path / "plain.bin"
    src.write_bytes(data)
    ct = tmp_path / "ct.age"
    _age_passphrase_encrypt(age_tool, src, ct, passphrase, armor=armor)
    assert b"scrypt" in ct.read_bytes() or armor
    out = tmp_path / "out.bin"
    voiceapp.run("decrypt", "--passphrase-file", passphrase_file, "-o", out, ct)
    assert out.read_bytes() == data


def test_scrypt_voiceapp_encrypts_age_decrypts(
    voiceapp, age_tool, plaintext, passphrase, passphrase_file, tmp_path
):
    """A file `voiceapp encrypt --passphrase-file` makes has one scrypt stanza with
    a work factor `age` accepts, and `age -d` decrypts it with the passphrase typed
    on its terminal."""
    data = plaintext(65537, seed=12)
    ct = tmp_path / "ct.age"
    ct.write_bytes(voiceapp.run("encrypt", "--passphrase-file", passphrase_file, input=data).stdout)
    header = ct.read_bytes().split(b"\n---", 1)[0].decode()
    stanzas = [line for line in header.splitlines() if line.startswith("-> ")]
    assert len(stanzas) == 1 and stanzas[0].startswith("-> scrypt "), header
    out = tmp_path / "out.bin"
    code, screen = age_tool.run_tty("-d", "-o", out, ct, answers=[(AGE_PROMPT_DECRYPT, passphrase)])
    assert code == 0, screen
    assert out.read_bytes() == data


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_age_passphrase_identity_file_works_in_voiceapp(
    voiceapp, age_tool, fresh_age_key, plaintext, passphrase, passphrase_file, tmp_path, armor
):
    """An age-keygen identity protected with `age -p` (a passphrase-encrypted
    identity file, as the age tool makes them, binary or `-a` armored) is usable
    by `voiceapp decrypt -i FILE --identity-passphrase-file F`, and `voiceapp
    keygen -y FILE --passphrase-file F` lists its recipient."""
    protected = tmp_path / "identity.age"
    _age_passphrase_encrypt(
        age_tool, fresh_age_key.identity_file, protected, passphrase, armor=armor
    )
    data = plaintext(2000, seed=13)
    ct = age_tool.run("-r", fresh_age_key.recipient, input=data).stdout
    out = voiceapp.run(
        "decrypt", "-i", protected, "--identity-passphrase-file", passphrase_file, input=ct
    ).stdout
    assert out == data
    listed = voiceapp.run("keygen", "-y", protected, "--passphrase-file", passphrase_file)
    assert listed.stdout.decode().split() == [fresh_age_key.recipient]


@pytest.mark.parametrize("case", ["scrypt-file", "protected-identity"])
def test_voiceapp_asks_for_passphrase_on_terminal(
    voiceapp, age_tool, fresh_age_key, plaintext, passphrase, tmp_path, case
):
    """Like `age -d`, `voiceapp decrypt` asks on its terminal for a passphrase it
    was not given in a file, and uses what is typed there: for an `age -p` file
    (no -i, no --passphrase-file), and for an identity file protected by `age -p`
    (no --identity-passphrase-file)."""
    data = plaintext(1000, seed=18)
    out = tmp_path / "out.bin"
    ct = tmp_path / "ct.age"
    if case == "scrypt-file":
        src = tmp_path / "plain.bin"
        src.write_bytes(data)
        _age_passphrase_encrypt(age_tool, src, ct, passphrase)
        args = ["decrypt", "-o", out, ct]
    else:
        protected = tmp_path / "identity.age"
        _age_passphrase_encrypt(age_tool, fresh_age_key.identity_file, protected, passphrase)
        ct.write_bytes(age_tool.run("-r", fresh_age_key.recipient, input=data).stdout)
        args = ["decrypt", "-i", protected, "-o", out, ct]
    code, screen = voiceapp.run_tty(*args, answers=[("Enter passphrase", passphrase)])
    assert code == 0, screen
    assert out.read_bytes() == data


def test_voiceapp_passphrase_identity_file_works_in_age(
    voiceapp, age_tool, plaintext, passphrase, passphrase_file, tmp_path
):
    """`voiceapp keygen --classic --passphrase-file F -o FILE` writes an age file
    encrypted with scrypt whose plaintext is an age-keygen style identity; `age -d
    -i FILE` asks for the passphrase on its terminal and decrypts with it, and
    `age -d FILE` itself reveals the identity text."""
    ident = tmp_path / "identity.age"
    proc = voiceapp.run("keygen", "--classic", "--passphrase-file", passphrase_file, "-o", ident)
    recipient = proc.stderr.decode().split("Public key: ", 1)[1].split()[0]
    raw = ident.read_bytes()
    assert b"AGE-SECRET-KEY" not in raw.upper(), "the identity is stored in the clear"

    data = plaintext(1234, seed=14)
    ct = tmp_path / "ct.age"
    ct.write_bytes(voiceapp.run("encrypt", "-r", recipient, input=data).stdout)
    out = tmp_path / "out.bin"
    code, screen = age_tool.run_tty(
        "-d", "-i", ident, "-o", out, ct, answers=[(AGE_PROMPT_IDENTITY, passphrase)]
    )
    assert code == 0, screen
    assert out.read_bytes() == data

    inner = tmp_path / "identity.txt"
    code, screen = age_tool.run_tty(
        "-d", "-o", inner, ident, answers=[(AGE_PROMPT_DECRYPT, passphrase)]
    )
    assert code == 0, screen
    lines = inner.read_text().splitlines()
    assert f"# public key: {recipient}" in lines
    assert [x for x in lines if x.startswith("AGE-SECRET-KEY-1")], lines


# --------------------------------------------------------------------------- #
# ASCII armor
# --------------------------------------------------------------------------- #


def _assert_strict_pem(text: str) -> None:
    lines = text.strip("\r\n").split("\n")
    assert lines[0] == ARMOR_BEGIN and lines[-1] == ARMOR_END, text[:200]
    body = lines[1:-1]
    assert all(len(x) == 64 for x in body[:-1]), "body lines must be 64 columns"
    assert body == [] or 0 < len(body[-1]) <= 64


@pytest.mark.parametrize("size", [0, 1, 65537])
def test_armor_voiceapp_encrypts_age_decrypts(voiceapp, age_tool, age_keys, plaintext, size):
    """`voiceapp encrypt -a` writes strict PEM armor (label AGE ENCRYPTED FILE,
    64-column lines) that `age -d` reads back to the original bytes."""
    data = plaintext(size, seed=15)
    ct = voiceapp.run("encrypt", "-a", "-r", age_keys[0].recipient, input=data).stdout
    _assert_strict_pem(ct.decode("ascii"))
    assert age_tool.run("-d", "-i", age_keys[0].identity_file, input=ct).stdout == data


@pytest.mark.parametrize("size", [0, 1, 65537])
def test_armor_age_encrypts_voiceapp_decrypts(voiceapp, age_tool, age_keys, plaintext, size):
    """A file `age -a` writes is recognised as armored by `voiceapp decrypt`
    without any flag and decrypts to the original bytes."""
    data = plaintext(size, seed=16)
    ct = age_tool.run("-a", "-r", age_keys[1].recipient, input=data).stdout
    assert ct.startswith(ARMOR_BEGIN.encode())
    assert voiceapp.run("decrypt", "-i", age_keys[1].identity_file, input=ct).stdout == data


# --------------------------------------------------------------------------- #
# Failures on age-made files: the CLI's error contract
# --------------------------------------------------------------------------- #


def test_wrong_identity_fails_cleanly(voiceapp, age_tool, age_keys, fresh_age_key, clean_failure):
    """voiceapp decrypting an age-made file with an identity it was not made for
    exits 1 with one `voiceapp: ` line on stderr, no traceback, no output."""
    ct = age_tool.run("-r", age_keys[0].recipient, input=b"not for you").stdout
    proc = voiceapp.run("decrypt", "-i", fresh_age_key.identity_file, input=ct, check=False)
    clean_failure(proc)
    assert proc.stdout == b""


def test_wrong_identity_leaves_no_output_file(
    voiceapp, age_tool, age_keys, fresh_age_key, plaintext, tmp_path, clean_failure
):
    """With -o, a failed decryption (wrong identity) of an age-made file leaves no
    output file behind."""
    work = tmp_path / "work"
    work.mkdir()
    src = work / "ct.age"
    src.write_bytes(age_tool.run("-r", age_keys[0].recipient, input=plaintext(100_000)).stdout)
    out = work / "out.bin"
    proc = voiceapp.run("decrypt", "-i", fresh_age_key.identity_file, "-o", out, src, check=False)
    clean_failure(proc)
    assert not out.exists()
    assert sorted(p.name for p in work.iterdir()) == ["ct.age"], "stray files left"


def test_wrong_passphrase_fails_cleanly(
    voiceapp, age_tool, passphrase, plaintext, tmp_path, clean_failure
):
    """voiceapp given the wrong passphrase for an `age -p` file exits 1 with one
    `voiceapp: ` line and, with -o, leaves no output file."""
    src = tmp_path / "plain.bin"
    src.write_bytes(plaintext(100))
    ct = tmp_path / "ct.age"
    _age_passphrase_encrypt(age_tool, src, ct, passphrase)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(passphrase + "!")
    out = tmp_path / "out.bin"
    proc = voiceapp.run("decrypt", "--passphrase-file", wrong, "-o", out, ct, check=False)
    clean_failure(proc)
    assert not out.exists()


def test_wrong_identity_passphrase_fails_cleanly(
    voiceapp, age_tool, fresh_age_key, passphrase, tmp_path, clean_failure
):
    """An identity file protected by `age -p`, given to voiceapp with the wrong
    passphrase, gives exit 1 with one `voiceapp: ` line and no output file."""
    protected = tmp_path / "identity.age"
    _age_passphrase_encrypt(age_tool, fresh_age_key.identity_file, protected, passphrase)
    src = tmp_path / "ct.age"
    src.write_bytes(age_tool.run("-r", fresh_age_key.recipient, input=b"secret").stdout)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not " + passphrase)
    out = tmp_path / "out.bin"
    proc = voiceapp.run(
        "decrypt",
        "-i",
        protected,
        "--identity-passphrase-file",
        wrong,
        "-o",
        out,
        src,
        check=False,
    )
    clean_failure(proc)
    assert not out.exists()


@pytest.mark.parametrize("damage", ["flip-middle-chunk", "truncate-last-chunk"])
def test_damaged_age_file_leaves_no_output_file(
    voiceapp, age_tool, age_keys, plaintext, tmp_path, clean_failure, damage
):
    """An age-made 1 MB file damaged in its payload (one bit flipped in a middle
    chunk, or the last chunk cut short) fails to decrypt in voiceapp with exit 1
    and one `voiceapp: ` line, and with -o no output file is left, even though the
    chunks before the damage were authentic."""
    ct = bytearray(age_tool.run("-r", age_keys[0].recipient, input=plaintext(1_000_003)).stdout)
    if damage == "flip-middle-chunk":
        ct[len(ct) // 2] ^= 0x01
    else:
        del ct[-100:]
    src = tmp_path / "ct.age"
    src.write_bytes(bytes(ct))
    out = tmp_path / "out.bin"
    proc = voiceapp.run("decrypt", "-i", age_keys[0].identity_file, "-o", out, src, check=False)
    clean_failure(proc)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ct.age"], "stray files left"
