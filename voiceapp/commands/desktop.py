"""``install-desktop``: let a double-click on a ``.voice`` file open My Voice.

Registers, for the current user only (freedesktop.org conventions, Linux and
other XDG desktops): the MIME type ``application/x-voiceapp-bundle`` for
``*.voice``, a desktop entry that runs ``voiceapp open FILE``, and My Voice
as the default for that type. Safe to run again; ``scripts/start.sh`` does.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

from voiceapp.core.atomic import atomic_write

from .common import Failure

MIME_TYPE = "application/x-voiceapp-bundle"
DESKTOP_ID = "voiceapp.desktop"
ASSETS = Path(__file__).resolve().parents[2] / "assets"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, 0o644) as f:
        f.write(text.encode("utf-8"))


def install(program: str) -> list[Path]:
    """Write the three registrations; returns the files written."""
    data, config = _data_home(), _config_home()
    mime_xml = data / "mime" / "packages" / "voiceapp.xml"
    _write(mime_xml, (ASSETS / "voiceapp-mime.xml").read_text(encoding="utf-8"))
    entry = (ASSETS / "voiceapp.desktop").read_text(encoding="utf-8")
    entry = entry.replace("Exec=voiceapp open %f", f'Exec="{program}" open %f')
    desktop = data / "applications" / DESKTOP_ID
    _write(desktop, entry)
    defaults = config / "mimeapps.list"
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    if defaults.exists():
        parser.read(defaults, encoding="utf-8")
    if not parser.has_section("Default Applications"):
        parser.add_section("Default Applications")
    parser.set("Default Applications", MIME_TYPE, DESKTOP_ID)
    lines: list[str] = []
    for section in parser.sections():
        lines.append(f"[{section}]")
        lines += [f"{key}={value}" for key, value in parser.items(section)]
        lines.append("")
    _write(defaults, "\n".join(lines))
    for tool, target in (
        ("update-mime-database", data / "mime"),
        ("update-desktop-database", data / "applications"),
    ):
        if shutil.which(tool):
            subprocess.run([tool, str(target)], check=False, capture_output=True, timeout=60)
    return [mime_xml, desktop, defaults]


def cmd_install_desktop(args: argparse.Namespace) -> None:
    if sys.platform in ("win32", "darwin"):
        raise Failure("this registers .voice files on Linux desktops only")
    program = shutil.which("voiceapp") or str(Path(sys.executable).parent / "voiceapp")
    if not Path(program).exists():
        raise Failure("the voiceapp command was not found; run bash scripts/setup.sh first")
    for path in install(str(Path(program).resolve())):
        if not args.quiet:
            sys.stdout.write(f"wrote {path}\n")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "install-desktop",
        help="make a double-click on a .voice file open My Voice (this user, Linux)",
    )
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_install_desktop)
