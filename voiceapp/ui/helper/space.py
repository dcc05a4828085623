"""The young person's space: a locked, full-screen place of their own.

Until the young person's space issue brings drawing, writing and the rest,
it shows their things and the send step. Leaving needs the helper: their PIN
(set when they unlocked My Voice) or their passphrase.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core.errors import WrongPassphrase
from voiceapp.core.vault import Case, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.items_view import ItemsView
from voiceapp.ui.helper.previews import Preview, make_previews
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    column,
    label,
    name_buttons,
    row,
    show_alert,
)
from voiceapp.ui.profile.pin import MAX_DIGITS, PinGuard
from voiceapp.ui.profile.secret_field import SecretField
from voiceapp.ui.vault_jobs import VaultJobs


class LeaveGate(FocusFirst):
    """ "Only your helper can leave": a PIN or passphrase box."""

    left = Signal()
    stay = Signal()

    def __init__(
        self, vault: Vault, jobs: VaultJobs, guard: PinGuard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveGate")
        self._vault = vault
        self._jobs = jobs
        self._guard = guard
        self.heading = label(self, "pageTitle")
        self.message = label(self, "message")
        self.secret = SecretField(self)
        self.alert = label(self, "alert")
        self.working = label(self, "hint")
        self.working.setVisible(False)
        self.stay_button = button(self, "stay", primary=True)
        self.leave = button(self, "leave")
        body = column(self, 700)
        body.addSpacing(30)
        add_all(
            body,
            self.heading,
            self.message,
            self.secret,
            self.alert,
            self.working,
            row(self.stay_button, None, self.leave),
        )
        self.secret.submitted.connect(self.submit)
        self.leave.clicked.connect(self.submit)
        self.stay_button.clicked.connect(self._stay)
        self.first_focus = self.secret
        self.retranslate()

    def reset(self) -> None:
        self.secret.clear()
        show_alert(self.alert, "")
        self.retranslate()

    def _stay(self) -> None:
        self.reset()
        self.stay.emit()

    def submit(self) -> None:
        text = self.secret.text()
        if not text:
            return
        if text.isdigit() and len(text) <= MAX_DIGITS:
            if self._guard.check(text):
                self.reset()
                self.left.emit()
            else:
                self._wrong()
            return
        self._set_working(True)
        vault = self._vault

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.unlock(text)  # the same identity again, if the passphrase is right

        self._jobs.run(work, self._passed, self._failed)

    def _set_working(self, working: bool) -> None:
        for widget in (self.secret, self.leave, self.stay_button):
            widget.setEnabled(not working)
        self.working.setVisible(working)

    def _passed(self, _result: object) -> None:
        self._set_working(False)
        self.reset()
        self.left.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        if isinstance(error, WrongPassphrase):
            self._wrong()
        else:
            show_alert(self.alert, user_message(error))

    def _wrong(self) -> None:
        text = QCoreApplication.translate("LeaveGate", "That is not right.")
        if not self._guard.is_set:
            text += " " + QCoreApplication.translate(
                "LeaveGate", "Please use the helper's passphrase."
            )
        show_alert(self.alert, text)
        self.secret.clear()
        self.secret.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("LeaveGate", "Only your helper can leave"))
        self.message.setText(
            QCoreApplication.translate("LeaveGate", "Helper: type your PIN or your passphrase.")
            if self._guard.is_set
            else QCoreApplication.translate("LeaveGate", "Helper: type your passphrase.")
        )
        self.secret.set_names(
            QCoreApplication.translate("LeaveGate", "Helper's PIN or passphrase"),
            QCoreApplication.translate("LeaveGate", "Only the helper knows it."),
        )
        self.working.setText(QCoreApplication.translate("LeaveGate", "Checking..."))
        name_buttons(
            (
                self.stay_button,
                QCoreApplication.translate("LeaveGate", "Stay in the space"),
                QCoreApplication.translate("LeaveGate", "Go back to the space."),
            ),
            (
                self.leave,
                QCoreApplication.translate("LeaveGate", "Leave"),
                QCoreApplication.translate("LeaveGate", "Check and leave the space."),
            ),
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SpacePage(FocusFirst):
    """The young person's things, the send step, and the helper's way out."""

    left = Signal()
    loaded = Signal()

    def __init__(
        self,
        vault: Vault,
        jobs: VaultJobs,
        guard: PinGuard,
        case: Case,
        previews: dict[str, Preview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("spacePage")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        self._previews = previews
        self.shown: list[Preview] = []
        self.ready = False
        self.send_flow: SendFlow | None = None

        self.stack = QStackedWidget(self)
        self.things_page = QWidget(self.stack)
        self.helper_exit = button(self.things_page, "helperExit")
        self.heading = label(self.things_page, "pageTitle")
        self.message = label(self.things_page, "message")
        self.empty = label(self.things_page, "message")
        self.items = ItemsView(self.things_page)
        self.send = button(self.things_page, "send", primary=True)
        body = column(self.things_page, 960)
        add_all(
            body,
            row(None, self.helper_exit),
            self.heading,
            self.message,
            self.empty,
            self.items,
            row(self.send, None),
        )
        self.gate = LeaveGate(vault, jobs, guard, self.stack)
        self.stack.addWidget(self.things_page)
        self.stack.addWidget(self.gate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.helper_exit.clicked.connect(self.ask_to_leave)
        self.send.clicked.connect(self.start_sending)
        self.gate.left.connect(self.left)
        self.gate.stay.connect(self.show_things)
        self.first_focus = self.send
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.ready = False
        vault, case_id, known = self._vault, self.case.id, dict(self._previews)

        def work(_progress: Any, cancelled: Any) -> tuple[Case, list[Preview]]:
            return vault.get_case(case_id), make_previews(vault, case_id, known, cancelled)

        self._jobs.run(work, self._loaded)

    def _loaded(self, result: object) -> None:
        self.ready = True
        self.case, self.shown = cast(tuple[Case, list[Preview]], result)
        self._previews.update({p.item.id: p for p in self.shown})
        self.retranslate()
        self.loaded.emit()

    def show_things(self) -> None:
        if self.send_flow is not None:
            self.stack.removeWidget(self.send_flow)
            self.send_flow.deleteLater()
            self.send_flow = None
            self.reload()
        self.stack.setCurrentWidget(self.things_page)
        self.send.setFocus()

    def ask_to_leave(self) -> None:
        self.gate.reset()
        self.stack.setCurrentWidget(self.gate)
        self.gate.setFocus()

    def start_sending(self) -> None:
        self.send_flow = SendFlow(
            self._vault, self._jobs, self.case, self._previews, in_space=True, parent=self.stack
        )
        self.send_flow.closed.connect(self.show_things)
        self.stack.addWidget(self.send_flow)
        self.stack.setCurrentWidget(self.send_flow)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves the space (issue 5 makes it "Hide")
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        name = self.case.details.chosen_name
        self.heading.setText(
            QCoreApplication.translate("SpacePage", "{name}'s space").format(name=name)
        )
        self.message.setText(
            QCoreApplication.translate(
                "SpacePage",
                "These are the things you have made. When you are ready, you can send them to the chair of your meeting.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.empty.setText(QCoreApplication.translate("SpacePage", "Nothing here yet."))
        self.empty.setVisible(not self.shown)
        self.items.show_previews(self.shown, name)
        name_buttons(
            (
                self.helper_exit,
                QCoreApplication.translate("SpacePage", "Helper: leave the space"),
                QCoreApplication.translate(
                    "SpacePage", "For the helper. Needs their PIN or passphrase."
                ),
            ),
            (
                self.send,
                QCoreApplication.translate("SpacePage", "Send to the chair"),
                QCoreApplication.translate(
                    "SpacePage", "Look at your things once more and send them to the chair."
                ),
            ),
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
