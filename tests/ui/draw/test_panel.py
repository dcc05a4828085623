"""The tool bar around the canvas: big named buttons, the keyboard, every word
translated, sounds that can be muted, and nothing ever written to disk."""

from __future__ import annotations

import os
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit import words_on
from voiceapp.ui.draw import DrawPanel, DrawSounds, Tool
from voiceapp.ui.widgets import MIN_TARGET

from .conftest import WHITE, argb, pixels

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation


def visible_controls(panel: DrawPanel) -> list[QWidget]:
    found: list[QWidget] = [
        w for w in panel.findChildren(QAbstractButton) if w.isVisible() and w.isEnabled()
    ]
    return [*found, panel.canvas]


def test_every_control_is_big_named_and_reached_by_tab(qtbot: QtBot, panel: DrawPanel) -> None:
    """Every button (with the colours, and again with the stamps showing) is at least
    48 px each way and has a spoken name and description; Tab reaches every one of
    them and the canvas."""
    for tool in (Tool.BRUSH, Tool.STAMP):
        qtbot.mouseClick(panel.tool_buttons[tool], Qt.MouseButton.LeftButton)
        panel.canvas.begin_stroke(QPointF(5, 5))  # so that Undo is enabled
        panel.canvas.end_stroke()
        controls = visible_controls(panel)
        assert len(controls) >= 25
        for control in controls:
            label = control.accessibleName() or control.objectName()
            assert control.height() >= MIN_TARGET, label
            assert control.width() >= MIN_TARGET, label
            assert control.accessibleName().strip(), control.objectName()
            assert control.accessibleDescription().strip(), label
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, label
        controls[0].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(controls[0].hasFocus, timeout=5000)
        reached: set[int] = set()
        for _ in range(2 * len(controls) + 5):
            focused = QApplication.focusWidget()
            assert focused is not None
            reached.add(id(focused))
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        missed = [c.accessibleName() for c in controls if id(c) not in reached]
        assert missed == []
    words = [b.text() for b in panel.findChildren(QAbstractButton) if b.text()]
    assert {"Draw", "Rubber", "Fill", "Stamps", "Undo", "Redo", "Start again"} <= set(words)


def test_buttons_choose_tool_size_colour_and_stamp(qtbot: QtBot, panel: DrawPanel) -> None:
    """Pressing the tool bar's buttons (here with the keyboard) sets the canvas's
    tool, size, colour and stamp, and the stamps show only with the stamp tool."""
    canvas = panel.canvas
    qtbot.keyClick(panel.tool_buttons[Tool.FILL], Qt.Key.Key_Space)
    assert canvas.tool is Tool.FILL
    qtbot.keyClick(panel.size_buttons[0], Qt.Key.Key_Return)  # clicks after a moment
    qtbot.waitUntil(lambda: canvas.size_level == 0, timeout=5000)
    assert panel.size_buttons[0].isChecked() and not panel.size_buttons[1].isChecked()
    qtbot.mouseClick(panel.colour_buttons[4], Qt.MouseButton.LeftButton)
    assert canvas.colour == QColor("#DC2626")
    assert panel.colour_buttons[4].isChecked()
    assert not panel.stamp_buttons[0].isVisible()
    qtbot.mouseClick(panel.tool_buttons[Tool.STAMP], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.stamp_buttons[0].isVisible, timeout=5000)
    qtbot.mouseClick(panel.stamp_buttons[7], Qt.MouseButton.LeftButton)
    assert canvas.stamp == "home"
    assert canvas.tool is Tool.STAMP


def test_undo_redo_by_buttons_and_by_keys(qtbot: QtBot, panel: DrawPanel) -> None:
    """Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo; the Undo and Redo buttons do the
    same and are greyed out when there is nothing to do."""
    canvas = panel.canvas
    assert not panel.undo_button.isEnabled()
    canvas.set_colour(QColor("#DC2626"))
    canvas.begin_stroke(QPointF(100, 100))
    canvas.extend_stroke(QPointF(800, 100))
    canvas.end_stroke()
    drawn = pixels(canvas.image())
    assert panel.undo_button.isEnabled()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus, timeout=5000)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (pixels(canvas.image()) == WHITE).all()
    assert not panel.undo_button.isEnabled()
    assert panel.redo_button.isEnabled()
    qtbot.keyClick(
        canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert (pixels(canvas.image()) == drawn).all()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert (pixels(canvas.image()) == WHITE).all()
    qtbot.keyClick(canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (pixels(canvas.image()) == drawn).all()
    qtbot.mouseClick(panel.start_again_button, Qt.MouseButton.LeftButton)
    assert (pixels(canvas.image()) == WHITE).all()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert (pixels(canvas.image()) == drawn).all()
    assert pixels(canvas.image())[100, 400] == argb("#DC2626")


def test_sounds_follow_the_tools_and_can_be_muted(qtbot: QtBot, panel: DrawPanel) -> None:
    """Each tool asks for its sound; the Sound button mutes them (and says so) and
    turns them back on."""
    heard: list[str] = []
    panel.sounds.played.connect(heard.append)
    panel.canvas.begin_stroke(QPointF(10, 10))
    panel.canvas.end_stroke()
    panel.canvas.undo()
    assert heard == ["brush", "undo"]
    assert panel.sound_button.text() == "Sound on"
    qtbot.mouseClick(panel.sound_button, Qt.MouseButton.LeftButton)
    assert panel.sounds.muted
    assert panel.sound_button.text() == "Sound off"
    assert panel.sound_button.accessibleName() == "Sound off"
    qtbot.mouseClick(panel.sound_button, Qt.MouseButton.LeftButton)
    assert not panel.sounds.muted


def test_every_sound_is_a_short_wav(repo: Path) -> None:
    """Each tool sound is a small, short mono WAV in assets/sounds."""
    from voiceapp.ui.draw.sounds import NAMES

    for name in NAMES:
        path = repo / "assets" / "sounds" / f"{name}.wav"
        with wave.open(str(path)) as sound:
            assert sound.getnchannels() == 1
            assert 0.03 < sound.getnframes() / sound.getframerate() < 0.5
        assert path.stat().st_size < 20_000


def test_every_word_goes_through_translation(
    qtbot: QtBot, panel: DrawPanel, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word, spoken name, description and
    tip on the panel (every tool, colour and stamp; sound on and off) is translated,
    and switching back gives English again."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(panel.undo_button.text()), timeout=5000)
        for muted in (False, True):
            panel.sounds.set_muted(muted)
            words = words_on(panel, visible_only=False)
            assert len(words) > 80
            assert [w for w in words if not pseudo.covers(w)] == []
        assert panel.colour_buttons[4].accessibleName() == pseudo.of("Red")
        assert panel.stamp_buttons[0].accessibleName() == pseudo.of("Happy face")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.undo_button.text() == "Undo", timeout=5000)


def files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_nothing_is_written_to_disk(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_data_folder: Path,
    repo: Path,
) -> None:
    """A whole drawing session (strokes, fill, stamps, undo, redo, start again, and
    several autosaves) leaves the home, temp and data folders, and the working
    folder, exactly as they were: the drawing only ever leaves as bytes in memory."""
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    watched = [home, temp, private_data_folder, Path(os.getcwd())]
    before = [files_under(f) if f != repo else None for f in watched]
    repo_top = sorted(p.name for p in repo.iterdir())

    panel = DrawPanel(sounds=DrawSounds(speaker=False), autosave_ms=10)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    saved: list[bytes] = []
    panel.changed.connect(saved.append)
    canvas = panel.canvas
    for y in (200, 400, 600):
        with qtbot.waitSignal(panel.changed, timeout=5000):
            canvas.begin_stroke(QPointF(100, y))
            canvas.extend_stroke(QPointF(1500, y + 100))
            canvas.end_stroke()
    canvas.set_tool(Tool.FILL)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        canvas.fill_at(QPointF(1800, 1000))
    canvas.set_tool(Tool.STAMP)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        canvas.stamp_at(QPointF(900, 500))
    with qtbot.waitSignal(panel.changed, timeout=5000):
        canvas.undo()
    with qtbot.waitSignal(panel.changed, timeout=5000):
        canvas.start_again()
    canvas.png_bytes()
    assert len(saved) == 7

    after = [files_under(f) if f != repo else None for f in watched]
    assert after == before
    assert files_under(home) == {}
    assert files_under(temp) == {}
    assert sorted(p.name for p in repo.iterdir()) == repo_top


def test_buttons_follow_the_canvas(panel: DrawPanel) -> None:
    """When the host sets the canvas's tool, size, colour or stamp (say, to carry on
    a saved drawing as it was left), the tool bar shows the same choice."""
    canvas = panel.canvas
    canvas.set_tool(Tool.ERASER)
    canvas.set_size_level(2)
    canvas.set_colour(QColor("#7E22CE"))
    canvas.set_stamp("pet_cat")
    checked = [b.accessibleName() for b in panel.findChildren(QAbstractButton) if b.isChecked()]
    assert sorted(checked) == sorted(["Rubber", "Big", "Purple", "Cat", "Sound on"])
    canvas.set_colour(QColor("#123456"))  # not in the palette: no swatch is checked
    assert not any(b.isChecked() for b in panel.colour_buttons)


def test_colours_and_stamps_wrap_on_a_narrow_screen(qtbot: QtBot, panel: DrawPanel) -> None:
    """In a narrow window the colours (and the stamps) take two rows instead of
    running off the edge: every one is whole, inside the window, and none overlap."""
    panel.resize(900, 700)
    for tool, buttons in ((Tool.BRUSH, panel.colour_buttons), (Tool.STAMP, panel.stamp_buttons)):
        panel.canvas.set_tool(tool)

        def boxes(buttons: list[QAbstractButton] = buttons) -> list[QRect]:
            return [QRect(b.mapTo(panel, QPoint(0, 0)), b.size()) for b in buttons]

        def wrapped_inside_without_overlap() -> bool:
            found = boxes()
            rows = {box.y() for box in found}
            inside = all(panel.rect().contains(box) for box in found)
            apart = not any(a.intersects(b) for i, a in enumerate(found) for b in found[i + 1 :])
            return len(rows) >= 2 and inside and apart

        qtbot.waitUntil(wrapped_inside_without_overlap, timeout=5000)
