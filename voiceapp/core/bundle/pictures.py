"""Imported pictures: decoded, turned upright, and re-encoded without metadata.

A photo can carry where and when it was taken and on what device. None of
that may reach the conference, so every picture is decoded and written anew
(PNG stays PNG, JPEG stays JPEG) with no EXIF, XMP, ICC or text chunks.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import BundleTooLarge, UnsupportedItem
from .media import JPEG, PNG

MAX_PIXELS = 40_000_000  # about a 7,000 x 5,700 photo
JPEG_QUALITY = 90


def clean_picture(untrusted: bytes) -> tuple[bytes, str]:
    """Re-encode a PNG or JPEG; returns (bytes, media type)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(untrusted))
            fmt = opened.format
            if fmt not in ("PNG", "JPEG"):
                raise UnsupportedItem(f"picture format {fmt}")
            if opened.width * opened.height > MAX_PIXELS:
                raise BundleTooLarge("picture has too many pixels")
            opened.load()
            img: Image.Image = ImageOps.exif_transpose(opened)
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombWarning,
            Image.DecompressionBombError,
        ):
            raise UnsupportedItem("not a picture that can be read") from None
    if fmt == "PNG" and (img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info):
        img = img.convert("RGBA")
    else:
        img = img.convert("RGB")
    img.info = {}
    out = io.BytesIO()
    if fmt == "PNG":
        img.save(out, "PNG")
        return out.getvalue(), PNG
    img.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), JPEG
