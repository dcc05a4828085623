"""``keygen``, ``encrypt`` and ``decrypt``: plain age files, flags as the age tool's."""

from __future__ import annotations

import argparse
import sys

from voiceapp.core import age
from voiceapp.core.atomic import atomic_write
from voiceapp.core.errors import NoMatchingKey

from .common import (
    Failure,
    UsageError,
    add_identity_options,
    add_recipient_options,
    identities_from,
    input_file,
    load_identity_file,
    output_file,
    read_passphrase_file,
    recipients_from,
)


def cmd_keygen(args: argparse.Namespace) -> None:
    if args.y is not None:
        if args.classic:
            raise UsageError("-y cannot be combined with --classic")
        for identity in load_identity_file(args.y, args.passphrase_file):
            sys.stdout.write(identity.recipient().to_string() + "\n")
        return
    identity = age.generate_identity(classic=args.classic)
    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
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
    recipients = recipients_from(args)
    with input_file(args.input) as src, output_file(args.output, binary=not args.armor) as dst:
        age.encrypt_stream(src, dst, recipients, armor=args.armor)


def cmd_decrypt(args: argparse.Namespace) -> None:
    identities, prompted = identities_from(args)
    with input_file(args.input) as src:
        try:
            reader = age.AgeReader(src, identities)
        except NoMatchingKey:
            if prompted is not None and not prompted.asked:
                raise UsageError("give an identity file with -i, or --passphrase-file") from None
            raise
        with output_file(args.output, binary=False) as dst:
            for chunk in reader.chunks():
                dst.write(chunk)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keygen", help="make a new identity (hybrid post-quantum by default)")
    p.add_argument("--classic", action="store_true", help="make an X25519 key for older age tools")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (never overwritten)")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="protect (or with -y, unlock) the identity with the passphrase in F",
    )
    p.add_argument("-y", metavar="FILE", help="print the recipients of the identity file FILE")
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("encrypt", help="encrypt to recipients or a passphrase")
    add_recipient_options(p)
    p.add_argument("-a", "--armor", action="store_true", help="write ASCII armor")
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("input", nargs="?", metavar="IN")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("decrypt", help="decrypt with identity files or a passphrase")
    add_identity_options(p)
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("input", nargs="?", metavar="IN")
    p.set_defaults(func=cmd_decrypt)
