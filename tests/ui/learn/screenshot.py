"""Pictures of a "learn about my meeting" page at each reading level, drawn on a
real (virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.learn.screenshot younger docs/screenshots/learn-younger.png

The younger picture shows "What is a conference?" with a word highlighted as it
is read aloud (by Qt's mock speech engine, which makes no sound); the older one
shows "Who will be there?" with its role cards; ``contents`` shows the list of
pages (younger level). Not a test:
tests/ui/learn/test_screenshot.py runs it into a temporary folder and checks the
picture has content.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from voiceapp.core.content import LocalSettings
from voiceapp.ui.app import application
from voiceapp.ui.learn import LearnView
from voiceapp.ui.theme import apply_theme

BAND = {"younger": "4-7", "older": "13-17", "contents": "4-7"}
PAGE = {"younger": "what-is-a-conference", "older": "who-will-be-there"}


def main(level: str, out: str) -> None:
    app = application([sys.argv[0]])
    apply_theme(app)
    view = LearnView("en", BAND[level], LocalSettings(), engine="mock")
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    if not QTest.qWaitForWindowExposed(view):
        sys.exit("the window did not appear on the X screen")
    ids = [page.id for page in view.pages]
    if level == "contents":
        QTest.qWait(100)
        view.setFocus()
    else:
        view.open_page(ids.index(PAGE[level]))
    if level == "younger":

        def hold(_start: int, _length: int) -> None:
            if view.page_view.highlighted_text() == "together":
                view.reader.speech.pause()  # hold the highlight still for the picture

        view.reader.word.connect(hold)
        view.read_page()
        for _ in range(1000):  # up to 5 s
            if view.page_view.highlighted_text() == "together":
                break
            QTest.qWait(5)
    elif level == "older":
        view.page_view.scroller.verticalScrollBar().setValue(330)
    QTest.qWait(300)
    picture = view.screen().grabWindow(view.winId())
    if picture.isNull() or not picture.save(out):
        sys.exit("could not save the screenshot")
    print(f"saved {out} ({picture.width()}x{picture.height()})")
    view.stop_reading()
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
