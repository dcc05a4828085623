"""The receipt after sending: what was sent, when, and to which chair, in plain
words. It is kept with the case (encrypted, in the vault), shown on screen,
and can be printed or saved as a PDF where the helper chooses."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDateTime, QIODevice, QLocale, Qt
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from voiceapp.core.vault import Case
from voiceapp.ui.helper.words import (
    audience_words,
    conference_words,
    kind_name,
    long_date,
    words_words,
)


@dataclass(frozen=True)
class ReceiptItem:
    title: str
    kind: str
    audience: str
    words: str


@dataclass(frozen=True)
class Receipt:
    name: str
    conference_date: dt.date
    reference: str
    sent_at: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    file_name: str
    folder: str
    chair: str
    organisation: str
    fingerprint: str
    items: tuple[ReceiptItem, ...]

    # -- keeping it with the case -------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["conference_date"] = self.conference_date.isoformat()
        out["items"] = [asdict(i) for i in self.items]
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Receipt:
        return cls(
            **{
                **raw,
                "conference_date": dt.date.fromisoformat(raw["conference_date"]),
                "items": tuple(ReceiptItem(**i) for i in raw["items"]),
            }
        )

    @classmethod
    def from_case(cls, case: Case) -> Receipt | None:
        raw = case.details.notes.get("receipt")
        if not isinstance(raw, dict):
            return None
        try:
            return cls.from_json(raw)
        except (KeyError, TypeError, ValueError):
            return None

    # -- words ---------------------------------------------------------------------

    def sent_words(self) -> str:
        when = QDateTime.fromString(self.sent_at, Qt.DateFormat.ISODate).toLocalTime()
        day = when.date()
        return QCoreApplication.translate("Receipt", "{date} at {time}").format(
            date=long_date(dt.date(day.year(), day.month(), day.day())),
            time=QLocale().toString(when.time(), QLocale.FormatType.ShortFormat),
        )

    def lines(self) -> list[tuple[str, str]]:
        """(kind of line, words): "heading", "line" or "item", for the screen and the PDF."""
        count = len(self.items)
        out = [
            (
                "heading",
                QCoreApplication.translate("Receipt", "My Voice: what was sent to the chair"),
            ),
            (
                "line",
                QCoreApplication.translate(
                    "Receipt", "{name}'s things were sent on {when}."
                ).format(name=self.name, when=self.sent_words()),
            ),
            ("line", conference_words(self.conference_date)),
        ]
        if self.reference:
            out.append(
                (
                    "line",
                    QCoreApplication.translate("Receipt", "Reference {reference}").format(
                        reference=self.reference
                    ),
                )
            )
        out += [
            (
                "line",
                QCoreApplication.translate(
                    "Receipt", "For the chair: {chair}, {organisation}."
                ).format(chair=self.chair, organisation=self.organisation),
            ),
            (
                "line",
                QCoreApplication.translate(
                    "Receipt",
                    "Only the key with this fingerprint can open it: {fingerprint}",
                ).format(fingerprint=self.fingerprint),
            ),
            (
                "line",
                QCoreApplication.translate("Receipt", "Saved as {file} in {folder}").format(
                    file=self.file_name, folder=self.folder
                ),
            ),
            (
                "heading",
                QCoreApplication.translate("Receipt", "What was sent (1 thing)")
                if count == 1
                else QCoreApplication.translate("Receipt", "What was sent ({count} things)").format(
                    count=count
                ),
            ),
        ]
        for n, item in enumerate(self.items, 1):
            out.append(
                (
                    "item",
                    QCoreApplication.translate(
                        "Receipt", "{n}. “{title}”: {kind}. {audience}. {words}."
                    ).format(
                        n=n,
                        title=item.title,
                        kind=kind_name(item.kind),
                        audience=audience_words(item.audience),
                        words=words_words(item.words, self.name),
                    ),
                )
            )
        out.append(
            (
                "line",
                QCoreApplication.translate(
                    "Receipt",
                    "Receipt made by My Voice on {date}. The file itself is locked: only the chair's key can open it.",  # noqa: E501 - one literal for lupdate
                ).format(date=long_date(dt.date.today())),
            )
        )
        return out

    def html(self) -> str:
        parts = []
        for kind, words in self.lines():
            text = html.escape(words)
            if kind == "heading":
                parts.append(f"<h2>{text}</h2>")
            elif kind == "item":
                parts.append(f"<p style='margin-left:18px'>{text}</p>")
            else:
                parts.append(f"<p>{text}</p>")
        return "<html><body style='font-size:12pt'>" + "".join(parts) + "</body></html>"

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(self.html())
        return doc


def pdf_bytes(receipt: Receipt) -> bytes:
    """The receipt as an A4 PDF, made in memory (the GUI thread: it is small)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(QCoreApplication.translate("Receipt", "My Voice receipt"))
    writer.setCreator("My Voice")
    receipt.document().print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())
