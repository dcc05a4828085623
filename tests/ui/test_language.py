"""Changing language while My Voice runs: the words, the direction of the layout,
the fonts for each script, and a young person's space in their own language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import voiceapp.ui.language as language_module
from tests.ui.conftest import PseudoTranslation
from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.fonts import ARABIC, LATIN, URDU, load_fonts
from voiceapp.ui.language import LANGUAGES, find_language, languages
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.vault_jobs import VaultJobs


@pytest.fixture(autouse=True)
def back_to_english(themed_app: QApplication) -> Iterator[None]:
    yield
    languages().set_language("en-GB")


def test_the_shipped_fonts_cover_every_language(themed_app: QApplication) -> None:
    """The fonts in assets/fonts load, and each has the letters of its languages:
    Welsh ŵ ŷ, Polish ą ł ż, Romanian ș ț in Noto Sans, Arabic in Noto Naskh Arabic,
    Urdu's own letters in Noto Nastaliq Urdu."""
    families = load_fonts()
    assert {LATIN, ARABIC, URDU} <= set(families)
    checks = {LATIN: "ŵŷąłżșțéÂ", ARABIC: "عربيةؤئ؟", URDU: "اردوےںٹڈ"}
    for family, letters in checks.items():
        metrics = QFontMetrics(QFont(family))
        missing = [c for c in letters if not metrics.inFontUcs4(ord(c))]
        assert missing == [], family
    assert QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(ARABIC)


def test_right_to_left_languages_mirror_and_take_their_font(themed_app: QApplication) -> None:
    """Urdu and Arabic turn the whole layout right to left and use their script's
    font first; English turns it back; the picker's names are each language's own."""
    assert [lang.native for lang in LANGUAGES] == [
        "English", "Cymraeg", "Polski", "Română", "اردو", "العربية",
    ]  # fmt: skip
    chosen = languages().set_language("ur")
    assert chosen.code == "ur-PK" and chosen.right_to_left
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.font().families()[0] == URDU
    assert QLocale().language() == QLocale.Language.Urdu
    languages().set_language("ar")
    assert QApplication.font().families()[0] == ARABIC
    languages().set_language("pl-PL")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.font().families()[0] == LATIN
    assert find_language("xx-YY").code == "en-GB" and find_language("cy_GB").code == "cy-GB"


def test_the_start_screen_changes_language_at_once(
    qtbot: QtBot,
    window: MainWindow,
    pseudo: PseudoTranslation,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing Cymraeg on the start screen changes every word on it at once, without
    a restart; choosing English brings the English back."""
    monkeypatch.setattr(language_module, "translations_dir", lambda: pseudo.folder)
    screen = window.start_screen
    picker = screen.language
    assert picker.currentText() == "English" and picker.accessibleName() == "Language"
    picker.setCurrentIndex(picker.findData("cy-GB"))
    picker.activated.emit(picker.currentIndex())
    qtbot.waitUntil(lambda: pseudo.covers(screen.title.text()), timeout=5000)
    assert pseudo.covers(screen.welcome.text())
    assert picker.currentText() == "Cymraeg"
    picker.setCurrentIndex(picker.findData("en-GB"))
    picker.activated.emit(picker.currentIndex())
    qtbot.waitUntil(lambda: screen.title.text() == "My Voice", timeout=5000)


def test_a_space_opens_in_the_young_persons_language_and_gives_it_back(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path
) -> None:
    """A young person whose language is Arabic gets their space right to left, with
    the Arabic pages about the meeting; when the space ends, the helper's English
    (left to right) comes back."""
    vault = Vault(tmp_path / "vault", work_factor=10)
    vault.create("helper", "purple kettle seven")
    case = vault.add_case(
        CaseDetails("Amal", "8-12", dt.date.today() + dt.timedelta(days=5), language="ar")
    )
    jobs = VaultJobs()
    space = YoungSpace(vault, jobs, case)
    qtbot.addWidget(space)
    space.show()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert space.layoutDirection() == Qt.LayoutDirection.RightToLeft
    space.choose("learn")
    view = space.activity.widget if space.activity is not None else None
    assert view is not None and view.pages and all(p.language == "ar" for p in view.pages)
    space.end()
    jobs.wait()
    vault.close()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert languages().current.code == "en-GB"
