"""The things to do in the space, each behind the same small interface.

An :class:`Activity` holds one page (Learn, Draw, Write, How I feel, Three
houses, a picture, a recording) and tells the space three things: ``changed``
with the whole piece of work as bytes, ``finished`` when the page itself is
done (a recording kept), and whether a change is still waiting (``pending``).
The space calls ``flush`` before the page goes out of sight, and ``pause`` when
the young person hides the screen or takes a break.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.core import content
from voiceapp.core.errors import VoiceError
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.feelings.feelings_page import FeelingsPage
from voiceapp.ui.feelings.houses_page import HousesPage
from voiceapp.ui.learn.viewer import LearnView
from voiceapp.ui.space.picture_page import PicturePage
from voiceapp.ui.space.saver import Draft
from voiceapp.ui.space.speech import speech_engine
from voiceapp.ui.write.editor import LetterEditor

if TYPE_CHECKING:
    from voiceapp.ui.space.space import YoungSpace

RECORD_MODULE = "voiceapp.ui.record"


class Activity(QObject):
    """One page of the space and what the space needs to know of it."""

    changed = Signal(bytes)
    finished = Signal()
    reading = Signal(bool)  # the page's own reader started (True) or stopped (False)

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget

    def flush(self) -> None:
        """Hand over any change not yet handed over (through ``changed``)."""

    def pending(self) -> bool:
        return False

    def is_empty(self) -> bool:
        """True while there is nothing worth keeping (a new page not yet used)."""
        return False

    def pause(self) -> None:
        """Stop anything running (reading aloud, recording) without losing it."""
        self.stop_reading()

    def read_aloud(self) -> bool:
        """Read the page in its own way; False lets the space read the page's words."""
        return False

    def closing(self) -> bool:
        """True if the page must outlive being put away (until ``finished``)."""
        return False

    def leave(self) -> None:
        """The page is being put away: hand over everything (by default, ``flush``)."""
        self.flush()

    def stop_reading(self) -> None:
        pass


class LearnActivity(Activity):
    """The pages read themselves (marking words on the page); the bar's "Read to me"
    starts and stops that, so the page's own read and stop buttons are not shown."""

    def __init__(self, view: LearnView, parent: QObject | None = None) -> None:
        super().__init__(view, parent)
        self.view = view
        for screen in (view.contents, view.page_view):
            screen.read_button.setVisible(False)
            screen.stop_button.setVisible(False)
        for signal in (view.reader.started, view.reader.finished):  # may arrive out of order
            signal.connect(lambda: self.reading.emit(view.reader.is_speaking()))

    def read_aloud(self) -> bool:
        self.view.read_page()
        return True

    def stop_reading(self) -> None:
        self.view.stop_reading()


class DrawActivity(Activity):
    put_in = Signal()  # "Put it in the house" (a drawing for one of the three houses)

    def __init__(self, panel: DrawPanel, parent: QObject | None = None) -> None:
        super().__init__(panel, parent)
        self.panel = panel
        panel.changed.connect(self.changed)

    def for_house(self, house: str, name: str) -> None:
        """Show which house the drawing is for, and the button that puts it there."""
        self.panel.show_purpose(name, self.put_in.emit)

    def flush(self) -> None:
        self.panel.canvas.flush()

    def pending(self) -> bool:
        return self.panel.canvas.save_pending()


class EditorActivity(Activity):
    """Write, How I feel and Three houses: each has ``changed``, ``flush`` and ``pending``."""

    def __init__(
        self, editor: LetterEditor | FeelingsPage | HousesPage, parent: QObject | None = None
    ) -> None:
        super().__init__(editor, parent)
        self.editor = editor
        editor.changed.connect(self.changed)

    def flush(self) -> None:
        if self.editor.pending():  # the letter hands itself out on every flush
            self.editor.flush()

    def pending(self) -> bool:
        return self.editor.pending()

    def is_empty(self) -> bool:
        editor = self.editor
        if isinstance(editor, LetterEditor):
            return not editor.text().strip()
        if isinstance(editor, FeelingsPage):
            return not any(card.chosen() for card in editor.cards.values())
        renamed = any(column.name() is not None for column in editor.columns.values())
        return not renamed and not any(editor.entries.values())

    def stop_reading(self) -> None:
        if isinstance(self.editor, LetterEditor) and self.editor.reading():
            self.editor.toggle_read_back()


def record_available() -> bool:
    try:
        return importlib.util.find_spec(RECORD_MODULE) is not None
    except ModuleNotFoundError:
        return False


def available(key: str) -> bool:
    """Whether this computer's My Voice has the page for ``key``."""
    if key in ("voice", "video"):
        if not record_available():
            return False
        record = importlib.import_module(RECORD_MODULE)
        return hasattr(record, "VoicePage" if key == "voice" else "VideoPage")
    return True


def _settings() -> content.LocalSettings:
    try:
        return content.load_local_settings()
    except VoiceError:
        return content.LocalSettings()  # the pages say it neutrally instead


def make_activity(key: str, space: YoungSpace, draft: Draft, data: bytes | None) -> Activity:
    """The page for ``key``, showing ``data`` (a saved piece of work) if given."""
    parent = space.stack
    engine = speech_engine()
    if key == "learn":
        view = LearnView(
            space.language, space.case.details.age_band, _settings(), engine, parent=parent
        )
        return LearnActivity(view, space)
    if key == "draw":
        panel = DrawPanel(parent)
        if data is not None:
            panel.canvas.load_picture(data)
        return DrawActivity(panel, space)
    if key == "write":
        letter = LetterEditor(parent, speech_engine=engine)
        if data is not None:
            letter.load(data)
        return EditorActivity(letter, space)
    if key == "feelings" or key == "houses":
        page = FeelingsPage(parent) if key == "feelings" else HousesPage(parent)
        if data is not None:
            page.load(data)
        return EditorActivity(page, space)
    if key == "picture":
        return Activity(PicturePage(draft.title, data or b"", parent), space)
    if key in ("voice", "video"):
        from voiceapp.ui.space.recording import make_recording

        return make_recording(key, space, draft, data)
    raise KeyError(key)
