"""What each kind of item is, and checking media types by their bytes.

The checks look at structure, not file names: a PNG must start with the PNG
signature and an IHDR chunk, a JPEG must be framed by SOI and EOI, Opus audio
must be an Ogg stream whose first packet is an OpusHead, a WebM file must be
an EBML document of type "webm", text must be UTF-8 without NUL bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

PNG = "image/png"
JPEG = "image/jpeg"
TEXT = "text/plain; charset=utf-8"
OGG_OPUS = "audio/ogg; codecs=opus"
WEBM = 'video/webm; codecs="vp9, opus"'
JSON = "application/json"


@dataclass(frozen=True)
class Kind:
    name: str
    media_types: dict[str, str]  # media type -> file extension
    timed: bool = False  # has a duration
    deflate: bool = False  # stored compressed in the ZIP


KINDS: dict[str, Kind] = {
    k.name: k
    for k in [
        Kind("drawing", {PNG: "png"}),
        Kind("letter", {TEXT: "txt"}, deflate=True),
        Kind("audio", {OGG_OPUS: "ogg"}, timed=True),
        Kind("video", {WEBM: "webm"}, timed=True),
        Kind("picture", {PNG: "png", JPEG: "jpg"}),
        Kind("feelings", {JSON: "json"}, deflate=True),
        Kind("houses", {JSON: "json"}, deflate=True),
    ]
}

SNIFF_SIZE = 4096


def _is_png(head: bytes) -> bool:
    return head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR"


def _is_jpeg(head: bytes, tail: bytes) -> bool:
    return head.startswith(b"\xff\xd8\xff") and tail.endswith(b"\xff\xd9")


def _is_ogg_opus(head: bytes) -> bool:
    if not head.startswith(b"OggS") or len(head) < 27 or head[4] != 0:
        return False
    segments = head[26]
    start = 27 + segments
    return head[start : start + 8] == b"OpusHead"


def _ebml_element(data: bytes, pos: int) -> tuple[int, int, int] | None:
    """(id, size, data start) of the EBML element at ``pos``, or None."""

    def vint(p: int, keep_marker: bool) -> tuple[int, int] | None:
        if p >= len(data) or data[p] == 0:
            return None
        length = 8 - data[p].bit_length() + 1
        if p + length > len(data):
            return None
        value = int.from_bytes(data[p : p + length], "big")
        if not keep_marker:
            value &= (1 << (7 * length)) - 1
        return value, p + length

    ident = vint(pos, True)
    if ident is None:
        return None
    size = vint(ident[1], False)
    if size is None:
        return None
    return ident[0], size[0], size[1]


def _is_webm(head: bytes) -> bool:
    top = _ebml_element(head, 0)
    if top is None or top[0] != 0x1A45DFA3:
        return False
    _, size, pos = top
    end = min(pos + size, len(head))
    while pos < end:
        el = _ebml_element(head, pos)
        if el is None:
            return False
        ident, esize, start = el
        if ident == 0x4282:  # DocType
            return head[start : start + esize] == b"webm"
        pos = start + esize
    return False


def sniff(media_type: str, head: bytes, tail: bytes) -> bool:
    """Whether the bytes (first ``SNIFF_SIZE`` and last 2) fit ``media_type``."""
    if media_type == PNG:
        return _is_png(head)
    if media_type == JPEG:
        return _is_jpeg(head, tail)
    if media_type == OGG_OPUS:
        return _is_ogg_opus(head)
    if media_type == WEBM:
        return _is_webm(head)
    if media_type in (TEXT, JSON):
        return b"\x00" not in head
    return False


def detect(head: bytes, tail: bytes) -> str | None:
    """The media type of binary content, for the command line's ``--item``."""
    for media_type in (PNG, JPEG, OGG_OPUS, WEBM):
        if sniff(media_type, head, tail):
            return media_type
    return None
