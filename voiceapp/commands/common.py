"""What every command shares: its two kinds of failure, passphrases,
identities, and input and output files."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from voiceapp.core import age
from voiceapp.core.age.header import Stanza
from voiceapp.core.age.recipients import SCRYPT_TYPE
from voiceapp.core.atomic import atomic_write
from voiceapp.core.errors import InvalidKey, VoiceError

PROG = "voiceapp"


class UsageError(Exception):
    pass


class Failure(Exception):
    """The input cannot be used; the message is one sentence for stderr."""


# -- passphrases ---------------------------------------------------------


def read_passphrase_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(64 * 1024)
    except OSError as e:
        raise Failure(f"cannot read the passphrase file {path}: {e.strerror}") from None
    line = data.split(b"\n", 1)[0].removesuffix(b"\r")
    if not line:
        raise Failure(f"the passphrase file {path} is empty")
    return line


def prompt(prompt: str) -> bytes:
    try:
        # Binary and unbuffered: a terminal cannot seek, which text "r+" needs.
        tty = io.TextIOWrapper(open("/dev/tty", "rb+", buffering=0), write_through=True)
    except OSError:
        raise Failure(
            "a passphrase is needed but there is no terminal to ask for it; "
            "give it in a file instead"
        ) from None
    with tty:
        value = getpass.getpass(prompt, stream=tty)
    if not value:
        raise Failure("the passphrase cannot be empty")
    return value.encode("utf-8")


class PromptedScrypt:
    """A passphrase identity that asks on the terminal only if it is needed."""

    def __init__(self) -> None:
        self.asked = False

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        if not any(s.type == SCRYPT_TYPE for s in stanzas):
            return None
        self.asked = True
        return age.ScryptIdentity(prompt("Enter passphrase: ")).unwrap(stanzas)


# -- input and output ------------------------------------------------------


@contextlib.contextmanager
def input_file(path: str | None) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        yield sys.stdin.buffer
        return
    try:
        f = open(path, "rb")
    except OSError as e:
        raise Failure(f"cannot open {path}: {e.strerror}") from None
    with f:
        yield f


@contextlib.contextmanager
def output_file(path: str | None, binary: bool, mode: int = 0o666) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        if binary and sys.stdout.isatty():
            raise UsageError("refusing to write binary output to a terminal; use -a or -o FILE")
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        with atomic_write(path, mode) as f:
            yield f
    except OSError as e:
        raise Failure(f"cannot write {path}: {e.strerror}") from None


def load_identity_file(path: str, passphrase_file: str | None) -> list[age.AnyIdentity]:
    try:
        with open(path, "rb") as f:
            data = f.read(age.keys.MAX_KEY_FILE_SIZE + 1)
    except OSError as e:
        raise Failure(f"cannot read the identity file {path}: {e.strerror}") from None

    def passphrase() -> bytes:
        if passphrase_file is not None:
            return read_passphrase_file(passphrase_file)
        return prompt(f"Enter passphrase for identity file {path!r}: ")

    try:
        return age.load_identities(data, passphrase)
    except VoiceError as e:
        raise Failure(f"{path}: {e.message}") from None


def identities_from(args: argparse.Namespace) -> tuple[list[age.Identity], PromptedScrypt | None]:
    """Identities from -i, --identity-passphrase-file and --passphrase-file.

    With none given, a passphrase is asked on the terminal if the file needs one.
    """
    identities: list[age.Identity] = []
    for path in args.identity:
        identities += load_identity_file(path, args.identity_passphrase_file)
    if args.passphrase_file is not None:
        identities.append(age.ScryptIdentity(read_passphrase_file(args.passphrase_file)))
    prompted = PromptedScrypt() if not identities else None
    if prompted is not None:
        identities.append(prompted)
    return identities, prompted


def add_identity_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-i", "--identity", action="append", default=[], metavar="IDENTITY_FILE")
    p.add_argument(
        "--identity-passphrase-file",
        metavar="F",
        help="unlock protected identity files with the passphrase in F",
    )
    p.add_argument(
        "--passphrase-file", metavar="F", help="answer a passphrase-encrypted input from F"
    )


def recipients_from(args: argparse.Namespace) -> list[age.Recipient]:
    """Recipients from -r, -R and --passphrase-file, checked as the age tool does."""
    recipients: list[age.Recipient] = []
    try:
        recipients += [age.parse_recipient(r) for r in args.recipient]
    except InvalidKey:
        raise Failure("a recipient given with -r is not a valid key") from None
    for path in args.recipients_file:
        try:
            with open(path, encoding="utf-8") as f:
                recipients += age.parse_recipients_file(f.read(age.keys.MAX_KEY_FILE_SIZE + 1))
        except OSError as e:
            raise Failure(f"cannot read the recipients file {path}: {e.strerror}") from None
        except (InvalidKey, UnicodeDecodeError):
            raise Failure(f"the recipients file {path} holds something that is not a key") from None
    if args.passphrase_file is not None:
        if recipients:
            raise UsageError("a passphrase cannot be combined with -r or -R")
        recipients = [age.ScryptRecipient(read_passphrase_file(args.passphrase_file))]
    if not recipients:
        raise UsageError("give at least one recipient (-r or -R) or --passphrase-file")
    if age.mixes_quantum_safety(recipients):
        raise UsageError(
            "post-quantum (age1pq1...) and classic (age1...) recipients cannot be mixed: "
            "the classic key would undo the post-quantum protection"
        )
    return recipients


def add_recipient_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-r", "--recipient", action="append", default=[], metavar="RECIPIENT")
    p.add_argument("-R", "--recipients-file", action="append", default=[], metavar="FILE")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="encrypt with the passphrase in F (its first line, without the line ending)",
    )
