"""The break page and the finished page.

Both come only after everything open has been saved (``saved_state`` says so in
plain words), and both have a clear way back into the space.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    label,
    name_buttons,
    row,
    scrolling_column,
)
from voiceapp.ui.space.icons import icon
from voiceapp.ui.widgets import BigButton


def saved_words(saving: bool) -> str:
    if saving:
        return QCoreApplication.translate("SpaceRest", "Saving your things...")
    return QCoreApplication.translate("SpaceRest", "Everything you made is saved.")


class _RestPage(FocusFirst):
    def __init__(self, picture: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner, self.body = scrolling_column(self, 760)
        self.picture = QLabel(inner)
        self.picture.setPixmap(icon(picture).pixmap(QSize(120, 120)))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.heading = label(inner, "pageTitle")
        self.message = label(inner, "message")
        self.state = label(inner, "hint")
        self.saving = False
        self.body.addSpacing(20)
        add_all(self.body, self.picture, self.heading, self.message, self.state)

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.state.setText(saved_words(saving))
        self.state.setAccessibleName(self.state.text())

    def spoken_text(self) -> str:
        return "\n".join((self.heading.text(), self.message.text(), self.state.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class BreakPage(_RestPage):
    """Time to rest; "I'm ready" goes back to exactly where they were."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("break", parent)
        self.setObjectName("breakPage")
        self.ready = button(self, "breakReady", primary=True)
        self.body.addLayout(row(self.ready, None))
        self.first_focus = self.ready
        self.set_saving(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("BreakPage", "Time for a break"))
        self.picture.setAccessibleName(
            QCoreApplication.translate("BreakPage", "A picture of a warm drink")
        )
        self.message.setText(
            QCoreApplication.translate(
                "BreakPage",
                "Take as long as you need. Have a drink, stretch, or talk to someone you trust.",
            )
        )
        name_buttons(
            (
                self.ready,
                QCoreApplication.translate("BreakPage", "I'm ready to carry on"),
                QCoreApplication.translate("BreakPage", "Go back to where you were."),
            )
        )
        self.set_saving(self.saving)
        self.setAccessibleName(self.heading.text())


class FinishedPage(_RestPage):
    """Well done; look at my things, go back, or (for the host) send or leave."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("finished", parent)
        self.setObjectName("finishedPage")
        self.things = button(self, "finishedThings")
        self.back = button(self, "finishedBack")
        self.send = button(self, "finishedSend", primary=True)
        self.leave = button(self, "finishedLeave")
        self.things.setIcon(icon("things"))
        self.send.setIcon(icon("send"))
        for widget in (self.send, self.things, self.back):
            self.body.addWidget(widget)  # one under another: they fit at any text size
        self.body.addSpacing(12)
        self.body.addWidget(self.leave)
        self.first_focus = self.things
        self.mode = "helper"
        self.set_saving(False)
        self.retranslate()

    def set_mode(self, mode: str) -> None:
        """ "helper": leaving needs the helper; "own": the young person's own profile."""
        self.mode = mode
        self.retranslate()

    def _leave_words(self) -> tuple[str, str]:
        if self.mode == "own":
            return (
                QCoreApplication.translate("FinishedPage", "Lock My Voice"),
                QCoreApplication.translate(
                    "FinishedPage", "Your passphrase is needed to open it again."
                ),
            )
        return (
            QCoreApplication.translate("FinishedPage", "Helper: leave the space"),
            QCoreApplication.translate(
                "FinishedPage", "For the helper. Needs their PIN or passphrase."
            ),
        )

    def buttons(self) -> list[BigButton]:
        return [self.send, self.things, self.back, self.leave]

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("FinishedPage", "Well done!"))
        self.picture.setAccessibleName(QCoreApplication.translate("FinishedPage", "A big tick"))
        self.message.setText(
            QCoreApplication.translate(
                "FinishedPage",
                "Thank you for sharing your views. You can look at your things again, "
                "or send them to the chair of your meeting when you are ready.",
            )
        )
        name_buttons(
            (
                self.things,
                QCoreApplication.translate("FinishedPage", "Look at my things"),
                QCoreApplication.translate(
                    "FinishedPage", "See everything you made and who may see it."
                ),
            ),
            (
                self.send,
                QCoreApplication.translate("FinishedPage", "Send to the chair"),
                QCoreApplication.translate(
                    "FinishedPage", "Look at your things once more and send them to the chair."
                ),
            ),
            (
                self.back,
                QCoreApplication.translate("FinishedPage", "Go back to my space"),
                QCoreApplication.translate("FinishedPage", "Carry on making things."),
            ),
            (self.leave, *self._leave_words()),
        )
        self.set_saving(self.saving)
        self.setAccessibleName(self.heading.text())
