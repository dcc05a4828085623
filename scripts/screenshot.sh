#!/usr/bin/env bash
# Saves a picture of the start screen, drawn on a real (virtual) X screen:
#
#   bash scripts/screenshot.sh [docs/screenshots/start.png]
#
# Needs scripts/setup.sh test (for xvfb) to have run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT="${1:-docs/screenshots/start.png}"
mkdir -p "$(dirname "$OUT")"

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python - "$OUT" <<'PY'
import sys

from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest

from voiceapp.ui.app import application, install_translator
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.theme import apply_theme

app = application([sys.argv[0]])
translator = install_translator(app, QLocale.system())
apply_theme(app)
window = MainWindow()
window.show()
window.activateWindow()
if not QTest.qWaitForWindowExposed(window):
    sys.exit("the window did not appear on the X screen")
QTest.qWait(300)  # let the first frame reach the X server
screen = window.screen()
picture = screen.grabWindow(window.winId())
if picture.isNull() or not picture.save(sys.argv[1]):
    sys.exit("could not save the screenshot")
print(f"saved {sys.argv[1]} ({picture.width()}x{picture.height()})")
PY
