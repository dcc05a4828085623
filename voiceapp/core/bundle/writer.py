"""Writing a bundle: items stream through the ZIP writer into the age writer,
into a temporary file beside the target, which is renamed only when complete.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import secrets
import stat
import string
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from voiceapp import __version__

from ..age import AgeWriter, Recipient
from ..age.stream import CancelCheck, Progress
from ..atomic import atomic_write
from ..errors import BundleTooLarge, Cancelled, UnsupportedItem
from . import manifest as mf
from .digest import BackgroundSha256
from .limits import DEFAULT_LIMITS, Limits
from .media import KINDS, SNIFF_SIZE, TEXT, sniff
from .pictures import clean_picture
from .zipformat import MANIFEST

_BLOCK = 1 << 20
_EPOCH = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = (stat.S_IFREG | 0o644) << 16
MAX_PICTURE_INPUT = 64 << 20


@dataclass(frozen=True)
class BundleInfo:
    """Who and what the bundle is for (goes into the manifest)."""

    age_band: str
    conference_date: dt.date
    made_with: str = "alone"
    name: str | None = None
    reference: str | None = None
    language: str = "en-GB"


def default_file_name(conference_date: dt.date) -> str:
    """A name that says nothing about the young person."""
    letters = "".join(secrets.choice(string.ascii_lowercase) for _ in range(4))
    return f"conference-{conference_date.isoformat()}-{letters}.voice"


def new_item_id() -> str:
    return "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(12))


class _Sink:
    """What zipfile writes into: the age writer, counted for progress."""

    def __init__(self, age_writer: AgeWriter) -> None:
        self._w = age_writer

    def write(self, data: bytes) -> int:
        return self._w.write(data)

    def flush(self) -> None:
        pass


class BundleWriter:
    """Use as a context manager; the bundle appears at ``path`` on success only."""

    def __init__(
        self,
        target: str | os.PathLike[str],
        recipients: Sequence[Recipient],
        info: BundleInfo,
        *,
        limits: Limits = DEFAULT_LIMITS,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        overwrite: bool = False,
    ) -> None:
        self._check_info(info, limits)
        path = Path(target)
        if path.is_dir():
            path = path / default_file_name(info.conference_date)
        self.path = path
        self.info = info
        self._limits = limits
        self._progress = progress
        self._cancel = cancel
        self._items: list[dict[str, Any]] = []
        self._total = 0
        self._drawing_refs: set[str] = set()
        self._done = False
        self._atomic = atomic_write(path, 0o600, overwrite=overwrite)
        self._file = self._atomic.__enter__()
        try:
            self._age = AgeWriter(self._file, recipients)
            self._zip = zipfile.ZipFile(_Sink(self._age), "w")  # type: ignore[call-overload]
        except BaseException as e:
            self._atomic.__exit__(type(e), e, e.__traceback__)
            raise

    @staticmethod
    def _check_info(info: BundleInfo, limits: Limits) -> None:
        if info.age_band not in mf.AGE_BANDS or info.made_with not in mf.MADE_WITH:
            raise ValueError("unknown age band or helper")
        if info.name is not None and len(info.name) > limits.max_name_length:
            raise ValueError("name too long")
        if info.reference is not None and len(info.reference) > limits.max_name_length:
            raise ValueError("reference too long")

    # -- items -------------------------------------------------------------

    def add(
        self,
        kind: str,
        source: bytes | BinaryIO,
        *,
        title: str,
        audience: str = "everyone",
        words: str = "own",
        duration_s: float | None = None,
        created: dt.datetime | None = None,
        item_id: str | None = None,
    ) -> mf.Item:
        """Add one item. Pictures are re-encoded; everything is checked by its bytes."""
        if self._done:
            raise ValueError("bundle already finished")
        if kind not in KINDS:
            raise UnsupportedItem(f"kind {kind!r}")
        spec = KINDS[kind]
        if audience not in mf.AUDIENCES or words not in mf.WORDS:
            raise ValueError("unknown audience or words")
        if len(title) > self._limits.max_title_length:
            raise ValueError("title too long")
        if spec.timed != (duration_s is not None):
            raise ValueError("a duration is needed for recordings, and only for them")
        if duration_s is not None and not 0 <= duration_s <= self._limits.max_duration_s:
            raise ValueError("duration out of range")
        if len(self._items) >= self._limits.max_items:
            raise BundleTooLarge("too many items")
        item_id = item_id or new_item_id()
        if not mf.is_item_id(item_id) or any(i["id"] == item_id for i in self._items):
            raise ValueError("item id taken or malformed")

        stream = (
            io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
        )
        media_type = next(iter(spec.media_types))
        if kind == "picture":
            data, media_type = clean_picture(_read_bounded(stream, MAX_PICTURE_INPUT))
            stream = io.BytesIO(data)
        elif spec.deflate:
            data = _read_bounded(stream, self._limits.max_page_size)
            if kind == "letter":
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError:
                    raise UnsupportedItem("a letter must be UTF-8 text") from None
                if b"\x00" in data:
                    raise UnsupportedItem("a letter cannot hold NUL characters")
            else:
                try:
                    page = mf.validate_page(kind, data, self._limits)
                except Exception:
                    raise UnsupportedItem(f"not a valid {kind} page") from None
                if kind == "houses":
                    self._drawing_refs |= mf.houses_drawings(page)
            stream = io.BytesIO(data)
        head = _read_bounded(stream, SNIFF_SIZE, exact_ok=True)
        if media_type != TEXT and not sniff(media_type, head, b"") and kind != "picture":
            raise UnsupportedItem(f"{kind} content is not {media_type}")

        name = mf.file_name(item_id, kind, media_type)
        zinfo = zipfile.ZipInfo(name, date_time=_EPOCH)
        zinfo.compress_type = zipfile.ZIP_DEFLATED if spec.deflate else zipfile.ZIP_STORED
        zinfo.create_system = 3
        zinfo.external_attr = _FILE_MODE
        try:
            size, digest = self._stream(zinfo, head, stream)
        except BaseException as e:
            self.abort(e)  # a half-written member cannot be taken back
            raise
        entry: dict[str, Any] = {
            "id": item_id,
            "kind": kind,
            "title": title,
            "file": name,
            "media_type": media_type,
            "size": size,
            "sha256": digest,
            "created": mf.timestamp(created),
            "audience": audience,
            "words": words,
        }
        if duration_s is not None:
            entry["duration_s"] = round(float(duration_s), 3)
        self._items.append(entry)
        return mf.Item(**{"duration_s": None, **entry})

    def _stream(self, zinfo: zipfile.ZipInfo, head: bytes, stream: BinaryIO) -> tuple[int, str]:
        size = 0
        # Two buffers filled in turn with readinto: no allocation per block, and
        # a buffer is reused only after the hash thread has finished with it.
        readinto = getattr(stream, "readinto", None)
        buffers = [memoryview(bytearray(_BLOCK)), memoryview(bytearray(_BLOCK))]
        with BackgroundSha256() as sha, self._zip.open(zinfo, "w") as out:
            block: bytes | memoryview = head
            while block:
                size += len(block)
                self._total += len(block)
                if size > self._limits.max_item_size or self._total > self._limits.max_total_size:
                    raise BundleTooLarge("item or bundle too large")
                sha.update(block)  # on a helper thread, while zipfile encrypts
                out.write(block)
                if self._cancel is not None and self._cancel():
                    raise Cancelled()
                if self._progress is not None:
                    self._progress(self._total)
                if readinto is None:
                    block = stream.read(_BLOCK)
                else:
                    buffers.reverse()
                    block = buffers[0][: readinto(buffers[0]) or 0]
            return size, sha.hexdigest()

    # -- finishing -----------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        young: dict[str, Any] = {"age_band": self.info.age_band}
        if self.info.name:
            young["name"] = self.info.name
        conference: dict[str, Any] = {"date": self.info.conference_date.isoformat()}
        if self.info.reference:
            conference["reference"] = self.info.reference
        return {
            "format": mf.FORMAT,
            "version": mf.VERSION,
            "created": mf.timestamp(),
            "app": f"My Voice {__version__}",
            "language": self.info.language,
            "young_person": young,
            "conference": conference,
            "made_with": self.info.made_with,
            "items": self._items,
        }

    def finish(self) -> Path:
        """Write the manifest, finish the ZIP and the age file, and rename into place."""
        if self._done:
            return self.path
        drawings = {i["id"] for i in self._items if i["kind"] == "drawing"}
        if not self._drawing_refs <= drawings:
            self.abort()
            raise ValueError("a houses page refers to a drawing that is not in the bundle")
        try:
            data = json.dumps(self.manifest(), ensure_ascii=False, indent=1).encode("utf-8")
            zinfo = zipfile.ZipInfo(MANIFEST, date_time=_EPOCH)
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zinfo.create_system = 3
            zinfo.external_attr = _FILE_MODE
            with self._zip.open(zinfo, "w") as out:
                out.write(data)
            self._zip.close()
            self._age.close()
        except BaseException as e:
            self.abort(e)
            raise
        self._done = True
        self._atomic.__exit__(None, None, None)
        return self.path

    def abort(self, reason: BaseException | None = None) -> None:
        """Forget the bundle: the temporary file is removed, the target untouched."""
        if self._done:
            return
        self._done = True
        exc = reason or Cancelled()
        self._atomic.__exit__(type(exc), exc, exc.__traceback__)

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if e is None:
            self.finish()
        else:
            self.abort(e)


def _read_bounded(stream: BinaryIO, limit: int, exact_ok: bool = False) -> bytes:
    data = stream.read(limit + (0 if exact_ok else 1))
    if not exact_ok and len(data) > limit:
        raise BundleTooLarge("item too large")
    return data
