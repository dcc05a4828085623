"""Two or more big toggle buttons of which exactly one is chosen (like radio buttons,
but big enough to tap, with words a child can follow, and each one reachable with
Tab: Qt's exclusive groups would let Tab reach only the chosen one)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst, button
from voiceapp.ui.widgets import BigButton


class ChoiceRow(FocusFirst):
    """``values`` in order; ``set_words`` gives each its text and description."""

    changed = Signal(str)

    def __init__(self, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = list(values)
        self.buttons: dict[str, BigButton] = {}
        layout = FlowLayout(self, spacing=12)  # wraps at large text sizes
        for value in self.values:
            widget = button(self, "choiceToggle")
            widget.setCheckable(True)
            self.buttons[value] = widget
            layout.addWidget(widget)
            widget.clicked.connect(lambda _checked=False, v=value: self._chosen(v))
        self._value = self.values[0]
        self.set_value(self._value)
        self.first_focus = self.buttons[self.values[0]]

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        for v, widget in self.buttons.items():
            widget.setChecked(v == value)

    def _chosen(self, value: str) -> None:
        changed = value != self._value
        self.set_value(value)  # pressing the chosen one again keeps it chosen
        if changed:
            self.changed.emit(value)

    def set_words(self, value: str, text: str, description: str) -> None:
        widget = self.buttons[value]
        widget.setText(text)
        widget.setAccessibleName(text)
        widget.setAccessibleDescription(description)
