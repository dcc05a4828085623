"""Command-line entry points: ``voiceapp`` opens the app; subcommands work
with age files (flags follow the ``age`` tool where they overlap).

Exit status: 0 success, 1 when the input cannot be used (one line on stderr
starting ``voiceapp: ``), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO, NoReturn

from voiceapp.core import age
from voiceapp.core.age.header import Stanza
from voiceapp.core.age.recipients import SCRYPT_TYPE
from voiceapp.core.atomic import atomic_write
from voiceapp.core.errors import InvalidKey, NoMatchingKey, VoiceError

PROG = "voiceapp"


class UsageError(Exception):
    pass


class Failure(Exception):
    """The input cannot be used; the message is one sentence for stderr."""


# -- passphrases ---------------------------------------------------------


def _read_passphrase_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(64 * 1024)
    except OSError as e:
        raise Failure(f"cannot read the passphrase file {path}: {e.strerror}") from None
    line = data.split(b"\n", 1)[0].removesuffix(b"\r")
    if not line:
        raise Failure(f"the passphrase file {path} is empty")
    return line


def _prompt(prompt: str) -> bytes:
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


class _PromptedScrypt:
    """A passphrase identity that asks on the terminal only if it is needed."""

    def __init__(self) -> None:
        self.asked = False

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        if not any(s.type == SCRYPT_TYPE for s in stanzas):
            return None
        self.asked = True
        return age.ScryptIdentity(_prompt("Enter passphrase: ")).unwrap(stanzas)


# -- input and output ------------------------------------------------------


@contextlib.contextmanager
def _input(path: str | None) -> Iterator[BinaryIO]:
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
def _output(path: str | None, binary: bool, mode: int = 0o666) -> Iterator[BinaryIO]:
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


def _load_identity_file(path: str, passphrase_file: str | None) -> list[age.AnyIdentity]:
    try:
        with open(path, "rb") as f:
            data = f.read(age.keys.MAX_KEY_FILE_SIZE + 1)
    except OSError as e:
        raise Failure(f"cannot read the identity file {path}: {e.strerror}") from None

    def passphrase() -> bytes:
        if passphrase_file is not None:
            return _read_passphrase_file(passphrase_file)
        return _prompt(f"Enter passphrase for identity file {path!r}: ")

    try:
        return age.load_identities(data, passphrase)
    except VoiceError as e:
        raise Failure(f"{path}: {e.message}") from None


# -- commands --------------------------------------------------------------


def cmd_keygen(args: argparse.Namespace) -> None:
    if args.y is not None:
        if args.classic:
            raise UsageError("-y cannot be combined with --classic")
        for identity in _load_identity_file(args.y, args.passphrase_file):
            sys.stdout.write(identity.recipient().to_string() + "\n")
        return
    identity = age.generate_identity(classic=args.classic)
    passphrase = _read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    to_terminal = args.output is None and sys.stdout.isatty()
    data = age.identity_file_bytes(
        identity, passphrase, armor=passphrase is not None and to_terminal
    )
    if args.output is not None:
        try:
            with atomic_write(args.output, 0o600, overwrite=False) as f:
                f.write(data)
        except FileExistsError:
            raise Failure(f"{args.output} already exists; a key is never overwritten") from None
        except OSError as e:
            raise Failure(f"cannot write {args.output}: {e.strerror}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    sys.stderr.write(f"Public key: {identity.recipient().to_string()}\n")


def cmd_encrypt(args: argparse.Namespace) -> None:
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
        recipients = [age.ScryptRecipient(_read_passphrase_file(args.passphrase_file))]
    if not recipients:
        raise UsageError("give at least one recipient (-r or -R) or --passphrase-file")
    if age.mixes_quantum_safety(recipients):
        raise UsageError(
            "post-quantum (age1pq1...) and classic (age1...) recipients cannot be mixed: "
            "the classic key would undo the post-quantum protection"
        )
    with _input(args.input) as src, _output(args.output, binary=not args.armor) as dst:
        age.encrypt_stream(src, dst, recipients, armor=args.armor)


def cmd_decrypt(args: argparse.Namespace) -> None:
    identities: list[age.Identity] = []
    for path in args.identity:
        identities += _load_identity_file(path, args.identity_passphrase_file)
    if args.passphrase_file is not None:
        identities.append(age.ScryptIdentity(_read_passphrase_file(args.passphrase_file)))
    prompted = _PromptedScrypt() if not identities else None
    if prompted is not None:
        identities.append(prompted)
    with _input(args.input) as src:
        try:
            reader = age.AgeReader(src, identities)
        except NoMatchingKey:
            if prompted is not None and not prompted.asked:
                raise UsageError("give an identity file with -i, or --passphrase-file") from None
            raise
        with _output(args.output, binary=False) as dst:
            for chunk in reader.chunks():
                dst.write(chunk)


# -- entry point -----------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{PROG}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="My Voice. With no command, opens the app.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("keygen", help="make a new identity (hybrid post-quantum by default)")
    p.add_argument("--classic", action="store_true", help="make an X25519 key for older age tools")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write the identity to FILE (never overwritten)"
    )
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="protect (or with -y, unlock) the identity with the passphrase in F",
    )
    p.add_argument("-y", metavar="FILE", help="print the recipients of the identity file FILE")
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("encrypt", help="encrypt to recipients or a passphrase")
    p.add_argument("-r", "--recipient", action="append", default=[], metavar="RECIPIENT")
    p.add_argument("-R", "--recipients-file", action="append", default=[], metavar="FILE")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="encrypt with the passphrase in F (its first line, without the line ending)",
    )
    p.add_argument("-a", "--armor", action="store_true", help="write ASCII armor")
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("input", nargs="?", metavar="IN")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("decrypt", help="decrypt with identity files or a passphrase")
    p.add_argument("-i", "--identity", action="append", default=[], metavar="IDENTITY_FILE")
    p.add_argument(
        "--identity-passphrase-file",
        metavar="F",
        help="unlock protected identity files with the passphrase in F",
    )
    p.add_argument(
        "--passphrase-file", metavar="F", help="answer a passphrase-encrypted input from F"
    )
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("input", nargs="?", metavar="IN")
    p.set_defaults(func=cmd_decrypt)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from voiceapp.ui.app import run  # Qt is imported only to open the app

        return run([sys.argv[0], *argv])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        args.func(args)
    except UsageError as e:
        sys.stderr.write(f"{PROG}: {e}\n")
        return 2
    except Failure as e:
        sys.stderr.write(f"{PROG}: {e}\n")
        return 1
    except VoiceError as e:
        sys.stderr.write(f"{PROG}: {e.message}\n")
        return 1
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = io.TextIOWrapper(io.BytesIO())
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: stopped\n")
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
