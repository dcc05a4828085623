"""Undo and redo for the drawing canvas, without a fixed number of steps but
within a memory budget.

The canvas keeps a second image, ``base``, that always equals the picture as it
was after the last finished step. When a step finishes (a stroke, a fill, a
stamp, "start again"), only the tiles the step could have touched are compared
with ``base``; each tile that changed is kept as it was before, compressed with
zlib. Only the version that is not on the canvas is ever kept: undo first keeps
the tiles as they are now (for redo), then writes the kept ones back; redo does
the same the other way. The pixels come back exactly, because tiles are copied,
never re-drawn.

All steps together (undo and redo) stay under ``budget`` bytes. When a new step
would go over, the oldest undo steps are dropped first. (Undoing can also grow
the total a little, as the tiles kept for redo may compress differently; then
the redo steps furthest ahead go first.)
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter

TILE = 64
"""Tiles are TILE × TILE pixels (smaller at the right and bottom edges)."""

DEFAULT_BUDGET = 96 * 1024 * 1024
"""Bytes of compressed tiles kept for undo and redo together."""

_LEVEL = 1  # zlib: fast; drawings compress very well even so


@dataclass(frozen=True)
class Tile:
    x: int
    y: int
    width: int
    height: int
    pixels: bytes  # zlib-compressed: the tile as it is not on the canvas now


@dataclass(frozen=True)
class Step:
    tiles: tuple[Tile, ...]

    @property
    def nbytes(self) -> int:
        return sum(len(t.pixels) for t in self.tiles) + 80 * len(self.tiles) + 64


def _squeeze(pixels: bytes) -> bytes:
    return zlib.compress(pixels, _LEVEL)


def tiles_in(rect: QRect, size: QRect) -> Iterator[QRect]:
    """The grid tiles of an image of ``size`` that ``rect`` touches."""
    area = rect.intersected(size)
    if area.isEmpty():
        return
    for ty in range(area.top() // TILE, area.bottom() // TILE + 1):
        for tx in range(area.left() // TILE, area.right() // TILE + 1):
            yield QRect(tx * TILE, ty * TILE, TILE, TILE).intersected(size)


def _pixels(image: QImage, rect: QRect) -> bytes:
    tile = image.copy(rect)
    return bytes(tile.constBits())


def _put(image: QImage, rect: QRect, compressed: bytes) -> None:
    data = zlib.decompress(compressed)
    tile = QImage(data, rect.width(), rect.height(), image.format())
    _copy(tile, image, rect.topLeft())


def _copy(source: QImage, target: QImage, at: QPoint, area: QRect | None = None) -> None:
    painter = QPainter(target)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    if area is None:
        painter.drawImage(at, source)
    else:
        painter.drawImage(at, source, area)
    painter.end()


class History:
    """Undo and redo steps kept as compressed changed tiles, within ``budget`` bytes."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._undo: deque[Step] = deque()
        self._redo: list[Step] = []
        self._bytes = 0
        self.dropped = 0
        """How many of the oldest steps were let go to stay within the budget."""

    @property
    def nbytes(self) -> int:
        """Bytes held by every undo and redo step now."""
        return self._bytes

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_count(self) -> int:
        return len(self._undo)

    def redo_count(self) -> int:
        return len(self._redo)

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._bytes = 0

    def record(self, base: QImage, image: QImage, dirty: QRect) -> bool:
        """Finish a step: keep the tiles inside ``dirty`` where ``image`` now differs
        from ``base``, then bring ``base`` up to date. False if nothing changed."""
        tiles = []
        for rect in tiles_in(dirty, image.rect()):
            before = _pixels(base, rect)
            if before == _pixels(image, rect):
                continue
            tiles.append(Tile(rect.x(), rect.y(), rect.width(), rect.height(), _squeeze(before)))
            _copy(image, base, rect.topLeft(), rect)
        if not tiles:
            return False
        for step in self._redo:
            self._bytes -= step.nbytes
        self._redo.clear()
        step = Step(tuple(tiles))
        self._undo.append(step)
        self._bytes += step.nbytes
        self._keep_to_budget()
        return True

    def undo(self, base: QImage, image: QImage) -> QRect | None:
        """Put back the pixels from before the newest step; the area changed, or None.
        (``base`` and ``image`` must be the same picture, as between steps.)"""
        if not self._undo:
            return None
        step, changed = self._swap(self._undo.pop(), base, image)
        self._redo.append(step)
        # Over budget while going back: let go of the furthest redo steps first,
        # so the older past stays reachable.
        while self._bytes > self.budget and len(self._redo) > 1:
            self._bytes -= self._redo.pop(0).nbytes
        self._keep_to_budget()
        return changed

    def redo(self, base: QImage, image: QImage) -> QRect | None:
        """Do the newest undone step again; the area changed, or None."""
        if not self._redo:
            return None
        step, changed = self._swap(self._redo.pop(), base, image)
        self._undo.append(step)
        self._keep_to_budget()
        return changed

    def _swap(self, step: Step, base: QImage, image: QImage) -> tuple[Step, QRect]:
        """Write ``step``'s tiles to the picture; a step holding what was there."""
        changed = QRect()
        now = []
        for tile in step.tiles:
            rect = QRect(tile.x, tile.y, tile.width, tile.height)
            now.append(
                Tile(tile.x, tile.y, tile.width, tile.height, _squeeze(_pixels(image, rect)))
            )
            _put(image, rect, tile.pixels)
            _copy(image, base, rect.topLeft(), rect)
            changed = changed.united(rect)
        swapped = Step(tuple(now))
        self._bytes += swapped.nbytes - step.nbytes
        return swapped, changed

    def _keep_to_budget(self) -> None:
        while self._bytes > self.budget and self._undo:
            self._bytes -= self._undo.popleft().nbytes
            self.dropped += 1
