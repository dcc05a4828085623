"""Previews of a young person's things, made in memory and kept only in memory.

``make_previews`` runs as a vault job (off the GUI thread): it decrypts each
item, and makes a small ``QImage`` (pictures, drawings, the first frame of a
video) or a short piece of text (letters, pages). Nothing is written to disk;
the previews live as long as the helper's screens do, and go when My Voice
locks. ``QImage`` (unlike ``QPixmap``) may be made on any thread.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import av
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from voiceapp.core.vault import ItemInfo, Vault
from voiceapp.ui.feelings.feelings_page import WORDS as FEELING_WORDS
from voiceapp.ui.feelings.houses_page import HOUSES
from voiceapp.ui.helper.words import kind_name

THUMB = QSize(220, 160)
EXCERPT = 240


@dataclass(frozen=True)
class Preview:
    item: ItemInfo
    image: QImage | None = None
    text: str = ""


def thumbnail(preview: Preview, parent: QWidget) -> QLabel:
    """A card's picture: the preview's image, else its text (the young person's words,
    marked as data), else what kind of thing it is."""
    picture = QLabel(parent)
    picture.setObjectName("thumbnail")
    picture.setFixedSize(THUMB)
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    picture.setWordWrap(True)
    if preview.image is not None:
        picture.setPixmap(QPixmap.fromImage(preview.image))
    else:
        picture.setText(preview.text or kind_name(preview.item.kind))
        picture.setProperty("userData", bool(preview.text))
    return picture


def _scaled(image: QImage) -> QImage | None:
    if image.isNull():
        return None
    return image.scaled(
        THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _video_frame(content: bytes) -> QImage | None:
    try:
        with av.open(io.BytesIO(content), "r") as container:
            stream = container.streams.video[0]
            for frame in container.decode(stream):
                rgb = frame.reformat(format="rgb24")
                plane = rgb.planes[0]
                image = QImage(
                    bytes(plane),
                    rgb.width,
                    rgb.height,
                    plane.line_size,
                    QImage.Format.Format_RGB888,
                )
                return _scaled(image.copy())
    except (av.FFmpegError, IndexError, ValueError):
        return None
    return None


def _page_text(content: bytes) -> str:
    try:
        page = json.loads(content)
    except ValueError:
        return ""
    if page.get("page") == "feelings":
        words = [FEELING_WORDS.get(str(f.get("feeling")), "") for f in page.get("feelings", [])]
        return ", ".join(QCoreApplication.translate("FeelingsPage", str(w)) for w in words if w)
    if page.get("page") == "houses":
        names = dict(HOUSES)
        lines = []
        for house in page.get("houses", []):
            default = QCoreApplication.translate("HousesPage", str(names.get(house.get("house"))))
            name = str(house.get("name") or default)
            lines.append(f"{name}: {len(house.get('entries', []))}")
        return "\n".join(lines)
    return ""


def preview_of(item: ItemInfo, content: bytes) -> Preview:
    if item.kind in ("picture", "drawing"):
        return Preview(item, _scaled(QImage.fromData(content)))
    if item.kind == "video":
        return Preview(item, _video_frame(content))
    if item.kind == "letter":
        text = content.decode("utf-8", errors="replace")
        return Preview(item, text=text[:EXCERPT] + ("..." if len(text) > EXCERPT else ""))
    if item.kind in ("feelings", "houses"):
        return Preview(item, text=_page_text(content))
    return Preview(item)


def make_previews(
    vault: Vault,
    case_id: str,
    known: dict[str, Preview],
    cancelled: Callable[[], bool] | None = None,
) -> list[Preview]:
    """A preview for every item, in the order they were made; reuses ``known``
    ones that have not changed since."""
    out: list[Preview] = []
    items: Sequence[ItemInfo] = vault.items(case_id)
    for item in items:
        if cancelled is not None and cancelled():
            break
        old = known.get(item.id)
        if old is not None and old.item.updated == item.updated and old.item == item:
            out.append(old)
            continue
        if old is not None and old.item.updated == item.updated:
            out.append(Preview(item, old.image, old.text))  # only its details changed
            continue
        _, content = vault.read_item(case_id, item.id)
        out.append(preview_of(item, content))
        del content
    return out
