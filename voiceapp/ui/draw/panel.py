"""The drawing canvas with its tool bar, ready to sit in the young person's space.

Left: the tools (draw, rubber, fill, stamps) and three sizes. Right: undo, redo,
start again and sound. Below: the colours, or the stamps when the stamp tool is
chosen. Every button is at least 48 px, has a picture, words or a spoken name,
and is reached with Tab. Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo.

``DrawPanel.changed`` hands over the picture as PNG bytes after each change
(see :class:`~voiceapp.ui.draw.canvas.DrawCanvas`); nothing is saved here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voiceapp.ui.draw import icons
from voiceapp.ui.draw.canvas import CANVAS_SIZE, DrawCanvas, Tool
from voiceapp.ui.draw.history import DEFAULT_BUDGET
from voiceapp.ui.draw.sounds import DrawSounds
from voiceapp.ui.theme import COLOURS
from voiceapp.ui.widgets import MIN_TARGET, BigButton

CONTEXT = "DrawPanel"


def _translated(text: object) -> str:
    """A word from the tables below, in the current language."""
    return QCoreApplication.translate(CONTEXT, str(text))


PALETTE: tuple[tuple[str, object], ...] = (
    ("#1E293B", QT_TRANSLATE_NOOP("DrawPanel", "Black")),
    ("#64748B", QT_TRANSLATE_NOOP("DrawPanel", "Grey")),
    ("#FFFFFF", QT_TRANSLATE_NOOP("DrawPanel", "White")),
    ("#7C2D12", QT_TRANSLATE_NOOP("DrawPanel", "Brown")),
    ("#DC2626", QT_TRANSLATE_NOOP("DrawPanel", "Red")),
    ("#F97316", QT_TRANSLATE_NOOP("DrawPanel", "Orange")),
    ("#FACC15", QT_TRANSLATE_NOOP("DrawPanel", "Yellow")),
    ("#84CC16", QT_TRANSLATE_NOOP("DrawPanel", "Light green")),
    ("#15803D", QT_TRANSLATE_NOOP("DrawPanel", "Dark green")),
    ("#38BDF8", QT_TRANSLATE_NOOP("DrawPanel", "Light blue")),
    ("#1D4ED8", QT_TRANSLATE_NOOP("DrawPanel", "Dark blue")),
    ("#7E22CE", QT_TRANSLATE_NOOP("DrawPanel", "Purple")),
    ("#EC4899", QT_TRANSLATE_NOOP("DrawPanel", "Pink")),
    ("#FCD9B8", QT_TRANSLATE_NOOP("DrawPanel", "Light skin")),
    ("#C68642", QT_TRANSLATE_NOOP("DrawPanel", "Medium skin")),
    ("#5C3A21", QT_TRANSLATE_NOOP("DrawPanel", "Dark skin")),
)

STAMPS: tuple[tuple[str, object], ...] = (
    ("face_happy", QT_TRANSLATE_NOOP("DrawPanel", "Happy face")),
    ("face_calm", QT_TRANSLATE_NOOP("DrawPanel", "Calm face")),
    ("face_sad", QT_TRANSLATE_NOOP("DrawPanel", "Sad face")),
    ("face_worried", QT_TRANSLATE_NOOP("DrawPanel", "Worried face")),
    ("face_angry", QT_TRANSLATE_NOOP("DrawPanel", "Angry face")),
    ("person_grown_up", QT_TRANSLATE_NOOP("DrawPanel", "A grown-up")),
    ("person_child", QT_TRANSLATE_NOOP("DrawPanel", "A child")),
    ("home", QT_TRANSLATE_NOOP("DrawPanel", "Home")),
    ("school", QT_TRANSLATE_NOOP("DrawPanel", "School")),
    ("pet_cat", QT_TRANSLATE_NOOP("DrawPanel", "Cat")),
    ("pet_dog", QT_TRANSLATE_NOOP("DrawPanel", "Dog")),
    ("weather_sun", QT_TRANSLATE_NOOP("DrawPanel", "Sun")),
    ("weather_rain", QT_TRANSLATE_NOOP("DrawPanel", "Rain cloud")),
    ("heart", QT_TRANSLATE_NOOP("DrawPanel", "Heart")),
    ("star", QT_TRANSLATE_NOOP("DrawPanel", "Star")),
)


STYLE = """
QPushButton#drawTool, QPushButton#drawAction {
    font-size: 13pt;
    padding: 4px 10px;
    text-align: left;
    border-radius: 12px;
}
QPushButton#drawTool:checked {
    background-color: @young;
    border: 4px solid @young_edge;
}
QPushButton#drawTool:checked:focus, QPushButton#drawSwatch:checked:focus,
QPushButton#drawStamp:checked:focus {
    border: 4px solid @focus;
}
QPushButton#drawSwatch, QPushButton#drawStamp {
    padding: 2px;
    border-radius: 12px;
}
QPushButton#drawSwatch:checked, QPushButton#drawStamp:checked {
    background-color: @young;
    border: 4px solid @young_edge;
}
"""


def _style() -> str:
    text = STYLE
    for name, colour in sorted(COLOURS.items(), key=lambda item: -len(item[0])):
        text = text.replace(f"@{name}", colour)
    return text


class _OneOf:
    """Buttons of which exactly one is checked. (Not a QButtonGroup: an exclusive
    group takes Tab away from all but the checked button, and every tool, size,
    colour and stamp must be reached with Tab.)"""

    def __init__(self) -> None:
        self.buttons: list[QAbstractButton] = []

    def addButton(self, button: QAbstractButton) -> None:
        self.buttons.append(button)
        button.clicked.connect(lambda _=False, b=button: self.choose(b))

    def choose(self, chosen: QAbstractButton | None) -> None:
        for button in self.buttons:
            button.setChecked(button is chosen)


class _Tray(QWidget):
    """Same-sized buttons in as many rows as the width needs (one on a wide screen)."""

    SPACING = 4

    def __init__(self, buttons: list[BigButton], cell: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.cell = cell
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for button in buttons:
            button.setParent(self)
        self.reflow(len(buttons) * (cell + self.SPACING))

    def rows_for(self, width: int) -> int:
        columns = max(1, (width + self.SPACING) // (self.cell + self.SPACING))
        return -(-len(self.buttons) // columns)

    def height_for(self, width: int) -> int:
        rows = self.rows_for(width)
        return rows * self.cell + (rows - 1) * self.SPACING

    def reflow(self, width: int) -> None:
        columns = max(1, (width + self.SPACING) // (self.cell + self.SPACING))
        columns = min(columns, len(self.buttons))
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):  # Tab order stays as set
            self.grid.addWidget(button, index // columns, index % columns)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.cell, self.cell)


class _Choices(QStackedWidget):
    """The colours or the stamps, below the canvas, as tall as their rows need."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit)  # once laid out (dropped if self is gone)

    def setCurrentIndex(self, index: int) -> None:
        super().setCurrentIndex(index)
        self.fit()

    def fit(self) -> None:
        tray = self.currentWidget()
        if isinstance(tray, _Tray) and self.isVisible():
            width = self.width()
            tray.reflow(width)
            height = tray.height_for(width)
            if height != self.height():
                self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(56, 56)


class DrawPanel(QWidget):
    """A canvas and every drawing control, bound together."""

    changed = Signal(bytes)
    """The picture as PNG bytes after each change (from the canvas, debounced)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        size: QSize = CANVAS_SIZE,
        budget: int = DEFAULT_BUDGET,
        autosave_ms: int = 600,
        sounds: DrawSounds | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drawPanel")
        self.setStyleSheet(_style())
        self.sounds = sounds if sounds is not None else DrawSounds(self)
        self.canvas = DrawCanvas(
            self, size=size, budget=budget, autosave_ms=autosave_ms, sounds=self.sounds
        )
        self.canvas.changed.connect(self.changed)

        # tools and sizes
        self.tool_buttons: dict[Tool, BigButton] = {}
        self._tool_group = _OneOf()
        for tool, icon in (
            (Tool.BRUSH, icons.brush()),
            (Tool.ERASER, icons.eraser()),
            (Tool.FILL, icons.fill()),
            (Tool.STAMP, icons.stamp_icon("face_happy")),
        ):
            button = self._button("drawTool", icon, checkable=True)
            button.setProperty("tool", tool.value)
            button.clicked.connect(lambda _=False, t=tool: self.canvas.set_tool(t))
            self._tool_group.addButton(button)
            self.tool_buttons[tool] = button
        self.size_buttons: list[BigButton] = []
        self._size_group = _OneOf()
        for level, diameter in enumerate((22, 46, 80)):
            button = self._button("drawTool", icons.dot(diameter), checkable=True)
            button.clicked.connect(lambda _=False, n=level: self.canvas.set_size_level(n))
            self._size_group.addButton(button)
            self.size_buttons.append(button)

        # colours and stamps
        self.colour_buttons: list[BigButton] = []
        self._colour_group = _OneOf()
        for hex_colour, _name in PALETTE:
            button = self._button("drawSwatch", icons.swatch(QColor(hex_colour)), checkable=True)
            button.setFixedSize(50, 50)
            button.setIconSize(QSize(38, 38))
            button.clicked.connect(lambda _=False, c=hex_colour: self.canvas.set_colour(QColor(c)))
            self._colour_group.addButton(button)
            self.colour_buttons.append(button)

        self.stamp_buttons: list[BigButton] = []
        self._stamp_group = _OneOf()
        for name, _ in STAMPS:
            button = self._button("drawStamp", icons.stamp_icon(name), checkable=True)
            button.setFixedSize(56, 56)
            button.setIconSize(QSize(44, 44))
            button.clicked.connect(lambda _=False, n=name: self._choose_stamp(n))
            self._stamp_group.addButton(button)
            self.stamp_buttons.append(button)
        self.choices = _Choices(self)
        self.choices.addWidget(_Tray(self.colour_buttons, 50, self.choices))
        self.choices.addWidget(_Tray(self.stamp_buttons, 56, self.choices))
        self.choices.setFixedHeight(56)  # until it is shown and knows its width

        # undo, redo, start again, sound
        self.undo_button = self._button("drawAction", icons.undo())
        self.undo_button.clicked.connect(self.canvas.undo)
        self.redo_button = self._button("drawAction", icons.redo())
        self.redo_button.clicked.connect(self.canvas.redo)
        self.start_again_button = self._button("drawAction", icons.start_again())
        self.start_again_button.clicked.connect(self.canvas.start_again)
        self.sound_button = self._button("drawAction", icons.sound(True), checkable=True)
        self.sound_button.setChecked(not self.sounds.muted)
        self.sound_button.toggled.connect(lambda on: self.sounds.set_muted(not on))
        self.sounds.muted_changed.connect(self._show_sound)

        # keyboard
        self.shortcuts: list[QShortcut] = []
        wanted = [
            *(
                (keys, self.canvas.undo)
                for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
            ),
            *(
                (keys, self.canvas.redo)
                for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            ),
            (QKeySequence("Ctrl+Shift+Z"), self.canvas.redo),
            (QKeySequence("Ctrl+Y"), self.canvas.redo),
            (QKeySequence("Ctrl+Z"), self.canvas.undo),
        ]
        bound: set[str] = set()
        for keys, slot in wanted:
            name = keys.toString()
            if name in bound:  # the same keys twice would make both do nothing
                continue
            bound.add(name)
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

        # layout
        left = QVBoxLayout()
        left.setSpacing(8)
        for button in self.tool_buttons.values():
            left.addWidget(button)
        left.addSpacing(12)
        for button in self.size_buttons:
            left.addWidget(button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        for button in (self.undo_button, self.redo_button, self.start_again_button):
            right.addWidget(button)
        right.addStretch(1)
        right.addWidget(self.sound_button)
        self.purpose = QLabel(self)
        self.purpose.setObjectName("message")
        self.purpose.setWordWrap(True)
        self.put_in_button = self._button("drawPutIn", QIcon())
        self.put_in_button.setProperty("kind", "primary")
        self._purpose_name = ""
        purpose = QHBoxLayout()
        purpose.addWidget(self.purpose, 1)
        purpose.addWidget(self.put_in_button)
        for widget in (self.purpose, self.put_in_button):
            widget.setVisible(False)
        middle = QVBoxLayout()
        middle.setSpacing(10)
        middle.addLayout(purpose)
        middle.addWidget(self.canvas, 1)
        middle.addWidget(self.choices)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(12)
        row.addLayout(left)
        row.addLayout(middle, 1)
        row.addLayout(right)

        order: list[QWidget] = [
            *self.tool_buttons.values(),
            *self.size_buttons,
            *self.colour_buttons,
            *self.stamp_buttons,
            self.canvas,
            self.undo_button,
            self.redo_button,
            self.start_again_button,
            self.sound_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.canvas.tool_changed.connect(self._show_tool)
        self.canvas.settings_changed.connect(self._show_settings)
        self.canvas.history_changed.connect(self._show_history)
        self._stamp_shown = ""
        self._show_settings()
        self._show_tool(self.canvas.tool)
        self._show_history()
        self.retranslate()

    def _button(self, name: str, icon: object, *, checkable: bool = False) -> BigButton:
        button = BigButton(self)
        button.setObjectName(name)
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setIconSize(QSize(36, 36))
        button.setCheckable(checkable)
        button.setMinimumHeight(max(MIN_TARGET, 56))  # width: enough for the words
        return button

    def _choose_stamp(self, name: str) -> None:
        self.canvas.set_stamp(name)

    def _show_settings(self) -> None:
        """Check the buttons for the canvas's colour, size and stamp."""
        canvas = self.canvas
        self._size_group.choose(self.size_buttons[canvas.size_level])
        colours = [QColor(hex_colour) for hex_colour, _ in PALETTE]
        if canvas.colour in colours:
            self._colour_group.choose(self.colour_buttons[colours.index(canvas.colour)])
        else:
            self._colour_group.choose(None)
        names = [name for name, _ in STAMPS]
        if canvas.stamp in names and canvas.stamp != self._stamp_shown:
            self._stamp_shown = canvas.stamp
            self._stamp_group.choose(self.stamp_buttons[names.index(canvas.stamp)])
            self.tool_buttons[Tool.STAMP].setIcon(icons.stamp_icon(canvas.stamp))

    def _show_tool(self, tool: object) -> None:
        if isinstance(tool, Tool):
            self._tool_group.choose(self.tool_buttons[tool])
            self.choices.setCurrentIndex(1 if tool is Tool.STAMP else 0)

    def _show_history(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.redo_button.setEnabled(self.canvas.can_redo())

    def _show_sound(self, muted: bool) -> None:
        self.sound_button.setChecked(not muted)
        self.sound_button.setIcon(icons.sound(not muted))
        self._words_for_sound()

    def _words_for_sound(self) -> None:
        on = not self.sounds.muted
        words = (
            QCoreApplication.translate("DrawPanel", "Sound on")
            if on
            else QCoreApplication.translate("DrawPanel", "Sound off")
        )
        self.sound_button.setText(words)
        self.sound_button.setAccessibleName(words)
        self.sound_button.setAccessibleDescription(
            QCoreApplication.translate(
                "DrawPanel", "Sounds play as you draw. Press to turn them off."
            )
            if on
            else QCoreApplication.translate("DrawPanel", "Sounds are off. Press to turn them on.")
        )

    def all_controls(self) -> list[QAbstractButton]:
        """Every button of the panel, in Tab order."""
        return [
            *self.tool_buttons.values(),
            *self.size_buttons,
            *self.colour_buttons,
            *self.stamp_buttons,
            self.undo_button,
            self.redo_button,
            self.start_again_button,
            self.sound_button,
        ]

    def show_purpose(self, house_name: str, put_in: Callable[[], None]) -> None:
        """Say the drawing is for a house, and show "Put it in the house"."""
        self._purpose_name = house_name
        self.put_in_button.clicked.connect(put_in)
        for widget in (self.purpose, self.put_in_button):
            widget.setVisible(True)
        QWidget.setTabOrder(self.sound_button, self.put_in_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every word in the current language."""
        self.setAccessibleName(QCoreApplication.translate("DrawPanel", "Drawing"))
        self.purpose.setText(
            QCoreApplication.translate("DrawPanel", "A drawing for: {house}").format(
                house=self._purpose_name
            )
        )
        self.put_in_button.setText(QCoreApplication.translate("DrawPanel", "Put it in the house"))
        self.put_in_button.setAccessibleName(self.put_in_button.text())
        self.put_in_button.setAccessibleDescription(
            QCoreApplication.translate("DrawPanel", "Go back to the houses with this drawing.")
        )
        for tool, words, description in (
            (
                Tool.BRUSH,
                QCoreApplication.translate("DrawPanel", "Draw"),
                QCoreApplication.translate("DrawPanel", "Draw lines with the brush."),
            ),
            (
                Tool.ERASER,
                QCoreApplication.translate("DrawPanel", "Rubber"),
                QCoreApplication.translate("DrawPanel", "Rub out what you drew."),
            ),
            (
                Tool.FILL,
                QCoreApplication.translate("DrawPanel", "Fill"),
                QCoreApplication.translate("DrawPanel", "Fill a space with colour."),
            ),
            (
                Tool.STAMP,
                QCoreApplication.translate("DrawPanel", "Stamps"),
                QCoreApplication.translate("DrawPanel", "Put a picture on your drawing."),
            ),
        ):
            self._words(self.tool_buttons[tool], words, description, show=True)
        for button, words, description in zip(
            self.size_buttons,
            (
                QCoreApplication.translate("DrawPanel", "Small"),
                QCoreApplication.translate("DrawPanel", "Medium"),
                QCoreApplication.translate("DrawPanel", "Big"),
            ),
            (
                QCoreApplication.translate("DrawPanel", "Thin lines, small stamps."),
                QCoreApplication.translate("DrawPanel", "Middle-sized lines and stamps."),
                QCoreApplication.translate("DrawPanel", "Thick lines, big stamps."),
            ),
            strict=True,
        ):
            self._words(button, words, description, show=True)
        for button, (_hex, name) in zip(self.colour_buttons, PALETTE, strict=True):
            self._words(
                button,
                _translated(name),
                QCoreApplication.translate("DrawPanel", "Use this colour."),
                show=False,
            )
        for button, (_stamp, name) in zip(self.stamp_buttons, STAMPS, strict=True):
            self._words(
                button,
                _translated(name),
                QCoreApplication.translate("DrawPanel", "Stamp this picture."),
                show=False,
            )
        self._words(
            self.undo_button,
            QCoreApplication.translate("DrawPanel", "Undo"),
            QCoreApplication.translate("DrawPanel", "Take back the last thing you did."),
            show=True,
        )
        self._words(
            self.redo_button,
            QCoreApplication.translate("DrawPanel", "Redo"),
            QCoreApplication.translate("DrawPanel", "Put back what you took back."),
            show=True,
        )
        self._words(
            self.start_again_button,
            QCoreApplication.translate("DrawPanel", "Start again"),
            QCoreApplication.translate(
                "DrawPanel", "Clear the page. Undo brings your drawing back."
            ),
            show=True,
        )
        self._words_for_sound()
        self.canvas.setAccessibleName(QCoreApplication.translate("DrawPanel", "Your drawing"))
        self.canvas.setAccessibleDescription(
            QCoreApplication.translate(
                "DrawPanel",
                "Draw with the mouse, a pen or your finger. Arrow keys move, Space draws.",
            )
        )

    @staticmethod
    def _words(button: QAbstractButton, words: str, description: str, *, show: bool) -> None:
        if show:
            button.setText(words)
        button.setAccessibleName(words)
        button.setAccessibleDescription(description)
        button.setToolTip(words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
