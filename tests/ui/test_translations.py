"""Every word on screen goes through Qt's translation system."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import voiceapp.ui.app as ui_app
from tests.ui.audit import words_on
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.start_screen import Role

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.ui.conftest import PseudoTranslation


def test_every_visible_word_is_translated_and_back_again(
    qtbot: QtBot, window: MainWindow, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word on the start screen and on the
    first-run page changes language (no string was missed by translate()), and removing
    it brings the English back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english_start = words_on(window)
    assert "I'm a young person" in english_start

    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(window.start_screen.title.text()), timeout=5000)
        untranslated = [w for w in words_on(window) if not pseudo.covers(w)]
        assert untranslated == []

        with qtbot.waitSignal(window.role_chosen, timeout=5000):
            window.start_screen.buttons[Role.HELPER].click()
        untranslated = [w for w in words_on(window) if not pseudo.covers(w)]
        assert untranslated == []
        page = window.current_page()
        assert page.heading.text() == pseudo.of("I'm helping a young person")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.back.text() == "Back", timeout=5000)
    assert page.heading.text() == "I'm helping a young person"
    window.show_start()
    assert words_on(window) == english_start


def test_committed_ts_lists_every_string(
    fresh_ts: Path, ts_messages: Callable[[Path], set[tuple[str, str]]], repo: Path
) -> None:
    """translations/voiceapp_en_GB.ts is up to date with the code
    (if not: bash scripts/update_translations.sh)."""
    committed = ts_messages(repo / "translations" / "voiceapp_en_GB.ts")
    assert ts_messages(fresh_ts) == committed


@pytest.mark.parametrize("language", ["cy", "cy_GB"])
def test_a_built_translation_for_the_locale_is_installed(
    qtbot: QtBot,
    window: MainWindow,
    pseudo: PseudoTranslation,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """The app loads translations/voiceapp_<lang>.qm for the person's language."""
    monkeypatch.setattr(ui_app, "translations_dir", lambda: pseudo.folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = ui_app.install_translator(app, QLocale(language))
    assert translator is not None
    try:
        qtbot.waitUntil(lambda: pseudo.covers(window.start_screen.title.text()), timeout=5000)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.start_screen.title.text() == "My Voice", timeout=5000)


def test_no_translation_means_british_english(themed_app: QApplication) -> None:
    """Without a .qm for the language, nothing is installed and the source words show."""
    assert ui_app.install_translator(themed_app, QLocale("xx_YY")) is None
