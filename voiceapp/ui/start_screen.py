"""The first screen: a welcome, and "who is using My Voice today?"."""

from __future__ import annotations

from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from voiceapp.ui.display_page import DisplayPage
from voiceapp.ui.language import LANGUAGES, languages
from voiceapp.ui.paths import asset
from voiceapp.ui.widgets import MIN_TARGET, BigButton, ChoiceButton


class Role(StrEnum):
    """Who is using the app; the value is what :attr:`StartScreen.role_chosen` sends."""

    YOUNG_PERSON = "young_person"
    HELPER = "helper"
    CHAIR = "chair"


def role_title(role: Role) -> str:
    """The words on the button for ``role``, in the current language."""
    if role is Role.YOUNG_PERSON:
        return QCoreApplication.translate("StartScreen", "I'm a young person")
    if role is Role.HELPER:
        return QCoreApplication.translate("StartScreen", "I'm helping a young person")
    return QCoreApplication.translate("StartScreen", "I'm a conference chair")


def role_hint(role: Role) -> str:
    """One line under the button title that says who the choice is for."""
    if role is Role.YOUNG_PERSON:
        return QCoreApplication.translate(
            "StartScreen", "Share what you think and feel with your meeting."
        )
    if role is Role.HELPER:
        return QCoreApplication.translate(
            "StartScreen", "For social workers, advocates and other trusted adults."
        )
    return QCoreApplication.translate(
        "StartScreen", "Open and read what a young person has sent to you."
    )


class StartScreen(QWidget):
    """Welcome words and three big choices, one for each kind of person."""

    role_chosen = Signal(str)
    """Sent with a :class:`Role` value when a person picks who they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")

        self.logo = QLabel(self)
        self.logo.setPixmap(QIcon(str(asset("logo.svg"))).pixmap(QSize(112, 112)))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.welcome.setWordWrap(True)

        self.buttons: dict[Role, ChoiceButton] = {}
        for role in Role:
            button = ChoiceButton(QIcon(str(asset(f"{role.value}.svg"))), self)
            button.setProperty("role", role.value)  # picks its colours in style.qss
            button.clicked.connect(lambda _checked=False, r=role: self.role_chosen.emit(r.value))
            self.buttons[role] = button

        self.language_label = QLabel(self)
        self.language_label.setObjectName("fieldLabel")
        self.language = QComboBox(self)
        self.language.setObjectName("languagePicker")
        self.language.setMinimumHeight(MIN_TARGET)
        for language in LANGUAGES:
            self.language.addItem(language.native, language.code)
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._language_chosen)
        self.display = BigButton(self)
        self.display.setObjectName("displayButton")
        self.display.clicked.connect(self.show_display)
        top = QHBoxLayout()
        top.addWidget(self.display)
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)

        column = QVBoxLayout()
        column.setSpacing(20)
        column.addWidget(self.logo)
        column.addWidget(self.title)
        column.addWidget(self.welcome)
        column.addSpacing(16)
        for button in self.buttons.values():
            column.addWidget(button)

        # Keep the choices a comfortable width and in the middle of big screens.
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(holder, 100)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 32)
        outer.addLayout(top)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        ordered = [*self.buttons.values(), self.display, self.language]
        for before, after in pairwise(ordered):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(ordered[0])
        self.retranslate()

    def show_display(self) -> None:
        """Text size, high contrast and sounds (a small window; Done closes it)."""
        self.display_page = DisplayPage(self)
        self.display_page.open()

    def _language_chosen(self, index: int) -> None:
        languages().set_language(str(self.language.itemData(index)))

    def retranslate(self) -> None:
        """Set every word on this screen in the current language."""
        self.title.setText(QCoreApplication.translate("StartScreen", "My Voice"))
        self.welcome.setText(
            QCoreApplication.translate("StartScreen", "Welcome! Who is using My Voice today?")
        )
        self.setAccessibleName(QCoreApplication.translate("StartScreen", "Start"))
        self.setAccessibleDescription(
            QCoreApplication.translate("StartScreen", "Choose who is using My Voice today.")
        )
        self.logo.setAccessibleName(
            QCoreApplication.translate("StartScreen", "My Voice picture: a speech bubble")
        )
        for role, button in self.buttons.items():
            button.set_words(role_title(role), role_hint(role))
        self.display.setText(QCoreApplication.translate("StartScreen", "Text and colours"))
        self.display.setAccessibleName(self.display.text())
        self.display.setAccessibleDescription(
            QCoreApplication.translate(
                "StartScreen",
                "Bigger words, high contrast, and sounds or movement off.",
            )
        )
        self.language_label.setText(QCoreApplication.translate("StartScreen", "Language"))
        self.language.setAccessibleName(QCoreApplication.translate("StartScreen", "Language"))
        self.language.setAccessibleDescription(
            QCoreApplication.translate("StartScreen", "My Voice changes language at once.")
        )
        current = self.language.findData(languages().current.code)
        if current >= 0:
            self.language.setCurrentIndex(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
