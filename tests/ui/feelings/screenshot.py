"""Pictures of the "How I feel" and "Three houses" pages, drawn on a real
(virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.feelings.screenshot feelings docs/screenshots/feelings.png
    ... screenshot houses docs/screenshots/houses.png

A few feelings are chosen and a few things put in the houses first, the way a
young person might. Not a test: tests/ui/feelings/test_screenshot.py runs it into
a temporary folder and checks the pictures have content.
"""

from __future__ import annotations

import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from voiceapp.ui.app import application
from voiceapp.ui.feelings import FeelingsPage, HousesPage
from voiceapp.ui.theme import apply_theme

HOUSES = (
    b'{"page":"houses","version":1,"houses":['
    b'{"house":"good-things","name":"My happy house","entries":['
    b'{"text":"Playing football with my friends","words":"own"},'
    b'{"text":"My cat Biscuit","words":"own"},'
    b'{"drawing":"abcdefghijk2","words":"own"}]},'
    b'{"house":"worries","entries":['
    b'{"text":"When there is shouting at night","words":"written-by-helper"},'
    b'{"text":"Moving school again","words":"own"}]},'
    b'{"house":"hopes-and-dreams","entries":['
    b'{"text":"To stay with my nan on Saturdays","words":"own"},'
    b'{"text":"To be a vet when I grow up","words":"own"}]}]}'
)


def feelings_page() -> QWidget:
    page = FeelingsPage()
    page.cards["happy"].set_amount("quite-a-lot")
    page.cards["happy"].sentence.setText("When I am at football")
    page.cards["worried"].set_amount("very")
    page.cards["worried"].sentence.setText("About moving school")
    page.cards["worried"].set_helper_wrote(True)
    page.cards["hopeful"].set_amount("a-little")
    return page


def houses_page() -> QWidget:
    page = HousesPage()
    page.load(HOUSES)
    return page


def main(which: str, out: str) -> None:
    app = application([sys.argv[0]])
    apply_theme(app)
    page = feelings_page() if which == "feelings" else houses_page()
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    if not QTest.qWaitForWindowExposed(page):
        sys.exit("the window did not appear on the X screen")
    QTest.qWait(300)
    picture = page.screen().grabWindow(page.winId())
    if picture.isNull() or not picture.save(out):
        sys.exit("could not save the screenshot")
    print(f"saved {out} ({picture.width()}x{picture.height()})")
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
