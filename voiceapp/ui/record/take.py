"""One take, from Record to the listen step: the part the voice and video pages share.

:class:`TakeFlow` is a mixin (after :class:`ListenStep`): the page builds the widgets
named below and opens the recorder; from then on the recorder's callbacks (through
its bridge), pausing, stopping, the time, the gentle warning and the steps shown are
handled here the same way for both, and so are the words they share and the listen
and problem steps. A page builds its own record step (``_build_record_step``), adds
its own states through the hooks ``_entered`` (a state has just been shown) and
``_before_listening``, and its own sentences through ``_page_words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.recording import DEVICE_LOST, MAX_LENGTH
from voiceapp.ui.page_parts import FocusFirst, add_all, button, label, row, show_alert
from voiceapp.ui.record import icons
from voiceapp.ui.record.confirm import Confirm
from voiceapp.ui.record.listen_step import ListenStep
from voiceapp.ui.record.playback import MemoryPlayer
from voiceapp.ui.record.states import (
    EMPTY,
    GETTING_READY,
    KEPT,
    LISTENING,
    LOOKING,
    PAUSED,
    PROBLEM,
    READY,
    RECORDING,
    RUNNING,
    STARTING,
    STOPPING,
    THROWN,
)
from voiceapp.ui.record.words import clock

if TYPE_CHECKING:
    from voiceapp.core.recording import Recording


class TakeFlow(ListenStep):
    busy_states: tuple[str, ...] = (*RUNNING, STOPPING)
    """The states in which the page is busy (``busy_changed``)."""
    media_extension = "ogg"
    """What the kept recording's bytes are, for playing them back."""

    if TYPE_CHECKING:  # what the page provides
        from PySide6.QtCore import SignalInstance
        from PySide6.QtWidgets import QLabel, QStackedWidget

        from voiceapp.ui.record.meter import LevelMeter
        from voiceapp.ui.widgets import BigButton

        busy_changed: SignalInstance
        stack: QStackedWidget
        record_step: FocusFirst
        listen_step: FocusFirst
        problem_step: FocusFirst
        try_again_button: BigButton
        meter: LevelMeter
        note: QLabel
        status: QLabel
        pause_button: BigButton
        timer: QLabel
        warning: QLabel
        first_focus: QWidget | None
        _bridge: Any
        _pause_when_started: bool
        _seconds: float
        _status: str
        _warning_left: float | None

        def _problem(self, error: object) -> None: ...
        def _build_record_step(self) -> None: ...
        def _show_buttons(self) -> None: ...
        def _show_problem(self) -> None: ...
        def _page_words(self, key: str) -> str: ...
        def retranslate(self) -> None: ...
        def isAncestorOf(self, child: QWidget) -> bool: ...

    step_margins = (32, 28)
    """Each step's margins: left and right, top and bottom."""
    step_spacing = 18

    # -- building -------------------------------------------------------------------------

    def _build_steps(self, try_again: Callable[[], None]) -> None:
        """The three steps in one stack filling the page: the page's own record step,
        then the listen (or watch) step and the problem step, whose Try again button
        calls ``try_again``."""
        page = cast(QWidget, self)
        self.stack = QStackedWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._build_record_step()
        self._build_listen_step()
        self._build_problem_step(try_again)

    def _new_step(self) -> tuple[FocusFirst, QVBoxLayout]:
        widget = FocusFirst(self.stack)
        layout = QVBoxLayout(widget)
        across, down = self.step_margins
        layout.setContentsMargins(across, down, across, down)
        layout.setSpacing(self.step_spacing)
        return widget, layout

    def _build_listen_step(self) -> None:
        step, layout = self._new_step()
        self.listen_step = step
        self.listen_title = label(step, "pageTitle")
        self.listen_hint = label(step, "message")
        self.note = label(step, "message")
        self.note.setVisible(False)
        video = self.media_extension == "webm"
        self.player = MemoryPlayer(step, video=video)
        self.again_button = button(step, "recordAgainButton")
        self.again_button.setIcon(icons.again())
        self.again_button.clicked.connect(self.ask_record_again)
        self.keep_button = button(step, "keepButton", primary=True)
        self.keep_button.setIcon(icons.keep())
        self.keep_button.clicked.connect(self.keep)
        self.throw_button = button(step, "throwAwayButton")
        self.throw_button.setIcon(icons.throw_away())
        self.throw_button.clicked.connect(self.ask_throw_away)
        self.confirm = Confirm(step)
        self.confirm.yes.connect(lambda: self._on_yes())
        self.confirm.no.connect(self._not_now)
        add_all(layout, self.listen_title, self.listen_hint, self.note)
        layout.addWidget(self.player, 1 if video else 0)  # a picture takes the room there is
        add_all(
            layout, row(self.again_button, self.keep_button, self.throw_button, None), self.confirm
        )
        if not video:
            layout.addStretch(1)
        QWidget.setTabOrder(self.player.slider, self.again_button)
        QWidget.setTabOrder(self.again_button, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.throw_button)
        QWidget.setTabOrder(self.throw_button, self.confirm.yes_button)
        step.first_focus = self.player.play_button
        self.stack.addWidget(step)

    def _build_problem_step(self, try_again: Callable[[], None]) -> None:
        step, layout = self._new_step()
        self.problem_step = step
        self.problem_title = label(step, "pageTitle")
        self.problem_text = label(step, "message")
        self.problem_hint = label(step, "hint")
        self.try_again_button = button(step, "tryAgainButton", primary=True)
        self.try_again_button.setIcon(icons.again())
        self.try_again_button.clicked.connect(try_again)
        add_all(
            layout,
            self.problem_title,
            self.problem_text,
            self.problem_hint,
            row(self.try_again_button, None),
        )
        layout.addStretch(1)
        step.first_focus = self.try_again_button
        self.stack.addWidget(step)

    # -- what the host calls --------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def recording(self) -> Recording | None:
        """The recording waiting on the listen (or watch) step, if any."""
        return self._recording

    def is_busy(self) -> bool:
        """True from pressing Record until the recording has finished."""
        return self._state in self.busy_states

    def pause_if_recording(self) -> None:
        """Pause at once (Hide, I need a break): the recording and any playing back."""
        self.player.pause()
        if self._state == RECORDING and self._bridge is not None:
            self._bridge.recorder.pause()
            self.meter.clear()
            self._set_state(PAUSED)
        elif self._state == STARTING:
            self._pause_when_started = True

    def stop_and_offer(self) -> None:
        """Finish the recording (if one is running) and show the listen / keep step."""
        if self.is_busy() and self._state != STOPPING:
            self.stop()

    def toggle_pause(self) -> None:
        if self._bridge is None:
            return
        if self._state == STARTING:
            self._pause_when_started = not self._pause_when_started
        elif self._state == RECORDING:
            self.pause_if_recording()
        elif self._state == PAUSED:
            self._bridge.recorder.resume()
            self._set_state(RECORDING)

    def stop(self) -> None:
        """Finish recording; the listen step follows once the last of it is in."""
        bridge = self._bridge
        if bridge is None or self._state not in RUNNING:
            return
        was_starting = self._state == STARTING
        self.meter.clear()
        self._set_state(STOPPING)
        if not was_starting:  # else _started stops it once the devices are open
            bridge.ask_to_stop()

    # -- what the recorder says (through its bridge, on the GUI thread) -------------------

    def _started(self, bridge: Any, _result: object = None) -> None:
        if bridge is not self._bridge:  # let go while the devices were opening
            bridge.ask_to_stop()
            return
        if self._state == STOPPING:
            bridge.ask_to_stop()
        elif self._state == STARTING:
            self._set_state(RECORDING)
            if self._pause_when_started:
                self.pause_if_recording()

    def _start_failed(self, bridge: Any, error: object) -> None:
        if bridge is not self._bridge:
            return
        self._bridge = None
        bridge.detach()
        self._problem(error)

    def _level(self, bridge: Any, rms: float, peak: float) -> None:
        if bridge is self._bridge and self._state == RECORDING:
            self.meter.show_level(rms, peak)

    def _progress(self, bridge: Any, seconds: float) -> None:
        if bridge is self._bridge and self.is_busy():
            self._seconds = seconds
            self._show_time()

    def _warning(self, bridge: Any, seconds_left: float) -> None:
        if bridge is self._bridge and self.is_busy():
            self._warning_left = seconds_left
            self._show_warning()

    def _finished(self, bridge: Any, recording: Recording) -> None:
        if bridge is not self._bridge or not self.is_busy():
            return
        self._bridge = None
        bridge.detach()
        self._recording = recording
        self._seconds = recording.duration_s
        self._show_time()
        self._before_listening()
        self.player.load(recording.data, self.media_extension)
        self._set_state(LISTENING, self.player.play_button)

    def _failed(self, bridge: Any, error: object) -> None:
        if bridge is not self._bridge or not self.is_busy():
            return
        self._bridge = None
        bridge.detach()
        if self._seconds <= 0 and self._state == STOPPING:  # stopped before anything came
            self._status = EMPTY
            self._clear_recording_view()
            self._set_state(READY, self.record_button)
        else:
            self._problem(error)

    # -- showing --------------------------------------------------------------------------

    def _set_state(self, state: str, focus: QWidget | None = None) -> None:
        """Show ``state``; ``focus`` gets the keyboard focus if it was on this page."""
        was_busy = self.is_busy()
        here = self._has_keyboard()
        self._state = state
        if state == PROBLEM:
            self.stack.setCurrentWidget(self.problem_step)
            self.first_focus = self.try_again_button
        elif state == LISTENING:
            self.stack.setCurrentWidget(self.listen_step)
            self.first_focus = self.player.play_button
        else:
            self.stack.setCurrentWidget(self.record_step)
            self.first_focus = self.record_button
        self._entered(state)
        self._show_buttons()
        self._show_words()
        if focus is not None and here:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.is_busy() != was_busy:
            self.busy_changed.emit(self.is_busy())

    def _entered(self, state: str) -> None:
        """``state`` is now shown (before its buttons and words): for the page to add to."""

    def _before_listening(self) -> None:
        """The recording is in and about to be played back: for the page to add to."""

    def _has_keyboard(self) -> bool:
        """True if the keyboard focus is on this page (or nowhere at all)."""
        current = QApplication.focusWidget()
        return current is None or current is cast(QWidget, self) or self.isAncestorOf(current)

    def _clear_recording_view(self) -> None:
        self._seconds = 0.0
        self._warning_left = None
        self.meter.clear()
        self.note.setVisible(False)
        self._show_time()
        self._show_warning()

    def _show_words(self) -> None:
        """The status line, the Pause / Carry on button, the warning, the note and the
        problem, for the state shown, in the current language."""
        status = self._status_words()
        self.status.setText(status)
        self.status.setAccessibleName(status)
        self.status.setVisible(bool(status))
        if self._state == PAUSED:
            self._name(
                self.pause_button,
                QCoreApplication.translate("RecordTake", "Carry on"),
                QCoreApplication.translate("RecordTake", "Carry on recording from here."),
            )
        else:
            self._name(
                self.pause_button,
                QCoreApplication.translate("RecordTake", "Pause"),
                QCoreApplication.translate(
                    "RecordTake", "Stop for a moment. Nothing is recorded while paused."
                ),
            )
        self._show_warning()
        self._show_note()
        self._show_problem()

    def _status_words(self) -> str:
        """What the status line says: the page's own words where the voice and video
        pages differ (``_page_words``: GETTING_READY, KEPT, THROWN, and why a
        recording ended, DEVICE_LOST or MAX_LENGTH), the shared ones where they do not."""
        state = self._state
        if state == RECORDING:
            return QCoreApplication.translate(
                "RecordTake", "Recording. Say what you want the meeting to hear."
            )
        if state == PAUSED:
            return QCoreApplication.translate(
                "RecordTake",
                "Paused. Nothing is being recorded. Press Carry on when you are ready.",
            )
        if state == STOPPING:
            return QCoreApplication.translate("RecordTake", "Finishing off…")
        if state in (LOOKING, STARTING):
            return self._page_words(GETTING_READY)
        if self._status == EMPTY:
            return QCoreApplication.translate(
                "RecordTake", "Nothing was recorded that time. Press Record to try again."
            )
        if self._status in (KEPT, THROWN):
            return self._page_words(self._status)
        return ""

    def _show_note(self) -> None:
        """Why the recording ended, on the listen step, if not by Stop."""
        recording = self._recording
        ended = recording.ended if recording is not None else None
        note = self._page_words(ended) if ended in (DEVICE_LOST, MAX_LENGTH) else ""
        self.note.setText(note)
        self.note.setAccessibleName(note)
        self.note.setVisible(bool(note) and self._state == LISTENING)

    def _show_time(self) -> None:
        text = clock(self._seconds)
        if self.timer.text() != text:
            self.timer.setText(text)
        name = QCoreApplication.translate("RecordTake", "Time recorded: {time}").format(time=text)
        if self.timer.accessibleName() != name:
            self.timer.setAccessibleName(name)

    def _show_warning(self) -> None:
        if self._warning_left is None or not self.is_busy():
            show_alert(self.warning, "")
            return
        left = max(1.0, self._warning_left)
        show_alert(
            self.warning,
            QCoreApplication.translate(
                "RecordTake", "Nearly at the end: {time} left. You can finish what you are saying."
            ).format(time=clock(left)),
        )

    @staticmethod
    def _name(widget: QAbstractButton, words: str, description: str) -> None:
        widget.setText(words)
        widget.setAccessibleName(words)
        widget.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the page is a QWidget
