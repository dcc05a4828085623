"""The video recording screen, driven like a young person would: a generated test video
stands in for the camera (none can be faked here) and a real PulseAudio daemon gives
the microphone. Preview, countdown, record, watch back, keep, privacy blur, pause, no
camera, and the keyboard alone."""

from __future__ import annotations

import io
import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import av
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.recording.conftest import Pulse
from tests.recording.video_source import (
    CORNER,
    decode_video,
    frame_number,
    laplacian_variance,
    make_video,
    pattern,
)
from tests.ui.audit import words_on
from tests.ui.record.keys import focused, press, tab_to
from tests.ui.record.take import record_for, seconds_on, stop_and_listen
from voiceapp.core.errors import MicrophoneUnavailable, NoCamera, NoMicrophone
from voiceapp.core.recording import (
    DEVICE_LOST,
    MAX_LENGTH,
    STOPPED,
    CameraDevice,
    Recording,
    SegmentStore,
    VideoFile,
    open_camera,
)
from voiceapp.ui.error_text import user_message
from voiceapp.ui.record import VideoPage, states, video_page
from voiceapp.ui.record.video_parts import from_image

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation

Show = Callable[[QWidget], QWidget]
Check = Callable[[QWidget], list[QWidget]]
LEFT = Qt.MouseButton.LeftButton
WIDTH = 640


@pytest.fixture(scope="module")
def camera_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4 s test video (scrolling checkerboard, a face, a red block top left, frame
    numbers along the bottom), played in a loop as the camera."""
    return make_video(tmp_path_factory.mktemp("camera") / "camera.avi", 4.0)


@pytest.fixture
def camera(camera_file: Path) -> VideoFile:
    return VideoFile(camera_file, loop=True)


@pytest.fixture
def short_camera(tmp_path: Path) -> VideoFile:
    """A camera that goes after three seconds: a 3 s test video, not looping."""
    return VideoFile(make_video(tmp_path / "short.avi", 3.0), loop=False)


def ready_page(
    qtbot: QtBot,
    shown: Show,
    store: SegmentStore | None,
    camera: VideoFile,
    *,
    countdown_ms: int = 150,
) -> VideoPage:
    """A shown page, ready, with the live picture coming."""
    page = VideoPage(store, camera=camera)
    page.countdown_ms = countdown_ms
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    qtbot.waitUntil(lambda: page.preview.frames_shown > 0, timeout=10_000)
    return page


def shown_rgb(page: VideoPage) -> np.ndarray:
    assert page.preview.image is not None
    return from_image(page.preview.image)


def rgb(bgr: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(bgr[..., ::-1])


def test_preview_is_live_and_mirrored(
    qtbot: QtBot, mic: Pulse, camera: VideoFile, shown: Show
) -> None:
    """Before recording the camera's picture shows live (at least 20 frames a second),
    like a mirror: each column of the preview is the opposite column of the camera's
    frame, so the red block top left in the camera is top right on screen. Hidden, the
    camera goes off; shown again, the picture comes back."""
    page = ready_page(qtbot, shown, None, camera)
    start = page.preview.frames_shown
    began = time.monotonic()
    qtbot.waitUntil(lambda: page.preview.frames_shown >= start + 40, timeout=10_000)
    rate = 40 / (time.monotonic() - began)
    assert rate >= 20, f"only {rate:.1f} frames a second shown"

    shown_frame = shown_rgb(page)
    assert shown_frame.shape == (480, WIDTH, 3)
    source = rgb(pattern(frame_number(shown_frame[:, ::-1])))
    for x in (5, 50, 200, 330, 600):
        mirrored = np.abs(shown_frame[:, x].astype(int) - source[:, WIDTH - 1 - x]).mean()
        assert mirrored < 25, f"column {x} is not the camera's column {WIDTH - 1 - x}"
    straight = np.abs(shown_frame[:, 50].astype(int) - source[:, 50]).mean()
    assert straight > 40, "the picture is not shown the camera's way round"
    red = shown_frame[40, WIDTH - 50]
    assert red[0] > 180 and red[1] < 90 and red[2] < 90, "the red block is top right"

    page.hide()  # not seen: the camera goes off
    assert not page.previewing
    page.show()
    again = page.preview.frames_shown
    qtbot.waitUntil(lambda: page.preview.frames_shown > again + 5, timeout=10_000)


def test_countdown_record_watch_back_and_keep(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, camera: VideoFile, shown: Show
) -> None:
    """Record counts 3, 2, 1 over the picture, a second each, and only then records (the
    picture goes on while recording); Stop shows the watch step, where the video loads
    in the player from memory; Keep it hands over WebM bytes that decode with a picture
    and sound, about 2 s long, whose segments stay in the store until the host discards
    them."""
    page = ready_page(qtbot, shown, store, camera, countdown_ms=1000)
    numbers: list[tuple[str, float]] = []
    show_number = page.preview.set_overlay

    def noted(text: str) -> None:
        numbers.append((text, time.monotonic()))
        show_number(text)

    page.preview.set_overlay = noted  # type: ignore[method-assign]
    busy: list[bool] = []
    page.busy_changed.connect(busy.append)

    pressed = time.monotonic()
    qtbot.mouseClick(page.record_button, LEFT)
    assert page.state == states.COUNTDOWN and page.preview.overlay == "3"
    assert page.is_busy() and busy == [True]
    qtbot.waitUntil(lambda: page.state == states.STARTING, timeout=10_000)
    counted = [text for text, _ in numbers if text]
    assert counted == ["3", "2", "1"], counted
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(numbers)]
    assert all(0.8 <= gap <= 1.6 for gap in gaps), gaps
    assert time.monotonic() - pressed >= 2.8, "nothing records before the count is over"
    assert page.preview.overlay == ""

    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
    frames_then = page.preview.frames_shown
    qtbot.waitUntil(lambda: seconds_on(page) >= 2, timeout=20_000)
    assert page.preview.frames_shown > frames_then + 10, "the picture goes on while recording"
    assert page.meter.value() > 0 or page.meter.peak > 0, "the meter hears the sine"

    recording = stop_and_listen(qtbot, page)
    assert busy == [True, False]
    player = page.player.player
    qtbot.waitUntil(lambda: player.duration() > 1500, timeout=15_000)
    assert page.player.play_button.isEnabled()

    with qtbot.waitSignal(page.kept, timeout=5_000) as kept:
        qtbot.mouseClick(page.keep_button, LEFT)
    rec = kept.args[0]
    assert rec is recording and isinstance(rec, Recording)
    assert rec.ended == STOPPED
    assert rec.data.startswith(b"\x1a\x45\xdf\xa3"), "a WebM (EBML) file"
    with av.open(io.BytesIO(rec.data)) as container:
        assert container.format.name.startswith("matroska")
        assert len(container.streams.video) == 1 and len(container.streams.audio) == 1
        length = (container.duration or 0) / av.time_base
    assert 1.8 <= length <= 3.5 and 2.0 <= rec.duration_s <= 3.5
    frames, _times = decode_video(rec.data)
    assert len(frames) >= 40
    assert [left.id for left in store.recoverable()] == [rec.recording_id]
    assert page.state == states.READY and page.timer.text() == "0:00"
    assert page.player.buffer is None, "the page let go of the bytes"
    assert "kept" in page.status.text()


def test_blur_choice_reaches_the_preview_and_the_recording(
    qtbot: QtBot, mic: Pulse, camera: VideoFile, shown: Show
) -> None:
    """Blur the background applies to the picture at once and to what is recorded: the
    background (top right corner of the camera) loses its sharp checkerboard in the
    preview and in the recorded frames, compared with the camera's own frames."""
    page = ready_page(qtbot, shown, None, camera)
    sharp = laplacian_variance(pattern(0)[CORNER])
    mirrored_corner = (CORNER[0], slice(WIDTH - CORNER[1].stop, WIDTH - CORNER[1].start))
    assert laplacian_variance(rgb(shown_rgb(page))[mirrored_corner]) > 0.5 * sharp

    qtbot.mouseClick(page.blur_background_button, LEFT)
    assert page.privacy_choice == "background"
    assert page.blur_background_button.isChecked() and not page.show_face_button.isChecked()
    qtbot.waitUntil(
        lambda: laplacian_variance(rgb(shown_rgb(page))[mirrored_corner]) < 0.1 * sharp,
        timeout=5_000,
    )

    record_for(qtbot, page, 1)
    assert not page.show_face_button.isEnabled(), "the choice stays while recording"
    recording = stop_and_listen(qtbot, page)
    frames, _times = decode_video(recording.data)
    assert len(frames) >= 20
    for frame in frames[5::5]:
        assert laplacian_variance(frame[CORNER]) < 0.1 * sharp, "the background is blurred"


def test_pause_at_once_and_throw_away(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, camera: VideoFile, shown: Show
) -> None:
    """pause_if_recording (Hide, I need a break) stops a countdown (nothing records
    unseen) and pauses a recording at once: Pause becomes Carry on, the timer stands
    still, the page stays busy. Throw it away asks once; Yes removes the segments."""
    page = ready_page(qtbot, shown, store, camera, countdown_ms=1000)
    qtbot.mouseClick(page.record_button, LEFT)
    assert page.state == states.COUNTDOWN
    page.pause_if_recording()
    assert page.state == states.READY and not page.is_busy() and page.preview.overlay == ""

    page.countdown_ms = 100
    record_for(qtbot, page, 1)
    page.pause_if_recording()
    assert page.state == states.PAUSED and page.is_busy()
    assert page.pause_button.text() == "Carry on"
    frozen = page.timer.text()
    paused_at = time.monotonic()
    shown_then = page.preview.frames_shown
    # the picture goes on while paused; about a second of it
    qtbot.waitUntil(lambda: page.preview.frames_shown >= shown_then + 25, timeout=5_000)
    assert time.monotonic() - paused_at >= 0.7
    assert page.timer.text() == frozen

    recording = stop_and_listen(qtbot, page)
    assert recording.duration_s < 2.5, "the paused time was left out"
    assert [left.id for left in store.recoverable()] == [recording.recording_id]
    qtbot.mouseClick(page.throw_button, LEFT)
    assert page.confirm.isVisible() and page.state == states.LISTENING
    qtbot.mouseClick(page.confirm.yes_button, LEFT)
    assert page.state == states.READY and page.recording is None
    assert store.recoverable() == []
    assert "thrown away" in page.status.text()


def test_warning_before_the_limit_and_record_again(
    qtbot: QtBot, mic: Pulse, camera: VideoFile, shown: Show
) -> None:
    """A gentle warning comes before the limit, the recording stops by itself at the
    limit and says why; Record again asks once (No keeps it) and then counts down again.
    Stop during the countdown waits: nothing records."""
    page = VideoPage(None, camera=camera, max_seconds=2.5, warn_before=1.5)
    page.countdown_ms = 100
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.mouseClick(page.stop_button, LEFT)
    assert page.state == states.READY and not page.is_busy()

    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.warning.isVisible(), timeout=20_000)
    assert "Nearly at the end" in page.warning.text()
    assert page.warning.accessibleName() == page.warning.text()
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    recording = page.recording
    assert recording is not None and recording.ended == MAX_LENGTH
    assert page.note.isVisible() and "as long as a video can be" in page.note.text()

    qtbot.mouseClick(page.again_button, LEFT)
    assert page.confirm.isVisible() and page.confirm.no_button.hasFocus()
    qtbot.mouseClick(page.confirm.no_button, LEFT)
    assert page.state == states.LISTENING and page.recording is recording
    qtbot.mouseClick(page.again_button, LEFT)
    qtbot.mouseClick(page.confirm.yes_button, LEFT)
    assert page.state == states.COUNTDOWN and page.recording is None
    page.stop_and_offer()
    assert page.state == states.READY


def test_no_camera_is_explained_kindly(
    qtbot: QtBot, mic: Pulse, tmp_path: Path, shown: Show, check_controls: Check
) -> None:
    """No camera (here: a video file that is not there): a friendly sentence, what to
    try, and Try again, which looks again; nothing crashes."""
    page = VideoPage(None, camera=VideoFile(tmp_path / "no-such-camera.avi"))
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() == user_message(NoCamera())
    assert page.problem_title.text() == "We can't see a camera"
    assert page.try_again_button.isVisible() and page.try_again_button.isEnabled()
    assert page.try_again_button in check_controls(page)
    assert not page.is_busy()

    qtbot.mouseClick(page.try_again_button, LEFT)
    assert page.state == states.LOOKING
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() == user_message(NoCamera())


def test_camera_lost_mid_recording_keeps_what_was_recorded(
    qtbot: QtBot, mic: Pulse, short_camera: VideoFile, shown: Show
) -> None:
    """A camera that goes in the middle (a 3 s video that does not loop): the page says
    so kindly and offers what was recorded up to then, to watch and keep."""
    page = VideoPage(None, camera=short_camera)
    page.countdown_ms = 50
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    recording = page.recording
    assert recording is not None and recording.ended == DEVICE_LOST
    assert 1.5 <= recording.duration_s <= 3.5
    assert page.note.isVisible() and "stopped working" in page.note.text()
    assert page.keep_button.isEnabled()


def test_several_cameras_offer_a_choice(
    qtbot: QtBot,
    mic: Pulse,
    camera: VideoFile,
    shown: Show,
    check_controls: Check,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no camera given the page uses the first of the system's cameras, and offers
    a named choice when there are several; choosing another shows that one's picture.
    No cameras at all: the friendly No camera words."""
    opened: list[object] = []

    def open_by_index(source: object) -> object:
        opened.append(source)
        return open_camera(camera)  # the test video stands in for each camera

    monkeypatch.setattr(video_page, "open_camera", open_by_index)
    monkeypatch.setattr(
        video_page, "cameras", lambda: [CameraDevice(0, "Front camera"), CameraDevice(2, "USB")]
    )
    page = VideoPage(None)
    shown(page)
    qtbot.waitUntil(lambda: page.preview.frames_shown > 0, timeout=20_000)
    assert opened == [0] and page.camera_source() == 0
    assert page.camera_picker.isVisible() and page.camera_picker.count() == 2
    assert page.camera_picker in check_controls(page), "named, described, big enough"
    assert page.camera_picker.accessibleName() == "Camera"
    page.camera_picker.setCurrentIndex(1)
    qtbot.waitUntil(lambda: opened == [0, 2], timeout=10_000)
    shown_before = page.preview.frames_shown
    qtbot.waitUntil(lambda: page.preview.frames_shown > shown_before + 5, timeout=10_000)
    assert page.camera_source() == 2

    monkeypatch.setattr(video_page, "cameras", list)
    page.reset()
    page.load_devices()
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() == user_message(NoCamera())


@pytest.mark.own_process  # PortAudio must read the (empty) list afresh
def test_no_sound_server_is_explained_kindly(
    qtbot: QtBot, no_sound_server: None, camera: VideoFile, shown: Show
) -> None:
    """No sound server (so no microphone): the page says so kindly with Try again."""
    page = VideoPage(None, camera=camera)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() in {
        user_message(NoMicrophone()),
        user_message(MicrophoneUnavailable()),
    }
    assert page.try_again_button.isVisible()


def test_keyboard_only_record_stop_keep(
    qtbot: QtBot,
    mic: Pulse,
    store: SegmentStore,
    camera: VideoFile,
    shown: Show,
    check_controls: Check,
) -> None:
    """With the keyboard alone (Tab and Space): the first stop is Record, after the
    microphone and the privacy choice (one Tab stop; the arrow keys choose); Space counts
    down (the focus on Stop, to wait) and records (the focus on Pause); Tab reaches Stop;
    the focus goes to Play, and Tab goes on to Keep it. On every step each control is
    named, described and >= 48 px."""
    page = ready_page(qtbot, shown, store, camera)
    check_controls(page)
    page.setFocus()
    assert focused() is page.record_button
    press(Qt.Key.Key_Backtab)
    assert focused() is page.show_face_button, "the privacy choice (the chosen one) is before"
    press(Qt.Key.Key_Right)  # the arrow keys move the choice, like radio buttons
    assert focused() is page.blur_background_button and page.privacy_choice == "background"
    press(Qt.Key.Key_Left)
    assert focused() is page.show_face_button and page.privacy_choice is None
    press(Qt.Key.Key_Backtab)
    assert focused() is page.picker, "the microphone comes before the privacy choice"
    assert tab_to(page.record_button) == ["Show my face", "Record"]

    press(Qt.Key.Key_Space)
    assert page.state == states.COUNTDOWN and focused() is page.stop_button
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
    assert focused() is page.pause_button
    check_controls(page)
    qtbot.waitUntil(lambda: seconds_on(page) >= 1, timeout=20_000)
    assert tab_to(page.stop_button) == ["Stop"]
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    assert focused() is page.player.play_button
    check_controls(page)

    stops = tab_to(page.keep_button)
    assert stops == ["Where it is up to", "Record again", "Keep it"]
    with qtbot.waitSignal(page.kept, timeout=5_000) as kept:
        press(Qt.Key.Key_Space)
    assert isinstance(kept.args[0], Recording)
    assert focused() is page.record_button, "ready to record another, from the keyboard"


def test_every_word_is_translated(
    qtbot: QtBot, mic: Pulse, camera: VideoFile, shown: Show, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation of every string lupdate finds installed, every word on
    the record step changes language (retranslate on LanguageChange), during the
    countdown and recording too, and on the watch step with its question; removing it
    brings the English back."""
    page = ready_page(qtbot, shown, None, camera, countdown_ms=400)
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(page.title.text()), timeout=5_000)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.mouseClick(page.record_button, LEFT)
        assert page.state == states.COUNTDOWN
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.waitUntil(lambda: seconds_on(page) >= 1, timeout=20_000)
        page.stop_and_offer()
        qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
        qtbot.mouseClick(page.throw_button, LEFT)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.mouseClick(page.confirm.yes_button, LEFT)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.title.text() == "Record a video", timeout=5_000)
    assert [w for w in words_on(page) if pseudo.covers(w)] == []
