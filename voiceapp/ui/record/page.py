"""The young person records their voice, listens back, and keeps it or not.

Three steps, one at a time:

1. **Record**: the microphone (the usual one chosen), a live sound level, the
   time so far, and Record, Pause/Carry on, Stop. A gentle warning comes
   ``warn_before`` seconds before the limit.
2. **Listen**: play it back from memory, then Record again, Keep it, or Throw
   it away. Throwing away (and recording again, which throws this one away)
   asks once, kindly.
3. **Problem**: no microphone, no sound server, or the computer said no: one
   or two plain sentences, what to try, and Try again.

``VoiceRecorder`` calls back on its own worker thread; a ``RecorderBridge``
turns each callback into a queued signal, so widgets are only ever touched on
the GUI thread. The slow calls (listing the microphones, which restarts
PortAudio, and opening one) run one at a time on a private one-thread pool, so
they can never overlap.

``kept`` hands the host the core ``Recording``; the host saves it as an item of
kind "audio" and then calls ``store.discard(recording.recording_id)``. Until
then its encrypted segments stay in the vault, so nothing is lost in a crash.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from voiceapp.core.errors import NoMicrophone
from voiceapp.core.recording import (
    DEVICE_LOST,
    MAX_LENGTH,
    InputDevice,
    Recording,
    SegmentStore,
    input_devices,
)
from voiceapp.ui.error_text import user_message
from voiceapp.ui.page_parts import FocusFirst, add_all, button, label, row
from voiceapp.ui.record import icons
from voiceapp.ui.record.bridge import RecorderBridge
from voiceapp.ui.record.meter import LevelMeter
from voiceapp.ui.record.microphones import MicrophonePicker
from voiceapp.ui.record.states import (
    GETTING_READY,
    KEPT,
    LISTENING,
    LOOKING,
    PAUSED,
    PROBLEM,
    READY,
    RECORDING,
    STARTING,
    THROWN,
)
from voiceapp.ui.record.take import TakeFlow
from voiceapp.ui.record.words import clock
from voiceapp.ui.tasks import Task

CONTEXT = "VoicePage"


class VoicePage(TakeFlow, FocusFirst):
    """Record, listen back, keep: the young person's voice recording screen."""

    kept = Signal(object)
    """The core ``Recording`` the young person chose to keep."""
    busy_changed = Signal(bool)
    """True while recording or paused (from pressing Record until it has finished)."""

    def __init__(
        self,
        store: SegmentStore | None,
        parent: QWidget | None = None,
        *,
        max_seconds: float = 600.0,
        warn_before: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voicePage")
        self.store = store
        self.max_seconds = max_seconds
        self.warn_before = warn_before
        self._pool = QThreadPool(self)  # one at a time: listing and opening never overlap
        self._pool.setMaxThreadCount(1)
        self._state = LOOKING
        self._bridge: RecorderBridge | None = None
        self._recording: Recording | None = None
        self._pause_when_started = False
        self._seconds = 0.0
        self._warning_left: float | None = None
        self._status = ""  # KEPT, THROWN or EMPTY after the last recording
        self._error: BaseException | None = None
        self._on_yes = self._throw_away

        self._build_steps(self.load_microphones)

        self.retranslate()
        self._set_state(LOOKING)
        self.load_microphones()

    # -- building -------------------------------------------------------------------------

    def _build_record_step(self) -> None:
        step, layout = self._new_step()
        self.record_step = step
        self.title = label(step, "pageTitle")
        self.hint = label(step, "message")
        self.picker_label = label(step, "hint")
        self.picker = MicrophonePicker(step)
        self.picker_label.setBuddy(self.picker)
        self.meter = LevelMeter(step)
        self.timer = QLabel(step)
        self.timer.setObjectName("recordTimer")
        self.timer.setProperty("userData", True)  # numbers: the same in every language
        font = self.timer.font()
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.timer.setFont(font)
        self.limit_hint = label(step, "hint")
        self.record_button = button(step, "recordButton", primary=True)
        self.record_button.setIcon(icons.record())
        self.record_button.clicked.connect(self.start_recording)
        self.pause_button = button(step, "pauseButton")
        self.pause_button.setIcon(icons.pause())
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = button(step, "stopButton")
        self.stop_button.setIcon(icons.stop())
        self.stop_button.clicked.connect(self.stop)
        self.status = label(step, "message")
        self.warning = label(step, "alert")
        add_all(
            layout,
            self.title,
            self.hint,
            row(self.picker_label, self.picker, None),
            self.meter,
            row(self.timer, self.limit_hint, None),
            row(self.record_button, self.pause_button, self.stop_button, None),
            self.status,
            self.warning,
        )
        layout.addStretch(1)
        QWidget.setTabOrder(self.picker, self.record_button)
        QWidget.setTabOrder(self.record_button, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.stop_button)
        step.first_focus = self.record_button
        self.stack.addWidget(step)
        self.picker.currentIndexChanged.connect(lambda _i: self._show_buttons())

    # -- what the host calls ------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the start, ready to record.

        A recording still running is stopped and let go, and one waiting on the
        listen step is let go too: with a store, their segments stay in the vault
        and are offered back next time (see ``RecoveryOffer``); nothing is thrown away.
        """
        self.confirm.close_question()
        self.player.unload()
        bridge, self._bridge = self._bridge, None
        if bridge is not None:
            bridge.detach()
            bridge.ask_to_stop()  # if still starting, _started stops it
        self._recording = None
        self._status = ""
        self._clear_recording_view()
        if self._state in (LOOKING, PROBLEM):
            self._set_state(self._state)
        else:
            self._set_state(READY)

    # -- the microphones ------------------------------------------------------------------------

    def load_microphones(self) -> None:
        """Fetch the list of microphones (on a worker); Try again does this too."""
        if self.is_busy() or self._state == LISTENING:
            return
        self.picker.show_looking()
        self._set_state(LOOKING)
        task = Task(lambda _progress, _cancelled: input_devices(), self)
        task.succeeded.connect(self._microphones_found)
        task.failed.connect(self._problem)
        task.finished.connect(task.deleteLater)
        task.start(self._pool)

    def _microphones_found(self, found: list[InputDevice]) -> None:
        if self._state != LOOKING:
            return
        if not found:
            self._problem(NoMicrophone())
            return
        self.picker.set_devices(found)
        self._set_state(READY, self.record_button)

    def _problem(self, error: object) -> None:
        self._error = error if isinstance(error, BaseException) else None
        self._set_state(PROBLEM, self.try_again_button)

    # -- recording ------------------------------------------------------------------------------

    def start_recording(self) -> None:
        if self._state != READY:
            return
        bridge = RecorderBridge(
            self.picker.chosen(),
            self.store,
            max_seconds=self.max_seconds,
            warn_before=self.warn_before,
            parent=self,
        )
        queued = Qt.ConnectionType.QueuedConnection
        bridge.level.connect(lambda rms, peak, b=bridge: self._level(b, rms, peak), queued)
        bridge.progress.connect(lambda seconds, b=bridge: self._progress(b, seconds), queued)
        bridge.warning.connect(lambda left, b=bridge: self._warning(b, left), queued)
        bridge.finished.connect(lambda rec, b=bridge: self._finished(b, rec), queued)
        bridge.failed.connect(lambda error, b=bridge: self._failed(b, error), queued)
        self._bridge = bridge
        self._recording = None
        self._status = ""
        self._pause_when_started = False
        self._clear_recording_view()
        self._set_state(STARTING, self.pause_button)
        recorder = bridge.recorder
        task = Task(lambda _progress, _cancelled: recorder.start(), self)
        task.succeeded.connect(lambda _result, b=bridge: self._started(b))
        task.failed.connect(lambda error, b=bridge: self._start_failed(b, error))
        task.finished.connect(task.deleteLater)
        task.start(self._pool)

    # -- showing --------------------------------------------------------------------------

    def _show_buttons(self) -> None:
        state = self._state
        ready = state == READY and bool(self.picker.devices)
        self.picker.setEnabled(ready)
        self.record_button.setEnabled(ready)
        self.pause_button.setEnabled(state in (STARTING, RECORDING, PAUSED))
        self.stop_button.setEnabled(state in (STARTING, RECORDING, PAUSED))
        self.pause_button.setIcon(icons.play() if state == PAUSED else icons.pause())

    def _page_words(self, key: str) -> str:
        words = {
            GETTING_READY: QCoreApplication.translate("VoicePage", "Getting the microphone ready…"),
            KEPT: QCoreApplication.translate(
                "VoicePage", "Your recording is kept. You can record another one if you like."
            ),
            THROWN: QCoreApplication.translate(
                "VoicePage", "That recording was thrown away. You can record a new one."
            ),
            DEVICE_LOST: QCoreApplication.translate(
                "VoicePage",
                "The microphone stopped working. Maybe it came unplugged? Everything you said up to then is here.",  # noqa: E501 - one literal for lupdate
            ),
            MAX_LENGTH: QCoreApplication.translate(
                "VoicePage",
                "That is as long as a recording can be, so it stopped by itself. Everything up to then is here.",  # noqa: E501 - one literal for lupdate
            ),
        }
        return words[key]

    def _show_problem(self) -> None:
        error = self._error if self._error is not None else NoMicrophone()
        text = user_message(error)
        self.problem_text.setText(text)
        self.problem_text.setAccessibleName(text)

    def _limit_words(self) -> str:
        return QCoreApplication.translate(
            "VoicePage", "The longest a recording can be: {time}"
        ).format(time=clock(self.max_seconds))

    @staticmethod
    def _throw_away_words() -> tuple[str, str, str, str, str]:
        return (
            QCoreApplication.translate(
                "VoicePage", "Throw this recording away? It cannot be got back afterwards."
            ),
            QCoreApplication.translate("VoicePage", "Yes, throw it away"),
            QCoreApplication.translate("VoicePage", "The recording is deleted."),
            QCoreApplication.translate("VoicePage", "No, keep it for now"),
            QCoreApplication.translate("VoicePage", "Go back to your recording."),
        )

    @staticmethod
    def _record_again_words() -> tuple[str, str, str, str, str]:
        return (
            QCoreApplication.translate(
                "VoicePage", "Record it again? This recording will be thrown away."
            ),
            QCoreApplication.translate("VoicePage", "Yes, record again"),
            QCoreApplication.translate(
                "VoicePage", "Throw this recording away and start a new one."
            ),
            QCoreApplication.translate("VoicePage", "No, keep this one"),
            QCoreApplication.translate("VoicePage", "Go back to your recording."),
        )

    def retranslate(self) -> None:
        """Set every word in the current language."""
        self.setAccessibleName(QCoreApplication.translate("VoicePage", "Record my voice"))
        self.title.setText(QCoreApplication.translate("VoicePage", "Record my voice"))
        self.hint.setText(
            QCoreApplication.translate(
                "VoicePage",
                "Press Record and say what you want the meeting to hear. You can pause whenever you like, and listen back at the end.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.picker_label.setText(QCoreApplication.translate("VoicePage", "Microphone:"))
        self.limit_hint.setText(self._limit_words())
        self._name(
            self.record_button,
            QCoreApplication.translate("VoicePage", "Record"),
            QCoreApplication.translate("VoicePage", "Start recording your voice."),
        )
        self._name(
            self.stop_button,
            QCoreApplication.translate("VoicePage", "Stop"),
            QCoreApplication.translate("VoicePage", "Finish recording, then listen to it."),
        )
        self.listen_title.setText(QCoreApplication.translate("VoicePage", "Listen back"))
        self.listen_hint.setText(
            QCoreApplication.translate(
                "VoicePage",
                "Listen to your recording if you like. Then keep it, or record it again.",
            )
        )
        self._name(
            self.again_button,
            QCoreApplication.translate("VoicePage", "Record again"),
            QCoreApplication.translate("VoicePage", "Make a new recording instead of this one."),
        )
        self._name(
            self.keep_button,
            QCoreApplication.translate("VoicePage", "Keep it"),
            QCoreApplication.translate("VoicePage", "Keep this recording with your things."),
        )
        self._name(
            self.throw_button,
            QCoreApplication.translate("VoicePage", "Throw it away"),
            QCoreApplication.translate(
                "VoicePage", "Delete this recording. You will be asked first."
            ),
        )
        self.problem_title.setText(
            QCoreApplication.translate("VoicePage", "We can't hear a microphone")
        )
        self.problem_hint.setText(
            QCoreApplication.translate(
                "VoicePage",
                "If it still does not work, ask the grown-up with you to help. You can write or draw instead.",  # noqa: E501 - one literal for lupdate
            )
        )
        self._name(
            self.try_again_button,
            QCoreApplication.translate("VoicePage", "Try again"),
            QCoreApplication.translate("VoicePage", "Look for the microphone again."),
        )
        self._show_time()
        self._show_words()
