"""A layout that puts widgets in a row and wraps onto the next row when there is
no more room, so that buttons never force a window wider than the screen (large
text, long words in Welsh or Polish). It follows the layout direction: right to
left for Urdu and Arabic. ``None`` in :meth:`FlowLayout.add` is a break that
pushes what follows to the far end of the row, as a stretch does in a box layout.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._push_after: int | None = None  # items from here on go to the far end
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add(self, *widgets: QWidget | None) -> None:
        """Add widgets in order; a ``None`` sends the rest to the far end of the row."""
        for widget in widgets:
            if widget is None:
                self._push_after = len(self._items)
            else:
                self.addWidget(widget)

    # -- QLayout ---------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ---------------------------------------------------------------------

    def _visible(self) -> list[tuple[int, QLayoutItem]]:
        out = []
        for index, item in enumerate(self._items):
            widget = item.widget()
            if widget is None or not widget.isHidden():
                out.append((index, item))
        return out

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self.spacing()
        rows: list[list[tuple[int, QLayoutItem, QSize]]] = [[]]
        used = 0
        for index, item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            width = min(hint.width(), max(area.width(), 1))
            if item.hasHeightForWidth():  # wrapping words: taller when narrower
                hint.setHeight(max(hint.height(), item.heightForWidth(width)))
            needed = width if not rows[-1] else used + gap + width
            if rows[-1] and needed > area.width():
                rows.append([])
                used = width
            else:
                used = needed
            rows[-1].append((index, item, QSize(width, hint.height())))
        y = area.y()
        right_to_left = self._direction() == Qt.LayoutDirection.RightToLeft
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _, _, size in row)
            if apply:
                self._place_row(row, area, y, height, gap, right_to_left)
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if any(rows) else 0

    def _place_row(
        self,
        row: list[tuple[int, QLayoutItem, QSize]],
        area: QRect,
        y: int,
        height: int,
        gap: int,
        right_to_left: bool,
    ) -> None:
        push = self._push_after
        near = [r for r in row if push is None or r[0] < push]
        far = [r for r in row if push is not None and r[0] >= push]
        x = 0
        for _, item, size in near:
            self._put(item, area, x, y, size, height, right_to_left)
            x += size.width() + gap
        x = area.width()
        for _, item, size in reversed(far):
            x -= size.width()
            self._put(item, area, x, y, size, height, right_to_left)
            x -= gap

    @staticmethod
    def _put(
        item: QLayoutItem, area: QRect, x: int, y: int, size: QSize, height: int, rtl: bool
    ) -> None:
        left = area.x() + (area.width() - x - size.width() if rtl else x)
        item.setGeometry(QRect(QPoint(left, y), QSize(size.width(), height)))

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
