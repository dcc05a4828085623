"""What each kind of profile sees once unlocked.

- helper: :class:`voiceapp.ui.helper.home.HelperHome`
- chair: ``voiceapp.ui.chair.home.ChairHome`` (built separately; until it is
  there, an honest "not ready yet" page)
- young person: :class:`voiceapp.ui.space.own_home.YoungPersonHome` (their own space)

Every home may have a ``lock_requested`` signal; the window connects it.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.core.vault import Vault
from voiceapp.ui.not_ready_page import NotReadyPage
from voiceapp.ui.profile.pin import PinGuard
from voiceapp.ui.start_screen import Role, role_title
from voiceapp.ui.vault_jobs import VaultJobs


def module_exists(name: str) -> bool:
    """True if ``name`` can be imported (without importing it, and without hiding its errors)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class NotReadyHome(NotReadyPage):
    """The honest "not ready yet" page as a home: its button locks My Voice."""

    lock_requested = Signal()

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        self.role = role
        super().__init__(parent)
        self.back_requested.connect(self.lock_requested)

    def retranslate(self) -> None:
        super().retranslate()
        self.set_heading(role_title(self.role))
        self.back.setText(QCoreApplication.translate("Homes", "Lock My Voice"))
        self.back.setAccessibleName(QCoreApplication.translate("Homes", "Lock My Voice"))
        self.back.setAccessibleDescription(
            QCoreApplication.translate(
                "Homes", "Lock now. Your passphrase is needed to open it again."
            )
        )


def make_home(
    kind: str,
    vault: Vault,
    parent: QWidget | None = None,
    *,
    jobs: VaultJobs | None = None,
    guard: PinGuard | None = None,
) -> QWidget:
    """The home page for an unlocked profile of ``kind`` ("helper", "chair", "young-person")."""
    if kind == "helper":
        from voiceapp.ui.helper.home import HelperHome

        return HelperHome(vault, parent, jobs=jobs, guard=guard)
    if kind == "chair":
        if module_exists("voiceapp.ui.chair.home"):
            chair = importlib.import_module("voiceapp.ui.chair.home")
            home: QWidget = chair.ChairHome(vault, parent)
            return home
        return NotReadyHome(Role.CHAIR, parent)
    from voiceapp.ui.space.own_home import YoungPersonHome

    return YoungPersonHome(vault, parent, jobs=jobs)
