"""Colours, fonts and the style sheet.

The style sheet is ``assets/style.qss``, written with ``@name`` colour tokens
that come from :data:`COLOURS` (or :data:`HIGH_CONTRAST`, for people who need
stronger contrast: at least 7:1 for all text), so every colour lives in one place
and can be checked for contrast (tests/ui/test_theme.py). Text sizes in the sheet
are multiplied by the chosen text size, from 100 % to 200 %.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from voiceapp.ui.paths import asset

COLOURS: dict[str, str] = {
    "window": "#FFF9F2",  # warm cream page
    "text": "#1E293B",  # main text
    "muted": "#475569",  # secondary text
    "title": "#9A3412",  # warm heading colour
    "focus": "#1D4ED8",  # keyboard focus ring
    "surface": "#FFFFFF",  # plain buttons
    "outline": "#475569",  # plain button border
    "surface_hover": "#F1F5F9",
    "young": "#E0F2FE",
    "young_edge": "#0369A1",
    "young_hover": "#BAE6FD",
    "helper": "#DCFCE7",
    "helper_edge": "#15803D",
    "helper_hover": "#BBF7D0",
    "chair": "#FEF3C7",
    "chair_edge": "#B45309",
    "chair_hover": "#FDE68A",
    # The helper's screens (voiceapp/ui/helper, voiceapp/ui/profile)
    "danger": "#FEE2E2",  # background of buttons that delete, and of error sentences
    "danger_edge": "#B91C1C",
    "danger_hover": "#FECACA",
    "thumb": "#F1F5F9",  # behind previews of a young person's things
}

# The same names, for the high-contrast look: black on white, strong edges.
HIGH_CONTRAST: dict[str, str] = {
    "window": "#FFFFFF",
    "text": "#000000",
    "muted": "#2B2B2B",
    "title": "#000000",
    "focus": "#0000B3",
    "surface": "#FFFFFF",
    "outline": "#000000",
    "surface_hover": "#FFF3B0",
    "young": "#FFFFFF",
    "young_edge": "#00306B",
    "young_hover": "#FFF3B0",
    "helper": "#FFFFFF",
    "helper_edge": "#0B3D0B",
    "helper_hover": "#FFF3B0",
    "chair": "#FFFFFF",
    "chair_edge": "#4A2400",
    "chair_hover": "#FFF3B0",
    "danger": "#FFFFFF",
    "danger_edge": "#8B0000",
    "danger_hover": "#FFF3B0",
    "thumb": "#F2F2F2",
}

SMALLEST_SCALE, LARGEST_SCALE = 1.0, 2.0

_TOKEN = re.compile(r"@([a-z_]+)\b")
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def style_template() -> str:
    """``assets/style.qss`` without its comments, ``@tokens`` still in place."""
    return _COMMENT.sub("", asset("style.qss").read_text(encoding="utf-8"))


def colours(high_contrast: bool = False) -> dict[str, str]:
    return HIGH_CONTRAST if high_contrast else COLOURS


def style_sheet(high_contrast: bool = False, text_scale: float = 1.0) -> str:
    """The application style sheet with every ``@token`` replaced by its colour and
    every text size multiplied by ``text_scale`` (1.0 to 2.0)."""
    template = style_template()
    palette = colours(high_contrast)
    scale = min(max(text_scale, SMALLEST_SCALE), LARGEST_SCALE)

    def colour(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in palette:
            raise ValueError(f"assets/style.qss uses an unknown colour @{name}")
        return palette[name]

    return scale_font_sizes(_TOKEN.sub(colour, template), scale)


def scale_font_sizes(sheet: str, text_scale: float) -> str:
    """``sheet`` with every ``font-size: Npt`` multiplied by ``text_scale`` (1.0–2.0)."""
    scale = min(max(text_scale, SMALLEST_SCALE), LARGEST_SCALE)

    def size(match: re.Match[str]) -> str:
        return f"font-size: {round(float(match.group(1)) * scale, 1):g}pt"

    return _FONT_SIZE.sub(size, sheet)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#RRGGBB`` colour."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def apply_theme(app: QApplication, high_contrast: bool = False, text_scale: float = 1.0) -> None:
    """Give the whole application the calm My Voice look (or the high-contrast one),
    with text ``text_scale`` times its usual size."""
    app.setStyle("Fusion")
    palette_colours = colours(high_contrast)
    palette = QPalette()
    for role, name in (
        (QPalette.ColorRole.Window, "window"),
        (QPalette.ColorRole.WindowText, "text"),
        (QPalette.ColorRole.Base, "surface"),
        (QPalette.ColorRole.Text, "text"),
        (QPalette.ColorRole.Button, "surface"),
        (QPalette.ColorRole.ButtonText, "text"),
        (QPalette.ColorRole.Highlight, "focus"),
        (QPalette.ColorRole.HighlightedText, "surface"),
    ):
        palette.setColor(role, QColor(palette_colours[name]))
    app.setPalette(palette)
    font = app.font()
    base = app.property("voiceappBasePointSize")
    if base is None:
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        app.setProperty("voiceappBasePointSize", base)
    font.setPointSizeF(float(base) * min(max(text_scale, SMALLEST_SCALE), LARGEST_SCALE))
    app.setFont(font)
    app.setProperty("voiceappHighContrast", high_contrast)
    app.setProperty("voiceappTextScale", text_scale)
    app.setStyleSheet(style_sheet(high_contrast, text_scale))
