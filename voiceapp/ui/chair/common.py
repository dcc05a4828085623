"""Small pieces the chair's pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from voiceapp.core.errors import WeakPassphrase
from voiceapp.core.vault import check_passphrase
from voiceapp.ui.error_text import user_message
from voiceapp.ui.widgets import MIN_TARGET, BigButton


def label(text: str = "", role: str | None = None, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label; ``role`` picks heading / subheading / hint styling."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str, description: str = "", parent: QWidget | None = None) -> BigButton:
    """A BigButton whose screen-reader name is its text."""
    b = BigButton(parent)
    b.setText(text)
    b.setAccessibleName(text.replace("&", "").replace("…", ""))
    b.setAccessibleDescription(description or text)
    return b


def restyle(widget: QWidget) -> None:
    """Apply style-sheet rules that depend on a property that just changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class MessageBar(QLabel):
    """One line of feedback: info (checking), ok, error (always one sentence)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageBar")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, tone: str = "info") -> None:
        self.setText(text)
        self.setProperty("tone", tone)
        self.setAccessibleName(text)
        restyle(self)
        self.show()

    def show_error(self, error: BaseException) -> None:
        self.show_message(user_message(error), "error")

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")


class PassphraseField(QLineEdit):
    """A hidden-text field with a screen-reader name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(name)
        self.setPlaceholderText(name)
        self.setMinimumHeight(MIN_TARGET)


class PassphrasePair(QWidget):
    """A new passphrase typed twice, with the rule explained."""

    def __init__(self, first: str, second: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = PassphraseField(first, self)
        self.second = PassphraseField(second, self)
        self.first_label = label(first, None, self)
        self.first_label.setBuddy(self.first)
        self.second_label = label(second, None, self)
        self.second_label.setBuddy(self.second)
        self.hint = label(hint, "hint", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.first_label, self.first, self.second_label, self.second, self.hint):
            layout.addWidget(w)

    def value(self) -> str:
        """The passphrase; raises WeakPassphrase or ValueError (not the same twice)."""
        text = self.first.text()
        check_passphrase(text)
        if text != self.second.text():
            raise ValueError("the two passphrases differ")
        return text

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def passphrase_problem(pair: PassphrasePair) -> str | None:
    """The sentence to show when ``pair`` does not hold a good passphrase, or None."""
    from PySide6.QtCore import QCoreApplication

    try:
        pair.value()
    except WeakPassphrase as e:
        return user_message(e)
    except ValueError:
        return QCoreApplication.translate(
            "ChairCommon", "The two passphrases are not the same. Please type them again."
        )
    return None
