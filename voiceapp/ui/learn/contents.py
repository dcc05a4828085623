"""The list of "learn about my meeting" pages: one big picture button per page."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.content import Page
from voiceapp.ui.learn.picture import SvgPicture
from voiceapp.ui.page_parts import button, label
from voiceapp.ui.widgets import BigButton

COLUMNS = 3


class PageButton(BigButton):
    """A big button with a page's picture and its title underneath."""

    PICTURE_WIDTH = 200

    def __init__(self, page: Page, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnPageButton")
        self.setProperty("userData", True)  # its name is the page's title, from the page file
        self.number = number
        self.page = page
        self.picture = SvgPicture(page.picture, self.PICTURE_WIDTH, self)
        self.picture.setFixedSize(self.PICTURE_WIDTH, round(self.PICTURE_WIDTH * 0.75))
        self.title = label(self, "learnPageButtonTitle", data=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setText(page.title)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        # Preferred, not Fixed: the buttons in one row all take the row's height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalSizeHint() if layout is not None else super().sizeHint()
        return QSize(max(hint.width(), 240), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def retranslate(self) -> None:
        self.setAccessibleName(self.page.title)
        self.setAccessibleDescription(
            QCoreApplication.translate("LearnContents", "Open page {number}.").format(
                number=self.number
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ContentsView(QWidget):
    """A heading and a grid of page buttons; ``page_chosen`` gives the page's index."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnContentsView")
        self.buttons: list[PageButton] = []
        self.heading = label(self, "learnContentsTitle")
        self.hint = label(self, "learnContentsHint")
        self.notice = label(self, "alert")
        self.read_button = button(self, "learnRead", primary=True)
        self.stop_button = button(self, "learnStop")
        self.stop_button.setEnabled(False)
        self.message = label(self, "notice")
        self.message.setVisible(False)
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setSpacing(18)
        self.grid.setContentsMargins(4, 4, 4, 4)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(24, 16, 24, 24)
        inner_layout.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignVCenter)
        inner_layout.addLayout(top)
        inner_layout.addWidget(self.hint)
        inner_layout.addWidget(self.notice)
        inner_layout.addWidget(self.message)
        inner_layout.addWidget(self.grid_holder)
        inner_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus
        self.scroller.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.retranslate()

    def show_pages(self, pages: list[Page]) -> None:
        """One button per page, in order, left to right and top to bottom."""
        for old in self.buttons:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        for index, page in enumerate(pages):
            widget = PageButton(page, index + 1, self.grid_holder)
            widget.clicked.connect(lambda _=False, i=index: self.page_chosen.emit(i))
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.grid.addWidget(widget, index // COLUMNS, index % COLUMNS)
            self.buttons.append(widget)
        order: list[QWidget] = [self.read_button, self.stop_button, *self.buttons]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_problem(self, text: str) -> None:
        """Say why the pages cannot be shown (a faulty page file)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def focus_page(self, index: int) -> None:
        """Put the focus on page ``index``'s button and scroll it into view (the top of
        the list, with its heading, for the first row)."""
        if not self.buttons:
            return
        index = min(max(index, 0), len(self.buttons) - 1)
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
        if index < COLUMNS:
            self.scroller.verticalScrollBar().setValue(0)
        else:
            self.scroller.ensureWidgetVisible(self.buttons[index])

    def show_message(self, text: str) -> None:
        """A sentence under the heading (for example, why nothing can be read aloud)."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def spoken_text(self) -> str:
        """What "Read to me" reads here: the heading, the hint and every page's title."""
        return "\n".join(
            [self.heading.text(), self.hint.text(), *(b.page.title for b in self.buttons)]
        )

    def retranslate(self) -> None:
        heading = QCoreApplication.translate("LearnContents", "Learn about my meeting")
        hint = QCoreApplication.translate(
            "LearnContents", "Pick a page to read. You can read them in any order."
        )
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(hint)
        for widget, text, description in (
            (
                self.read_button,
                QCoreApplication.translate("LearnContents", "Read to me"),
                QCoreApplication.translate(
                    "LearnContents", "Read the names of the pages out loud."
                ),
            ),
            (
                self.stop_button,
                QCoreApplication.translate("LearnContents", "Stop"),
                QCoreApplication.translate("LearnContents", "Stop reading out loud."),
            ),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
