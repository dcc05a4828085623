"""The languages My Voice speaks, and changing language while it runs.

:class:`Languages` owns the one installed translator. ``set_language`` swaps it
at once: Qt sends every widget a ``LanguageChange`` event and each one sets its
words again; right-to-left languages (Urdu, Arabic) mirror the whole layout; the
app's font follows the script. A young person's space opens in their own
language and gives the previous one back when it closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from voiceapp.ui.fonts import families_for, load_fonts
from voiceapp.ui.paths import translations_dir

SOURCE = "en-GB"


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47, as kept in a case ("cy-GB")
    native: str  # the language's name in itself, for the picker
    right_to_left: bool = False

    @property
    def qt_name(self) -> str:
        return self.code.replace("-", "_")


LANGUAGES: tuple[Language, ...] = (
    Language("en-GB", "English"),
    Language("cy-GB", "Cymraeg"),
    Language("pl-PL", "Polski"),
    Language("ro-RO", "Română"),
    Language("ur-PK", "اردو", right_to_left=True),
    Language("ar", "العربية", right_to_left=True),
)


def find_language(code: str) -> Language:
    """The language for ``code`` (``cy``, ``cy-GB`` or ``cy_GB``); English if unknown."""
    wanted = code.replace("_", "-").lower()
    for language in LANGUAGES:
        if language.code.lower() == wanted:
            return language
    primary = wanted.split("-")[0]
    for language in LANGUAGES:
        if language.code.lower().split("-")[0] == primary:
            return language
    return LANGUAGES[0]


class Languages(QObject):
    """The current language of the whole app."""

    changed = Signal(str)  # the new language's code

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translator: QTranslator | None = None
        self.current = find_language(SOURCE)
        load_fonts()

    def set_language(self, code: str) -> Language:
        """Show everything in ``code``'s language from now on (English if unknown)."""
        language = find_language(code)
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        if language.code != SOURCE:
            translator = QTranslator(self)
            if translator.load(f"voiceapp_{language.qt_name}", str(translations_dir())) or (
                translator.load(
                    f"voiceapp_{language.qt_name.split('_')[0]}", str(translations_dir())
                )
            ):
                self._app.installTranslator(translator)
                self._translator = translator
        QLocale.setDefault(QLocale(language.qt_name))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        QGuiApplication.setLayoutDirection(direction)
        font = QFont(self._app.font())
        font.setFamilies(families_for(language.code))
        self._app.setFont(font)
        changed = language != self.current
        self.current = language
        if changed:
            self.changed.emit(language.code)
        return language

    @property
    def translated(self) -> bool:
        """True when the current language has its words installed (English always has)."""
        return self.current.code == SOURCE or self._translator is not None


_languages: Languages | None = None


def languages() -> Languages:
    """The app's one :class:`Languages` (made with the QApplication)."""
    global _languages
    app = QApplication.instance()
    assert isinstance(app, QApplication), "make the QApplication first"
    if _languages is None or _languages.parent() is not app:
        _languages = Languages(app)
    return _languages
