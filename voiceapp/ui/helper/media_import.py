""" "Add something made elsewhere": what a file is, and making it ready to keep.

Everything here works on bytes in memory and returns bytes: the vault then
encrypts them. What the file *is* comes from its bytes, never its name (the
name only helps with old ``.txt`` letters that are not UTF-8).

- a letter: UTF-8 text (a byte-order mark is dropped);
- a picture (a photo of a paper drawing): PNG or JPEG re-encoded by the core
  without metadata; other picture formats Pillow knows become PNG first;
- a recording or a video: checked with FFmpeg, then copied into a clean
  container or encoded again (see ``transcode``).

No Qt in here: this runs on a worker thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from voiceapp.core.bundle import DEFAULT_LIMITS
from voiceapp.core.bundle.pictures import MAX_PIXELS, clean_picture
from voiceapp.core.errors import BundleTooLarge, UnsupportedItem
from voiceapp.ui.helper import transcode
from voiceapp.ui.helper.transcode import CancelCheck, Progress

MAX_IMPORT_SIZE = DEFAULT_LIMITS.max_item_size


@dataclass(frozen=True)
class Imported:
    """Ready for the vault: the kind of item, its bytes, and its length if it has one."""

    kind: str  # "letter", "picture", "audio" or "video"
    content: bytes
    duration_s: float | None = None


def _letter(untrusted: bytes, name_hint: str) -> Imported | None:
    if b"\x00" in untrusted[:65536]:
        return None
    try:
        text = untrusted.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not name_hint.lower().endswith(".txt"):
            return None
        text = untrusted.decode("cp1252", errors="replace")  # an old Windows letter
    data = text.encode("utf-8")
    if "\x00" in text:
        return None
    if len(data) > DEFAULT_LIMITS.max_page_size:
        raise BundleTooLarge("letter too long")
    return Imported("letter", data)


def _picture(untrusted: bytes) -> Imported | None:
    try:
        with Image.open(io.BytesIO(untrusted)) as img:
            fmt = img.format
            if img.width * img.height > MAX_PIXELS:
                raise BundleTooLarge("picture has too many pixels")
            if fmt not in ("PNG", "JPEG"):
                img.seek(0)
                rgb = img.convert("RGBA" if "A" in img.getbands() else "RGB")
                out = io.BytesIO()
                rgb.save(out, "PNG")
                untrusted = out.getvalue()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        return None
    content, _media_type = clean_picture(untrusted)
    return Imported("picture", content)


def _recording(untrusted: bytes, progress: Progress, cancelled: CancelCheck) -> Imported:
    found = transcode.probe(untrusted)
    if found.video is not None:
        if found.is_webm:
            content = transcode.remux(untrusted, "webm")
        else:
            content = transcode.transcode(untrusted, "webm", found.duration_s, progress, cancelled)
        kind = "video"
    else:
        if found.is_ogg_opus:
            content = transcode.remux(untrusted, "ogg")
        else:
            content = transcode.transcode(untrusted, "ogg", found.duration_s, progress, cancelled)
        kind = "audio"
    result = transcode.probe(content)
    if not (result.is_webm if kind == "video" else result.is_ogg_opus):
        raise UnsupportedItem("the recording did not come out right")
    return Imported(kind, content, round(result.duration_s, 3))


def prepare(
    untrusted: bytes, name_hint: str, progress: Progress, cancelled: CancelCheck
) -> Imported:
    """Work out what ``untrusted`` is and make it ready; typed errors if it cannot be."""
    if not untrusted:
        raise UnsupportedItem("empty file")
    if len(untrusted) > MAX_IMPORT_SIZE:
        raise BundleTooLarge("file too large")
    found = _letter(untrusted, name_hint) or _picture(untrusted)
    if found is not None:
        progress(1000)
        return found
    return _recording(untrusted, progress, cancelled)


def read_bounded(path: str) -> bytes:
    """The file's bytes, refusing anything bigger than one bundle item may be."""
    with open(path, "rb") as f:
        data = f.read(MAX_IMPORT_SIZE + 1)
    if len(data) > MAX_IMPORT_SIZE:
        raise BundleTooLarge("file too large")
    return data
