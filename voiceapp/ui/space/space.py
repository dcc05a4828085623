"""The young person's space: the bar, the choices, and one page at a time.

Everything made here is saved into the vault as it is made (see ``saver``):
each editor hands over its whole piece of work after each change, and leaving a
page, taking a break, hiding or finishing hands over anything still waiting.
Hide (the button, or Escape anywhere in the space) covers the screen at once.

The space does not know who is holding the laptop: its host (the helper's
locked full-screen page, or the young person's own profile) decides what
"send" and "leave" mean, through :attr:`YoungSpace.send_requested` and
:attr:`YoungSpace.leave_requested`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core import content
from voiceapp.core.recording import Leftover, SegmentStore
from voiceapp.core.vault import Case, ItemInfo, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.feelings import HousesPage
from voiceapp.ui.helper.previews import Preview, make_previews
from voiceapp.ui.language import languages
from voiceapp.ui.learn.read_aloud import ReadAloud, Trouble, trouble_text
from voiceapp.ui.space.activities import Activity, DrawActivity, available, make_activity
from voiceapp.ui.space.bar import SpaceBar
from voiceapp.ui.space.cover import HideCover
from voiceapp.ui.space.menu import SpaceMenu
from voiceapp.ui.space.rest import BreakPage, FinishedPage
from voiceapp.ui.space.saver import Draft, ItemSaver
from voiceapp.ui.space.speech import speech_engine
from voiceapp.ui.space.things import MyThings
from voiceapp.ui.vault_jobs import VaultJobs

# Pages that hold one piece of work for the whole case: opening them again
# carries on with it instead of starting another.
ONE_PER_CASE = ("feelings", "houses")
# The kind of vault item each page makes.
KIND_OF = {"draw": "drawing", "write": "letter", "voice": "audio"}


def _language(case: Case) -> str:
    return case.details.language.split("-")[0].lower() or content.FALLBACK_LANGUAGE


class YoungSpace(QWidget):
    """The whole space for one young person."""

    send_requested = Signal()
    leave_requested = Signal()
    page_changed = Signal(QWidget)
    things_shown = Signal()  # My things is up to date
    segments_ready = Signal()  # recordings can start (and any left by a crash are offered)
    problem = Signal(str)  # one sentence, when saving or loading failed

    def __init__(
        self,
        vault: Vault,
        jobs: VaultJobs,
        case: Case,
        previews: dict[str, Preview] | None = None,
        *,
        mode: str = "helper",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("youngSpace")
        self.vault = vault
        self.jobs = jobs
        self.case = case
        self.previews = previews if previews is not None else {}
        self.language = _language(case)
        self._previous_language: str | None = languages().current.code
        languages().set_language(case.details.language)  # their space, in their language
        self.saver = ItemSaver(vault, jobs, case.id, self)
        self.activity: Activity | None = None
        self.deleted: list[tuple[ItemInfo, bytes]] = []  # for Undo, newest last
        self.items: dict[str, ItemInfo] = {p.item.id: p.item for p in self.previews.values()}
        self._before_rest: QWidget | None = None
        self.draft: Draft | None = None
        self.segments: SegmentStore | None = None
        self.recovery: QWidget | None = None
        self._after_open: Callable[[Activity], None] | None = None
        self._when_saved: Callable[[], None] | None = None

        self.bar = SpaceBar(self)
        self.stack = QStackedWidget(self)
        self.menu = SpaceMenu(case.details.chosen_name, self.stack)
        self.things = MyThings(self.stack)
        self.break_page = BreakPage(self.stack)
        self.finished_page = FinishedPage(self.stack)
        self.finished_page.set_mode(mode)
        self.alert = QLabel(self)
        self.alert.setObjectName("alert")
        self.alert.setWordWrap(True)
        self.alert.setVisible(False)
        for page in (self.menu, self.things, self.break_page, self.finished_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.alert)
        layout.addWidget(self.stack, 1)
        self.cover = HideCover(self)
        self.reader = ReadAloud(self.language, speech_engine(), self)

        for key in ("voice", "video"):
            self.menu.set_available(key, False)  # until the crash-safety store is ready
        self.bar.home.clicked.connect(self.show_menu)
        self.bar.read.clicked.connect(self.toggle_reading)
        self.bar.hide_button.clicked.connect(self.hide_now)
        self.bar.pause.clicked.connect(self.take_break)
        self.bar.finish.clicked.connect(self.finish)
        self.menu.chosen.connect(self.choose)
        self.break_page.ready.clicked.connect(self.end_break)
        self.finished_page.things.clicked.connect(self.show_things)
        self.finished_page.back.clicked.connect(self.show_menu)
        self.finished_page.send.clicked.connect(self._send)
        self.finished_page.leave.clicked.connect(self.leave_requested)
        self.things.open_requested.connect(self.open_item)
        self.things.audience_requested.connect(self.set_audience)
        self.things.rename_requested.connect(self.rename)
        self.things.delete_requested.connect(self.delete)
        self.things.undo_requested.connect(self.undo_delete)
        self.cover.uncovered.connect(self._uncovered)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.saver.idle.connect(self._all_saved)
        self.reader.started.connect(lambda: self.bar.set_reading(True))
        self.reader.finished.connect(self._reading_finished)
        self.reader.word.connect(
            lambda start, length: self.bar.show_reading(self.reader.text, start, length)
        )
        self.reader.trouble.connect(self._reading_trouble)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.show_page(self.menu)
        self._find_segments()

    # -- pages -------------------------------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.stack.currentWidget() or self.menu

    def show_page(self, page: QWidget) -> None:
        self.stop_reading()
        self.stack.setCurrentWidget(page)
        page.setFocus()
        self.page_changed.emit(page)

    def _close_activity(self) -> None:
        """Hand over what the open piece of work still holds, then put it away."""
        activity = self.activity
        if activity is None:
            return
        activity.leave()
        self.activity = None
        self.stack.removeWidget(activity.widget)
        if activity.closing():
            activity.widget.hide()  # a recording still stopping: it is kept when it ends
            activity.finished.connect(activity.widget.deleteLater)
            return
        activity.pause()
        activity.widget.deleteLater()

    def show_menu(self) -> None:
        self._close_activity()
        self.show_page(self.menu)

    def choose(self, key: str) -> None:
        """One of the menu's choices."""
        if key == "things":
            self.show_things()
        elif key in ONE_PER_CASE:
            existing = [i for i in self.items.values() if i.kind == key]
            if existing:
                self.open_item(max(existing, key=lambda i: i.created).id)
            else:
                self._open(key, None, None)
        else:
            self._open(key, None, None)

    def _open(self, key: str, item: ItemInfo | None, data: bytes | None) -> None:
        self._close_activity()
        title = item.title if item is not None else self._new_title(key)
        draft = Draft(KIND_OF.get(key, key), title, item)
        activity = make_activity(key, self, draft, data)
        activity.changed.connect(lambda data, d=draft, a=activity: self._changed(d, a, data))
        activity.finished.connect(lambda a=activity: self._activity_finished(a))
        activity.reading.connect(self.bar.set_reading)
        self.activity = activity
        self.draft = draft
        if isinstance(activity.widget, HousesPage):
            activity.widget.allow_drawings()
            activity.widget.drawing_requested.connect(self._draw_for_house)
        self.stack.addWidget(activity.widget)
        self.show_page(activity.widget)
        then, self._after_open = self._after_open, None
        if then is not None:
            then(activity)

    def _activity_finished(self, activity: Activity) -> None:
        if activity is self.activity:
            self.show_things()

    def _new_title(self, key: str) -> str:
        base = {
            "learn": "",
            "draw": QCoreApplication.translate("YoungSpace", "My drawing"),
            "write": QCoreApplication.translate("YoungSpace", "My letter"),
            "voice": QCoreApplication.translate("YoungSpace", "My voice recording"),
            "video": QCoreApplication.translate("YoungSpace", "My video"),
            "feelings": QCoreApplication.translate("YoungSpace", "How I feel"),
            "houses": QCoreApplication.translate("YoungSpace", "My three houses"),
        }.get(key, "")
        kind = KIND_OF.get(key, key)
        count = sum(1 for i in self.items.values() if i.kind == kind)
        return base if count == 0 else f"{base} {count + 1}"

    # -- recordings ----------------------------------------------------------------------

    def _find_segments(self) -> None:
        """The crash-safety store for recordings, and anything a crash left in it."""
        vault, case_id = self.vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> tuple[SegmentStore, list[Leftover]]:
            store = SegmentStore.for_case(vault, case_id)
            return store, store.recoverable()

        self.jobs.run(work, self._segments_found, self._failed)

    def _segments_found(self, result: object) -> None:
        store, leftovers = cast(tuple[SegmentStore, list[Leftover]], result)
        self.segments = store
        for key in ("voice", "video"):
            self.menu.set_available(key, available(key))
        if leftovers and available("voice"):
            from voiceapp.ui.record import RecoveryOffer

            offer = RecoveryOffer(store, self.stack, leftovers=leftovers)
            offer.kept.connect(
                lambda r: self.keep_recording(r.kind, r.data, r.duration_s, r.recording_id)
            )
            offer.done.connect(lambda: self._recovery_done(offer))
            self.recovery = offer
            self.stack.addWidget(offer)
            self.show_page(offer)
        self.segments_ready.emit()

    def _recovery_done(self, offer: QWidget) -> None:
        self.recovery = None
        if self.page is offer:
            self.show_page(self.menu)
        self.stack.removeWidget(offer)
        offer.deleteLater()

    def keep_recording(self, kind: str, data: bytes, duration_s: float, recording_id: str) -> None:
        """Save a recording as a new item; only then remove its crash-safety segments."""
        key = "voice" if kind == "audio" else "video"
        draft = Draft(kind, self._new_title(key), extra={"duration_s": round(duration_s, 2)})
        store = self.segments

        def discard(_item: ItemInfo) -> None:
            if store is not None and recording_id:
                self.jobs.run(lambda _p, _c: store.discard(recording_id), None, self._failed)

        draft.after_save = discard
        self.saver.save(draft, data)

    # -- drawings for the three houses --------------------------------------------------

    def _draw_for_house(self, house: str) -> None:
        """Make a drawing for one house; "Put it in the house" brings it back there."""
        houses = self.activity.widget if self.activity is not None else None
        name = house
        if isinstance(houses, HousesPage):
            column = houses.columns[house]
            name = column.name() or column.default_name()
        self._open("draw", None, None)
        activity = self.activity
        assert isinstance(activity, DrawActivity)
        activity.for_house(house, name)
        activity.put_in.connect(lambda h=house: self._put_drawing_in(h))

    def _put_drawing_in(self, house: str) -> None:
        draft = self.draft
        if self.activity is not None:
            self.activity.flush()
        if self.saver.busy:
            self._when_saved = lambda: self._put_drawing_in(house)
            return
        drawn = draft.item.id if draft is not None and draft.item is not None else None

        def add(activity: Activity) -> None:
            if drawn is not None and isinstance(activity.widget, HousesPage):
                activity.widget.add_drawing(house, drawn)
                activity.widget.flush()

        self._after_open = add
        self.choose("houses")

    def _changed(self, draft: Draft, activity: Activity, data: bytes) -> None:
        if draft.item is None and not draft.saving and activity.is_empty():
            return  # a page opened and left untouched makes no item
        self.saver.save(draft, data)

    def open_item(self, item_id: str) -> None:
        """Open one of their things again (read from the vault off the GUI thread)."""
        self._close_activity()
        vault, case_id = self.vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> tuple[ItemInfo, bytes]:
            return vault.read_item(case_id, item_id)

        self.jobs.run(work, self._opened, self._failed)

    def _opened(self, result: object) -> None:
        item, data = cast(tuple[ItemInfo, bytes], result)
        key = {"drawing": "draw", "letter": "write", "audio": "voice"}.get(item.kind, item.kind)
        self._open(key, item, data)

    # -- My things ---------------------------------------------------------------------

    def show_things(self) -> None:
        self._close_activity()
        self.show_page(self.things)
        if self.saver.busy:
            return  # _all_saved reloads once the last save is in
        self.reload_things()

    def reload_things(self) -> None:
        vault, case_id, known = self.vault, self.case.id, dict(self.previews)

        def work(_progress: Any, cancelled: Any) -> list[Preview]:
            return make_previews(vault, case_id, known, cancelled)

        self.jobs.run(work, self._things_loaded, self._failed)

    def _things_loaded(self, result: object) -> None:
        shown = cast(list[Preview], result)
        self.previews.clear()
        self.previews.update({p.item.id: p for p in shown})
        self.items = {p.item.id: p.item for p in shown}
        focus = QApplication.focusWidget()
        focused = focus is not None and self.things.isAncestorOf(focus)
        self.things.show_previews(shown)
        self.things.set_undo_count(len(self.deleted))
        if focused or self.page is self.things:
            self.things.setFocus()
        self.things_shown.emit()

    def _change_item(self, item_id: str, **changes: Any) -> None:
        vault, case_id = self.vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> ItemInfo:
            item, _ = vault.read_item(case_id, item_id)
            return vault.update_item_info(case_id, item.with_changes(**changes))

        self.jobs.run(work, lambda _r: self.reload_things(), self._failed)

    def set_audience(self, item_id: str, audience: str) -> None:
        self._change_item(item_id, audience=audience)

    def rename(self, item_id: str, title: str) -> None:
        self._change_item(item_id, title=title)

    def delete(self, item_id: str) -> None:
        """Take a thing away; it stays in memory (never on disk) so Undo can bring it back."""
        vault, case_id = self.vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> tuple[ItemInfo, bytes]:
            kept = vault.read_item(case_id, item_id)
            vault.delete_item(case_id, item_id)
            return kept

        self.jobs.run(work, self._deleted, self._failed)

    def _deleted(self, result: object) -> None:
        self.deleted.append(cast(tuple[ItemInfo, bytes], result))
        self.reload_things()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        item, data = self.deleted.pop()
        vault, case_id = self.vault, self.case.id
        self.things.last_deleted = self.deleted[-1][0].title if self.deleted else ""

        def work(_progress: Any, _cancelled: Any) -> ItemInfo:
            return vault.save_item(case_id, item, data)

        self.jobs.run(work, lambda _r: self.reload_things(), self._failed)

    # -- saving ------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand over anything the open piece of work has not saved yet."""
        if self.activity is not None:
            self.activity.flush()

    @property
    def saving(self) -> bool:
        return self.saver.busy or (self.activity is not None and self.activity.pending())

    def _saved(self, item: ItemInfo) -> None:
        self.items[item.id] = item
        self.previews.pop(item.id, None)
        self._show_problem("")

    def _all_saved(self) -> None:
        then, self._when_saved = self._when_saved, None
        if then is not None:
            then()
        for page in (self.break_page, self.finished_page):
            page.set_saving(False)
        if self.page is self.things:
            self.reload_things()

    def _failed(self, error: BaseException) -> None:
        self._show_problem(user_message(error))

    def _show_problem(self, text: str) -> None:
        self.alert.setText(text)
        self.alert.setAccessibleName(text)
        self.alert.setVisible(bool(text))
        if text:
            self.problem.emit(text)

    # -- hide, break, finish -----------------------------------------------------------

    def hide_now(self) -> None:
        """Cover the screen at once; everything else waits until they carry on."""
        self.cover.cover()
        self.stop_reading()
        if self.activity is not None:
            self.activity.pause()
            self.activity.flush()

    @property
    def hidden(self) -> bool:
        return self.cover.isVisible()

    def _uncovered(self) -> None:
        self.page.setFocus()

    def take_break(self) -> None:
        if self.page in (self.break_page, self.finished_page):
            self.show_page(self.break_page)
            return
        self._before_rest = self.page
        if self.activity is not None:
            self.activity.pause()
            self.activity.flush()
        self.break_page.set_saving(self.saving)
        self.show_page(self.break_page)

    def end_break(self) -> None:
        back = self._before_rest
        self._before_rest = None
        if back is None or self.stack.indexOf(back) < 0:
            back = self.menu
        self.show_page(back)

    def finish(self) -> None:
        self._close_activity()
        self.finished_page.set_saving(self.saving)
        self.show_page(self.finished_page)

    def _send(self) -> None:
        self._close_activity()
        self.send_requested.emit()

    # -- read aloud --------------------------------------------------------------------

    def spoken_text(self) -> str:
        """The words on the page now, for "Read to me"."""
        page = self.page
        speak = getattr(page, "spoken_text", None)
        if callable(speak):
            return str(speak())
        labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]
        return "\n".join(w.text() for w in labels if w.textFormat() != Qt.TextFormat.RichText)

    def toggle_reading(self) -> None:
        if self.bar.reading:
            self.stop_reading()
            return
        if self.activity is not None and self.activity.read_aloud():
            return  # the page reads itself (Learn about my meeting marks its own words)
        text = self.spoken_text()
        if text and self.reader.read(text):
            self.bar.show_reading(text)

    def stop_reading(self) -> None:
        if self.activity is not None:
            self.activity.stop_reading()
        self.reader.stop()
        self.bar.set_reading(False)
        self.bar.show_reading("")

    def _reading_finished(self) -> None:
        self.bar.set_reading(False)
        self.bar.show_reading("")

    def _reading_trouble(self, trouble: Trouble) -> None:
        self.bar.set_reading(False)
        self.bar.show_reading(trouble_text(trouble))

    # -- Escape means Hide, anywhere in the space ---------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = cast(QKeyEvent, event)
            if (
                key_event.key() == Qt.Key.Key_Escape
                and self.isVisible()
                and isinstance(watched, QWidget)
                and (watched is self or self.isAncestorOf(watched))
            ):
                if kind == QEvent.Type.KeyPress and not self.hidden:
                    self.hide_now()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: Any) -> None:
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        super().closeEvent(event)

    def end(self) -> None:
        """The space is going away (leaving, or locking): save what is waiting."""
        self._close_activity()
        self.stop_reading()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._previous_language is not None:
            languages().set_language(self._previous_language)
            self._previous_language = None

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.cover.isVisible():
            self.cover.setGeometry(self.rect())
