"""Crash safety: a recording goes to the vault in short encrypted segments.

While a recording runs, the Ogg pages made since the last segment are
written, twice a second, as one more segment file in the case folder::

    cases/<case>/recordings/<recording>/<seq>.age

Each segment is a vault item file (``vault.records.write_item``: details +
content, one age file written atomically) encrypted to the case key, so a
crash or a kill -9 loses at most the last second or so, and nothing is ever
on disk in plaintext. Deleting the case removes (and crypto-shreds) them
with everything else.

Joined in order, the segments of a recording are the start of its Ogg Opus
file (a voice recording) or of its WebM file (a video); ``rebuild`` makes a
complete file of them. The segments stay until the app has kept the
recording as an item, or the young person threw it away: then ``discard``
removes them. Whatever is left at the next start was cut
short, and ``recoverable`` lists it so the app can offer it back.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import age
from ..errors import DamagedFile
from ..vault import Vault, records
from ..vault.paths import make_private_dir
from . import opus, webm

_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_RECORDING_ID = re.compile(r"\A[a-z2-7]{12}\Z")
_SEGMENT_NAME = re.compile(r"\A([0-9]{6})\.age\Z")
_MAGIC = "voiceapp-recording-segment"


def _new_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(12))


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Leftover:
    """A recording whose segments are still in the vault."""

    id: str
    kind: str  # "audio" or "video"
    started: str  # UTC, ISO 8601
    segments: int
    finished: bool  # True: it ended normally but was neither kept nor thrown away


class SegmentStore:
    """The segment folders of one case.

    Give it the case folder and the case key (``for_case`` finds both in an
    unlocked vault).
    """

    def __init__(self, case_folder: Path, key: age.AnyIdentity) -> None:
        self._root = Path(case_folder) / "recordings"
        self._case_folder = Path(case_folder)
        self._recipients: Sequence[age.Recipient] = [key.recipient()]
        self._identities: Sequence[age.Identity] = [key]

    @classmethod
    def for_case(cls, vault: Vault, case_id: str) -> SegmentStore:
        # The vault has no public accessors for these yet (proposed to the lead):
        # case_folder checks the id; case_key raises when locked or unknown.
        return cls(vault.case_folder(case_id), vault.case_key(case_id))

    def _folder(self, recording_id: str) -> Path:
        if not _RECORDING_ID.match(recording_id):
            raise ValueError("malformed recording id")
        return self._root / recording_id

    def begin(self, kind: str = "audio") -> SegmentWriter:
        recording_id = _new_id()
        folder = self._folder(recording_id)
        make_private_dir(folder, private_from=self._case_folder)
        return SegmentWriter(self, recording_id, folder, kind)

    def _segment_paths(self, recording_id: str) -> list[tuple[int, Path]]:
        folder = self._folder(recording_id)
        found = []
        if folder.is_dir():
            for path in folder.iterdir():
                match = _SEGMENT_NAME.match(path.name)
                if match:
                    found.append((int(match.group(1)), path))
        return sorted(found)

    def recoverable(self) -> list[Leftover]:
        """Every recording whose segments are still here, oldest first."""
        out: list[Leftover] = []
        if not self._root.is_dir():
            return out
        for folder in self._root.iterdir():
            if not _RECORDING_ID.match(folder.name):
                continue
            paths = self._segment_paths(folder.name)
            if not paths:  # killed before its first segment: nothing to offer
                self.discard(folder.name)
                continue
            try:
                first = records.read_item_details(paths[0][1], self._identities)
                last = records.read_item_details(paths[-1][1], self._identities)
            except DamagedFile:
                continue
            out.append(
                Leftover(
                    id=folder.name,
                    kind=str(first.get("kind", "audio")),
                    started=str(first.get("started", "")),
                    segments=len(paths),
                    finished=bool(last.get("final", False)),
                )
            )
        return sorted(out, key=lambda leftover: (leftover.started, leftover.id))

    def raw_bytes(self, recording_id: str) -> bytes:
        """The segments joined, up to the first one missing or damaged."""
        parts = []
        expected = 0
        for seq, path in self._segment_paths(recording_id):
            if seq != expected:
                break
            try:
                details, content = records.read_item(path, self._identities)
            except DamagedFile:
                break
            if details.get("format") != _MAGIC or details.get("recording") != recording_id:
                break
            parts.append(content)
            expected += 1
        return b"".join(parts)

    def rebuild(self, recording_id: str) -> tuple[bytes, float]:
        """One complete file and its length in seconds: Ogg Opus for a voice
        recording, WebM for a video (told apart by their first bytes).

        Raises ``DamagedFile`` when nothing usable was saved.
        """
        data = self.raw_bytes(recording_id)
        if not data:
            raise DamagedFile("no segments")
        if data.startswith(webm.EBML_MAGIC):
            return webm.rebuild(data)
        return opus.rebuild(data)

    def discard(self, recording_id: str) -> None:
        """Remove a recording's segments (after keeping it as an item, or throwing it away)."""
        folder = self._folder(recording_id)
        shutil.rmtree(folder, ignore_errors=True)
        try:
            fd = os.open(self._root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return  # no folder yet, or a platform that cannot sync folders
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class SegmentWriter:
    """Appends encrypted segments to one recording (not thread-safe: one writer thread)."""

    def __init__(self, store: SegmentStore, recording_id: str, folder: Path, kind: str) -> None:
        self.store = store
        self.id = recording_id
        self._folder = folder
        self._kind = kind
        self._started = _now()
        self._seq = 0

    @property
    def count(self) -> int:
        return self._seq

    def append(self, data: bytes, final: bool = False) -> None:
        """Write the next segment (nothing when ``data`` is empty and it is not the last)."""
        if not data and not final:
            return
        details = {
            "format": _MAGIC,
            "recording": self.id,
            "kind": self._kind,
            "seq": self._seq,
            "started": self._started,
            "final": final,
        }
        path = self._folder / f"{self._seq:06d}.age"
        records.write_item(path, details, data, self.store._recipients)
        self._seq += 1
