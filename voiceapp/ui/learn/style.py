"""The look of the learn pages: large, friendly type whose size follows the app font.

The app style sheet (assets/style.qss) fixes most sizes in points; the learn pages
add their own, worked out from the application font, so that a bigger app font
gives bigger words here too. Colours come from :data:`voiceapp.ui.theme.COLOURS`.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from voiceapp.ui.theme import COLOURS

# How much bigger than the app font each kind of text is, per reading level.
SCALES: dict[str, dict[str, float]] = {
    "younger": {"text": 2.0, "title": 2.8, "heading": 2.2, "card_title": 1.7, "card": 1.5},
    "older": {"text": 1.6, "title": 2.4, "heading": 1.85, "card_title": 1.45, "card": 1.3},
}
SMALLEST_BASE = 10.0  # points: never smaller than this, whatever the app font


def base_points(font: QFont | None = None) -> float:
    """The size, in points, that the learn pages scale from."""
    if font is None:
        font = QApplication.font()
    size = font.pointSizeF()
    if size <= 0:  # a font set in pixels
        size = font.pixelSize() * 0.75
    return max(size, SMALLEST_BASE)


def learn_style(level: str, base: float) -> str:
    """The style sheet for the learn pages at ``level``, scaled from ``base`` points."""
    scale = SCALES[level]

    def pt(kind: str) -> str:
        return f"{base * scale[kind]:.1f}pt"

    c = COLOURS
    return f"""
QLabel#learnTitle, QLabel#learnContentsTitle {{
    color: {c["title"]}; font-size: {pt("title")}; font-weight: bold;
}}
QLabel#learnContentsHint, QLabel#learnNumber {{ color: {c["text"]}; font-size: {pt("card")}; }}
QLabel#learnText, QLabel#learnBullet {{ color: {c["text"]}; font-size: {pt("text")}; }}
QLabel#learnHeading {{ color: {c["title"]}; font-size: {pt("heading")}; font-weight: bold; }}
QFrame#learnCard {{
    background-color: {c["surface"]}; border: 2px solid {c["chair_edge"]}; border-radius: 18px;
}}
QFrame#learnCard QLabel {{ background: transparent; border: none; }}
QLabel#learnCardTitle {{ color: {c["title"]}; font-size: {pt("card_title")}; font-weight: bold; }}
QLabel#learnCardText {{ color: {c["text"]}; font-size: {pt("card")}; }}
QPushButton#learnPageButton {{
    background-color: {c["chair"]}; border: 3px solid {c["chair_edge"]}; border-radius: 20px;
    padding: 0;
}}
QPushButton#learnPageButton:hover {{ background-color: {c["chair_hover"]}; }}
QPushButton#learnPageButton:focus {{ border: 5px solid {c["focus"]}; }}
QLabel#learnPageButtonTitle {{
    color: {c["text"]}; background: transparent; font-size: {pt("card_title")};
    font-weight: bold;
}}
QPushButton#learnRead {{ background-color: {c["young"]}; border: 3px solid {c["young_edge"]}; }}
QPushButton#learnRead:hover {{ background-color: {c["young_hover"]}; }}
QPushButton#learnNext {{ background-color: {c["helper"]}; border: 3px solid {c["helper_edge"]}; }}
QPushButton#learnNext:hover {{ background-color: {c["helper_hover"]}; }}
QPushButton#learnRead:focus, QPushButton#learnNext:focus {{ border: 4px solid {c["focus"]}; }}
QScrollBar:vertical {{
    background: {c["window"]}; width: 18px; margin: 0; border: none;
}}
QScrollBar::handle:vertical {{
    background: {c["chair_edge"]}; border-radius: 8px; min-height: 48px; margin: 2px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: {c["chair"]}; }}
QPushButton:disabled {{
    color: {c["muted"]}; background-color: {c["thumb"]}; border: 2px dashed {c["outline"]};
}}
"""
