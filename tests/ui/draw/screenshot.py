"""A picture of the drawing panel, drawn on a real (virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.draw.screenshot docs/screenshots/draw.png

Draws a small scene first (grass, a house, a family, the sun, a heart), the way a
child might, so the picture shows the tools in use. Not a test:
tests/ui/draw/test_screenshot.py runs it into a temporary folder and checks the
picture has content.
"""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from voiceapp.ui.app import application
from voiceapp.ui.draw import DrawPanel, DrawSounds, Tool
from voiceapp.ui.theme import apply_theme


def draw_scene(panel: DrawPanel) -> None:
    canvas = panel.canvas
    canvas.set_size_level(2)
    canvas.set_colour(QColor("#15803D"))
    canvas.begin_stroke(QPointF(0, 820))
    for x in range(0, 1921, 40):
        canvas.extend_stroke(QPointF(x, 820 + 18 * math.sin(x / 150)))
    canvas.end_stroke()
    canvas.set_tool(Tool.FILL)
    canvas.set_colour(QColor("#84CC16"))
    canvas.fill_at(QPointF(900, 1000))
    canvas.set_tool(Tool.BRUSH)
    canvas.set_size_level(2)
    for radius, colour in zip(
        (330, 296, 262, 228, 194),
        ("#DC2626", "#F97316", "#FACC15", "#15803D", "#1D4ED8"),
        strict=True,
    ):  # a rainbow
        canvas.set_colour(QColor(colour))
        canvas.begin_stroke(QPointF(420 - radius, 440))
        for step in range(0, 181, 6):
            a = math.radians(180 - step)
            canvas.extend_stroke(QPointF(420 + radius * math.cos(a), 440 - radius * math.sin(a)))
        canvas.end_stroke()
    canvas.set_tool(Tool.STAMP)
    for name, level, x, y in (
        ("weather_sun", 2, 1650, 200),
        ("home", 2, 700, 620),
        ("person_grown_up", 1, 1100, 700),
        ("person_child", 0, 1260, 740),
        ("pet_dog", 0, 1400, 760),
        ("heart", 0, 1180, 520),
        ("face_happy", 0, 1560, 560),
        ("weather_rain", 1, 1000, 180),
    ):
        canvas.set_stamp(name)
        canvas.set_size_level(level)
        canvas.stamp_at(QPointF(x, y))
    canvas.set_size_level(1)
    canvas.set_stamp("face_happy")
    canvas.set_tool(Tool.BRUSH)
    canvas.set_colour(QColor("#DC2626"))


def main(out: str) -> None:
    app = application([sys.argv[0]])
    apply_theme(app)
    panel = DrawPanel(sounds=DrawSounds(speaker=False))
    panel.resize(1280, 800)
    draw_scene(panel)
    panel.show()
    panel.activateWindow()
    if not QTest.qWaitForWindowExposed(panel):
        sys.exit("the window did not appear on the X screen")
    panel.tool_buttons[Tool.BRUSH].setFocus()
    QTest.qWait(300)
    picture = panel.screen().grabWindow(panel.winId())
    if picture.isNull() or not picture.save(out):
        sys.exit("could not save the screenshot")
    print(f"saved {out} ({picture.width()}x{picture.height()})")
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/draw.png")
