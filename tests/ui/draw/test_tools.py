"""The drawing tools change exactly the pixels they should."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from voiceapp.ui.draw import DrawCanvas, Tool
from voiceapp.ui.draw.canvas import BRUSH_WIDTHS, STAMP_SIZES

from .conftest import WHITE, argb, pixels, widget_point

RED = "#DC2626"


def drag(qtbot: QtBot, canvas: DrawCanvas, points: list[tuple[float, float]]) -> None:
    """Press the left mouse button at the first picture point, move through the
    others and let go at the last, as a hand with a mouse does."""
    first = widget_point(canvas, *points[0])
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=first)
    for point in points[1:]:
        qtbot.mouseMove(canvas, widget_point(canvas, *point))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=widget_point(canvas, *points[-1]))


def test_mouse_stroke_paints_its_path_in_the_colour_and_size_chosen(
    qtbot: QtBot, canvas: DrawCanvas
) -> None:
    """Dragging the mouse paints the whole path in the chosen colour, as wide as the
    chosen size (big: 36 px), and nothing beyond it."""
    canvas.set_colour(QColor(RED))
    canvas.set_size_level(2)
    drag(qtbot, canvas, [(200, 200), (500, 200), (800, 200)])
    after = pixels(canvas.image())
    half = BRUSH_WIDTHS[2] / 2
    assert (after[200, 200:801] == argb(RED)).all()
    assert (after[int(200 - half + 2) : int(200 + half - 1), 200:801] == argb(RED)).all()
    assert (after[int(200 + half + 3), :] == WHITE).all()
    assert (after[int(200 - half - 3), :] == WHITE).all()
    assert (after[:, : int(200 - half - 3)] == WHITE).all()
    assert (after[:, int(800 + half + 3) :] == WHITE).all()

    canvas.set_size_level(0)
    canvas.set_colour(QColor("#1D4ED8"))
    drag(qtbot, canvas, [(200, 600), (800, 600)])
    after = pixels(canvas.image())
    column = after[:, 500]
    blue = np.flatnonzero(column == argb("#1D4ED8"))
    assert blue.min() >= 600 - BRUSH_WIDTHS[0] / 2 and blue.max() <= 600 + BRUSH_WIDTHS[0] / 2
    assert len(blue) >= BRUSH_WIDTHS[0] - 2


def test_eraser_gives_back_the_paper(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """Rubbing over a stroke with the eraser turns every pixel of it back to the
    white paper."""
    canvas.set_colour(QColor(RED))
    canvas.set_size_level(2)
    drag(qtbot, canvas, [(300, 300), (900, 500)])
    assert (pixels(canvas.image()) != WHITE).any()
    canvas.set_tool(Tool.ERASER)
    drag(qtbot, canvas, [(300, 300), (900, 500)])
    assert (pixels(canvas.image()) == WHITE).all()


def test_fill_fills_the_enclosed_space_only(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """Fill inside a closed shape colours all of the inside and none of the outside;
    the outline keeps its colour."""
    canvas.set_colour(QColor("#1E293B"))
    canvas.set_size_level(1)
    drag(qtbot, canvas, [(400, 300), (1000, 300), (1000, 700), (400, 700), (400, 300)])
    canvas.set_tool(Tool.FILL)
    canvas.set_colour(QColor("#84CC16"))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=widget_point(canvas, 700, 500))
    after = pixels(canvas.image())
    margin = BRUSH_WIDTHS[1] // 2 + 3
    inside = after[300 + margin : 700 - margin, 400 + margin : 1000 - margin]
    assert (inside == argb("#84CC16")).all()
    assert after[300, 700] == argb("#1E293B")  # the outline
    outside = after.copy()
    outside[300 - margin : 700 + margin, 400 - margin : 1000 + margin] = WHITE
    assert (outside == WHITE).all()
    assert canvas.can_undo()


def test_stamp_lands_where_clicked(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """A stamp is centred on the point clicked, at the chosen size."""
    canvas.set_tool(Tool.STAMP)
    canvas.set_stamp("face_happy")
    canvas.set_size_level(1)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=widget_point(canvas, 600, 400))
    changed = np.argwhere(pixels(canvas.image()) != WHITE)
    (top, left), (bottom, right) = changed.min(axis=0), changed.max(axis=0)
    assert abs((left + right) / 2 - 600) <= 3
    assert abs((top + bottom) / 2 - 400) <= 3
    side = STAMP_SIZES[1]
    assert side * 0.85 <= right - left + 1 <= side + 2
    assert side * 0.85 <= bottom - top + 1 <= side + 2


def test_every_stamp_can_be_stamped(canvas: DrawCanvas) -> None:
    """Every stamp on the tool bar has a picture that draws something."""
    from voiceapp.ui.draw.panel import STAMPS

    canvas.set_tool(Tool.STAMP)
    for index, (name, _) in enumerate(STAMPS):
        before = pixels(canvas.image())
        canvas.set_stamp(name)
        canvas.stamp_at(QPointF(130 + 120 * index, 540))
        assert (pixels(canvas.image()) != before).any(), name
