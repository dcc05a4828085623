"""The step after a recording, shared by the voice and video pages: listen (or
watch) back, then keep it, throw it away, or record it again (both asking once).

:class:`ListenStep` is a mixin: the page provides the widgets and state named
below, and the same choices then behave the same on both pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from voiceapp.ui.record import icons
from voiceapp.ui.record.states import KEPT, LISTENING, READY, THROWN


class ListenStep:
    if TYPE_CHECKING:  # what the page provides
        from PySide6.QtCore import SignalInstance
        from PySide6.QtWidgets import QWidget

        from voiceapp.core.recording import Recording, SegmentStore
        from voiceapp.ui.record.confirm import Confirm
        from voiceapp.ui.record.playback import MemoryPlayer
        from voiceapp.ui.widgets import BigButton

        kept: SignalInstance
        store: SegmentStore | None
        confirm: Confirm
        player: MemoryPlayer
        record_button: BigButton
        keep_button: BigButton
        _state: str
        _status: str
        _recording: Recording | None
        _on_yes: Callable[[], None]

        def _clear_recording_view(self) -> None: ...
        def _set_state(self, state: str, focus: QWidget | None = None) -> None: ...
        def _has_keyboard(self) -> bool: ...
        def _throw_away_words(self) -> Any: ...
        def _record_again_words(self) -> Any: ...
        def start_recording(self) -> None: ...

    def keep(self) -> None:
        """Hand the recording to the host (``kept``) and get ready for another."""
        recording = self._recording
        if self._state != LISTENING or recording is None:
            return
        self.confirm.close_question()
        self.player.unload()
        self._recording = None
        self._status = KEPT
        self._clear_recording_view()
        self._set_state(READY, self.record_button)
        self.kept.emit(recording)

    def ask_throw_away(self) -> None:
        if self._state != LISTENING:
            return
        self._on_yes = self._throw_away
        self.confirm.ask(self._throw_away_words, icons.throw_away())

    def ask_record_again(self) -> None:
        if self._state != LISTENING:
            return
        self._on_yes = self._record_again
        self.confirm.ask(self._record_again_words, icons.again())

    def _not_now(self) -> None:
        if self._has_keyboard():
            self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _discard_recording(self) -> None:
        """Throw away the recording on the listen step, segments and all."""
        recording, self._recording = self._recording, None
        self.player.unload()
        if recording is not None and recording.recording_id and self.store is not None:
            try:
                self.store.discard(recording.recording_id)
            except OSError:
                pass  # still encrypted in the vault; offered back next time
        self._clear_recording_view()

    def _throw_away(self) -> None:
        if self._state != LISTENING:
            return
        self._discard_recording()
        self._status = THROWN
        self._set_state(READY, self.record_button)

    def _record_again(self) -> None:
        if self._state != LISTENING:
            return
        self._discard_recording()
        self._set_state(READY, self.record_button)
        self.start_recording()
