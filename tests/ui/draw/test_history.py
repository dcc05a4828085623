"""Undo, redo and "start again" bring back exactly the pixels there were, for as
many steps as the memory budget allows, and the budget is never exceeded."""

from __future__ import annotations

import hashlib
import random

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.draw import DrawCanvas, DrawSounds, Tool
from voiceapp.ui.draw.panel import PALETTE, STAMPS

from .conftest import WHITE, pixels


def digest(canvas: DrawCanvas) -> str:
    return hashlib.sha256(pixels(canvas.image()).tobytes()).hexdigest()


def random_step(canvas: DrawCanvas, rng: random.Random) -> None:
    """One thing a child might do: mostly strokes, sometimes a fill or a stamp."""
    width, height = canvas.image().width(), canvas.image().height()
    canvas.set_colour(QColor(rng.choice(PALETTE)[0]))
    canvas.set_size_level(rng.randrange(3))
    kind = rng.random()
    if kind < 0.08:
        canvas.set_tool(Tool.FILL)
        canvas.fill_at(QPointF(rng.randrange(width), rng.randrange(height)))
    elif kind < 0.2:
        canvas.set_tool(Tool.STAMP)
        canvas.set_stamp(rng.choice(STAMPS)[0])
        canvas.stamp_at(QPointF(rng.randrange(width), rng.randrange(height)))
    else:
        canvas.set_tool(Tool.ERASER if kind > 0.95 else Tool.BRUSH)
        x, y = rng.randrange(width), rng.randrange(height)
        canvas.begin_stroke(QPointF(x, y), rng.random())
        for _ in range(rng.randrange(1, 12)):
            x = min(width - 1, max(0, x + rng.randrange(-150, 151)))
            y = min(height - 1, max(0, y + rng.randrange(-150, 151)))
            canvas.extend_stroke(QPointF(x, y), rng.random())
        canvas.end_stroke()


def test_undo_and_redo_round_trip_310_steps_exactly(canvas: DrawCanvas) -> None:
    """After 310 steps of strokes, fills, stamps and rubbing out, undo walks back
    through every earlier picture pixel for pixel to the blank page, and redo walks
    forward through them all again."""
    rng = random.Random(5)
    states = [digest(canvas)]
    while len(states) <= 310:
        random_step(canvas, rng)
        if canvas.history.undo_count() == len(states):  # the step changed something
            states.append(digest(canvas))
    assert canvas.history.dropped == 0
    for expected in reversed(states[:-1]):
        canvas.undo()
        assert digest(canvas) == expected
    assert not canvas.can_undo()
    assert (pixels(canvas.image()) == WHITE).all()
    for expected in states[1:]:
        canvas.redo()
        assert digest(canvas) == expected
    assert not canvas.can_redo()


def test_a_new_step_after_undo_forgets_the_redo_steps(canvas: DrawCanvas) -> None:
    """Drawing after an undo starts a new path: redo has nothing left to do."""
    rng = random.Random(1)
    random_step(canvas, rng)
    random_step(canvas, rng)
    canvas.undo()
    assert canvas.can_redo()
    canvas.begin_stroke(QPointF(10, 10))
    canvas.end_stroke()
    assert not canvas.can_redo()


def test_start_again_clears_the_page_and_undo_brings_it_back(canvas: DrawCanvas) -> None:
    """ "Start again" gives a white page as one step: undo brings back the drawing
    exactly, redo clears it again."""
    rng = random.Random(2)
    for _ in range(12):
        random_step(canvas, rng)
    drawn = digest(canvas)
    canvas.start_again()
    assert (pixels(canvas.image()) == WHITE).all()
    canvas.undo()
    assert digest(canvas) == drawn
    canvas.redo()
    assert (pixels(canvas.image()) == WHITE).all()


def test_memory_budget_is_kept_by_dropping_the_oldest_steps(
    qtbot: QtBot, themed_app: QApplication
) -> None:
    """With a 3 MB budget, 400 strokes never hold more than 3 MB of undo, some of the
    oldest are let go, and undoing everything kept ends on the picture as it was
    just after the last step let go (so the oldest went first)."""
    budget = 3 * 1024 * 1024
    canvas = DrawCanvas(sounds=DrawSounds(speaker=False), budget=budget)
    qtbot.addWidget(canvas)
    rng = random.Random(3)
    states = [digest(canvas)]
    while len(states) <= 400:
        before = canvas.history.undo_count() + canvas.history.dropped
        random_step(canvas, rng)
        assert canvas.history.nbytes <= budget
        if canvas.history.undo_count() + canvas.history.dropped > before:
            states.append(digest(canvas))
    dropped = canvas.history.dropped
    assert dropped > 0
    assert canvas.history.undo_count() == len(states) - 1 - dropped
    while canvas.can_undo():
        canvas.undo()
        assert canvas.history.nbytes <= budget
    assert digest(canvas) == states[dropped]
