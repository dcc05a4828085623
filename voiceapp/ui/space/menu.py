"""The first page of the space: hello, and a big button for each thing to do."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from voiceapp.ui.display_page import DisplayPage
from voiceapp.ui.page_parts import FocusFirst, button, label, name_buttons
from voiceapp.ui.space.icons import icon
from voiceapp.ui.widgets import ChoiceButton

# The activities, in the order they are shown.
ACTIVITIES = ("learn", "draw", "write", "voice", "video", "feelings", "houses", "things")


def activity_words(key: str) -> tuple[str, str]:
    """The title and one line of explanation for an activity, in the current language."""
    words = {
        "learn": (
            QCoreApplication.translate("SpaceMenu", "Learn about my meeting"),
            QCoreApplication.translate("SpaceMenu", "What a conference is, and who will be there."),
        ),
        "draw": (
            QCoreApplication.translate("SpaceMenu", "Draw"),
            QCoreApplication.translate("SpaceMenu", "Make a picture with colours and stamps."),
        ),
        "write": (
            QCoreApplication.translate("SpaceMenu", "Write"),
            QCoreApplication.translate("SpaceMenu", "Write a letter to your meeting."),
        ),
        "voice": (
            QCoreApplication.translate("SpaceMenu", "Record my voice"),
            QCoreApplication.translate("SpaceMenu", "Say it out loud."),
        ),
        "video": (
            QCoreApplication.translate("SpaceMenu", "Record a video"),
            QCoreApplication.translate("SpaceMenu", "Say it to the camera."),
        ),
        "feelings": (
            QCoreApplication.translate("SpaceMenu", "How I feel"),
            QCoreApplication.translate("SpaceMenu", "Choose the faces that show how you feel."),
        ),
        "houses": (
            QCoreApplication.translate("SpaceMenu", "Three houses"),
            QCoreApplication.translate("SpaceMenu", "Good things, worries, and hopes and dreams."),
        ),
        "things": (
            QCoreApplication.translate("SpaceMenu", "My things"),
            QCoreApplication.translate(
                "SpaceMenu", "Look at what you made, and choose who sees it."
            ),
        ),
    }
    return words[key]


class SpaceMenu(FocusFirst):
    """Hello, and the choices (two columns, scrolling if the text is very large)."""

    chosen = Signal(str)  # an ACTIVITIES key

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spaceMenu")
        self.name = name
        self.heading = label(self, "pageTitle")
        self.hint = label(self, "message")
        self.buttons: dict[str, ChoiceButton] = {}
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)
        self._hidden: set[str] = set()
        for key in ACTIVITIES:
            choice = ChoiceButton(icon(key), holder)
            choice.setProperty("role", "young_person")
            choice.setProperty("activity", key)
            choice.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self.buttons[key] = choice
        self._lay_out()
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(holder)
        self.display = button(self, "displayButton")
        self.display.clicked.connect(self.show_display)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.display)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(scroller, 1)
        self.first_focus = self.buttons[ACTIVITIES[0]]
        self.retranslate()

    def set_available(self, key: str, available: bool) -> None:
        """Show or hide one choice (recording needs its screens), closing up the gap."""
        if available:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        self._lay_out()

    def _lay_out(self) -> None:
        shown = [k for k in ACTIVITIES if k not in self._hidden]
        for key, choice in self.buttons.items():
            self._grid.removeWidget(choice)
            choice.setVisible(key not in self._hidden)
        for index, key in enumerate(shown):
            self._grid.addWidget(self.buttons[key], index // 2, index % 2)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch((len(shown) + 1) // 2, 1)
        for before, after in itertools.pairwise(self.buttons[k] for k in shown):
            QWidget.setTabOrder(before, after)

    def show_display(self) -> None:
        """Bigger words, high contrast, sounds: a small window; Done closes it."""
        self.display_page = DisplayPage(self)
        self.display_page.open()

    def spoken_text(self) -> str:
        choices = [activity_words(k)[0] for k in ACTIVITIES if k not in self._hidden]
        return "\n".join([self.heading.text(), self.hint.text(), *choices])

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("SpaceMenu", "Hello, {name}!").format(name=self.name)
        )
        self.hint.setText(
            QCoreApplication.translate(
                "SpaceMenu", "What would you like to do? Everything you make is saved as you go."
            )
        )
        for key, choice in self.buttons.items():
            choice.set_words(*activity_words(key))
        name_buttons(
            (
                self.display,
                QCoreApplication.translate("SpaceMenu", "Text and colours"),
                QCoreApplication.translate(
                    "SpaceMenu",
                    "Bigger words, high contrast, and sounds or movement off.",
                ),
            )
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
