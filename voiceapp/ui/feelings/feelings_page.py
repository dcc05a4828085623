"""The "How I feel" page: ten faces with words; for each one chosen, how much
("a little", "quite a lot", "very"), an optional sentence, and whose words they are.

``FeelingsPage.changed`` hands over the page as JSON (valid against
``feelings.schema.json``) a little after each change; :meth:`FeelingsPage.load`
shows such JSON again. Nothing is written to disk here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.bundle import DEFAULT_LIMITS
from voiceapp.core.bundle.manifest import validate_page
from voiceapp.ui.feelings.common import HELPER, OWN, Debounce, page_bytes
from voiceapp.ui.feelings.faces import FEELINGS, face_icon
from voiceapp.ui.page_parts import label
from voiceapp.ui.widgets import MIN_TARGET, BigButton

CONTEXT = "FeelingsPage"

WORDS: dict[str, object] = {
    "happy": QT_TRANSLATE_NOOP("FeelingsPage", "Happy"),
    "safe": QT_TRANSLATE_NOOP("FeelingsPage", "Safe"),
    "okay": QT_TRANSLATE_NOOP("FeelingsPage", "Okay"),
    "worried": QT_TRANSLATE_NOOP("FeelingsPage", "Worried"),
    "scared": QT_TRANSLATE_NOOP("FeelingsPage", "Scared"),
    "sad": QT_TRANSLATE_NOOP("FeelingsPage", "Sad"),
    "angry": QT_TRANSLATE_NOOP("FeelingsPage", "Angry"),
    "confused": QT_TRANSLATE_NOOP("FeelingsPage", "Confused"),
    "hopeful": QT_TRANSLATE_NOOP("FeelingsPage", "Hopeful"),
    "lonely": QT_TRANSLATE_NOOP("FeelingsPage", "Lonely"),
}

AMOUNTS: tuple[tuple[str, object], ...] = (
    ("a-little", QT_TRANSLATE_NOOP("FeelingsPage", "A little")),
    ("quite-a-lot", QT_TRANSLATE_NOOP("FeelingsPage", "Quite a lot")),
    ("very", QT_TRANSLATE_NOOP("FeelingsPage", "Very")),
)
DEFAULT_AMOUNT = "quite-a-lot"

STYLE = """
QFrame#feelingCard { background-color: #FFFFFF; border: 2px solid #CBD5E1; border-radius: 18px; }
QFrame#feelingCard[chosen="true"] { background-color: #E0F2FE; border: 3px solid #0369A1; }
QPushButton#feelingFace { text-align: left; padding: 4px 12px; font-size: 16pt;
    font-weight: bold; border-radius: 14px; }
QPushButton#feelingFace:checked, QPushButton#feelingAmount:checked,
QPushButton#feelingWhose:checked { background-color: #BAE6FD; border: 3px solid #0369A1; }
QPushButton#feelingAmount, QPushButton#feelingWhose { padding: 4px 10px; font-size: 13pt;
    border-radius: 12px; }
QPushButton:focus { border: 3px solid #1D4ED8; }
"""


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class FeelingCard(QFrame):
    """One feeling: its face button, how much, a sentence and whose words."""

    edited = Signal()

    def __init__(self, feeling: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feeling = feeling
        self.setObjectName("feelingCard")
        self.face_button = BigButton(self)
        self.face_button.setObjectName("feelingFace")
        self.face_button.setCheckable(True)
        self.face_button.setIcon(face_icon(feeling, 64))
        self.face_button.setIconSize(QSize(64, 64))
        self.face_button.setMinimumSize(190, 80)
        self.face_button.clicked.connect(self._face_clicked)

        self.amount_buttons: dict[str, BigButton] = {}
        amounts = QHBoxLayout()
        amounts.setSpacing(6)
        for key, _text in AMOUNTS:
            widget = BigButton(self)
            widget.setObjectName("feelingAmount")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.set_amount(k))
            self.amount_buttons[key] = widget
            amounts.addWidget(widget)

        self.sentence = QLineEdit(self)
        self.sentence.setObjectName("feelingSentence")
        self.sentence.setMinimumHeight(MIN_TARGET)
        self.sentence.setMaxLength(2000)
        self.sentence.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.sentence.textChanged.connect(self.edited)

        self.whose_button = BigButton(self)
        self.whose_button.setObjectName("feelingWhose")
        self.whose_button.setCheckable(True)
        self.whose_button.toggled.connect(self._whose_toggled)

        self.details = QWidget(self)
        more = QHBoxLayout(self.details)
        more.setContentsMargins(0, 0, 0, 0)
        more.addWidget(self.sentence, 1)
        more.addWidget(self.whose_button)

        top = QHBoxLayout()
        top.addWidget(self.face_button)
        top.addLayout(amounts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self._show_chosen()

    # State

    def chosen(self) -> bool:
        return self.face_button.isChecked()

    def amount(self) -> str:
        for key, widget in self.amount_buttons.items():
            if widget.isChecked():
                return key
        return DEFAULT_AMOUNT

    def set_chosen(self, chosen: bool) -> None:
        """Choose or let go of this feeling; the sentence stays, ready if they come back."""
        self.face_button.setChecked(chosen)
        if chosen and not any(w.isChecked() for w in self.amount_buttons.values()):
            self.amount_buttons[DEFAULT_AMOUNT].setChecked(True)
        self._show_chosen()
        self.edited.emit()

    def set_amount(self, amount: str) -> None:
        """How much; choosing an amount also chooses the feeling."""
        for key, widget in self.amount_buttons.items():
            widget.setChecked(key == amount)
        if not self.chosen():
            self.face_button.setChecked(True)
            self._show_chosen()
        self.edited.emit()

    def set_helper_wrote(self, helper: bool) -> None:
        self.whose_button.setChecked(helper)

    def helper_wrote(self) -> bool:
        return self.whose_button.isChecked()

    def entry(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"feeling": self.feeling, "amount": self.amount()}
        if self.sentence.text():
            doc["sentence"] = self.sentence.text()
        doc["words"] = HELPER if self.helper_wrote() else OWN
        return doc

    def _face_clicked(self, checked: bool) -> None:
        self.set_chosen(checked)

    def _whose_toggled(self, _checked: bool) -> None:
        self.retranslate()
        self.edited.emit()

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        self.details.setVisible(chosen)
        if not chosen:
            for widget in self.amount_buttons.values():
                widget.setChecked(False)
        self.setProperty("chosen", "true" if chosen else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate()

    def retranslate(self) -> None:
        word = _tr(WORDS[self.feeling])
        self.face_button.setText(word)
        self.face_button.setAccessibleName(word)
        self.face_button.setAccessibleDescription(
            QCoreApplication.translate("FeelingsPage", "Chosen. Press again to take it away.")
            if self.chosen()
            else QCoreApplication.translate("FeelingsPage", "Press if you feel like this")
        )
        for key, text in AMOUNTS:
            widget = self.amount_buttons[key]
            widget.setText(_tr(text))
            widget.setAccessibleName(
                QCoreApplication.translate("FeelingsPage", "%1: %2")
                .replace("%1", word)
                .replace("%2", _tr(text))
            )
            widget.setAccessibleDescription(
                QCoreApplication.translate("FeelingsPage", "How much you feel like this")
            )
        self.sentence.setPlaceholderText(
            QCoreApplication.translate("FeelingsPage", "Say more if you like…")
        )
        self.sentence.setAccessibleName(
            QCoreApplication.translate("FeelingsPage", "More about feeling %1").replace("%1", word)
        )
        self.sentence.setAccessibleDescription(
            QCoreApplication.translate("FeelingsPage", "You do not have to write anything here")
        )
        if self.helper_wrote():
            self.whose_button.setText(
                QCoreApplication.translate("FeelingsPage", "Helper wrote this")
            )
            self.whose_button.setAccessibleDescription(
                QCoreApplication.translate(
                    "FeelingsPage",
                    "Your helper wrote these words for you. Press if they are your own words.",
                )
            )
        else:
            self.whose_button.setText(QCoreApplication.translate("FeelingsPage", "My own words"))
            self.whose_button.setAccessibleDescription(
                QCoreApplication.translate(
                    "FeelingsPage", "Press if your helper wrote these words down for you"
                )
            )
        self.whose_button.setAccessibleName(self.whose_button.text())


class FeelingsPage(QWidget):
    """Ten feelings to choose from, in two columns that scroll."""

    changed = Signal(bytes)
    """The page as UTF-8 JSON (feelings.schema.json), a little after each change."""

    def __init__(self, parent: QWidget | None = None, *, autosave_ms: int = 600) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.title = label(self, "pageTitle")
        self.hint = label(self, "message")
        self.cards: dict[str, FeelingCard] = {}
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setSpacing(12)
        for index, feeling in enumerate(FEELINGS):
            card = FeelingCard(feeling, grid_holder)
            card.edited.connect(self._edited)
            self.cards[feeling] = card
            grid.addWidget(card, index // 2, index % 2)
        grid.setRowStretch(len(FEELINGS) // 2 + 1, 1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(grid_holder)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroller, 1)

        self._saver = Debounce(autosave_ms, self)
        self._saver.fire.connect(self.flush)
        self._loading = False
        self.retranslate()
        for card in self.cards.values():
            card.sentence.installEventFilter(self)

    def to_json(self) -> bytes:
        """The page now, as UTF-8 JSON."""
        return page_bytes(
            {
                "page": "feelings",
                "version": 1,
                "feelings": [c.entry() for c in self.cards.values() if c.chosen()],
            }
        )

    def load(self, data: bytes) -> None:
        """Show a saved page (JSON from ``changed``); checked against the schema first."""
        doc = validate_page("feelings", data, DEFAULT_LIMITS)
        self._loading = True
        try:
            for card in self.cards.values():
                card.sentence.setText("")
                card.set_helper_wrote(False)
                card.set_chosen(False)
            for entry in doc["feelings"]:
                card = self.cards[entry["feeling"]]
                card.set_chosen(True)
                card.set_amount(entry["amount"])
                card.sentence.setText(entry.get("sentence", ""))
                card.set_helper_wrote(entry["words"] == HELPER)
        finally:
            self._loading = False
        self._saver.stop()

    def pending(self) -> bool:
        return self._saver.pending()

    def flush(self) -> None:
        """Hand out the page now."""
        self._saver.stop()
        self.changed.emit(self.to_json())

    def _edited(self) -> None:
        if not self._loading:
            self._saver.poke()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroller.ensureWidgetVisible(watched.parentWidget() or watched)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("FeelingsPage", "How I feel"))
        self.hint.setText(
            QCoreApplication.translate(
                "FeelingsPage",
                "Press the faces that show how you feel. Then choose how much. You can add words.",
            )
        )
        self.title.setAccessibleName(self.title.text())
        self.hint.setAccessibleName(self.hint.text())
        self.scroller.setAccessibleName(QCoreApplication.translate("FeelingsPage", "Feelings"))
        self.scroller.setAccessibleDescription(
            QCoreApplication.translate("FeelingsPage", "Ten feelings, each with a face")
        )
        for card in self.cards.values():
            card.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
