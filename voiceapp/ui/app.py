"""Start My Voice on screen: ``run(argv)`` is what ``voiceapp`` (no arguments) calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from voiceapp import __version__
from voiceapp.ui.display import apply_display, load_display
from voiceapp.ui.language import languages
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.paths import translations_dir
from voiceapp.ui.quit_on_signal import quit_on_signals
from voiceapp.ui.single_instance import InstanceServer, send_to_running

APP_NAME = "My Voice"
ORGANISATION_NAME = "My Voice"


def application(argv: list[str]) -> QApplication:
    """The one QApplication, made on first use and named for My Voice."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setDesktopFileName("voiceapp")
    return app


def install_translator(app: QApplication, locale: QLocale) -> QTranslator | None:
    """Install ``translations/voiceapp_<lang>.qm`` for ``locale`` if one was built.

    Returns the translator (keep a reference while it is in use), or None when there
    is no translation for that language and the app shows its own British English.
    """
    translator = QTranslator(app)
    if translator.load(locale, "voiceapp", "_", str(translations_dir()), ".qm"):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None


def run(argv: list[str], open_file: str | None = None) -> int:
    """Open My Voice and run until its window is closed; returns the exit code.

    ``argv`` is a full command line as Qt expects it (``argv[0]`` is the program
    name; Qt's own options such as ``-platform`` are understood). ``open_file``
    (from ``voiceapp open FILE``) is shown once a chair has unlocked.
    """
    app = application(argv)
    if open_file is not None and send_to_running(open_file):
        return 0  # the window already open on this vault shows it
    languages().set_language(QLocale.system().name())
    apply_display(load_display())
    window = MainWindow(open_file=open_file)
    server = InstanceServer(window)
    server.file_requested.connect(window.request_open)
    window.show()
    with quit_on_signals(app):
        code = app.exec()
    return code
