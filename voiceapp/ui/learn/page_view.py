"""One "learn about my meeting" page: its picture, title, words and role cards,
with the buttons to move on, change the reading level and have it read aloud.

Every piece of the page's words is a plain-text label. :class:`PageView` knows
where each label's words sit in ``page.plain_text()`` (the text read aloud), so
it can highlight the word being read.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.content import BulletList, Card, Heading, Page, Paragraph
from voiceapp.ui.learn.picture import SvgPicture
from voiceapp.ui.page_parts import button, label
from voiceapp.ui.widgets import BigButton

BULLET = "\u2022  "
CARD_COLUMNS = 3


@dataclass(frozen=True)
class Piece:
    """Where one label's words are in the text read aloud."""

    offset: int  # first character in the read-aloud text
    length: int
    prefix: int  # characters shown before the words (a bullet)
    label: QLabel

    def holds(self, position: int) -> bool:
        return self.offset <= position < self.offset + self.length


def _words_label(parent: QWidget, name: str) -> QLabel:
    widget = label(parent, name, data=True)  # the page's own words, from its file
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setCursor(Qt.CursorShape.ArrowCursor)
    return widget


def _empty(layout: QLayout) -> None:
    """Take every widget and inner layout out of ``layout`` and delete them."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()


class CardFrame(QFrame):
    """One card: a role at the meeting, or a word explained."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnCard")
        self.card = card
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        self.picture = SvgPicture(card.picture, 140, self) if card.picture else None
        if self.picture is not None:
            self.picture.setFixedHeight(140)
            layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = _words_label(self, "learnCardTitle")
        self.title.setText(card.title)
        layout.addWidget(self.title)
        self.paragraphs: list[QLabel] = []
        for text in card.paragraphs:
            paragraph = _words_label(self, "learnCardText")
            paragraph.setText(text)
            layout.addWidget(paragraph)
            self.paragraphs.append(paragraph)
        layout.addStretch(1)


class PageView(QWidget):
    """Shows one page; the buttons are wired up by :class:`~voiceapp.ui.learn.LearnView`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnPage")
        self.page: Page | None = None
        self.pieces: list[Piece] = []
        self.cards: list[CardFrame] = []
        self._highlighted: QLabel | None = None

        self.contents_button = button(self, "learnContents")
        self.level_button = button(self, "learnLevel")
        self.read_button = button(self, "learnRead", primary=True)
        self.stop_button = button(self, "learnStop")
        self.stop_button.setEnabled(False)
        self.back_button = button(self, "learnBack")
        self.next_button = button(self, "learnNext", primary=True)
        self.number = label(self, "learnNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = label(self, "notice")
        self.notice.setVisible(False)

        self.picture = SvgPicture(None, 420, self)
        self.title = _words_label(self, "learnTitle")
        self.body = QWidget(self)
        self.body.setObjectName("learnBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(14)

        sheet = QWidget(self)
        sheet.setObjectName("learnSheet")
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.setContentsMargins(24, 12, 24, 24)
        sheet_layout.setSpacing(16)
        sheet_layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        sheet_layout.addWidget(self.title)
        sheet_layout.addWidget(self.body)
        sheet_layout.addStretch(1)
        holder = QWidget(self)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addStretch(1)
        holder_layout.addWidget(sheet, 100)
        holder_layout.addStretch(1)
        sheet.setMaximumWidth(1000)

        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("learnScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(holder)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.contents_button)
        top.addWidget(self.level_button)
        top.addStretch(1)
        top.addWidget(self.read_button)
        top.addWidget(self.stop_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.number, 1)
        bottom.addWidget(self.next_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addLayout(top)
        outer.addWidget(self.notice)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(bottom)

        # Tab goes through the controls in the order they are seen.
        order: list[QWidget] = [
            self.contents_button,
            self.level_button,
            self.read_button,
            self.stop_button,
            self.scroller,
            self.back_button,
            self.next_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def controls(self) -> list[BigButton]:
        """Every button on the page, in Tab order."""
        return [
            self.contents_button,
            self.level_button,
            self.read_button,
            self.stop_button,
            self.back_button,
            self.next_button,
        ]

    # ------------------------------------------------------------ showing a page

    def show_page(self, page: Page, number: int, count: int) -> None:
        """Show ``page``, which is page ``number`` (from 1) of ``count``."""
        self.page = page
        self._count = (number, count)
        self._highlighted = None
        self.picture.set_path(page.picture)
        self.title.setText(page.title)
        _empty(self.body_layout)
        self.cards = []
        pieces: list[tuple[QLabel, str, int]] = [(self.title, page.title, 0)]
        grid: QGridLayout | None = None
        for block in page.blocks:
            if isinstance(block, Card):
                if grid is None:
                    grid = QGridLayout()
                    grid.setSpacing(16)
                    self.body_layout.addLayout(grid)
                frame = CardFrame(block, self.body)
                place = len(self.cards)
                grid.addWidget(frame, place // CARD_COLUMNS, place % CARD_COLUMNS)
                self.cards.append(frame)
                pieces.append((frame.title, block.title, 0))
                pieces += [
                    (w, t, 0) for w, t in zip(frame.paragraphs, block.paragraphs, strict=True)
                ]
                continue
            grid = None
            if isinstance(block, BulletList):
                for item_text in block.items:
                    item_label = _words_label(self.body, "learnBullet")
                    item_label.setText(BULLET + item_text)
                    self.body_layout.addWidget(item_label)
                    pieces.append((item_label, item_text, len(BULLET)))
            elif isinstance(block, Heading | Paragraph):
                name = "learnHeading" if isinstance(block, Heading) else "learnText"
                text_label = _words_label(self.body, name)
                text_label.setText(block.text)
                self.body_layout.addWidget(text_label)
                pieces.append((text_label, block.text, 0))
        self.pieces = []
        offset = 0
        for widget, text, prefix in pieces:
            self.pieces.append(Piece(offset, len(text), prefix, widget))
            offset += len(text) + 1  # plain_text() puts a line break between pieces
        if "\n".join(text for _, text, _ in pieces) != page.plain_text():
            self.pieces = []  # the words no longer line up: read, but do not highlight
        self._number_text()
        self.scroller.verticalScrollBar().setValue(0)

    def words(self) -> list[QLabel]:
        """Every label that shows the page's own words, in reading order."""
        return [piece.label for piece in self.pieces]

    # ------------------------------------------------------------ highlighting

    def highlight(self, start: int, length: int) -> QLabel | None:
        """Highlight the words at ``start`` in the read-aloud text; the label, if any."""
        for piece in self.pieces:
            if piece.holds(start):
                self.clear_highlight()
                begin = piece.prefix + start - piece.offset
                piece.label.setSelection(begin, max(1, length))
                self._highlighted = piece.label
                self.scroller.ensureWidgetVisible(piece.label, 20, 40)
                return piece.label
        return None

    def clear_highlight(self) -> None:
        if self._highlighted is not None:
            self._highlighted.setSelection(0, 0)
            self._highlighted = None

    def highlighted_text(self) -> str:
        """The words highlighted now ('' if none)."""
        return self._highlighted.selectedText() if self._highlighted is not None else ""

    # ------------------------------------------------------------ words of the app

    def set_level_words(self, older: bool) -> None:
        """The level switch offers the other reading level."""
        self._older = older
        self._level_words()

    def _level_words(self) -> None:
        older = getattr(self, "_older", False)
        if older:
            text = QCoreApplication.translate("LearnPage", "Easier words")
            description = QCoreApplication.translate(
                "LearnPage", "Show this page in shorter, easier sentences."
            )
        else:
            text = QCoreApplication.translate("LearnPage", "More detail")
            description = QCoreApplication.translate(
                "LearnPage", "Show this page with more to read about it."
            )
        self.level_button.setText(text)
        self.level_button.setAccessibleName(text)
        self.level_button.setAccessibleDescription(description)

    def _number_text(self) -> None:
        number, count = getattr(self, "_count", (0, 0))
        text = QCoreApplication.translate("LearnPage", "Page {number} of {count}").format(
            number=number, count=count
        )
        self.number.setText(text if count else "")
        self.number.setAccessibleName(text if count else "")

    def set_next_is_last(self, last: bool) -> None:
        """On the last page, Next goes back to the list of pages."""
        self._last = last
        self._next_words()

    def _next_words(self) -> None:
        if getattr(self, "_last", False):
            text = QCoreApplication.translate("LearnPage", "All pages")
            description = QCoreApplication.translate(
                "LearnPage", "That was the last page. Go back to the list of pages."
            )
        else:
            text = QCoreApplication.translate("LearnPage", "Next \u2192")
            description = QCoreApplication.translate("LearnPage", "Go to the next page.")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        self.next_button.setAccessibleDescription(description)

    def show_notice(self, text: str) -> None:
        """A sentence above the page (for example, why it cannot be read aloud)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def retranslate(self) -> None:
        rows = (
            (
                self.contents_button,
                QCoreApplication.translate("LearnPage", "All pages"),
                QCoreApplication.translate("LearnPage", "Go back to the list of pages."),
            ),
            (
                self.read_button,
                QCoreApplication.translate("LearnPage", "Read to me"),
                QCoreApplication.translate("LearnPage", "Read this page out loud."),
            ),
            (
                self.stop_button,
                QCoreApplication.translate("LearnPage", "Stop"),
                QCoreApplication.translate("LearnPage", "Stop reading out loud."),
            ),
            (
                self.back_button,
                QCoreApplication.translate("LearnPage", "\u2190 Back"),
                QCoreApplication.translate("LearnPage", "Go to the page before this one."),
            ),
        )
        for widget, text, description in rows:
            widget.setText(text)
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(description)
        self.scroller.setAccessibleName(QCoreApplication.translate("LearnPage", "The page"))
        self.scroller.setAccessibleDescription(
            QCoreApplication.translate(
                "LearnPage", "The words and pictures of this page. Use the arrow keys to scroll."
            )
        )
        self.setAccessibleName(QCoreApplication.translate("LearnPage", "Learn about my meeting"))
        self._level_words()
        self._next_words()
        self._number_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
