"""Learn about my meeting: the list of pages, one page at a time, and read-aloud.

:class:`LearnView` is what the young person's space shows. It starts at the
reading level for the young person's age band (``content.level_for_age_band``)
and lets them switch level without losing their place. Everything on it works
from the keyboard: Tab between controls, Enter or Space to press, Left and Right
for the page before and after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from voiceapp.core import content
from voiceapp.core.content import LocalSettings, Page
from voiceapp.core.errors import InvalidContent
from voiceapp.ui.error_text import user_message
from voiceapp.ui.learn.contents import ContentsView
from voiceapp.ui.learn.page_view import PageView
from voiceapp.ui.learn.read_aloud import ReadAloud, Trouble, trouble_text
from voiceapp.ui.learn.style import base_points, learn_style


class LearnView(QStackedWidget):
    """The contents page and the page view, for one language and reading level."""

    page_shown = Signal(int)  # index of the page now on screen
    contents_shown = Signal()

    def __init__(
        self,
        language: str = "en",
        age_band: str = "8-12",
        settings: LocalSettings | None = None,
        engine: str | None = None,
        root: Path = content.CONTENT_ROOT,
        parent: QWidget | None = None,
    ) -> None:
        """``engine`` names the text-to-speech engine (``"mock"`` in tests);
        ``None`` is Qt's default engine for this computer."""
        super().__init__(parent)
        self.setObjectName("learnView")
        self.language = language
        self.settings = settings if settings is not None else LocalSettings()
        self.root = root
        self.level = content.level_for_age_band(age_band)
        self.pages: list[Page] = []
        self.index = -1  # the page on screen; -1 on the contents page
        self._trouble: Trouble | None = None

        self.contents = ContentsView(self)
        self.page_view = PageView(self)
        self.addWidget(self.contents)
        self.addWidget(self.page_view)
        self.reader = ReadAloud(language, engine, self)

        self.contents.page_chosen.connect(self.open_page)
        self.contents.read_button.clicked.connect(self.read_page)
        self.contents.stop_button.clicked.connect(self.stop_reading)
        view = self.page_view
        view.contents_button.clicked.connect(self.show_contents)
        view.back_button.clicked.connect(self.previous_page)
        view.next_button.clicked.connect(self._next_clicked)
        view.level_button.clicked.connect(self.toggle_level)
        view.read_button.clicked.connect(self.read_page)
        view.stop_button.clicked.connect(self.stop_reading)
        self.reader.started.connect(self._reading_started)
        self.reader.finished.connect(self._reading_finished)
        self.reader.word.connect(self._word)
        self.reader.trouble.connect(self._show_trouble)

        for key, slot in (
            (Qt.Key.Key_Left, self.previous_page),
            (Qt.Key.Key_Right, self.next_page),
        ):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._restyle()
        self._load()
        self.show_contents()

    # ------------------------------------------------------------ pages

    def _load(self) -> None:
        try:
            self.pages = content.load_pages(self.language, self.level, self.settings, self.root)
        except InvalidContent as error:
            self.pages = []
            self.contents.show_problem(user_message(error))
        else:
            self.contents.show_problem("")
        self.contents.show_pages(self.pages)

    def current_page(self) -> Page | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    def show_contents(self) -> None:
        """Go to the list of pages (the focus goes to the page just read, or the first)."""
        self.stop_reading()
        came_from = self.index
        self.index = -1
        self.contents.show_message("")
        self.setCurrentWidget(self.contents)
        self.contents.focus_page(came_from)
        self.contents_shown.emit()

    def open_page(self, index: int) -> None:
        """Show page ``index`` (from 0)."""
        if not 0 <= index < len(self.pages):
            return
        self.stop_reading()
        self.index = index
        view = self.page_view
        view.show_notice("")
        view.show_page(self.pages[index], index + 1, len(self.pages))
        view.back_button.setEnabled(index > 0)
        view.set_next_is_last(index == len(self.pages) - 1)
        view.set_level_words(self.level == "older")
        if self.currentWidget() is not view:
            self.setCurrentWidget(view)
            view.read_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not view.back_button.isEnabled() and view.back_button.hasFocus():
            view.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_shown.emit(index)

    def next_page(self) -> None:
        """The page after this one (nothing happens on the last page)."""
        if 0 <= self.index < len(self.pages) - 1:
            self.open_page(self.index + 1)

    def previous_page(self) -> None:
        """The page before this one (nothing happens on the first page)."""
        if self.index > 0:
            self.open_page(self.index - 1)

    def _next_clicked(self) -> None:
        if self.index == len(self.pages) - 1:
            self.show_contents()
        else:
            self.next_page()

    # ------------------------------------------------------------ reading level

    def set_level(self, level: str) -> None:
        """Show the pages at ``level`` ("younger" or "older"), on the same page."""
        if level not in content.LEVELS or level == self.level:
            return
        page = self.current_page()
        self.stop_reading()
        self.level = level
        self._restyle()
        self._load()
        if page is None:
            return
        ids = [p.id for p in self.pages]
        self.open_page(ids.index(page.id) if page.id in ids else min(self.index, len(ids) - 1))

    def toggle_level(self) -> None:
        """Switch between easier words and more detail."""
        self.set_level("younger" if self.level == "older" else "older")
        self.page_view.level_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restyle(self) -> None:
        self.setStyleSheet(learn_style(self.level, base_points()))

    # ------------------------------------------------------------ read-aloud

    def read_page(self) -> None:
        """Read the page on screen out loud (on the contents: the names of the pages)."""
        page = self.current_page()
        self.page_view.show_notice("")
        self.contents.show_message("")
        self._trouble = None
        if page is None:
            self.reader.read(self.contents.spoken_text())
        else:
            self.reader.read(page.plain_text())

    def stop_reading(self) -> None:
        self.reader.stop()
        self.page_view.clear_highlight()

    def _reading_started(self) -> None:
        self.page_view.stop_button.setEnabled(True)
        self.contents.stop_button.setEnabled(True)

    def _reading_finished(self) -> None:
        self.page_view.clear_highlight()
        for screen in (self.page_view, self.contents):
            moving_focus = screen.stop_button.hasFocus()
            screen.stop_button.setEnabled(False)
            if moving_focus:
                screen.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _word(self, start: int, length: int) -> None:
        if self.current_page() is not None:
            self.page_view.highlight(start, length)

    def _show_trouble(self, trouble: Trouble) -> None:
        self._trouble = trouble
        if self.current_page() is None:
            self.contents.show_message(trouble_text(trouble))
        else:
            self.page_view.show_notice(trouble_text(trouble))

    # ------------------------------------------------------------ events

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus the first thing to press: a page button, or "Read to me"."""
        if self.currentWidget() is self.page_view:
            self.page_view.read_button.setFocus(reason)
        elif self.contents.buttons:
            self.contents.focus_page(0)
        else:
            super().setFocus(reason)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and self._trouble is not None:
            if self.page_view.notice.isVisible():
                self.page_view.show_notice(trouble_text(self._trouble))
            if self.contents.message.isVisible():
                self.contents.show_message(trouble_text(self._trouble))
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._restyle()
        return super().event(event)
