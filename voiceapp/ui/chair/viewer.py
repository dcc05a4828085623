"""Opening one bundle: the summary at once, verification in the background, then
every item as it was made, with its audience in plain sight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core import age
from voiceapp.core.atomic import atomic_write
from voiceapp.core.bundle import Item
from voiceapp.core.chair import (
    BundleMarks,
    ChairStore,
    ItemMarks,
    OpenedBundle,
    file_key,
    parse_feelings,
    parse_houses,
)
from voiceapp.core.errors import Cancelled
from voiceapp.ui.chair import dialogs, words
from voiceapp.ui.chair.common import MessageBar, button, label, restyle
from voiceapp.ui.chair.copies import CopiesPanel, save_copies
from voiceapp.ui.chair.items import FeelingsView, HousesView, ImageView, LetterView
from voiceapp.ui.chair.media import MediaView
from voiceapp.ui.chair.pdf import summary_pdf
from voiceapp.ui.chair.style import EXTRA
from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst
from voiceapp.ui.tasks import Task

ID_ROLE = Qt.ItemDataRole.UserRole
_EXT = {"audio": "ogg", "video": "webm"}


class ItemPanel(QWidget):
    """One item: title, audience, whose words, the item itself, marks and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "heading", self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setProperty("userData", True)  # the young person's own title
        self.kind = label("", "hint", self)
        self.audience = label("", None, self)
        self.audience.setMargin(4)
        self.words = label("", None, self)
        self.words.setObjectName("wordsMark")
        self.loading = label(self.tr("Opening…"), "hint", self)
        self.image = ImageView(self)
        self.letter = LetterView(self)
        self.audio = MediaView(False, self)
        self.video = MediaView(True, self)
        self.feelings = FeelingsView(self)
        self.houses = HousesView(self)
        self.content = QStackedWidget(self)
        for w in (
            self.loading,
            self.image,
            self.letter,
            self.audio,
            self.video,
            self.feelings,
            self.houses,
        ):
            self.content.addWidget(w)
        self.read_box = QCheckBox(self.tr("I have read, seen or heard this"), self)
        self.read_box.setAccessibleName(self.tr("Mark as read"))
        self.read_box.setAccessibleDescription(
            self.tr("A mark for you: kept locked in My Voice, never in a summary.")
        )
        self.shared_box = QCheckBox(self.tr("Shared at the meeting"), self)
        self.shared_box.setAccessibleName(self.tr("Mark as shared at the meeting"))
        self.shared_box.setAccessibleDescription(
            self.tr("Shows in the complete summary which things the meeting saw or heard.")
        )
        self.notes_label = label(
            self.tr("My private notes on this (kept locked in My Voice, never in a summary)"),
            None,
            self,
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("My private notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes_label.setBuddy(self.notes)
        marks = FlowLayout(spacing=10)  # wraps at large text sizes
        marks.add(self.read_box, self.shared_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.kind)
        layout.addWidget(self.audience)
        layout.addWidget(self.words)
        layout.addWidget(self.content, 1)
        layout.addLayout(marks)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)

    def show_item(self, item: Item, marks: ItemMarks) -> None:
        self.title.setText(item.display_title or words.kind_name(item.kind))
        self.title.setAccessibleName(self.title.text())
        kind = words.kind_name(item.kind)
        if item.duration_s is not None:
            kind = self.tr("{kind} · {length}").format(
                kind=kind, length=words.duration_text(item.duration_s)
            )
        self.kind.setText(kind)
        self.audience.setText(words.audience_text(item.chair_only))
        self.audience.setAccessibleName(self.audience.text())
        self.audience.setProperty("audience", item.audience)
        restyle(self.audience)
        self.words.setText(words.words_text(item.words))
        for box, value in ((self.read_box, marks.read), (self.shared_box, marks.shared)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(marks.note)
        self.notes.blockSignals(False)
        self.content.setCurrentWidget(self.loading)

    def stop_media(self) -> None:
        self.audio.unload()
        self.video.unload()


class ViewerPage(FocusFirst):
    """Shows one bundle. ``open(path)``; ``failed`` carries an error, ``closed`` the end."""

    failed = Signal(object)
    closed = Signal()
    verified = Signal()

    def __init__(self, store: ChairStore, identity: age.AnyIdentity, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.identity = identity
        self.opened: OpenedBundle | None = None
        self.key: str | None = None
        self.path: Path | None = None
        self.marks: BundleMarks | None = None
        self.open_task: Task | None = None
        self.verify_task: Task | None = None
        self.load_task: Task | None = None
        self.work_task: Task | None = None
        self.current: str | None = None
        self._generation = 0

        self.heading = label("", "heading", self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = label("", None, self)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.check_bar = MessageBar(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.stop_button = button(self.tr("Stop"), self.tr("Stop checking and close the file."))
        self.stop_button.clicked.connect(self.close_bundle)
        self.message = MessageBar(self)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The things the young person sent"))
        self.list.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a thing; it shows on the right.")
        )
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(330)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)

        self.panel = ItemPanel(self)
        self.panel.read_box.toggled.connect(lambda v: self._mark(read=v))
        self.panel.shared_box.toggled.connect(lambda v: self._mark(shared=v))
        self.panel.audio.played.connect(lambda: self._mark(played=True))
        self.panel.video.played.connect(lambda: self._mark(played=True))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(700)
        self._note_timer.timeout.connect(self._save_note)
        self.panel.notes.textChanged.connect(self._note_timer.start)
        self.panel_area = QScrollArea(self)
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setWidget(self.panel)
        self.waiting = label(
            self.tr("Checking that nothing was changed. The things open when the check is done."),
            None,
            self,
        )
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copies = CopiesPanel(self)
        self.copies.back_requested.connect(self._show_panel)
        self.copies.save_requested.connect(self._save_copies)
        self.copies_area = QScrollArea(self)  # scrolls when the words are very large
        self.copies_area.setWidgetResizable(True)
        self.copies_area.setWidget(self.copies)
        self.copies.list.setMinimumHeight(240)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.waiting)
        self.right.addWidget(self.panel_area)
        self.right.addWidget(self.copies_area)

        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.complete_pdf_button = button(
            self.tr("Complete summary (PDF)…"),
            self.tr("Save a summary of everything, for the conference record."),
        )
        self.complete_pdf_button.clicked.connect(lambda: self.export_pdf("complete"))
        self.everyone_pdf_button = button(
            self.tr("Summary for everyone (PDF)…"),
            self.tr("Save a summary that leaves out everything only for the chair."),
        )
        self.everyone_pdf_button.clicked.connect(lambda: self.export_pdf("everyone"))
        self.copies_button = button(
            self.tr("Save copies…"), self.tr("Save plain copies of chosen things to a folder.")
        )
        self.copies_button.clicked.connect(self._show_copies)
        self.close_button = button(self.tr("Close"), self.tr("Close this file and go back."))
        self.close_button.clicked.connect(self.close_bundle)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.stop_button)
        actions = FlowLayout(spacing=10)  # wraps at large text sizes
        actions.add(
            self.complete_pdf_button,
            self.everyone_pdf_button,
            self.copies_button,
            None,
            self.close_button,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.check_bar)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.first_focus = self.list  # not a focus proxy: that would trap Tab (see FocusFirst)
        self._set_trusted(False)

    # -- opening -----------------------------------------------------------------

    def open(self, path: str | Path) -> None:
        """Show the summary at once, then check everything in the background."""
        self.close_bundle(quiet=True)
        self._generation += 1
        generation = self._generation
        self.path = Path(path)
        identity = self.identity
        self.heading.setText(self.tr("Opening…"))
        self.facts.setText(self.path.name)
        self.check_bar.clear_message()
        self.message.clear_message()
        self.list.clear()
        self.progress.setValue(0)

        def work(progress: Any, cancelled: Any) -> tuple[str, OpenedBundle]:
            key = file_key(path)
            return key, OpenedBundle.open(path, [identity])

        task = Task(work, self)
        self.open_task = task

        def ok(result: tuple[str, OpenedBundle]) -> None:
            key, opened = result
            if generation != self._generation:
                opened.close()
                return
            self._show_summary(key, opened)

        def bad(error: BaseException) -> None:
            if generation == self._generation:
                self._fail(error)

        task.succeeded.connect(ok)
        task.failed.connect(bad)
        task.start()

    def _show_summary(self, key: str, opened: OpenedBundle) -> None:
        self.opened = opened
        self.key = key
        m = opened.manifest
        self.heading.setText(words.whose_views(m.display_name))
        self.heading.setAccessibleName(self.heading.text())
        facts = [
            self.tr("Conference: %1").replace("%1", words.long_date(m.conference_date)),
            words.made_with_text(m.made_with),
            words.things_count(len(m.items)),
            words.age_band_text(m.age_band),
        ]
        if m.reference:
            facts.append(self.tr("Reference: %1").replace("%1", m.reference))
        self.facts.setText(" · ".join(facts))
        self.facts.setAccessibleName(self.facts.text())
        self.check_bar.show_message(
            self.tr(
                "Checking that nothing was changed since the young person sent it. "
                "Nothing can be opened until this is done."
            ),
            "info",
        )
        self._fill_list()
        self._set_trusted(False)
        self.right.setCurrentWidget(self.waiting)
        self.progress.setRange(0, max(1, opened.payload_size // 1024))
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        generation = self._generation

        def work(progress: Any, cancelled: Any) -> None:
            opened.verify(lambda n: progress(n // 1024), cancelled)

        task = Task(work, self)
        self.verify_task = task
        task.progress.connect(self.progress.setValue)

        def ok(_result: object) -> None:
            if generation == self._generation:
                self._verified()

        def bad(error: BaseException) -> None:
            if generation == self._generation:
                self._fail(error)

        task.succeeded.connect(ok)
        task.failed.connect(bad)
        task.start()

    def _verified(self) -> None:
        opened, key, path = self.opened, self.key, self.path
        assert opened is not None and key is not None and path is not None
        self.store.record_opened(key, opened.manifest, path.name)
        self.marks = self.store.marks(key)
        self.progress.hide()
        self.stop_button.hide()
        self.check_bar.show_message(
            self.tr("Checked: every item is exactly what the young person sent."), "ok"
        )
        self._set_trusted(True)
        self._fill_list()
        self.right.setCurrentWidget(self.panel_area)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.verified.emit()

    def _fail(self, error: BaseException) -> None:
        """Forget everything about this file and say what went wrong, in one sentence."""
        self._close(quiet=True)
        self.failed.emit(error)

    # -- the list ------------------------------------------------------------------

    def _set_trusted(self, trusted: bool) -> None:
        for b in (self.complete_pdf_button, self.everyone_pdf_button, self.copies_button):
            b.setEnabled(trusted)
        self.list.setEnabled(True)

    def _fill_list(self) -> None:
        opened = self.opened
        if opened is None:
            return
        current = self.current
        self.list.blockSignals(True)
        self.list.clear()
        for n, it in enumerate(opened.manifest.items, 1):
            row = QListWidgetItem(self._row_text(n, it))
            row.setData(ID_ROLE, it.id)
            if it.chair_only:
                row.setBackground(QBrush(QColor(EXTRA["chair_only_bg"])))
                row.setForeground(QBrush(QColor(EXTRA["chair_only_text"])))
            if not opened.verified:
                row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(row)
            if it.id == current:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)

    def _row_text(self, n: int, it: Item) -> str:
        title = it.display_title or words.kind_name(it.kind)
        second = [words.kind_name(it.kind)]
        opened = self.opened
        if opened is None or not opened.verified:
            second.append(self.tr("Checking…"))
            return f"{n}. {title}\n    " + " · ".join(second)
        second.append(words.words_short(it.words))
        third = [words.audience_short(it.chair_only)]
        if self.marks is not None:
            mk = self.marks.get(it.id)
            if mk.read:
                third.append(self.tr("read"))
            if mk.shared:
                third.append(self.tr("shared"))
        return f"{n}. {title}\n    " + " · ".join(second) + "\n    " + " · ".join(third)

    def _refresh_row(self, item_id: str) -> None:
        opened = self.opened
        if opened is None:
            return
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(ID_ROLE) == item_id:
                row.setText(self._row_text(i + 1, opened.item(item_id)))

    def row_text(self, item_id: str) -> str:
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(ID_ROLE) == item_id:
                return row.text()
        raise KeyError(item_id)

    def item_enabled(self, item_id: str) -> bool:
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(ID_ROLE) == item_id:
                return bool(row.flags() & Qt.ItemFlag.ItemIsEnabled)
        raise KeyError(item_id)

    # -- one item --------------------------------------------------------------------

    def _current_changed(self, row: QListWidgetItem | None, _prev: object) -> None:
        if row is None or self.opened is None or not self.opened.verified:
            return
        self.show_item(str(row.data(ID_ROLE)))

    def show_item(self, item_id: str) -> None:
        """Show one item (after verification), loading its content off the GUI thread."""
        opened, marks = self.opened, self.marks
        if opened is None or marks is None or not opened.verified:
            return
        self._save_note()
        self.panel.stop_media()
        self.current = item_id
        item = opened.item(item_id)
        self.right.setCurrentWidget(self.panel_area)
        self.panel.show_item(item, marks.get(item_id))
        if item.kind in _EXT:
            view = self.panel.audio if item.kind == "audio" else self.panel.video
            view.load(opened.stream(item_id), _EXT[item.kind])
            self.panel.content.setCurrentWidget(view)
            return
        generation = self._generation

        def work(progress: Any, cancelled: Any) -> Any:
            data = opened.read(item_id)
            if item.kind in ("drawing", "picture"):
                return QImage.fromData(QByteArray(data))
            if item.kind == "letter":
                return data.decode("utf-8")
            if item.kind == "feelings":
                return parse_feelings(data)
            houses = parse_houses(data)
            drawings = {}
            for h in houses:
                for e in h.entries:
                    if e.drawing and e.drawing not in drawings:
                        drawings[e.drawing] = QImage.fromData(QByteArray(opened.read(e.drawing)))
            return houses, drawings

        task = Task(work, self)
        self.load_task = task

        def ok(result: Any) -> None:
            if generation != self._generation or self.current != item_id:
                return
            p = self.panel
            if item.kind in ("drawing", "picture"):
                p.image.set_image(result, item.display_title)
                p.content.setCurrentWidget(p.image)
            elif item.kind == "letter":
                p.letter.set_letter(result)
                p.content.setCurrentWidget(p.letter)
            elif item.kind == "feelings":
                p.feelings.set_feelings(result)
                p.content.setCurrentWidget(p.feelings)
            else:
                p.houses.set_houses(*result)
                p.content.setCurrentWidget(p.houses)

        task.succeeded.connect(ok)
        task.failed.connect(lambda e: self.message.show_error(e))
        task.start()

    def _mark(self, **changes: Any) -> None:
        if self.marks is None or self.current is None:
            return
        self.marks.set(self.current, **changes)
        self._refresh_row(self.current)

    def _save_note(self) -> None:
        self._note_timer.stop()
        if self.marks is None or self.current is None:
            return
        text = self.panel.notes.toPlainText()
        if text != self.marks.get(self.current).note:
            self.marks.set(self.current, note=text)

    # -- summary and copies ----------------------------------------------------------

    def export_pdf(self, version: str, path: str | None = None) -> None:
        opened, marks = self.opened, self.marks
        if opened is None or marks is None or not opened.verified:
            return
        self._save_note()
        date = opened.manifest.conference_date.isoformat()
        suggested = (
            f"conference-{date}-summary-complete.pdf"
            if version == "complete"
            else f"conference-{date}-summary-for-everyone.pdf"
        )
        if path is None:
            title = (
                self.tr("Save the complete summary")
                if version == "complete"
                else self.tr("Save the summary for everyone")
            )
            path = dialogs.save_path(self, title, suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        snapshot = {it.id: marks.get(it.id) for it in opened.manifest.items}
        file_name = self.path.name if self.path else ""
        target = path

        def work(progress: Any, cancelled: Any) -> str:
            data = summary_pdf(opened, version, snapshot, file_name, cancelled)
            if cancelled():
                raise Cancelled()
            with atomic_write(target, 0o600) as f:
                f.write(data)
            return target

        self._run_work(work, self.tr("Making the summary…"), self.tr("Summary saved: %1"))

    def _show_copies(self) -> None:
        if self.opened is None or not self.opened.verified:
            return
        self.panel.stop_media()
        self.copies.set_items(self.opened.manifest.items)
        self.right.setCurrentWidget(self.copies_area)
        self.copies.setFocus()

    def _show_panel(self) -> None:
        self.right.setCurrentWidget(self.panel_area)
        if self.current:
            self.show_item(self.current)

    def _save_copies(self, item_ids: list[str], folder: str | None = None) -> None:
        opened = self.opened
        if opened is None:
            return
        if folder is None:
            folder = dialogs.folder_path(self, self.tr("Choose a folder for the copies"))
        if not folder:
            return
        tag = self.tr("only for the chair")
        where = Path(folder)

        def work(progress: Any, cancelled: Any) -> str:
            save_copies(opened, item_ids, where, tag, cancelled)
            return str(where)

        self._run_work(
            work, self.tr("Saving copies…"), self.tr("Copies saved in %1"), bar=self.copies.message
        )

    def _run_work(self, work: Any, busy: str, done: str, bar: MessageBar | None = None) -> None:
        bar = bar or self.message
        bar.show_message(busy, "info")
        task = Task(work, self)
        self.work_task = task
        task.succeeded.connect(lambda where: bar.show_message(done.replace("%1", where), "ok"))
        task.failed.connect(bar.show_error)
        task.start()

    # -- closing ---------------------------------------------------------------------

    def close_bundle(self, quiet: bool = False) -> None:
        """Stop everything, forget the plaintext and go back (``closed``)."""
        had = self.opened is not None or (self.open_task is not None and self.open_task.running)
        self._close(quiet)
        if had and not quiet:
            self.closed.emit()

    def _close(self, quiet: bool) -> None:
        self._save_note()
        self._generation += 1
        for task in (self.verify_task, self.open_task, self.load_task, self.work_task):
            if task is not None and task.running:
                task.cancel()
        self.panel.stop_media()
        self.panel.image.clear()
        self.panel.letter.clear()
        self.panel.feelings.set_feelings([])
        self.panel.houses.set_houses([], {})
        self.panel.notes.blockSignals(True)
        self.panel.notes.clear()
        self.panel.notes.blockSignals(False)
        if self.opened is not None:
            self.opened.close()
        self.opened = None
        self.key = None
        self.marks = None
        self.current = None
        self.list.clear()
        self.heading.clear()
        self.facts.clear()
        self.check_bar.clear_message()
        self.right.setCurrentWidget(self.waiting)
        self._set_trusted(False)
