"""The look: readable colours, and every picture and style rule present."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from voiceapp.ui.paths import asset
from voiceapp.ui.start_screen import Role
from voiceapp.ui.theme import COLOURS, contrast_ratio, style_sheet, style_template

TEMPLATE = style_template()


def tokens_after(prop: str) -> set[str]:
    """The colour tokens the style sheet uses for ``prop`` (e.g. ``color``)."""
    return set(re.findall(rf"(?<![-\w]){prop}:\s*@(\w+)", TEMPLATE))


def test_contrast_helper_matches_known_values() -> None:
    """The contrast formula gives WCAG's numbers: black on white is 21:1, a colour on itself 1:1."""
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_all_text_has_at_least_4_5_to_1_contrast_on_every_background() -> None:
    """Every text colour in the style sheet is readable (≥ 4.5:1) on every background it uses."""
    text = tokens_after("color")
    backgrounds = tokens_after("background-color")
    assert text and backgrounds
    for fg in text:
        for bg in backgrounds:
            ratio = contrast_ratio(COLOURS[fg], COLOURS[bg])
            assert ratio >= 4.5, f"@{fg} on @{bg} is only {ratio:.2f}:1"


def test_focus_ring_and_edges_stand_out() -> None:
    """The keyboard focus ring and button edges reach 3:1 against what is around them."""
    backgrounds = tokens_after("background-color")
    for edge in {"focus", "outline", "young_edge", "helper_edge", "chair_edge"}:
        for bg in backgrounds | {"window"}:
            ratio = contrast_ratio(COLOURS[edge], COLOURS[bg])
            assert ratio >= 3.0, f"@{edge} on @{bg} is only {ratio:.2f}:1"


def test_style_sheet_uses_only_known_colours() -> None:
    """Every @token in assets/style.qss is defined, so the sheet is complete."""
    sheet = style_sheet()
    assert "@" not in sheet


@pytest.mark.parametrize("name", ["logo", *(r.value for r in Role)])
def test_pictures_draw(themed_app: QApplication, name: str) -> None:
    """Each SVG picture in assets/ loads and draws something (not an empty image)."""
    pixmap = QIcon(str(asset(f"{name}.svg"))).pixmap(QSize(64, 64))
    assert not pixmap.isNull()
    image = pixmap.toImage()
    opaque = sum(
        1 for x in range(0, 64, 4) for y in range(0, 64, 4) if image.pixelColor(x, y).alpha() > 0
    )
    assert opaque > 64
