"""The "Three houses" page: the house of good things, the house of worries and
the house of hopes and dreams, side by side.

The young person may rename each house. Entries are typed in their own words, or
written down by their helper while they say them (the "my helper is writing"
switch); each entry keeps whose words they are. Entries that are drawings
(a drawing item's id) are shown as "a drawing"; "Draw something" asks the host
(the young person's space) to make one and put it in.
Taking an entry away can be undone (and redone), so nothing is lost by a tap.

``HousesPage.changed`` hands over the page as JSON (valid against
``houses.schema.json``) a little after each change; :meth:`HousesPage.load`
shows such JSON again. Nothing is written to disk here.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.bundle import DEFAULT_LIMITS
from voiceapp.core.bundle.manifest import validate_page
from voiceapp.ui.feelings.common import HELPER, OWN, Debounce, page_bytes
from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import label
from voiceapp.ui.widgets import MIN_TARGET, BigButton

CONTEXT = "HousesPage"

HOUSES: tuple[tuple[str, object], ...] = (
    ("good-things", QT_TRANSLATE_NOOP("HousesPage", "House of good things")),
    ("worries", QT_TRANSLATE_NOOP("HousesPage", "House of worries")),
    ("hopes-and-dreams", QT_TRANSLATE_NOOP("HousesPage", "House of hopes and dreams")),
)

HOUSE_COLOURS: dict[str, tuple[str, str]] = {  # walls, roof
    "good-things": ("#BBF7D0", "#15803D"),
    "worries": ("#BFDBFE", "#1D4ED8"),
    "hopes-and-dreams": ("#F5D0FE", "#A21CAF"),
}

HOUSE_TINTS: dict[str, str] = {  # behind each house's things
    "good-things": "#F0FDF4",
    "worries": "#EFF6FF",
    "hopes-and-dreams": "#FDF4FF",
}

STYLE = """
QFrame#houseColumn { background-color: #FFFFFF; border: 2px solid #CBD5E1; border-radius: 18px; }
QWidget#houseList { background-color: #FFFFFF; }
QFrame#houseEntry { background-color: #F8FAFC; border: 1px solid #CBD5E1; border-radius: 12px; }
QLineEdit#houseName { font-size: 16pt; font-weight: bold; }
QLabel#entryText { font-size: 15pt; }
QLabel#entryMark { font-size: 11pt; color: #334155; font-style: italic; }
QPushButton#entryRemove, QPushButton#houseAdd { font-size: 13pt; padding: 4px 10px;
    border-radius: 12px; }
QPushButton#housesHelper:checked { background-color: #DCFCE7; border: 3px solid #15803D; }
QPushButton:focus { border: 3px solid #1D4ED8; }
"""

MAX_ENTRIES = 100


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def house_pixmap(house: str, size: int = 96) -> QPixmap:
    """A friendly little house: walls, roof, door, window, and a sign on the roof
    (a sun for good things, a cloud for worries, a star for hopes and dreams)."""
    ratio = 2.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    walls, roof = HOUSE_COLOURS[house]
    s = float(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QPen(QColor("#1E293B"), s / 40)
    painter.setPen(ink)
    painter.setBrush(QBrush(QColor(walls)))
    painter.drawRect(QRectF(s * 0.2, s * 0.5, s * 0.6, s * 0.45))
    top = QPainterPath()
    top.moveTo(s * 0.1, s * 0.52)
    top.lineTo(s * 0.5, s * 0.2)
    top.lineTo(s * 0.9, s * 0.52)
    top.closeSubpath()
    painter.setBrush(QBrush(QColor(roof)))
    painter.drawPath(top)
    painter.setBrush(QBrush(QColor("#92400E")))
    painter.drawRoundedRect(QRectF(s * 0.42, s * 0.68, s * 0.16, s * 0.27), s * 0.03, s * 0.03)
    painter.setBrush(QBrush(QColor("#FEF9C3")))
    painter.drawRect(QRectF(s * 0.26, s * 0.6, s * 0.12, s * 0.12))
    painter.drawRect(QRectF(s * 0.62, s * 0.6, s * 0.12, s * 0.12))
    if house == "good-things":
        painter.setBrush(QBrush(QColor("#FACC15")))
        painter.setPen(QPen(QColor("#CA8A04"), s / 50))
        painter.drawEllipse(QPointF(s * 0.82, s * 0.16), s * 0.1, s * 0.1)
    elif house == "worries":
        painter.setBrush(QBrush(QColor("#E2E8F0")))
        painter.setPen(QPen(QColor("#64748B"), s / 50))
        for x, y, r in ((0.74, 0.16, 0.08), (0.84, 0.12, 0.1), (0.93, 0.17, 0.07)):
            painter.drawEllipse(QPointF(s * x, s * y), s * r, s * r * 0.8)
    else:
        star = QPainterPath()
        for i in range(10):
            r = s * (0.11 if i % 2 == 0 else 0.045)
            a = math.radians(-90 + i * 36)
            point = QPointF(s * 0.82 + r * math.cos(a), s * 0.15 + r * math.sin(a))
            if i == 0:
                star.moveTo(point)
            else:
                star.lineTo(point)
        star.closeSubpath()
        painter.setBrush(QBrush(QColor("#FDE047")))
        painter.setPen(QPen(QColor("#CA8A04"), s / 50))
        painter.drawPath(star)
    painter.end()
    return pixmap


def drawing_pixmap(size: int = 40) -> QPixmap:
    """A small picture frame with a crayon line: where a drawing will show."""
    ratio = 2.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    s = float(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#334155"), s / 16))
    painter.setBrush(QBrush(QColor("#FFFFFF")))
    painter.drawRoundedRect(QRectF(s * 0.08, s * 0.15, s * 0.84, s * 0.7), s * 0.08, s * 0.08)
    painter.setPen(QPen(QColor("#DC2626"), s / 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    line = QPainterPath()
    line.moveTo(s * 0.2, s * 0.65)
    line.cubicTo(s * 0.35, s * 0.25, s * 0.55, s * 0.8, s * 0.8, s * 0.35)
    painter.drawPath(line)
    painter.end()
    return pixmap


@dataclass
class _Step:
    """One add or take-away, for undo and redo."""

    added: bool
    house: str
    index: int
    entry: dict[str, Any]


class EntryRow(QFrame):
    """One entry: the words (or "a drawing"), whose words, and a take-away button."""

    def __init__(self, entry: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("houseEntry")
        self.words = QLabel(self)
        self.words.setObjectName("entryText")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.picture: QLabel | None = None
        if "text" in entry:
            self.words.setText(entry["text"])
            self.words.setProperty("userData", True)
        else:
            self.picture = QLabel(self)
            self.picture.setPixmap(drawing_pixmap(40))
        self.mark = QLabel(self)
        self.mark.setObjectName("entryMark")
        self.mark.setVisible(entry["words"] == HELPER)
        self.remove_button = BigButton(self)
        self.remove_button.setObjectName("entryRemove")

        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.words)
        words.addWidget(self.mark)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        if self.picture is not None:
            layout.addWidget(self.picture)
        layout.addLayout(words, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        if self.picture is not None:
            self.words.setText(QCoreApplication.translate("HousesPage", "A drawing"))
            self.picture.setAccessibleName(QCoreApplication.translate("HousesPage", "A drawing"))
        self.mark.setText(QCoreApplication.translate("HousesPage", "Written by my helper"))
        self.remove_button.setText(QCoreApplication.translate("HousesPage", "Take away"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("HousesPage", "Take away: %1").replace(
                "%1", self.words.text()
            )
        )
        self.remove_button.setAccessibleDescription(
            QCoreApplication.translate(
                "HousesPage", "Takes this out of the house. Undo puts it back."
            )
        )


class HouseColumn(QFrame):
    """One house: its picture, its name (which can be changed), entries, and adding."""

    def __init__(self, house: str, page: HousesPage) -> None:
        super().__init__(page)
        self.house = house
        self.page = page
        self.setObjectName("houseColumn")
        tint, edge = HOUSE_TINTS[house], HOUSE_COLOURS[house][1]
        self.setStyleSheet(
            f"QFrame#houseColumn {{ background-color: {tint}; border: 3px solid {edge};"
            f" border-radius: 18px; }} QWidget#houseList {{ background-color: {tint}; }}"
        )
        self.picture = QLabel(self)
        self.picture.setPixmap(house_pixmap(house, 120))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("houseName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setMinimumHeight(MIN_TARGET)
        self.name_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.renamed = False
        self.name_edit.textEdited.connect(self._renamed)

        self.list_holder = QWidget()
        self.list_holder.setObjectName("houseList")
        self.list_layout = QVBoxLayout(self.list_holder)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.list_holder)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = label(self.list_holder, "hint")
        self.list_layout.insertWidget(0, self.empty)

        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("houseAddText")
        self.add_edit.setMinimumHeight(MIN_TARGET)
        self.add_edit.setMaxLength(2000)
        self.add_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.add_edit.returnPressed.connect(self._add)
        self.add_button = BigButton(self)
        self.add_button.setObjectName("houseAdd")
        self.add_button.clicked.connect(self._add)

        self.draw_button = BigButton(self)
        self.draw_button.setObjectName("houseDraw")
        self.draw_button.clicked.connect(lambda: page.drawing_requested.emit(self.house))
        self.draw_button.setVisible(False)  # shown when the page can make drawings

        adding = QHBoxLayout()
        adding.addWidget(self.add_edit, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.picture)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(adding)
        layout.addWidget(self.draw_button)
        self.rows: list[EntryRow] = []

    def default_name(self) -> str:
        return _tr(dict(HOUSES)[self.house])

    def name(self) -> str | None:
        """The young person's own name for this house, or None if they kept ours."""
        text = self.name_edit.text()
        return text if self.renamed and text else None

    def set_name(self, name: str | None) -> None:
        self.renamed = bool(name)
        self.name_edit.setText(name if name else self.default_name())

    def _renamed(self, _text: str) -> None:
        self.renamed = True
        self.page.poke()

    def _add(self) -> None:
        text = self.add_edit.text()
        if not text.strip():
            self.add_edit.setFocus()
            return
        words = HELPER if self.page.helper_button.isChecked() else OWN
        if self.page.add_entry(self.house, {"text": text, "words": words}):
            self.add_edit.clear()
        self.add_edit.setFocus()

    def show_entries(self, entries: list[dict[str, Any]]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for index, entry in enumerate(entries):
            row = EntryRow(entry, self.list_holder)
            row.remove_button.clicked.connect(
                lambda _=False, i=index: self.page.remove_entry(self.house, i)
            )
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            row.show()
            self.rows.append(row)
        self.empty.setVisible(not entries)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.name_edit, *(r.remove_button for r in self.rows)]
        chain += [self.add_edit, self.add_button, self.draw_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        if not self.renamed:
            self.name_edit.setText(self.default_name())
        self.name_edit.setPlaceholderText(self.default_name())
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("HousesPage", "Name of this house")
        )
        self.name_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "HousesPage", "You can give the house a new name: %1"
            ).replace("%1", self.default_name())
        )
        self.picture.setAccessibleName(self.default_name())
        self.empty.setText(QCoreApplication.translate("HousesPage", "Nothing here yet."))
        self.add_edit.setPlaceholderText(
            QCoreApplication.translate("HousesPage", "Type something to put in…")
        )
        self.add_edit.setAccessibleName(
            QCoreApplication.translate("HousesPage", "New thing for %1").replace(
                "%1", self.default_name()
            )
        )
        self.add_edit.setAccessibleDescription(
            QCoreApplication.translate("HousesPage", "Type it, then press Put in")
        )
        self.add_button.setText(QCoreApplication.translate("HousesPage", "Put in"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("HousesPage", "Put in %1").replace("%1", self.default_name())
        )
        self.add_button.setAccessibleDescription(
            QCoreApplication.translate("HousesPage", "Puts your words into this house")
        )
        self.draw_button.setText(QCoreApplication.translate("HousesPage", "Draw something"))
        self.draw_button.setAccessibleName(
            QCoreApplication.translate("HousesPage", "Draw something for %1").replace(
                "%1", self.default_name()
            )
        )
        self.draw_button.setAccessibleDescription(
            QCoreApplication.translate("HousesPage", "Make a drawing, then put it in this house")
        )
        self.scroller.setAccessibleName(
            QCoreApplication.translate("HousesPage", "Things in %1").replace(
                "%1", self.default_name()
            )
        )
        for row in self.rows:
            row.retranslate()


class HousesPage(QWidget):
    """The three houses, side by side, with undo and redo."""

    changed = Signal(bytes)
    """The page as UTF-8 JSON (houses.schema.json), a little after each change."""
    drawing_requested = Signal(str)
    """"Draw something" was pressed for this house (see :meth:`allow_drawings`)."""

    def __init__(self, parent: QWidget | None = None, *, autosave_ms: int = 600) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.entries: dict[str, list[dict[str, Any]]] = {key: [] for key, _ in HOUSES}
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []

        self.title = label(self, "pageTitle")
        self.hint = label(self, "message")
        self.helper_button = BigButton(self)
        self.helper_button.setObjectName("housesHelper")
        self.helper_button.setCheckable(True)
        self.helper_button.toggled.connect(lambda _c: self.retranslate())
        self.undo_button = BigButton(self)
        self.redo_button = BigButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)

        tools = FlowLayout(spacing=10)  # wraps at large text sizes
        tools.add(self.helper_button, None, self.undo_button, self.redo_button)

        self.columns: dict[str, HouseColumn] = {}
        # Side by side when they fit; one under another (scrolling) when the words are
        # large or long, so the page is never wider than the screen.
        holder = QWidget()
        self.houses_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, holder)
        self.houses_box.setContentsMargins(0, 0, 0, 0)
        self.houses_box.setSpacing(14)
        for key, _name in HOUSES:
            column = HouseColumn(key, self)
            self.columns[key] = column
            self.houses_box.addWidget(column, 1)
        self.houses_area = QScrollArea(self)
        self.houses_area.setWidgetResizable(True)
        self.houses_area.setFrameShape(QFrame.Shape.NoFrame)
        self.houses_area.setWidget(holder)
        self.houses_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(tools)
        layout.addWidget(self.houses_area, 1)

        for shortcut, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            QShortcut(QKeySequence(shortcut), self, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

        self._saver = Debounce(autosave_ms, self)
        self._saver.fire.connect(self.flush)
        for column in self.columns.values():
            column.show_entries([])
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_houses()

    def fit_houses(self) -> None:
        """Side by side if the three fit the page's width, else one under another."""
        room = self.houses_area.viewport().width()
        needed = sum(c.minimumSizeHint().width() for c in self.columns.values()) + 2 * 14
        across = room >= needed
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.houses_box.direction() != direction:
            self.houses_box.setDirection(direction)
        for column in self.columns.values():
            column.setMinimumHeight(0 if across else 420)

    def allow_drawings(self) -> None:
        """Show "Draw something" in each house (the host makes the drawing, then
        calls :meth:`add_drawing`)."""
        for column in self.columns.values():
            column.draw_button.setVisible(True)

    def add_drawing(self, house: str, item_id: str) -> bool:
        """Put a saved drawing (its item id) into ``house``, as the young person's own."""
        return self.add_entry(house, {"drawing": item_id, "words": OWN})

    # Entries, with undo

    def add_entry(self, house: str, entry: dict[str, Any]) -> bool:
        if len(self.entries[house]) >= MAX_ENTRIES:
            return False
        self._do(_Step(True, house, len(self.entries[house]), entry))
        return True

    def remove_entry(self, house: str, index: int) -> None:
        entry = self.entries[house][index]
        self._do(_Step(False, house, index, entry))
        column = self.columns[house]
        rows = column.rows
        target = rows[min(index, len(rows) - 1)].remove_button if rows else column.add_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _do(self, step: _Step) -> None:
        self._apply(step, forward=True)
        self._undo.append(step)
        self._redo.clear()
        self._after_change()

    def _apply(self, step: _Step, *, forward: bool) -> None:
        entries = self.entries[step.house]
        if step.added == forward:
            entries.insert(step.index, step.entry)
        else:
            del entries[step.index]
        self.columns[step.house].show_entries(entries)

    def undo(self) -> None:
        if self._undo:
            step = self._undo.pop()
            self._apply(step, forward=False)
            self._redo.append(step)
            self._after_change()

    def redo(self) -> None:
        if self._redo:
            step = self._redo.pop()
            self._apply(step, forward=True)
            self._undo.append(step)
            self._after_change()

    def _after_change(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        self.redo_button.setEnabled(bool(self._redo))
        self.poke()

    # Saving and loading

    def poke(self) -> None:
        self._saver.poke()

    def pending(self) -> bool:
        return self._saver.pending()

    def flush(self) -> None:
        """Hand out the page now."""
        self._saver.stop()
        self.changed.emit(self.to_json())

    def to_json(self) -> bytes:
        houses = []
        for key, _name in HOUSES:
            doc: dict[str, Any] = {"house": key}
            name = self.columns[key].name()
            if name is not None:
                doc["name"] = name
            doc["entries"] = [dict(e) for e in self.entries[key]]
            houses.append(doc)
        return page_bytes({"page": "houses", "version": 1, "houses": houses})

    def load(self, data: bytes) -> None:
        """Show a saved page (JSON from ``changed``); checked against the schema first."""
        doc = validate_page("houses", data, DEFAULT_LIMITS)
        found = {h["house"]: h for h in doc["houses"]}
        for key, _name in HOUSES:
            house = found.get(key, {"entries": []})
            self.columns[key].set_name(house.get("name"))
            self.entries[key] = [dict(e) for e in house["entries"]]
            self.columns[key].show_entries(self.entries[key])
        self._undo.clear()
        self._redo.clear()
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self._saver.stop()
        self.retranslate()

    # Words of the app

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("HousesPage", "Three houses"))
        self.hint.setText(
            QCoreApplication.translate(
                "HousesPage",
                "Put good things, worries, hopes and dreams in the houses. You can rename them.",
            )
        )
        self.title.setAccessibleName(self.title.text())
        self.hint.setAccessibleName(self.hint.text())
        if self.helper_button.isChecked():
            self.helper_button.setText(
                QCoreApplication.translate("HousesPage", "My helper is writing for me")
            )
            self.helper_button.setAccessibleDescription(
                QCoreApplication.translate(
                    "HousesPage",
                    "New things are marked as written by your helper. Press to write yourself.",
                )
            )
        else:
            self.helper_button.setText(
                QCoreApplication.translate("HousesPage", "I am writing myself")
            )
            self.helper_button.setAccessibleDescription(
                QCoreApplication.translate(
                    "HousesPage", "Press when your helper writes down what you say"
                )
            )
        self.helper_button.setAccessibleName(self.helper_button.text())
        self.undo_button.setText(QCoreApplication.translate("HousesPage", "Undo"))
        self.undo_button.setAccessibleName(QCoreApplication.translate("HousesPage", "Undo"))
        self.undo_button.setAccessibleDescription(
            QCoreApplication.translate("HousesPage", "Take back the last change")
        )
        self.redo_button.setText(QCoreApplication.translate("HousesPage", "Redo"))
        self.redo_button.setAccessibleName(QCoreApplication.translate("HousesPage", "Redo"))
        self.redo_button.setAccessibleDescription(
            QCoreApplication.translate("HousesPage", "Put back what you took back")
        )
        self.undo_button.setEnabled(bool(self._undo))
        self.redo_button.setEnabled(bool(self._redo))
        for column in self.columns.values():
            column.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
