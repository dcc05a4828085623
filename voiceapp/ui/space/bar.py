"""The strip across the top of every page of the space.

My space (back to the choices), Read to me, Hide, I need a break and I'm
finished are always one tap away. Under it, while something is read aloud, the
words being read are shown with the current word marked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import button, name_buttons
from voiceapp.ui.space.icons import icon
from voiceapp.ui.widgets import BigButton

ICON = QSize(32, 32)


class SpaceBar(QWidget):
    """The five buttons, and the words being read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spaceBar")
        self.reading = False
        self.home = self._button("spaceHome", "home")
        self.read = self._button("spaceRead", "read")
        self.hide_button = self._button("spaceHide", "hide")
        self.pause = self._button("spaceBreak", "break")
        self.finish = self._button("spaceFinished", "finished")
        self.caption = QLabel(self)
        self.caption.setObjectName("readingNow")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setVisible(False)
        buttons = FlowLayout(spacing=10)  # wraps at large text sizes instead of widening
        buttons.add(self.home, self.read, None, self.pause, self.finish, self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 6)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.caption)
        self.retranslate()

    def _button(self, name: str, picture: str) -> BigButton:
        widget = button(self, name, primary=name == "spaceHide")
        widget.setIcon(icon(picture))
        widget.setIconSize(ICON)
        return widget

    def show_reading(self, text: str, start: int = -1, length: int = 0) -> None:
        """Show ``text`` under the bar, the word at ``start`` marked (or hide it if empty)."""
        if not text:
            self.caption.clear()
            self.caption.setVisible(False)
            return
        if 0 <= start < len(text) and length > 0:
            before, word, after = text[:start], text[start : start + length], text[start + length :]
            shown = f"{html.escape(before)}<b><u>{html.escape(word)}</u></b>{html.escape(after)}"
        else:
            shown = html.escape(text)
        self.caption.setText(shown.replace("\n", "<br>"))
        self.caption.setAccessibleName(text)
        self.caption.setVisible(True)

    def set_reading(self, reading: bool) -> None:
        self.reading = reading
        self.retranslate()

    def retranslate(self) -> None:
        name_buttons(
            (
                self.home,
                QCoreApplication.translate("SpaceBar", "My space"),
                QCoreApplication.translate("SpaceBar", "Go back to the choices."),
            ),
            (
                self.read,
                QCoreApplication.translate("SpaceBar", "Stop reading")
                if self.reading
                else QCoreApplication.translate("SpaceBar", "Read to me"),
                QCoreApplication.translate("SpaceBar", "Reads the words on this page out loud."),
            ),
            (
                self.hide_button,
                QCoreApplication.translate("SpaceBar", "Hide"),
                QCoreApplication.translate(
                    "SpaceBar", "Covers the screen straight away. The Escape key does it too."
                ),
            ),
            (
                self.pause,
                QCoreApplication.translate("SpaceBar", "I need a break"),
                QCoreApplication.translate("SpaceBar", "Everything is kept safe while you rest."),
            ),
            (
                self.finish,
                QCoreApplication.translate("SpaceBar", "I'm finished"),
                QCoreApplication.translate("SpaceBar", "Saves everything and stops for now."),
            ),
        )
        self.caption.setAccessibleDescription(
            QCoreApplication.translate("SpaceBar", "The words being read out loud.")
        )
        self.setAccessibleName(QCoreApplication.translate("SpaceBar", "Always here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
