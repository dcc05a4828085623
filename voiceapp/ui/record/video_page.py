"""The young person records a video, watches it back, and keeps it or not.

Three steps, one at a time, like the voice page (``VoicePage``), whose public
face this page shares so the young person's space can host either:

1. **Record**: a live picture from the camera, like a mirror; the camera (when
   there are several) and the microphone; a privacy choice (show my face, blur
   the background, blur my face), which the picture shows at once and the
   recording keeps; and Record. Record counts 3, 2, 1 over the picture (Stop
   cancels), then records: the picture goes on, with the time, a sound level,
   Pause/Carry on and Stop, and a gentle warning before the limit.
2. **Watch**: play it back from memory, then Record again, Keep it, or Throw
   it away (each asks once). A camera or microphone lost mid-recording ends up
   here too, with what was recorded and a kind word about what happened.
3. **Problem**: no camera, no microphone, or no sound server: a plain
   sentence, what to try, and Try again.

Threads: the camera's preview (``CameraFeed``) and the ``VideoRecorder`` call
back on their own threads; ``FrameSlot`` and ``VideoBridge`` turn that into
queued signals, so widgets are only touched on the GUI thread, where frames
become images. The slow calls (listing devices, opening the camera, stopping
the preview so the camera is free, starting the recorder) run one at a time
on a private one-thread pool, in the order they were asked for.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QLabel,
    QWidget,
)

from voiceapp.core.errors import NoCamera, NoMicrophone
from voiceapp.core.recording import (
    BACKGROUND,
    DEVICE_LOST,
    FACE,
    MAX_LENGTH,
    CameraDevice,
    CameraFeed,
    InputDevice,
    Recording,
    SegmentStore,
    VideoRecorder,
    cameras,
    input_devices,
    open_camera,
)
from voiceapp.core.recording.camera import CameraSource
from voiceapp.ui.error_text import user_message
from voiceapp.ui.page_parts import FocusFirst, add_all, button, label, row
from voiceapp.ui.record import icons, video_parts
from voiceapp.ui.record.meter import LevelMeter
from voiceapp.ui.record.microphones import MicrophonePicker
from voiceapp.ui.record.states import (
    COUNTDOWN,
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
from voiceapp.ui.record.take import TakeFlow
from voiceapp.ui.record.video_parts import FrameSlot, PreviewView, VideoBridge
from voiceapp.ui.record.words import clock
from voiceapp.ui.tasks import Task
from voiceapp.ui.widgets import MIN_TARGET

CONTEXT = "VideoPage"

BUSY = (COUNTDOWN, *RUNNING, STOPPING)
COUNT_FROM = 3

# Blur choices: the recorder's names (None: show my face).
SHOW = None
CHOICES: tuple[str | None, ...] = (SHOW, BACKGROUND, FACE)

_TASKS: set[Task] = set()  # running tasks, alive even if their page goes first


class VideoPage(TakeFlow, FocusFirst):
    """Record, watch back, keep: the young person's video recording screen."""

    kept = Signal(object)
    """The core ``Recording`` (its data a WebM file) the young person chose to keep."""
    busy_changed = Signal(bool)
    """True from pressing Record (the countdown) until the recording has finished."""

    busy_states = BUSY
    media_extension = "webm"
    step_margins = (32, 20)  # tighter: the picture needs the room
    step_spacing = 12
    countdown_ms = 1000
    """How long each number of the countdown shows (tests may shorten it)."""

    def __init__(
        self,
        store: SegmentStore | None,
        parent: QWidget | None = None,
        *,
        camera: CameraSource | None = None,
        max_seconds: float = 600.0,
        warn_before: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("videoPage")
        self.store = store
        self.camera = camera
        self.max_seconds = max_seconds
        self.warn_before = warn_before
        self._pool = QThreadPool(self)  # one at a time, in order
        self._pool.setMaxThreadCount(1)
        self._state = LOOKING
        self._cameras: list[CameraDevice] = []
        self._blur: str | None = SHOW
        self._feed: CameraFeed | None = None
        self._feed_slot: FrameSlot | None = None
        self._opening = 0  # which preview opening is wanted (0: none)
        self._camera_lock = threading.Lock()
        self._opened: dict[int, Any] = {}  # cameras opened on the pool, not yet adopted
        self._openings = 0
        self._bridge: VideoBridge | None = None
        self._let_go: list[VideoRecorder] = []  # stopping; the camera is free once done
        self._recording: Recording | None = None
        self._pause_when_started = False
        self._count = 0
        self._seconds = 0.0
        self._warning_left: float | None = None
        self._status = ""  # KEPT, THROWN or EMPTY after the last recording
        self._error: BaseException | None = None
        self._on_yes: Callable[[], None] = self._throw_away

        self._countdown = QTimer(self)
        self._countdown.setInterval(self.countdown_ms)
        self._countdown.timeout.connect(self._tick)

        self._build_steps(self.load_devices)
        self.destroyed.connect(self._stop_feed_when_gone(self))

        self.retranslate()
        self._set_state(LOOKING)
        self.load_devices()

    @staticmethod
    def _stop_feed_when_gone(page: VideoPage) -> Callable[..., None]:
        holder = page.__dict__  # the Python side outlives the C++ page for this call

        def gone(*_: object) -> None:
            feed = holder.get("_feed")
            if feed is not None:
                feed.stop(timeout=0)

        return gone

    # -- building ----------------------------------------------------------------------------

    def _build_record_step(self) -> None:
        step, layout = self._new_step()
        self.record_step = step
        self.title = label(step, "pageTitle")
        self.hint = label(step, "message")
        self.preview = PreviewView(step)
        self.camera_label = label(step, "hint")
        self.camera_picker = QComboBox(step)
        self.camera_picker.setObjectName("cameraPicker")
        self.camera_picker.setMinimumHeight(MIN_TARGET + 8)
        self.camera_picker.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.camera_label.setBuddy(self.camera_picker)
        self.camera_picker.currentIndexChanged.connect(self._camera_chosen)
        self.picker_label = label(step, "hint")
        self.picker = MicrophonePicker(step)
        self.picker_label.setBuddy(self.picker)
        self.privacy_label = label(step, "hint")
        self.show_face_button = button(step, "showFaceButton")
        self.show_face_button.setIcon(video_parts.show_face())
        self.blur_background_button = button(step, "blurBackgroundButton")
        self.blur_background_button.setIcon(video_parts.blur_background())
        self.blur_face_button = button(step, "blurFaceButton")
        self.blur_face_button.setIcon(video_parts.blur_face())
        self.privacy = QButtonGroup(self)
        self.privacy.setExclusive(True)
        for button_, choice in zip(self.privacy_buttons(), CHOICES, strict=True):
            button_.setCheckable(True)
            self.privacy.addButton(button_)
            button_.clicked.connect(lambda _c=False, mode=choice: self.set_privacy(mode))
        self.show_face_button.setChecked(True)
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
        )
        layout.addWidget(self.preview, 1)
        add_all(
            layout,
            row(self.camera_label, self.camera_picker, self.picker_label, self.picker, None),
            row(
                self.privacy_label,
                self.show_face_button,
                self.blur_background_button,
                self.blur_face_button,
                None,
            ),
            self.meter,
            row(self.timer, self.limit_hint, None),
            row(self.record_button, self.pause_button, self.stop_button, None),
            self.status,
            self.warning,
        )
        order = [
            self.camera_picker,
            self.picker,
            *self.privacy_buttons(),
            self.record_button,
            self.pause_button,
            self.stop_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        step.first_focus = self.record_button
        self.stack.addWidget(step)
        self.picker.currentIndexChanged.connect(lambda _i: self._show_buttons())

    def privacy_buttons(self) -> tuple[QAbstractButton, QAbstractButton, QAbstractButton]:
        """Show my face, Blur the background, Blur my face (in ``CHOICES`` order)."""
        return (self.show_face_button, self.blur_background_button, self.blur_face_button)

    # -- what the host calls --------------------------------------------------------------------

    @property
    def privacy_choice(self) -> str | None:
        """None (show my face), ``"background"`` or ``"face"``."""
        return self._blur

    @property
    def previewing(self) -> bool:
        """True while the live picture before recording has the camera on."""
        return self._feed is not None

    def pause_if_recording(self) -> None:
        """Pause at once (Hide, I need a break): the recording, any playing back, and a
        countdown (which stops, so nothing starts recording unseen)."""
        if self._state == COUNTDOWN:
            self._cancel_countdown()
        super().pause_if_recording()

    def reset(self) -> None:
        """Back to the start, ready to record.

        A recording still running is stopped and let go, and one waiting on the
        watch step is let go too: with a store, their segments stay in the vault
        and are offered back next time; nothing is thrown away.
        """
        self._countdown.stop()
        self.preview.set_overlay("")
        self.confirm.close_question()
        self.player.unload()
        bridge, self._bridge = self._bridge, None
        if bridge is not None:
            self._let_go_of(bridge)
        self._recording = None
        self._status = ""
        self._clear_recording_view()
        if self._state in (LOOKING, PROBLEM):
            self._set_state(self._state)
        else:
            self._set_state(READY)

    # -- slow work, one at a time --------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[object], None] | None = None,
        orphan: Callable[[Any], None] | None = None,
    ) -> None:
        """``work()`` on the page's pool (after whatever was asked before); ``done`` or
        ``failed`` on the GUI thread, or ``orphan`` with the result if the page has gone."""
        task = Task(lambda _progress, _cancelled: work())
        _TASKS.add(task)

        def succeeded(value: object) -> None:
            if shiboken6.isValid(self):
                if done is not None:
                    done(value)
            elif orphan is not None:
                orphan(value)

        def went_wrong(error: object) -> None:
            if shiboken6.isValid(self) and failed is not None:
                failed(error)

        task.succeeded.connect(succeeded)
        task.failed.connect(went_wrong)
        task.finished.connect(lambda: _TASKS.discard(task))
        task.start(self._pool)

    # -- the devices and the preview --------------------------------------------------------------

    def load_devices(self) -> None:
        """Look for the microphones and cameras (on a worker); Try again does this too."""
        if self.is_busy() or self._state == LISTENING:
            return
        self._stop_preview()
        self.picker.show_looking()
        self._set_state(LOOKING)
        look_for_cameras = self.camera is None

        def find() -> tuple[list[InputDevice], list[CameraDevice] | None]:
            return input_devices(), (cameras() if look_for_cameras else None)

        self._run(find, self._found, self._problem)

    def load_microphones(self) -> None:
        """The same as ``load_devices`` (the voice page's name for Try again)."""
        self.load_devices()

    def _found(self, found: tuple[list[InputDevice], list[CameraDevice] | None]) -> None:
        if self._state != LOOKING:
            return
        microphones, camera_list = found
        if not microphones:
            self._problem(NoMicrophone())
            return
        if camera_list is not None:
            if not camera_list:
                self._problem(NoCamera())
                return
            self._set_cameras(camera_list)
        self.picker.set_devices(microphones)
        self._set_state(READY, self.record_button)

    def _set_cameras(self, found: list[CameraDevice]) -> None:
        chosen = self._camera_index()
        self._cameras = list(found)
        self.camera_picker.blockSignals(True)
        self.camera_picker.clear()
        for device in self._cameras:
            self.camera_picker.addItem(video_parts.camera(), device.name, device.index)
        indexes = [device.index for device in self._cameras]
        self.camera_picker.setCurrentIndex(indexes.index(chosen) if chosen in indexes else 0)
        self.camera_picker.blockSignals(False)

    def _camera_index(self) -> int | None:
        index = self.camera_picker.currentIndex()
        if 0 <= index < len(self._cameras):
            return self._cameras[index].index
        return None

    def camera_source(self) -> CameraSource:
        """The camera to use: the one given, else the one chosen (the first to begin with)."""
        if self.camera is not None:
            return self.camera
        index = self._camera_index()
        return index if index is not None else 0

    def _camera_chosen(self, _index: int) -> None:
        if self._state == READY:
            self._stop_preview()
            self._want_preview()

    def _want_preview(self) -> None:
        """Start the live picture, if the page is ready and can be seen."""
        if self._state not in (READY, COUNTDOWN) or not self.isVisible():
            return
        if self._feed is not None or self._opening:
            return
        self._openings += 1
        opening = self._opening = self._openings
        source = self.camera_source()
        waiting = [r for r in self._let_go if not r.finished.is_set()]
        self._let_go = waiting

        lock, opened = self._camera_lock, self._opened

        def open_it() -> None:
            for recorder in waiting:  # a recorder let go still has the camera
                if recorder.state != "idle":
                    recorder.finished.wait(5.0)
            camera = open_camera(source)
            with lock:  # the GUI thread adopts it, or _close_unadopted closes it
                opened[opening] = camera

        self._run(
            open_it,
            lambda _none: self._preview_opened(opening),
            partial(self._preview_failed, opening),
            orphan=lambda _none: VideoPage._close_unadopted(lock, opened),
        )

    @staticmethod
    def _close_unadopted(lock: threading.Lock, opened: dict[int, Any]) -> None:
        """Close the cameras opened for a preview nobody wants any more (on the pool)."""
        with lock:
            cameras_ = list(opened.values())
            opened.clear()
        for camera in cameras_:
            camera.close()

    def _preview_opened(self, opening: int) -> None:
        with self._camera_lock:
            camera = self._opened.pop(opening, None)
        if camera is None:
            return  # already closed: the preview was stopped meanwhile
        if opening != self._opening or self._state not in (READY, COUNTDOWN):
            camera.close()
            return
        self._opening = 0
        slot = FrameSlot(self)
        queued = Qt.ConnectionType.QueuedConnection
        slot.ready.connect(lambda s=slot: self._show_frame(s), queued)
        slot.lost.connect(lambda s=slot: self._preview_lost(s), queued)
        feed = video_parts.preview_feed(camera, self._blur, slot)
        self._feed, self._feed_slot = feed, slot
        feed.start()

    def _preview_failed(self, opening: int, error: object) -> None:
        if opening != self._opening:
            return
        self._opening = 0
        if self._state == READY:
            self._problem(error)

    def _preview_lost(self, slot: FrameSlot) -> None:
        """The camera went before recording (unplugged?): say so, with Try again. During
        the countdown the recorder opens it afresh, and says so itself if it cannot."""
        if slot is not self._feed_slot:
            return
        self._feed, self._feed_slot = None, None
        slot.detach()
        slot.deleteLater()
        if self._state == READY:
            self._problem(NoCamera())

    def _stop_preview(self) -> None:
        """Stop the live picture; the camera is free once the pool gets to it."""
        self._opening = 0
        feed, self._feed = self._feed, None
        slot, self._feed_slot = self._feed_slot, None
        if slot is not None:
            slot.detach()
            slot.deleteLater()
        lock, opened = self._camera_lock, self._opened

        def stop() -> None:  # before anything asked later (a recorder) opens the camera
            if feed is not None:
                feed.stop()
            self._close_unadopted(lock, opened)

        self._run(stop)

    def _show_frame(self, slot: FrameSlot) -> None:
        recording = self._bridge.frames if self._bridge is not None else None
        if slot is not self._feed_slot and slot is not recording:
            return
        rgb = slot.take()
        if rgb is not None:
            self.preview.show_frame(rgb)

    def _problem(self, error: object) -> None:
        self._error = error if isinstance(error, BaseException) else None
        self._countdown.stop()
        self.preview.set_overlay("")
        self._stop_preview()
        self._set_state(PROBLEM, self.try_again_button)

    # -- privacy -----------------------------------------------------------------------------------

    def set_privacy(self, mode: str | None) -> None:
        """Show my face (None), blur the background, or blur my face: the picture shows
        it at once, and the recording keeps it."""
        if mode not in CHOICES or self._state not in (LOOKING, READY, COUNTDOWN, PROBLEM):
            self._show_privacy()
            return
        self._blur = mode
        self._show_privacy()
        if self._feed is not None:
            try:
                self._feed.set_blur(mode)
            except Exception as error:  # the face finder is missing: say so
                self._blur = SHOW
                self._show_privacy()
                self._problem(error)

    def _show_privacy(self) -> None:
        for widget, choice in zip(self.privacy_buttons(), CHOICES, strict=True):
            widget.setChecked(choice == self._blur)

    # -- recording ------------------------------------------------------------------------------

    def start_recording(self) -> None:
        """Record pressed: count 3, 2, 1 over the picture, then record."""
        if self._state != READY or not self.picker.devices:
            return
        self._recording = None
        self._status = ""
        self._clear_recording_view()
        self._count = COUNT_FROM
        self.preview.set_overlay(str(self._count))
        self._countdown.setInterval(self.countdown_ms)
        self._countdown.start()
        self._set_state(COUNTDOWN, self.stop_button)
        self._want_preview()

    def _tick(self) -> None:
        if self._state != COUNTDOWN:
            self._countdown.stop()
            return
        self._count -= 1
        if self._count > 0:
            self.preview.set_overlay(str(self._count))
            self._show_words()
            return
        self._countdown.stop()
        self.preview.set_overlay("")
        self._begin()

    def _cancel_countdown(self) -> None:
        self._countdown.stop()
        self.preview.set_overlay("")
        self._set_state(READY, self.record_button)

    def _begin(self) -> None:
        """The countdown is over: free the camera from the preview, then record."""
        self._stop_preview()
        slot = FrameSlot(self)
        try:
            bridge = VideoBridge(
                self.camera_source(),
                self.picker.chosen(),
                self.store,
                blur=self._blur,
                max_seconds=self.max_seconds,
                warn_before=self.warn_before,
                frames=slot,
                parent=self,
            )
        except Exception as error:  # a blur that cannot work here
            slot.deleteLater()
            self._problem(error)
            return
        queued = Qt.ConnectionType.QueuedConnection
        slot.ready.connect(lambda s=slot: self._show_frame(s), queued)
        bridge.level.connect(lambda rms, peak, b=bridge: self._level(b, rms, peak), queued)
        bridge.progress.connect(lambda seconds, b=bridge: self._progress(b, seconds), queued)
        bridge.warning.connect(lambda left, b=bridge: self._warning(b, left), queued)
        bridge.finished.connect(lambda rec, b=bridge: self._finished(b, rec), queued)
        bridge.failed.connect(lambda error, b=bridge: self._failed(b, error), queued)
        self._bridge = bridge
        self._pause_when_started = False
        focus = self.pause_button if self.stop_button.hasFocus() else None
        self._set_state(STARTING, focus)
        recorder = bridge.recorder
        self._run(
            recorder.start,
            partial(self._started, bridge),
            partial(self._start_failed, bridge),
        )

    def stop(self) -> None:
        """Stop pressed: cancel the countdown, or finish recording (the watch step
        follows once the last of the sound and picture are in)."""
        if self._state == COUNTDOWN:
            self._cancel_countdown()
        else:
            super().stop()

    def _let_go_of(self, bridge: VideoBridge) -> None:
        bridge.detach()
        bridge.ask_to_stop()  # if still starting, _started stops it
        self._let_go.append(bridge.recorder)

    # -- showing --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._want_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        # Not seen: the camera goes off, and a countdown stops (nothing records unseen).
        if self._state == COUNTDOWN:
            self._cancel_countdown()
        self._stop_preview()
        super().hideEvent(event)

    def _entered(self, state: str) -> None:
        if state in (READY, COUNTDOWN):
            self._want_preview()
        elif state in (LISTENING, PROBLEM, LOOKING):
            self._stop_preview()
            self.preview.clear()

    def _before_listening(self) -> None:
        self.preview.clear()

    def _show_buttons(self) -> None:
        state = self._state
        ready = state == READY and bool(self.picker.devices)
        self.picker.setEnabled(ready)
        self.camera_picker.setEnabled(ready)
        self.camera_picker.setVisible(len(self._cameras) > 1 and self.camera is None)
        self.camera_label.setVisible(self.camera_picker.isVisibleTo(self.record_step))
        self.record_button.setEnabled(ready)
        choosing = state in (LOOKING, READY, COUNTDOWN)
        for widget in self.privacy_buttons():
            widget.setEnabled(choosing)
        self.pause_button.setEnabled(state in (STARTING, RECORDING, PAUSED))
        self.stop_button.setEnabled(state in (COUNTDOWN, STARTING, RECORDING, PAUSED))
        self.pause_button.setIcon(icons.play() if state == PAUSED else icons.pause())

    def _show_words(self) -> None:
        super()._show_words()
        if self._state == COUNTDOWN:
            self._name(
                self.stop_button,
                QCoreApplication.translate("VideoPage", "Stop"),
                QCoreApplication.translate("VideoPage", "Do not start recording yet."),
            )
        else:
            self._name(
                self.stop_button,
                QCoreApplication.translate("VideoPage", "Stop"),
                QCoreApplication.translate("VideoPage", "Finish recording, then watch it."),
            )

    def _status_words(self) -> str:
        if self._state == COUNTDOWN:
            return QCoreApplication.translate(
                "VideoPage", "Get ready… recording starts in {count}. Press Stop to wait."
            ).format(count=self._count)
        return super()._status_words()

    def _page_words(self, key: str) -> str:
        words = {
            GETTING_READY: QCoreApplication.translate("VideoPage", "Getting the camera ready…"),
            KEPT: QCoreApplication.translate(
                "VideoPage", "Your video is kept. You can record another one if you like."
            ),
            THROWN: QCoreApplication.translate(
                "VideoPage", "That video was thrown away. You can record a new one."
            ),
            DEVICE_LOST: QCoreApplication.translate(
                "VideoPage",
                "The camera or the microphone stopped working. Maybe it came unplugged? Everything up to then is here.",  # noqa: E501 - one literal for lupdate
            ),
            MAX_LENGTH: QCoreApplication.translate(
                "VideoPage",
                "That is as long as a video can be, so it stopped by itself. Everything up to then is here.",  # noqa: E501 - one literal for lupdate
            ),
        }
        return words[key]

    def _show_problem(self) -> None:
        error = self._error if self._error is not None else NoCamera()
        text = user_message(error)
        self.problem_text.setText(text)
        self.problem_text.setAccessibleName(text)
        if isinstance(error, NoCamera):
            title = QCoreApplication.translate("VideoPage", "We can't see a camera")
        else:
            title = QCoreApplication.translate("VideoPage", "We can't hear a microphone")
        self.problem_title.setText(title)

    def _limit_words(self) -> str:
        return QCoreApplication.translate("VideoPage", "The longest a video can be: {time}").format(
            time=clock(self.max_seconds)
        )

    @staticmethod
    def _throw_away_words() -> tuple[str, str, str, str, str]:
        return (
            QCoreApplication.translate(
                "VideoPage", "Throw this video away? It cannot be got back afterwards."
            ),
            QCoreApplication.translate("VideoPage", "Yes, throw it away"),
            QCoreApplication.translate("VideoPage", "The video is deleted."),
            QCoreApplication.translate("VideoPage", "No, keep it for now"),
            QCoreApplication.translate("VideoPage", "Go back to your video."),
        )

    @staticmethod
    def _record_again_words() -> tuple[str, str, str, str, str]:
        return (
            QCoreApplication.translate(
                "VideoPage", "Record it again? This video will be thrown away."
            ),
            QCoreApplication.translate("VideoPage", "Yes, record again"),
            QCoreApplication.translate("VideoPage", "Throw this video away and start a new one."),
            QCoreApplication.translate("VideoPage", "No, keep this one"),
            QCoreApplication.translate("VideoPage", "Go back to your video."),
        )

    def retranslate(self) -> None:
        """Set every word in the current language."""
        self.setAccessibleName(QCoreApplication.translate("VideoPage", "Record a video"))
        self.title.setText(QCoreApplication.translate("VideoPage", "Record a video"))
        self.hint.setText(
            QCoreApplication.translate(
                "VideoPage",
                "Press Record and say what you want the meeting to hear. You can pause whenever you like, and watch it at the end.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.camera_label.setText(QCoreApplication.translate("VideoPage", "Camera:"))
        self.camera_picker.setAccessibleName(QCoreApplication.translate("VideoPage", "Camera"))
        self.camera_picker.setAccessibleDescription(
            QCoreApplication.translate("VideoPage", "Choose which camera to use.")
        )
        self.picker_label.setText(QCoreApplication.translate("VideoPage", "Microphone:"))
        self.privacy_label.setText(QCoreApplication.translate("VideoPage", "Your face:"))
        self._name(
            self.show_face_button,
            QCoreApplication.translate("VideoPage", "Show my face"),
            QCoreApplication.translate("VideoPage", "The video shows you as the camera sees you."),
        )
        self._name(
            self.blur_background_button,
            QCoreApplication.translate("VideoPage", "Blur the background"),
            QCoreApplication.translate(
                "VideoPage", "Everything behind you is blurred, so nobody sees where you are."
            ),
        )
        self._name(
            self.blur_face_button,
            QCoreApplication.translate("VideoPage", "Blur my face"),
            QCoreApplication.translate(
                "VideoPage", "Your face is blurred. The meeting still hears your voice."
            ),
        )
        self.limit_hint.setText(self._limit_words())
        self._name(
            self.record_button,
            QCoreApplication.translate("VideoPage", "Record"),
            QCoreApplication.translate(
                "VideoPage", "Count down from three, then start recording a video."
            ),
        )
        self.listen_title.setText(QCoreApplication.translate("VideoPage", "Watch it back"))
        self.listen_hint.setText(
            QCoreApplication.translate(
                "VideoPage",
                "Watch your video if you like. Then keep it, or record it again.",
            )
        )
        self._name(
            self.again_button,
            QCoreApplication.translate("VideoPage", "Record again"),
            QCoreApplication.translate("VideoPage", "Make a new video instead of this one."),
        )
        self._name(
            self.keep_button,
            QCoreApplication.translate("VideoPage", "Keep it"),
            QCoreApplication.translate("VideoPage", "Keep this video with your things."),
        )
        self._name(
            self.throw_button,
            QCoreApplication.translate("VideoPage", "Throw it away"),
            QCoreApplication.translate("VideoPage", "Delete this video. You will be asked first."),
        )
        self.problem_hint.setText(
            QCoreApplication.translate(
                "VideoPage",
                "If it still does not work, ask the grown-up with you to help. You can record your voice, write or draw instead.",  # noqa: E501 - one literal for lupdate
            )
        )
        self._name(
            self.try_again_button,
            QCoreApplication.translate("VideoPage", "Try again"),
            QCoreApplication.translate("VideoPage", "Look for the camera and microphone again."),
        )
        self._show_time()
        self._show_words()
