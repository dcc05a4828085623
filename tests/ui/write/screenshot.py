"""A picture of the letter editor, drawn on a real (virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.write.screenshot docs/screenshots/write.png

A short letter with two prompts is typed first, so the picture shows the page in
use. Not a test: tests/ui/write/test_screenshot.py runs it into a temporary
folder and checks the picture has content.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from voiceapp.ui.app import application
from voiceapp.ui.theme import apply_theme
from voiceapp.ui.write import LetterEditor


def main(out: str) -> None:
    app = application([sys.argv[0]])
    apply_theme(app)
    editor = LetterEditor(speech_engine="mock")
    editor.resize(1280, 800)
    editor.insert_prompt("going-well")
    editor.editor.insertPlainText("I like my new school and my teacher Mrs Jones. 😊\n\n")
    editor.insert_prompt("wish")
    editor.editor.insertPlainText("I wish I could see my nan every weekend.")
    editor.show()
    editor.activateWindow()
    if not QTest.qWaitForWindowExposed(editor):
        sys.exit("the window did not appear on the X screen")
    editor.editor.setFocus()
    QTest.qWait(300)
    picture = editor.screen().grabWindow(editor.winId())
    if picture.isNull() or not picture.save(out):
        sys.exit("could not save the screenshot")
    print(f"saved {out} ({picture.width()}x{picture.height()})")
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/write.png")
