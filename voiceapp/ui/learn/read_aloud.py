"""Read-aloud: reads text with Qt's text-to-speech and says which word it is on.

Wraps :class:`QTextToSpeech`. The engine is chosen by name so tests can use Qt's
``mock`` engine (the real speech engine never finishes without a sound server);
``None`` means Qt's default engine for this computer.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech


class Trouble(Enum):
    """Why reading aloud cannot happen."""

    NO_ENGINE = "no-engine"  # no speech engine works on this computer
    NO_VOICE = "no-voice"  # an engine works, but has no voice for the language


def trouble_text(trouble: Trouble) -> str:
    """One friendly sentence about ``trouble``, in the person's language."""
    if trouble is Trouble.NO_VOICE:
        return QCoreApplication.translate(
            "ReadAloud",
            "Sorry, this computer has no reading voice for your language. "
            "You can ask a grown-up to read it with you.",
        )
    return QCoreApplication.translate(
        "ReadAloud",
        "Sorry, reading aloud is not working on this computer right now. "
        "You can ask a grown-up to read it with you.",
    )


def _matches(wanted: QLocale, offered: QLocale) -> bool:
    return offered.language() == wanted.language()


class ReadAloud(QObject):
    """Reads one text at a time; ``word`` tells where in the text it has got to."""

    started = Signal()
    finished = Signal()  # stopped, or read to the end
    word = Signal(int, int)  # start, length: a place in the text being read
    trouble = Signal(Trouble)

    def __init__(
        self, language: str = "en", engine: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self.text = ""  # what was last handed to the engine
        self._speaking = False
        self.speech.stateChanged.connect(self._state_changed)
        self.speech.sayingWord.connect(self._saying_word)
        self.speech.errorOccurred.connect(self._error)
        self.language = language
        self.set_language(language)

    def set_language(self, language: str) -> None:
        """Read in ``language`` (a code such as ``en`` or ``cy_GB``) from now on."""
        self.language = language
        wanted = QLocale(language)
        if self.speech.state() == QTextToSpeech.State.Error:
            return
        if _matches(wanted, self.speech.locale()):
            return
        for offered in self.speech.availableLocales():
            if _matches(wanted, offered):
                self.speech.setLocale(offered)
                return

    def problem(self) -> Trouble | None:
        """Why reading cannot start now, or ``None`` if it can."""
        if self.speech.state() == QTextToSpeech.State.Error:
            return Trouble.NO_ENGINE
        if not _matches(QLocale(self.language), self.speech.locale()):
            return Trouble.NO_VOICE
        if not self.speech.availableVoices():
            return Trouble.NO_VOICE
        return None

    def is_speaking(self) -> bool:
        return self._speaking

    def read(self, text: str) -> bool:
        """Start reading ``text`` (stopping anything being read). False, with a
        ``trouble`` signal, if there is no way to read it."""
        problem = self.problem()
        if problem is not None:
            self.trouble.emit(problem)
            return False
        self.stop()
        self.text = text
        self.speech.say(text)
        return True

    def stop(self) -> None:
        """Stop reading now."""
        if self._speaking or self.speech.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Paused,
            QTextToSpeech.State.Synthesizing,
        ):
            self.speech.stop(QTextToSpeech.BoundaryHint.Immediate)
        self._finish()

    def _finish(self) -> None:
        if self._speaking:
            self._speaking = False
            self.finished.emit()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            if not self._speaking:
                self._speaking = True
                self.started.emit()
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._finish()

    def _saying_word(self, _word: str, _id: int, start: int, length: int) -> None:
        if self._speaking:
            self.word.emit(start, length)

    def _error(self, _reason: QTextToSpeech.ErrorReason, _message: str) -> None:
        self._finish()
        self.trouble.emit(Trouble.NO_ENGINE)
