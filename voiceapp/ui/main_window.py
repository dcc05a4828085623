"""The one main window; it shows one page at a time and owns the flow:

    vault open elsewhere  -> "My Voice cannot open yet" (try again / close)
    no profile yet        -> start screen -> choose a passphrase (or the chair's
                             own setup) -> home
    a profile             -> unlock -> home
    home                  -> locked again by "Lock", or after some idle minutes

The vault is opened once, by ``open_vault`` (injected, so tests use a
temporary folder and a low scrypt work factor), and closed with the window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from voiceapp.core.vault import Vault
from voiceapp.ui.first_run_frame import FirstRunFrame
from voiceapp.ui.homes import make_home, module_exists
from voiceapp.ui.paths import asset
from voiceapp.ui.profile.create_page import CreateProfilePage
from voiceapp.ui.profile.idle_lock import DEFAULT_MINUTES, IdleLock
from voiceapp.ui.profile.in_use_page import InUsePage
from voiceapp.ui.profile.pin import PinGuard
from voiceapp.ui.profile.unlock_page import UnlockPage
from voiceapp.ui.start_screen import Role, StartScreen
from voiceapp.ui.vault_jobs import VaultJobs

CHAIR_SETUP = "voiceapp.ui.chair.setup"


def _scrollable(page: QWidget) -> QScrollArea:
    """Wrap ``page`` so that nothing is cut off on a small or zoomed screen."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    """Holds the pages: the start screen (first run), unlock, and the home for the profile."""

    role_chosen = Signal(str)
    """Passed on from the start screen: ``"young_person"``, ``"helper"`` or ``"chair"``."""
    home_shown = Signal()
    """The vault is unlocked and the profile's home is on show."""
    locked = Signal()
    """The keys were forgotten and the unlock page is on show."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_vault: Callable[[], Vault] | None = None,
        idle_minutes: int = DEFAULT_MINUTES,
        open_file: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(asset("logo.svg"))))
        self.resize(1024, 760)
        self._open_vault = open_vault or Vault
        self.pending_open = open_file  # a .voice file to show once a chair has unlocked
        self.vault: Vault | None = None
        self.home: QWidget | None = None
        self.page: QWidget | None = None  # the page on show, when it is not the start screen
        self.jobs = VaultJobs(self)
        self.guard = PinGuard()
        self.idle_lock = IdleLock(self, idle_minutes)
        self.idle_lock.timed_out.connect(self.lock)
        self._lock_waiting = False
        self.jobs.idle.connect(self._jobs_done)

        self.start_screen = StartScreen()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(_scrollable(self.start_screen))
        self.setCentralWidget(self.pages)
        self.start_screen.role_chosen.connect(self.role_chosen)
        self.start_screen.role_chosen.connect(self._first_run)
        self.retranslate()
        self.open_vault()

    # -- files sent from outside (voiceapp open FILE, a double-click) ------------------

    def request_open(self, path: str) -> None:
        """Show ``path`` now if a chair's home is open, else once a chair has unlocked."""
        self.pending_open = path
        self._open_pending()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _open_pending(self) -> None:
        open_file = getattr(self.home, "open_file", None)
        if self.pending_open and open_file is not None:
            open_file(self.pending_open)
            self.pending_open = None

    # -- pages --------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        """The page on show (not its scroll area)."""
        area = self.pages.currentWidget()
        assert isinstance(area, QScrollArea)
        page = area.widget()
        assert page is not None
        return page

    def _show(self, page: QWidget) -> None:
        old = self.page
        self.page = page
        area = _scrollable(page)
        self.pages.addWidget(area)
        self.pages.setCurrentWidget(area)
        if old is not None:
            old_area = old.parentWidget()
            while old_area is not None and not isinstance(old_area, QScrollArea):
                old_area = old_area.parentWidget()
            if old_area is not None:
                self.pages.removeWidget(old_area)
                old_area.deleteLater()
        page.setFocus()

    def show_start(self) -> None:
        """Go back to the start screen, with the keyboard on the first choice."""
        self.pages.setCurrentIndex(0)
        if self.page is not None:
            self._show_nothing()
        self.start_screen.setFocus()

    def _show_nothing(self) -> None:
        old, self.page = self.page, None
        if old is not None:
            area = old.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if area is not None:
                self.pages.removeWidget(area)
                area.deleteLater()

    # -- opening the vault ------------------------------------------------------------------

    def open_vault(self) -> None:
        """Open the vault (its lock keeps a second copy out), then start or unlock."""
        if self.vault is None:
            try:
                self.vault = self._open_vault()
            except Exception as e:  # VaultInUse, or a data folder it may not use
                self._cannot_open(e)
                return
        if self.vault.exists:
            self.show_unlock()
        else:
            self.show_start()

    def _cannot_open(self, error: BaseException) -> None:
        page = InUsePage(error)
        page.retry_requested.connect(self.open_vault)
        page.quit_requested.connect(self.close)
        self._show(page)

    def _first_run(self, role: str) -> None:
        if self.vault is None:
            return
        chosen = Role(role)
        if chosen is Role.CHAIR and module_exists(CHAIR_SETUP):
            setup_cls = importlib.import_module(CHAIR_SETUP).ChairSetup
            setup: QWidget = setup_cls(self.vault, None)
            setup.done.connect(lambda *_: self._show_home(""))  # type: ignore[attr-defined]
            frame = FirstRunFrame(chosen, setup)
            frame.back_requested.connect(self.show_start)
            page: QWidget = frame
        else:
            create = CreateProfilePage(chosen, self.vault, self.jobs)
            create.back_requested.connect(self.show_start)
            create.created.connect(self._show_home)
            page = create
        self._show(page)

    def show_unlock(self) -> None:
        assert self.vault is not None
        page = UnlockPage(self.vault, self.jobs, self.vault.kind)
        page.unlocked.connect(self._show_home)
        page.start_over_requested.connect(self._start_over)
        self._show(page)

    def _start_over(self) -> None:
        """A forgotten passphrase: delete everything (keys first) and begin again."""
        vault = self.vault
        if vault is None:
            return
        self.jobs.run(lambda _p, _c: vault.destroy(), lambda _r: self.show_start())

    # -- home and locking -----------------------------------------------------------------

    def _show_home(self, pin: str) -> None:
        assert self.vault is not None
        self.guard.clear()
        if pin:
            self.guard.set(pin)
        home = make_home(self.vault.kind, self.vault, None, jobs=self.jobs, guard=self.guard)
        for name, slot in (
            ("lock_requested", self.lock),
            ("fullscreen_requested", self._fullscreen),
            ("lock_after_changed", self.idle_lock.set_minutes),
        ):
            signal = getattr(home, name, None)
            if signal is not None:
                signal.connect(slot)
        self.home = home
        self._show(home)
        self.idle_lock.start()
        self._open_pending()
        self.home_shown.emit()

    def lock(self) -> None:
        """Forget the keys and show the unlock page (after any vault work has finished)."""
        if self.vault is None or not self.vault.unlocked:
            return
        if self.jobs.busy or getattr(self.home, "busy", False):
            self._lock_waiting = True  # try again when the work is done
            QTimer.singleShot(500, self._jobs_done)
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):  # a question or a file window left open: close it first
            modal.reject()
            self._lock_waiting = True
            QTimer.singleShot(0, self._jobs_done)
            return
        self._lock_waiting = False
        self.idle_lock.stop()
        self.guard.clear()
        if getattr(self.home, "in_space", False):
            self.home.leave_space_now()  # type: ignore[union-attr]
        self._fullscreen(False)
        prepare = getattr(self.home, "prepare_to_lock", None)
        if prepare is not None:
            prepare()  # the chair's home closes its file and writes its marks and notes
        self.home = None
        self.vault.lock()
        self.show_unlock()
        self.locked.emit()

    def _jobs_done(self) -> None:
        if self._lock_waiting:
            self.lock()

    def _fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()

    # -- the window ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the window's own words in the current language."""
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "My Voice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self.home, "in_space", False):
            event.ignore()  # leaving a young person's space needs the helper
            return
        self.idle_lock.stop()
        self.jobs.cancel_all()
        self.jobs.wait()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().closeEvent(event)
