"""Times as a young person reads them: ``1:05`` and "Sunday 22 November, 16:48"."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def clock(seconds: float | None) -> str:
    """Minutes and seconds (hours too, past the hour), rounded down."""
    total = max(0, int(seconds or 0))
    minutes, secs = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def when(started_utc: str) -> str:
    """A UTC ISO 8601 moment (``2026-11-22T04:48:58Z``) as a local date and time."""
    moment = QDateTime.fromString(started_utc, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return started_utc
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
