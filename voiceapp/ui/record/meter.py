"""The live sound level: a bar that moves when the microphone hears something.

Loudness is shown on a decibel scale (-60 dBFS empty, 0 dBFS full), as ears
hear it, so quiet speech still moves the bar. Screen readers meet it as a
progress bar named "Sound level" whose value is the percentage.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from voiceapp.ui.display import current_display

FLOOR_DB = -60.0
HEARD = 25  # percent: above this, the microphone is hearing someone
STILL_SECONDS = 1.0  # with movement off, the bar changes at most this often


def percent(rms: float) -> int:
    """0–100 for an RMS level of 0.0–1.0."""
    if rms <= 0:
        return 0
    db = 20 * math.log10(min(rms, 1.0))
    return round(100 * max(0.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QProgressBar):
    """How loud the microphone hears the young person, 25 times a second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setRange(0, 100)
        self.setValue(0)
        self.setTextVisible(False)
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setMinimumHeight(28)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.peak = 0.0
        self._last_change = -STILL_SECONDS
        self.retranslate()

    def show_level(self, rms: float, peak: float) -> None:
        self.peak = peak
        level = percent(rms)
        if current_display().motion:
            self.setValue(level)
            return
        # Movement off: only "hearing you" or "quiet", changed at most once a second.
        now = time.monotonic()
        if now - self._last_change >= STILL_SECONDS:
            still = 100 if level >= HEARD else 0
            if still != self.value():
                self._last_change = now
                self.setValue(still)

    def clear(self) -> None:
        self.peak = 0.0
        self.setValue(0)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("LevelMeter", "Sound level"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "LevelMeter", "How loud the microphone hears you. It moves when you talk."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
