"""Pen pressure, touch, the keyboard, and the autosave signal."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.draw import DrawCanvas, Tool

from .conftest import WHITE, argb, pixels, widget_point

RED = "#DC2626"

PEN = QPointingDevice(
    "test pen",
    7001,
    QInputDevice.DeviceType.Stylus,
    QPointingDevice.PointerType.Pen,
    QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
    1,
    3,
)


def pen(canvas: DrawCanvas, kind: QTabletEvent.Type, x: float, y: float, pressure: float) -> None:
    """Send one tablet event at picture point (x, y) with ``pressure``."""
    local = canvas.to_widget(QPointF(x, y))
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QTabletEvent.Type.TabletRelease
        else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        PEN,
        local,
        QPointF(canvas.mapToGlobal(local)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(canvas, event)


def thickness(image: QImage, column: int, colour: str) -> int:
    return int((pixels(image)[:, column] == argb(colour)).sum())


def test_pen_pressure_changes_the_width(canvas: DrawCanvas) -> None:
    """A pen pressed hard draws a line several times wider than one pressed lightly."""
    canvas.set_colour(QColor(RED))
    canvas.set_size_level(2)
    for y, pressure in ((300, 1.0), (700, 0.05)):
        pen(canvas, QTabletEvent.Type.TabletPress, 300, y, pressure)
        pen(canvas, QTabletEvent.Type.TabletMove, 900, y, pressure)
        pen(canvas, QTabletEvent.Type.TabletMove, 1500, y, pressure)
        pen(canvas, QTabletEvent.Type.TabletRelease, 1500, y, 0.0)
    image = pixels(canvas.image())
    hard = int((image[0:500, 1000] == argb(RED)).sum())
    light = int((image[500:, 1000] == argb(RED)).sum())
    assert hard >= 32
    assert 0 < light <= hard / 2.5
    assert canvas.history.undo_count() == 2


def test_one_finger_draws(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """A finger on a touch screen draws along its path, as the mouse does."""
    screen = QTest.createTouchDevice()
    canvas.set_colour(QColor(RED))
    QTest.touchEvent(canvas, screen).press(0, widget_point(canvas, 300, 400)).commit()
    QTest.touchEvent(canvas, screen).move(0, widget_point(canvas, 700, 400)).commit()
    QTest.touchEvent(canvas, screen).release(0, widget_point(canvas, 1100, 400)).commit()
    image = pixels(canvas.image())
    assert (image[400, 300:1101] == argb(RED)).all()
    assert canvas.history.undo_count() == 1


def test_keyboard_alone_can_draw(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """With the keyboard: Space puts the brush down, arrow keys draw, Space lifts it;
    Enter stamps at the same spot with the stamp tool."""
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    canvas.set_colour(QColor(RED))
    start = canvas.spot()
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    for _ in range(10):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    end = canvas.spot()
    assert end.x() > start.x() + 100
    image = pixels(canvas.image())
    y = round(start.y())
    assert (image[y, round(start.x()) : round(end.x())] == argb(RED)).all()
    assert canvas.history.undo_count() == 1
    canvas.set_tool(Tool.STAMP)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert canvas.history.undo_count() == 2


def test_autosave_hands_over_the_png_once_per_stroke(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """A stroke of many segments gives exactly one ``changed`` signal, after the
    stroke ends, carrying PNG bytes that decode to exactly the picture on the canvas;
    the next stroke gives one more."""
    received: list[bytes] = []
    canvas.changed.connect(received.append)
    canvas.set_colour(QColor(RED))
    with qtbot.waitSignal(canvas.changed, timeout=5000):
        canvas.begin_stroke(QPointF(100, 100))
        for x in range(120, 1800, 20):
            canvas.extend_stroke(QPointF(x, 100 + x / 4))
        assert received == []  # nothing while the stroke goes on
        canvas.end_stroke()
    with qtbot.assertNotEmitted(canvas.changed, wait=300):
        pass
    assert len(received) == 1
    png = received[0]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    decoded = QImage.fromData(png)
    assert not decoded.isNull()
    assert np.array_equal(pixels(decoded), pixels(canvas.image()))
    assert (pixels(decoded) != WHITE).any()

    with qtbot.waitSignal(canvas.changed, timeout=5000):
        canvas.begin_stroke(QPointF(1000, 900))
        canvas.extend_stroke(QPointF(1200, 900))
        canvas.end_stroke()
    with qtbot.assertNotEmitted(canvas.changed, wait=300):
        pass
    assert len(received) == 2
    assert np.array_equal(pixels(QImage.fromData(received[1])), pixels(canvas.image()))


def test_quick_strokes_together_give_one_save(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """Strokes that end within the autosave pause are saved together, once."""
    canvas._save_timer.setInterval(400)
    received: list[bytes] = []
    canvas.changed.connect(received.append)
    with qtbot.waitSignal(canvas.changed, timeout=5000):
        for y in (100, 200, 300):
            canvas.begin_stroke(QPointF(100, y))
            canvas.extend_stroke(QPointF(900, y))
            canvas.end_stroke()
    with qtbot.assertNotEmitted(canvas.changed, wait=600):
        pass
    assert len(received) == 1
    assert np.array_equal(pixels(QImage.fromData(received[0])), pixels(canvas.image()))


def test_undo_is_saved_too(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """Undo changes the picture, so the saved copy follows it."""
    canvas.begin_stroke(QPointF(100, 100))
    canvas.extend_stroke(QPointF(300, 300))
    with qtbot.waitSignal(canvas.changed, timeout=5000):
        canvas.end_stroke()
    with qtbot.waitSignal(canvas.changed, timeout=5000) as blocker:
        canvas.undo()
    assert (pixels(QImage.fromData(blocker.args[0])) == WHITE).all()


def test_a_saved_drawing_can_be_opened_again(canvas: DrawCanvas) -> None:
    """The PNG the canvas hands over opens again on a canvas exactly; bytes that are
    not a picture change nothing."""
    canvas.set_colour(QColor(RED))
    canvas.begin_stroke(QPointF(100, 100))
    canvas.extend_stroke(QPointF(1800, 1000))
    canvas.end_stroke()
    png = canvas.png_bytes()
    drawn = pixels(canvas.image())
    canvas.start_again()
    assert canvas.load_picture(png)
    assert np.array_equal(pixels(canvas.image()), drawn)
    assert not canvas.can_undo()
    assert not canvas.load_picture(b"not a picture at all")
    assert np.array_equal(pixels(canvas.image()), drawn)


def test_second_point_of_touch_is_ignored(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """A second finger (a resting hand) does not draw its own line."""
    screen = QTest.createTouchDevice()
    canvas.set_colour(QColor(RED))
    first, second = widget_point(canvas, 300, 200), widget_point(canvas, 300, 900)
    QTest.touchEvent(canvas, screen).press(0, first).press(1, second).commit()
    QTest.touchEvent(canvas, screen).move(0, widget_point(canvas, 900, 200)).move(
        1, widget_point(canvas, 900, 900)
    ).commit()
    QTest.touchEvent(canvas, screen).release(0, widget_point(canvas, 900, 200)).release(
        1, widget_point(canvas, 900, 900)
    ).commit()
    image = pixels(canvas.image())
    assert (image[200, 300:900] == argb(RED)).all()
    assert (image[850:950, :] == WHITE).all()


def test_flush_hands_over_a_waiting_change_at_once(qtbot: QtBot, canvas: DrawCanvas) -> None:
    """Before the canvas is hidden or closed, ``flush`` gives out the latest picture
    straight away (no autosave pause), once, and nothing later repeats it."""
    canvas._save_timer.setInterval(10_000)
    received: list[bytes] = []
    canvas.changed.connect(received.append)
    canvas.begin_stroke(QPointF(100, 100))
    canvas.extend_stroke(QPointF(900, 500))
    canvas.end_stroke()
    assert canvas.save_pending()
    canvas.flush()
    assert len(received) == 1
    assert np.array_equal(pixels(QImage.fromData(received[0])), pixels(canvas.image()))
    assert not canvas.save_pending()
    canvas.flush()
    assert len(received) == 1


def test_closing_while_saving_is_safe(qtbot: QtBot, themed_app: QApplication) -> None:
    """A canvas deleted while its PNG is being made on another thread does not
    crash or raise when the work finishes."""
    from voiceapp.ui.draw import DrawSounds

    doomed = DrawCanvas(sounds=DrawSounds(speaker=False), autosave_ms=0)
    doomed.begin_stroke(QPointF(10, 10))
    doomed.end_stroke()
    qtbot.waitUntil(lambda: doomed._encoding is not None, timeout=5000)
    task = doomed._encoding
    assert task is not None
    doomed.deleteLater()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
