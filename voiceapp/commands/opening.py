"""``open FILE``: open the app and, once a chair has unlocked it, show FILE.

This is what a file association runs on a double-click (see
assets/voiceapp.desktop and assets/voiceapp-mime.xml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import Failure


def cmd_open(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise Failure(f"cannot open {args.file}: no such file")
    from voiceapp.ui.app import run  # Qt is imported only to open the app

    return run([sys.argv[0]], open_file=str(path.resolve()))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "open",
        help="open a .voice file in the app (for chairs, and the file association)",
        description="Open My Voice and, once the chair has unlocked it, show FILE.",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_open)
