"""The young person's space: a locked, full-screen place of their own.

It holds :class:`~voiceapp.ui.space.space.YoungSpace` (learn, draw, write, How I
feel, Three houses, My things, Hide, break, finished), the send step, and the
way out, which needs the helper: their PIN (set when they unlocked My Voice) or
their passphrase.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core.errors import WrongPassphrase
from voiceapp.core.vault import Case, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.previews import Preview
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
from voiceapp.ui.space.space import YoungSpace
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
    """The young person's space, with the send step and the helper's way out."""

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
        self.ready = True
        self.send_flow: SendFlow | None = None

        self.stack = QStackedWidget(self)
        self.young = YoungSpace(vault, jobs, case, previews, mode="helper", parent=self.stack)
        self.gate = LeaveGate(vault, jobs, guard, self.stack)
        self.stack.addWidget(self.young)
        self.stack.addWidget(self.gate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.young.leave_requested.connect(self.ask_to_leave)
        self.young.send_requested.connect(self.start_sending)
        self.gate.left.connect(self._leave)
        self.gate.stay.connect(self.show_space)
        self.first_focus = self.young
        self.setAccessibleName(
            QCoreApplication.translate("SpacePage", "{name}'s space").format(
                name=case.details.chosen_name
            )
        )

    def show_space(self) -> None:
        if self.send_flow is not None:
            self.stack.removeWidget(self.send_flow)
            self.send_flow.deleteLater()
            self.send_flow = None
            self.young.show_things()
        self.stack.setCurrentWidget(self.young)
        self.young.page.setFocus()

    def ask_to_leave(self) -> None:
        self.gate.reset()
        self.stack.setCurrentWidget(self.gate)
        self.gate.setFocus()

    def _leave(self) -> None:
        self.young.end()
        self.left.emit()

    def start_sending(self) -> None:
        self.send_flow = SendFlow(
            self._vault, self._jobs, self.case, self._previews, in_space=True, parent=self.stack
        )
        self.send_flow.closed.connect(self.show_space)
        self.stack.addWidget(self.send_flow)
        self.stack.setCurrentWidget(self.send_flow)

    @property
    def busy(self) -> bool:
        """True while the young person's work is still being saved (after handing
        over anything that was waiting, so the lock can follow soon)."""
        self.young.flush()
        return self.young.saving

    def end(self) -> None:
        self.young.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves the space (inside it, it means Hide)
            return
        super().keyPressEvent(event)
