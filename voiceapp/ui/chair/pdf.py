"""The summary for the conference record, and the printed key card, as PDF.

``summary_pdf`` runs on a worker thread (a ``Task``): it reads the items it
needs from the opened bundle (thread-safe), lays them out in a
``QTextDocument`` and prints that to a ``QPdfWriter`` writing into memory.
The caller saves the bytes where the chair chose.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from voiceapp.core.chair import ItemMarks, OpenedBundle, parse_feelings, parse_houses, plan
from voiceapp.core.keycard import KeyCard
from voiceapp.ui.chair import words

IMAGE_MAX = 1400  # pixels: enough for print, keeps the PDF small


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChairSummary", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("My Voice")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _print(doc: QTextDocument, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, title)
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def _scaled(data: bytes) -> QImage | None:
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    if image.width() > IMAGE_MAX or image.height() > IMAGE_MAX:
        image = image.scaled(IMAGE_MAX, IMAGE_MAX, aspectMode=Qt.AspectRatioMode.KeepAspectRatio)
    return image


def summary_pdf(
    opened: OpenedBundle,
    version: str,
    marks: dict[str, ItemMarks],
    file_name: str,
    cancelled: object = None,
) -> bytes:
    """The summary PDF: ``version`` is "complete" or "everyone" (leaves out chair-only)."""
    chosen = plan(opened.manifest, version)
    m = opened.manifest
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSize(11)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)

    name = m.display_name or words.no_name()
    title = words.whose_views(m.display_name)
    parts: list[str] = []
    parts.append(f"<h1>{_e(title)}</h1>")
    if chosen.for_everyone:
        parts.append(
            "<p><b>"
            + _e(_tr("Summary for everyone at the meeting."))
            + "</b> "
            + _e(_tr("It holds only what the young person chose to let everyone see."))
            + "</p>"
        )
    else:
        parts.append(
            "<p><b>"
            + _e(_tr("Complete summary for the conference record."))
            + "</b> "
            + _e(
                _tr(
                    "It includes things that are only for the chair: do not show it or read it "
                    "out at the meeting."
                )
            )
            + "</p>"
        )
    facts = [
        (_tr("Chosen name"), name),
        (_tr("Age band"), m.age_band.replace("-", "–")),
        (_tr("Conference date"), words.long_date(m.conference_date)),
    ]
    if m.reference:
        facts.append((_tr("Reference"), m.reference))
    facts += [
        (_tr("How it was made"), words.made_with_text(m.made_with)),
        (_tr("Things in this summary"), str(len(chosen.items))),
        (_tr("Sent"), m.created.replace("T", " ").replace("Z", " UTC")),
        (_tr("File"), file_name),
        (
            _tr("Checked"),
            _tr("Every item was checked: it is exactly what the young person sent."),
        ),
        (_tr("Summary made"), dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
    ]
    parts.append('<table cellpadding="3">')
    for key, value in facts:
        parts.append(f"<tr><td><b>{_e(key)}</b></td><td>{_e(value)}</td></tr>")
    parts.append("</table>")

    images: dict[str, QImage] = {}
    for n, item in enumerate(chosen.items, 1):
        if callable(cancelled) and cancelled():
            break
        mk = marks.get(item.id, ItemMarks())
        parts.append("<hr/>")
        parts.append(f"<h2>{n}. {_e(item.display_title or words.kind_name(item.kind))}</h2>")
        line = [
            words.kind_name(item.kind),
            words.audience_text(item.chair_only),
            words.words_text(item.words),
        ]
        if item.chair_only:
            parts.append(
                '<p style="color: #7F1D1D; font-weight: bold;">'
                + _e(words.audience_text(True))
                + "</p>"
            )
        parts.append("<p>" + " · ".join(_e(x) for x in line) + "</p>")
        marks_line = [
            _tr("Read by the chair: yes") if mk.read else _tr("Read by the chair: no"),
            _tr("Shared at the meeting: yes") if mk.shared else _tr("Shared at the meeting: no"),
        ]
        if item.kind in ("audio", "video"):
            length = words.duration_text(item.duration_s)
            parts.append(
                "<p>"
                + _e(_tr("Length: %1").replace("%1", length))
                + " · "
                + _e(_tr("Played: yes") if mk.played else _tr("Played: no"))
                + "</p>"
            )
        parts.append("<p><i>" + _e(" · ".join(marks_line)) + "</i></p>")
        if item.kind == "letter":
            text = opened.read(item.id).decode("utf-8")
            parts.append('<p style="white-space: pre-wrap; font-size: 13pt;">' + _e(text) + "</p>")
        elif item.kind in ("drawing", "picture"):
            image = _scaled(opened.read(item.id))
            if image is not None:
                images[item.id] = image
                width = min(460, image.width())
                parts.append(f'<p><img src="item://{item.id}" width="{width}"/></p>')
        elif item.kind == "feelings":
            parts.append('<table cellpadding="4" border="1" cellspacing="0">')
            parts.append(
                "<tr><th>"
                + "</th><th>".join(
                    _e(x) for x in (_tr("Feeling"), _tr("How much"), _tr("Words"), _tr("Whose"))
                )
                + "</th></tr>"
            )
            for f in parse_feelings(opened.read(item.id)):
                cells = (
                    words.feeling_name(f.feeling),
                    words.amount_name(f.amount),
                    f.sentence or "",
                    words.words_short(f.words),
                )
                parts.append("<tr><td>" + "</td><td>".join(_e(c) for c in cells) + "</td></tr>")
            parts.append("</table>")
        elif item.kind == "houses":
            for house in parse_houses(opened.read(item.id)):
                heading = words.house_name(house.house)
                if house.name:
                    heading += f" — “{house.name}”"
                parts.append(f"<h3>{_e(heading)}</h3><ul>")
                for entry in house.entries:
                    mark = _e(f" ({words.words_short(entry.words)})")
                    if entry.text is not None:
                        parts.append(f"<li>{_e(entry.text)}{mark}</li>")
                    elif entry.drawing and entry.drawing not in chosen.hidden_drawings:
                        if entry.drawing not in images:
                            image = _scaled(opened.read(entry.drawing))
                            if image is not None:
                                images[entry.drawing] = image
                        if entry.drawing in images:
                            parts.append(
                                f'<li><img src="item://{entry.drawing}" width="240"/>{mark}</li>'
                            )
                parts.append("</ul>")
    for item_id, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"item://{item_id}"), image)
    doc.setHtml("".join(parts))
    return _print(doc, title)


def key_card_document(card: KeyCard, post_quantum: bool) -> QTextDocument:
    """The key card laid out for printing, with the fingerprint in large letters."""
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSize(12)
    doc.setDefaultFont(font)
    kind = (
        QCoreApplication.translate("ChairKey", "Standard key (post-quantum)")
        if post_quantum
        else QCoreApplication.translate("ChairKey", "Compatibility key (X25519)")
    )
    rows = [
        (QCoreApplication.translate("ChairKey", "Name"), card.name),
        (QCoreApplication.translate("ChairKey", "Organisation"), card.organisation),
        (QCoreApplication.translate("ChairKey", "Made on"), card.created.isoformat()),
        (QCoreApplication.translate("ChairKey", "Kind of key"), kind),
    ]
    parts = [
        "<h1>" + _e(QCoreApplication.translate("ChairKey", "My Voice key card")) + "</h1>",
        "<p>"
        + _e(
            QCoreApplication.translate(
                "ChairKey",
                "Helpers use this card to lock young people's views so that only this chair "
                "can open them. Before using it, read the fingerprint below to each other over "
                "the phone: if the letters match, the card is real.",
            )
        )
        + "</p>",
        "<p>" + _e(QCoreApplication.translate("ChairKey", "Fingerprint")) + "</p>",
        '<p style="font-size: 30pt; font-weight: bold; font-family: DejaVu Sans Mono; '
        'white-space: nowrap;">' + _e(card.fingerprint) + "</p>",
        '<table cellpadding="4">',
    ]
    for key, value in rows:
        parts.append(f"<tr><td><b>{_e(key)}</b></td><td>{_e(value)}</td></tr>")
    parts.append("</table>")
    parts.append("<p>" + _e(QCoreApplication.translate("ChairKey", "Key")) + "</p>")
    parts.append(
        '<p style="font-family: DejaVu Sans Mono; font-size: 9pt;">' + _e(card.key) + "</p>"
    )
    doc.setHtml("".join(parts))
    return doc


def key_card_pdf(card: KeyCard, post_quantum: bool) -> bytes:
    return _print(key_card_document(card, post_quantum), card.fingerprint)


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    doc.print_(device)
