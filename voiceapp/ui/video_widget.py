"""A video picture that never strands the keyboard.

Qt draws a ``QVideoWidget``'s picture in a window of its own, inside a container
widget. When that window appears (offscreen, and on some desktops) or is clicked
(X11), it becomes the focus window, and the keyboard focus lands on the container,
where no key does anything: someone using the keyboard alone would be stuck. Here the
inner windows are told never to take the focus, and if one still gets it, our window
is made active again and the keyboard focus goes straight back to where it was, or to
the player's first control.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication, QWidget


def video_widget(parent: QWidget, fallback: Callable[[], QWidget]) -> QVideoWidget:
    """A ``QVideoWidget`` in ``parent``; the focus it takes goes back, or to ``fallback()``."""
    before = {_address(window) for window in QGuiApplication.allWindows()}
    widget = QVideoWidget(parent)
    made = set()
    for window in QGuiApplication.allWindows():
        if _address(window) not in before:
            window.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
            made.add(_address(window))
    _FocusKeeper(widget, made, fallback)
    return widget


class _FocusKeeper(QObject):
    """Gives the focus back whenever the video's own windows take it."""

    def __init__(
        self, video: QVideoWidget, windows: set[int], fallback: Callable[[], QWidget]
    ) -> None:
        super().__init__(video)  # goes with the video widget
        self._video = video
        self._windows = windows
        self._fallback = fallback
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusWindowChanged.connect(self._window_changed)
        app.focusChanged.connect(self._focus_changed)

    def _window_changed(self, window: QWindow | None) -> None:
        if window is not None and _address(window) in self._windows:
            ours = self._video.window().windowHandle()
            if ours is not None:
                ours.requestActivate()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._inside(new):
            return
        if old is not None and not self._inside(old) and old.isVisible() and old.isEnabled():
            old.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._fallback().setFocus(Qt.FocusReason.OtherFocusReason)

    def _inside(self, widget: QWidget) -> bool:
        return widget is self._video or self._video.isAncestorOf(widget)


def _address(window: QWindow) -> int:
    """Where the C++ window lives: the same window gives the same number."""
    return int(shiboken6.getCppPointer(window)[0])
