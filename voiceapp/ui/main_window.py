"""The one main window; it shows one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QStackedWidget, QWidget

from voiceapp.ui.not_ready_page import NotReadyPage
from voiceapp.ui.paths import asset
from voiceapp.ui.start_screen import Role, StartScreen, role_title


def _scrollable(page: QWidget) -> QScrollArea:
    """Wrap ``page`` so that nothing is cut off on a small or zoomed screen."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    """Holds the pages: the start screen first, then whatever the person chooses."""

    role_chosen = Signal(str)
    """Passed on from the start screen: ``"young_person"``, ``"helper"`` or ``"chair"``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(asset("logo.svg"))))
        self.resize(1024, 760)
        self._role: Role | None = None

        self.start_screen = StartScreen()
        self.not_ready_page = NotReadyPage()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(_scrollable(self.start_screen))
        self.pages.addWidget(_scrollable(self.not_ready_page))
        self.setCentralWidget(self.pages)

        self.start_screen.role_chosen.connect(self.role_chosen)
        self.start_screen.role_chosen.connect(self._show_not_ready)
        self.not_ready_page.back_requested.connect(self.show_start)
        self.retranslate()
        self.show_start()

    def current_page(self) -> QWidget:
        """The page on show (not its scroll area)."""
        area = self.pages.currentWidget()
        assert isinstance(area, QScrollArea)
        page = area.widget()
        assert page is not None
        return page

    def show_start(self) -> None:
        """Go back to the start screen, with the keyboard on the first choice."""
        self._role = None
        self.pages.setCurrentIndex(0)
        self.start_screen.setFocus()

    def _show_not_ready(self, role: str) -> None:
        self._role = Role(role)
        self.not_ready_page.set_heading(role_title(self._role))
        self.pages.setCurrentIndex(1)
        self.not_ready_page.setFocus()

    def retranslate(self) -> None:
        """Set the window's own words in the current language."""
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "My Voice"))
        if self._role is not None:
            self.not_ready_page.set_heading(role_title(self._role))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
