"""The letter editor: large words, A- / A+, prompts, read it back, autosave.

The young person's words are kept exactly as typed: no spelling correction, no
predictive text, no automatic capitals. A prompt only adds a heading line at the
cursor, as one step that Undo (or the delete key) takes away again.

``LetterEditor.changed`` hands over the whole letter as UTF-8 bytes a little
after they stop typing (debounced); the host saves it to the vault. Nothing is
written to disk here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst, button, label, name_buttons
from voiceapp.ui.widgets import MIN_TARGET, BigButton

CONTEXT = "LetterEditor"

PROMPTS: tuple[tuple[str, object], ...] = (
    ("going-well", QT_TRANSLATE_NOOP("LetterEditor", "What is going well")),
    ("worries", QT_TRANSLATE_NOOP("LetterEditor", "What worries me")),
    ("wish", QT_TRANSLATE_NOOP("LetterEditor", "What I wish would happen")),
    ("meeting", QT_TRANSLATE_NOOP("LetterEditor", "What I want the meeting to know")),
)

SMALLEST, LARGEST, STEP, START = 14, 44, 4, 22
"""Text sizes in points: the A- / A+ buttons move between SMALLEST and LARGEST."""


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class LetterEditor(FocusFirst):
    """A letter to the meeting, in the young person's own words."""

    changed = Signal(bytes)
    """The whole letter as UTF-8 bytes, once typing pauses (debounced)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        speech_engine: str | None = None,
        autosave_ms: int = 800,
    ) -> None:
        super().__init__(parent)
        self._engine_name = speech_engine
        self._speech: QTextToSpeech | None = None
        self._point_size = START
        self._reading_letter = False

        self.title = label(self, "pageTitle")
        self.hint = label(self, "message")
        self.prompt_hint = label(self, "hint")

        self.prompt_buttons: dict[str, BigButton] = {}
        prompts = FlowLayout(spacing=10)  # wraps at large text sizes
        for key, _text in PROMPTS:
            widget = button(self, "letterPrompt")
            self.prompt_buttons[key] = widget
            widget.clicked.connect(lambda _=False, k=key: self.insert_prompt(k))
            prompts.add(widget)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("letter")
        self.editor.setTabChangesFocus(True)  # Tab moves on, so the keyboard never gets stuck
        self.editor.setUndoRedoEnabled(True)
        self.editor.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhMultiLine
        )
        self.editor.setMinimumHeight(240)
        self.editor.document().setUndoRedoEnabled(True)

        self.smaller_button = button(self, "letterSmaller")
        self.bigger_button = button(self, "letterBigger")
        self.undo_button = button(self, "letterUndo")
        self.redo_button = button(self, "letterRedo")
        self.read_button = button(self, "letterRead", primary=True)
        self.smaller_button.clicked.connect(self.smaller)
        self.bigger_button.clicked.connect(self.bigger)
        self.undo_button.clicked.connect(self.editor.undo)
        self.redo_button.clicked.connect(self.editor.redo)
        self.read_button.clicked.connect(self.toggle_read_back)
        self.editor.undoAvailable.connect(self.undo_button.setEnabled)
        self.editor.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        tools = FlowLayout(spacing=10)
        for widget in (self.smaller_button, self.bigger_button):
            widget.setMinimumWidth(MIN_TARGET + 24)
        tools.add(
            self.smaller_button, self.bigger_button, self.undo_button, self.redo_button,
            None, self.read_button,
        )  # fmt: skip

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.prompt_hint)
        layout.addLayout(prompts)
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(autosave_ms)
        self._save_timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._save_timer.start)

        self._apply_size()
        self.retranslate()
        self.first_focus = self.editor

    # The words

    def text(self) -> str:
        """The letter exactly as written."""
        return self.editor.toPlainText()

    def load(self, data: bytes) -> None:
        """Show a saved letter (UTF-8 bytes from ``changed``), without an autosave."""
        self.editor.blockSignals(True)
        try:
            self.editor.setPlainText(data.decode("utf-8"))
        finally:
            self.editor.blockSignals(False)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def pending(self) -> bool:
        """True while a change has not yet been handed out by ``changed``."""
        return self._save_timer.isActive()

    def flush(self) -> None:
        """Hand out the letter now (as when the page closes), stopping any wait."""
        self._save_timer.stop()
        self.changed.emit(self.text().encode("utf-8"))

    def insert_prompt(self, key: str) -> None:
        """Add the prompt's heading on a line of its own at the cursor, as one undo step."""
        words = _tr(dict(PROMPTS)[key])
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if cursor.block().text():
            cursor.insertBlock()
        cursor.insertText(words)
        cursor.insertBlock()
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # Text size

    def point_size(self) -> int:
        return self._point_size

    def smaller(self) -> None:
        self._point_size = max(SMALLEST, self._point_size - STEP)
        self._apply_size()

    def bigger(self) -> None:
        self._point_size = min(LARGEST, self._point_size + STEP)
        self._apply_size()

    def _apply_size(self) -> None:
        self.editor.setStyleSheet(f"QPlainTextEdit#letter {{ font-size: {self._point_size}pt; }}")
        self.smaller_button.setEnabled(self._point_size > SMALLEST)
        self.bigger_button.setEnabled(self._point_size < LARGEST)

    # Read it back

    def speech(self) -> QTextToSpeech:
        """The speech engine, made the first time it is needed."""
        if self._speech is None:
            if self._engine_name is None:
                self._speech = QTextToSpeech(self)
            else:
                self._speech = QTextToSpeech(self._engine_name, self)
            self._speech.stateChanged.connect(self._show_reading)
            self._speech.sayingWord.connect(self._highlight_word)
        return self._speech

    def reading(self) -> bool:
        return self._speech is not None and self._speech.state() == QTextToSpeech.State.Speaking

    def toggle_read_back(self) -> None:
        """Read the letter aloud, or stop if it is being read."""
        speech = self.speech()
        if self.reading():
            speech.stop()
            return
        words = self.text()
        self._reading_letter = bool(words.strip())
        if not self._reading_letter:
            words = QCoreApplication.translate(
                "LetterEditor", "There are no words yet. Type something and I will read it back."
            )
        speech.say(words)

    def _show_reading(self, _state: object = None) -> None:
        if not self.reading():
            self.editor.setExtraSelections([])
        self.retranslate()

    def _highlight_word(self, _word: str, _id: int, start: int, length: int) -> None:
        """Colour the word being read, where the engine says which one it is."""
        if not self._reading_letter or start < 0 or length <= 0:
            return
        cursor = QTextCursor(self.editor.document())
        end = min(start + length, self.editor.document().characterCount() - 1)
        cursor.setPosition(min(start, end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        look = QTextCharFormat()
        look.setBackground(QColor("#FDE68A"))
        mark.format = look
        self.editor.setExtraSelections([mark])

    # Words of the app

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("LetterEditor", "My letter"))
        self.hint.setText(
            QCoreApplication.translate(
                "LetterEditor",
                "Write what you want the meeting to know, in your own words. It saves by itself.",
            )
        )
        self.prompt_hint.setText(
            QCoreApplication.translate("LetterEditor", "Need an idea? Pick a start:")
        )
        self.title.setAccessibleName(self.title.text())
        self.hint.setAccessibleName(self.hint.text())
        self.prompt_hint.setAccessibleName(self.prompt_hint.text())
        for key, text in PROMPTS:
            name_buttons(
                (
                    self.prompt_buttons[key],
                    _tr(text),
                    QCoreApplication.translate(
                        "LetterEditor",
                        "Adds this as a heading in your letter. You can keep it or delete it.",
                    ),
                )
            )
        name_buttons(
            (
                self.smaller_button,
                QCoreApplication.translate("LetterEditor", "A-"),
                QCoreApplication.translate("LetterEditor", "Make the writing smaller"),
            ),
            (
                self.bigger_button,
                QCoreApplication.translate("LetterEditor", "A+"),
                QCoreApplication.translate("LetterEditor", "Make the writing bigger"),
            ),
            (
                self.undo_button,
                QCoreApplication.translate("LetterEditor", "Undo"),
                QCoreApplication.translate("LetterEditor", "Take back the last change"),
            ),
            (
                self.redo_button,
                QCoreApplication.translate("LetterEditor", "Redo"),
                QCoreApplication.translate("LetterEditor", "Put back what you took back"),
            ),
        )
        self.smaller_button.setAccessibleName(
            QCoreApplication.translate("LetterEditor", "Smaller writing")
        )
        self.bigger_button.setAccessibleName(
            QCoreApplication.translate("LetterEditor", "Bigger writing")
        )
        if self.reading():
            name_buttons(
                (
                    self.read_button,
                    QCoreApplication.translate("LetterEditor", "Stop reading"),
                    QCoreApplication.translate("LetterEditor", "Stop reading aloud"),
                )
            )
        else:
            name_buttons(
                (
                    self.read_button,
                    QCoreApplication.translate("LetterEditor", "Read it back to me"),
                    QCoreApplication.translate("LetterEditor", "Reads your letter aloud"),
                )
            )
        self.editor.setAccessibleName(QCoreApplication.translate("LetterEditor", "My letter"))
        self.editor.setAccessibleDescription(
            QCoreApplication.translate("LetterEditor", "Type your letter here")
        )
        self.editor.setPlaceholderText(
            QCoreApplication.translate("LetterEditor", "Start typing here…")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
