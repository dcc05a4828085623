"""Command-line entry points: ``voiceapp`` opens the app; subcommands work
with age files and bundles (flags follow the ``age`` tool where they overlap).

Exit status: 0 success, 1 when the input cannot be used (one line on stderr
starting ``voiceapp: ``), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from typing import NoReturn

from voiceapp.commands import agefiles, bundles, desktop, opening
from voiceapp.commands.common import PROG, Failure, UsageError
from voiceapp.core.errors import VoiceError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{PROG}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="My Voice. With no command, opens the app.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    agefiles.register(sub)
    bundles.register(sub)
    opening.register(sub)
    desktop.register(sub)
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
        code = args.func(args)
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
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
