"""Where the app finds its files that are not Python code.

``assets/`` and ``translations/`` live at the top of the source checkout, next
to the ``voiceapp`` package. My Voice is run from a checkout (``pip install -e .``,
which is what ``scripts/start.sh`` does), so they are found relative to this file.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def assets_dir() -> Path:
    """The folder with the style sheet and pictures."""
    folder = REPO_ROOT / "assets"
    if not folder.is_dir():
        raise FileNotFoundError(
            f"My Voice cannot find its pictures and style sheet in {folder}. "
            "Run it from its source folder (bash scripts/start.sh)."
        )
    return folder


def asset(name: str) -> Path:
    """One file in ``assets/``, e.g. ``asset("young_person.svg")``."""
    path = assets_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"My Voice is missing one of its files: {path}")
    return path


def translations_dir() -> Path:
    """The folder with ``voiceapp_<language>.ts`` sources and built ``.qm`` files."""
    return REPO_ROOT / "translations"
