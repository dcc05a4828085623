"""The fonts that ship with My Voice (``assets/fonts``, SIL Open Font License).

``load_fonts()`` adds them to Qt once; ``families_for(language)`` is the list of
font families to use for a language, its own script first, so Welsh ŵ, Polish ą,
Romanian ș, Arabic and Urdu (in Nastaliq) all show on any computer.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from voiceapp.ui.paths import assets_dir

LATIN = "Noto Sans"
ARABIC = "Noto Naskh Arabic"
URDU = "Noto Nastaliq Urdu"


@cache
def load_fonts() -> tuple[str, ...]:
    """Add every shipped font to Qt; returns the families loaded."""
    families: list[str] = []
    for path in sorted((assets_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def families_for(language: str) -> list[str]:
    """The font families for ``language`` (a code such as ``ur-PK``), best first."""
    primary = language.split("-")[0].split("_")[0].lower()
    if primary == "ur":
        return [URDU, ARABIC, LATIN]
    if primary == "ar":
        return [ARABIC, LATIN]
    return [LATIN, ARABIC]
