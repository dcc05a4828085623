"""Where the vault lives: the platform's per-user data folder, owner-only."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "MyVoice"


def default_root() -> Path:
    """The per-user data folder (``VOICEAPP_DATA`` overrides it, for tests)."""
    override = os.environ.get("VOICEAPP_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR


def make_private_dir(path: Path, private_from: Path | None = None) -> None:
    """Create ``path`` (and parents) readable by its owner only.

    Every folder created below ``private_from`` (default: ``path`` alone) is
    made owner-only too; folders that already existed are left as they were.
    """
    missing = [p for p in [path, *path.parents] if not p.exists()]
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    top = private_from or path
    for p in [path, *missing]:
        if os.name == "posix" and (p == top or top in p.parents):
            os.chmod(p, 0o700)
