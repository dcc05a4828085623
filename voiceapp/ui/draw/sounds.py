"""Little sounds for the drawing tools, which a person can turn off.

``DrawSounds.play(name)`` always emits ``played(name)`` (the hook: tests, or a
future read-aloud, can listen), then, unless muted or made without a speaker,
plays ``assets/sounds/<name>.wav`` with QSoundEffect. The WAVs are short tones
made for this app. A sound that cannot play is simply not heard: drawing never
waits for, or fails because of, a sound.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal

from voiceapp.ui.display import current_display
from voiceapp.ui.paths import assets_dir

NAMES = ("brush", "fill", "stamp", "undo", "redo", "start_again")


class DrawSounds(QObject):
    """Plays the tools' sounds; ``muted`` turns them off."""

    played = Signal(str)
    """The name of each sound asked for (even when muted nothing is heard)."""
    muted_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, speaker: bool = True) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._muted = not current_display().sounds  # "Sounds: off" in Text and colours
        self._effects: dict[str, QObject] = {}

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.muted_changed.emit(muted)

    def play(self, name: str) -> None:
        self.played.emit(name)
        if self._muted or not self._speaker or name not in NAMES:
            return
        try:
            effect = self._effects.get(name)
            if effect is None:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(assets_dir() / "sounds" / f"{name}.wav")))
                effect.setVolume(0.5)
                self._effects[name] = effect
            effect.play()  # type: ignore[attr-defined]
        except Exception:  # no sound system: drawing goes on quietly
            self._speaker = False
