"""Flood fill ("paint pot") for the canvas, fast enough for a 1920 × 1080 picture.

Which pixels count as "the same colour" as the one pressed is worked out by
Pillow in C (a per-channel difference within ``TOLERANCE``), so the soft edges
of brush strokes stop the fill as a child expects. The region itself is found
with a scanline fill over one row of bytes at a time, using ``bytes.find`` to
jump along runs, so Python loops once per run, not once per pixel. The filled
area then grows by one pixel to cover the soft edge it stopped at.
"""

from __future__ import annotations

from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter

TOLERANCE = 64
"""Largest difference in any colour channel (0–255) that still counts as the same."""


def _as_pillow(image: QImage) -> Image.Image:
    """The picture (Format_RGB32) as a Pillow image, channels in memory order."""
    return Image.frombuffer(
        "RGBA",
        (image.width(), image.height()),
        bytes(image.constBits()),
        "raw",
        "RGBA",
        image.bytesPerLine(),
        1,
    )


def region_mask(image: QImage, seed: QPoint, tolerance: int = TOLERANCE) -> Image.Image | None:
    """A Pillow "L" mask (255 = fill) of the area around ``seed`` of about its colour."""
    width, height = image.width(), image.height()
    if not (0 <= seed.x() < width and 0 <= seed.y() < height):
        return None
    picture = _as_pillow(image)
    target = picture.getpixel((seed.x(), seed.y()))
    solid = Image.new("RGBA", picture.size, target)
    difference = ImageChops.difference(picture, solid)
    red, green, blue, _ = difference.split()
    furthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    # 1 where the colour is close enough to the seed's, 0 elsewhere
    alike = furthest.point([1 if v <= tolerance else 0 for v in range(256)])
    open_ = bytearray(alike.tobytes())  # 1 = may fill and not filled yet
    filled = bytearray(width * height)
    stack = [(seed.x(), seed.y())]
    while stack:
        x, y = stack.pop()
        row = y * width
        if not open_[row + x]:
            continue
        left = open_.rfind(b"\x00", row, row + x) + 1
        left = max(left, row)
        right = open_.find(b"\x00", row + x, row + width)
        if right < 0:
            right = row + width
        span = right - left
        open_[left:right] = bytes(span)
        filled[left:right] = b"\xff" * span
        for ny in (y - 1, y + 1):
            if not 0 <= ny < height:
                continue
            nrow = ny * width
            start = nrow + (left - row)
            stop = nrow + (right - row)
            while start < stop:
                start = open_.find(b"\x01", start, stop)
                if start < 0:
                    break
                stack.append((start - nrow, ny))
                gap = open_.find(b"\x00", start, stop)
                if gap < 0:
                    break
                start = gap
    mask = Image.frombytes("L", (width, height), bytes(filled))
    return mask.filter(ImageFilter.MaxFilter(3))


def flood_fill(image: QImage, seed: QPoint, colour: QColor) -> QRect:
    """Fill the area around ``seed`` with ``colour``; the rectangle changed (may be empty)."""
    mask = region_mask(image, seed)
    if mask is None:
        return QRect()
    box = mask.getbbox()
    if box is None:
        return QRect()
    left, top, right, bottom = box
    area = mask.crop(box)
    alpha = QImage(
        area.tobytes(), area.width, area.height, area.width, QImage.Format.Format_Alpha8
    ).copy()
    paint = QImage(area.width, area.height, QImage.Format.Format_ARGB32_Premultiplied)
    paint.fill(colour)
    painter = QPainter(paint)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, alpha)
    painter.end()
    painter = QPainter(image)
    painter.drawImage(left, top, paint)
    painter.end()
    return QRect(left, top, right - left, bottom - top)
