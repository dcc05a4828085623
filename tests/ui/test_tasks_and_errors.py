"""Long work runs off the GUI thread; errors reach people as one translated sentence."""

from __future__ import annotations

import io
import os
import threading
import time

from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot

from voiceapp.core import age, errors
from voiceapp.ui.error_text import user_message
from voiceapp.ui.tasks import Task


def test_task_reports_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    """Work runs on another thread; progress and the result arrive on the GUI thread."""
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        assert threading.get_ident() != gui
        data = os.urandom(32 << 20)
        out = io.BytesIO()
        age.encrypt_stream(
            io.BytesIO(data),
            out,
            [age.X25519Identity.generate().recipient()],
            progress=progress,
            cancel=cancelled,
        )
        return len(data)

    task = Task(work)
    task.progress.connect(lambda n: seen.append((threading.get_ident(), n)))
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as result:
        task.start()
    assert result.args == [32 << 20]
    assert all(thread == gui for thread, _ in seen)
    assert [n for _, n in seen] == sorted(n for _, n in seen)


def test_gui_keeps_answering_during_work(qtbot: QtBot) -> None:
    """While 128 MiB is encrypted, a 10 ms GUI timer never waits more than 100 ms."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        src = io.BytesIO(os.urandom(128 << 20))
        age.encrypt_stream(
            src,
            io.BytesIO(),
            [age.X25519Identity.generate().recipient()],
            progress=progress,
            cancel=cancelled,
        )

    task = Task(work)
    task.progress.connect(lambda _: None)
    timer.start()
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        task.start()
    timer.stop()
    print(f"longest GUI gap: {max(gaps) * 1000:.1f} ms over {len(gaps)} ticks")
    assert len(gaps) > 5 and max(gaps) < 0.1


def test_cancel_and_failures_are_reported(qtbot: QtBot) -> None:
    """A cancelled task fails with Cancelled; an error in the work arrives as that error."""

    def slow(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.001)  # a worker-side poll, not a test wait
        raise errors.Cancelled()

    task = Task(slow)
    with qtbot.waitSignal(task.failed, timeout=10_000) as got:
        task.start()
        QTimer.singleShot(20, task.cancel)
    assert isinstance(got.args[0], errors.Cancelled)

    def broken(progress, cancelled):  # type: ignore[no-untyped-def]
        raise errors.WrongPassphrase()

    task2 = Task(broken)
    with qtbot.waitSignal(task2.failed, timeout=10_000) as got2:
        task2.start()
    assert isinstance(got2.args[0], errors.WrongPassphrase)


def test_every_core_error_has_its_own_sentence(qapp: QCoreApplication) -> None:
    """Each error class a person can meet maps to its own sentence, never the generic one."""
    generic = user_message(RuntimeError())
    classes = [
        errors.NotAnAgeFile,
        errors.NoMatchingKey,
        errors.WrongPassphrase,
        errors.DamagedFile,
        errors.TruncatedFile,
        errors.NewerVersion,
        errors.WorkFactorTooHigh,
        errors.InvalidKey,
        errors.InvalidPassphrase,
        errors.Cancelled,
        errors.NotABundle,
        errors.UnsupportedItem,
        errors.BundleTooLarge,
        errors.InvalidKeyCard,
        errors.TooLargeToOpen,
        errors.VaultInUse,
        errors.WeakPassphrase,
        errors.InvalidLocalSettings,
        errors.InvalidContent,
        errors.NoMicrophone,
        errors.MicrophoneUnavailable,
        errors.NoCamera,
    ]
    sentences = {cls: user_message(cls()) for cls in classes}
    assert generic not in sentences.values()
    assert len(set(sentences.values())) == len(classes)
    for cls, text in sentences.items():
        assert text.endswith(".") and "\n" not in text, cls
    assert user_message(errors.DamagedFile()) == errors.DamagedFile.message
