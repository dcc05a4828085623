"""Offering back a recording that did not finish (the app closed or crashed).

Shown at the start of a young person's space when ``SegmentStore.recoverable()``
lists leftovers. One at a time: "We found a recording from {when} that did not
finish." The recording is put back together on a worker (``SegmentStore.rebuild``)
so they can listen first, then Keep it (``kept``: the host saves it, then calls
``store.discard``) or Throw it away (asks once; ``discarded``). "Decide later"
leaves it where it is, to be offered again next time. ``done`` comes when there
is nothing left to offer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QVBoxLayout, QWidget

from voiceapp.core.recording import Leftover, SegmentStore
from voiceapp.ui.page_parts import FocusFirst, add_all, button, label, row
from voiceapp.ui.record import icons
from voiceapp.ui.record.confirm import Confirm
from voiceapp.ui.record.playback import MemoryPlayer
from voiceapp.ui.record.words import clock, when
from voiceapp.ui.tasks import Task

CONTEXT = "RecoveryOffer"


@dataclass(frozen=True)
class RecoveredRecording:
    """A leftover, put back together: like the core ``Recording``."""

    data: bytes  # Ogg Opus (WebM for a video)
    duration_s: float
    recording_id: str  # its segments in the store; discard them once kept
    kind: str  # "audio" or "video"
    started: str  # UTC, ISO 8601


class RecoveryOffer(FocusFirst):
    """Keep or throw away each recording left behind, one at a time."""

    kept = Signal(object)
    """A ``RecoveredRecording`` the young person chose to keep."""
    discarded = Signal(str)
    """The id of a leftover thrown away (its segments are already gone)."""
    done = Signal()
    """Nothing (more) to offer."""

    def __init__(
        self,
        store: SegmentStore,
        parent: QWidget | None = None,
        *,
        leftovers: list[Leftover] | None = None,
    ) -> None:
        """Offers ``leftovers`` (as ``store.recoverable()`` listed them), or, without
        them, lists them itself on a worker. Either way the first offer (or ``done``)
        comes after the constructor returns, so the host can connect first."""
        super().__init__(parent)
        self.setObjectName("recoveryOffer")
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._queue: list[Leftover] = []
        self.current: Leftover | None = None
        self.rebuilt: RecoveredRecording | None = None
        self._damaged = False
        self._finished = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        self.title = label(self, "pageTitle")
        self.message = label(self, "message")
        self.audio_player = MemoryPlayer(self)
        self.video_player = MemoryPlayer(self, video=True)
        self.player = self.audio_player  # the one for the leftover on offer
        self.keep_button = button(self, "keepButton", primary=True)
        self.keep_button.setIcon(icons.keep())
        self.keep_button.clicked.connect(self.keep)
        self.throw_button = button(self, "throwAwayButton")
        self.throw_button.setIcon(icons.throw_away())
        self.throw_button.clicked.connect(self.ask_throw_away)
        self.later_button = button(self, "laterButton")
        self.later_button.setIcon(icons.back())
        self.later_button.clicked.connect(self.later)
        self.confirm = Confirm(self)
        self.confirm.yes.connect(self._throw_away)
        self.confirm.no.connect(self._not_now)
        add_all(
            layout,
            self.title,
            self.message,
            self.audio_player,
            self.video_player,
            row(self.keep_button, self.throw_button, self.later_button, None),
            self.confirm,
        )
        layout.addStretch(1)
        QWidget.setTabOrder(self.audio_player.slider, self.video_player.play_button)
        QWidget.setTabOrder(self.video_player.play_button, self.video_player.slider)
        QWidget.setTabOrder(self.video_player.slider, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.throw_button)
        QWidget.setTabOrder(self.throw_button, self.later_button)
        QWidget.setTabOrder(self.later_button, self.confirm.yes_button)
        self.first_focus = self.audio_player.play_button
        self.retranslate()
        self._show()
        if leftovers is None:
            self.start()
        else:
            given = list(leftovers)
            QTimer.singleShot(0, self, lambda: self.offer(given))

    # -- what the host calls -----------------------------------------------------------------

    def start(self) -> None:
        """Look for leftovers (on a worker) and offer the first; ``done`` if none."""
        self._finished = False
        task = Task(lambda _progress, _cancelled: self.store.recoverable(), self)
        task.succeeded.connect(self._found)
        task.failed.connect(lambda _error: self._found([]))
        task.finished.connect(task.deleteLater)
        task.start(self._pool)

    def offer(self, leftovers: list[Leftover]) -> None:
        """Offer these leftovers (already listed by ``recoverable``), one at a time."""
        self._finished = False
        self._found(leftovers)

    def pause(self) -> None:
        """Stop any playing back (Hide, I need a break)."""
        self.audio_player.pause()
        self.video_player.pause()

    # -- one leftover at a time -----------------------------------------------------------------

    def _found(self, leftovers: object) -> None:
        self._queue = list(leftovers) if isinstance(leftovers, list) else []
        self._next()

    def _next(self) -> None:
        self.confirm.close_question()
        self.audio_player.unload()
        self.video_player.unload()
        self.rebuilt = None
        self._damaged = False
        if not self._queue:
            self.current = None
            self._show()
            if not self._finished:
                self._finished = True
                self.done.emit()
            return
        leftover = self._queue.pop(0)
        self.current = leftover
        self._show()
        store = self.store
        task = Task(lambda _progress, _cancelled: store.rebuild(leftover.id), self)
        task.succeeded.connect(lambda result, left=leftover: self._rebuilt(left, result))
        task.failed.connect(lambda _error, left=leftover: self._not_rebuilt(left))
        task.finished.connect(task.deleteLater)
        task.start(self._pool)

    def _rebuilt(self, leftover: Leftover, result: object) -> None:
        if leftover is not self.current or not isinstance(result, tuple):
            return
        data, seconds = result
        self.rebuilt = RecoveredRecording(
            data=data,
            duration_s=float(seconds),
            recording_id=leftover.id,
            kind=leftover.kind,
            started=leftover.started,
        )
        video = leftover.kind == "video"
        self.player = self.video_player if video else self.audio_player
        self.first_focus = self.player.play_button
        self.player.load(data, "webm" if video else "ogg")
        here = self._has_keyboard()
        self._show()
        if here:
            self.player.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_rebuilt(self, leftover: Leftover) -> None:
        if leftover is self.current:
            self._damaged = True
            self._show()

    def keep(self) -> None:
        rebuilt = self.rebuilt
        if rebuilt is None:
            return
        self.kept.emit(rebuilt)
        self._next()

    def ask_throw_away(self) -> None:
        if self.current is not None:
            self.confirm.ask(self._throw_away_words, icons.throw_away())

    def _throw_away(self) -> None:
        leftover = self.current
        if leftover is None:
            return
        try:
            self.store.discard(leftover.id)
        except OSError:
            pass  # still encrypted in the vault; offered again next time
        self.discarded.emit(leftover.id)
        self._next()

    def later(self) -> None:
        """Leave this one for next time."""
        if self.current is not None:
            self._next()

    def _not_now(self) -> None:
        if self._has_keyboard():
            self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _has_keyboard(self) -> bool:
        current = QApplication.focusWidget()
        return current is None or current is self or self.isAncestorOf(current)

    # -- showing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        leftover = self.current
        ready = self.rebuilt is not None
        self.keep_button.setEnabled(ready)
        self.throw_button.setEnabled(leftover is not None)
        self.later_button.setEnabled(leftover is not None)
        video = leftover is not None and leftover.kind == "video"
        self.audio_player.setVisible(not self._damaged and not video)
        self.video_player.setVisible(not self._damaged and video)
        if leftover is None:
            text = ""
        elif self._damaged:
            text = QCoreApplication.translate(
                "RecoveryOffer",
                "We found a recording from {when} that did not finish, but it could not be put back together.",  # noqa: E501 - one literal for lupdate
            ).format(when=when(leftover.started))
        elif leftover.finished:
            text = QCoreApplication.translate(
                "RecoveryOffer",
                "We found a recording from {when} that was not kept or thrown away yet.",
            ).format(when=when(leftover.started))
        else:
            text = QCoreApplication.translate(
                "RecoveryOffer", "We found a recording from {when} that did not finish."
            ).format(when=when(leftover.started))
        if leftover is not None and not self._damaged:
            if ready and self.rebuilt is not None:
                text += " " + QCoreApplication.translate(
                    "RecoveryOffer", "It is {length} long. You can listen to it first."
                ).format(length=clock(self.rebuilt.duration_s))
            else:
                text += " " + QCoreApplication.translate("RecoveryOffer", "Getting it ready…")
        self.message.setText(text)
        self.message.setAccessibleName(text)

    @staticmethod
    def _name(widget: QAbstractButton, words: str, description: str) -> None:
        widget.setText(words)
        widget.setAccessibleName(words)
        widget.setAccessibleDescription(description)

    @staticmethod
    def _throw_away_words() -> tuple[str, str, str, str, str]:
        return (
            QCoreApplication.translate(
                "RecoveryOffer", "Throw this recording away? It cannot be got back afterwards."
            ),
            QCoreApplication.translate("RecoveryOffer", "Yes, throw it away"),
            QCoreApplication.translate("RecoveryOffer", "The recording is deleted."),
            QCoreApplication.translate("RecoveryOffer", "No, not yet"),
            QCoreApplication.translate("RecoveryOffer", "Go back to the recording."),
        )

    def retranslate(self) -> None:
        self.setAccessibleName(
            QCoreApplication.translate("RecoveryOffer", "A recording that did not finish")
        )
        self.title.setText(
            QCoreApplication.translate("RecoveryOffer", "A recording that did not finish")
        )
        self._name(
            self.keep_button,
            QCoreApplication.translate("RecoveryOffer", "Keep it"),
            QCoreApplication.translate("RecoveryOffer", "Keep this recording with your things."),
        )
        self._name(
            self.throw_button,
            QCoreApplication.translate("RecoveryOffer", "Throw it away"),
            QCoreApplication.translate(
                "RecoveryOffer", "Delete this recording. You will be asked first."
            ),
        )
        self._name(
            self.later_button,
            QCoreApplication.translate("RecoveryOffer", "Decide later"),
            QCoreApplication.translate(
                "RecoveryOffer", "Leave it for now. It will be offered again next time."
            ),
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
