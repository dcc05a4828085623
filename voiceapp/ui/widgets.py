"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MIN_TARGET = 48
"""The smallest height, in pixels, of anything a person presses."""


class BigButton(QPushButton):
    """A push button that is easy to hit and works from the keyboard.

    Space activates every Qt button; this one also answers Enter and Return, which
    is what most people try first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MIN_TARGET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceButton(BigButton):
    """A large card-like button: a picture, a title and one line of explanation."""

    ICON_SIZE = 72

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(104)
        self.setObjectName("choice")

        self.picture = QLabel(self)
        self.picture.setPixmap(icon.pixmap(QSize(self.ICON_SIZE, self.ICON_SIZE)))
        self.picture.setFixedSize(self.ICON_SIZE, self.ICON_SIZE)
        self.title = QLabel(self)
        self.title.setObjectName("choiceTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("choiceHint")
        self.hint.setWordWrap(True)
        for label in (self.picture, self.title, self.hint):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 14, 20, 14)
        row.setSpacing(20)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_words(self, title: str, hint: str) -> None:
        """Show ``title`` and ``hint``; screen readers hear the same words."""
        self.title.setText(title)
        self.hint.setText(hint)
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)

    # The hint under the title wraps onto more lines when the button is narrow (or the
    # words are long in another language), so the height follows the width.

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), needed)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.heightForWidth(hint.width())))

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        least = layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()
        return QSize(least.width(), max(self.minimumHeight(), self.heightForWidth(least.width())))
