"""Text and colours: a small window to make the text bigger (up to 200 %),
switch to high contrast, and turn sounds and movement off. Every change shows at once and is
kept for next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from voiceapp.ui.display import SCALES, Display, apply_display, current_display, save_display
from voiceapp.ui.page_parts import button, label, name_buttons, row
from voiceapp.ui.widgets import BigButton


class DisplayPage(QDialog):
    """Text size, high contrast and sounds; Done closes it."""

    def __init__(self, parent: QWidget | None = None, root: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayPage")
        self.setModal(True)
        self._root = root
        self.heading = label(self, "subTitle")
        self.size_label = label(self, "fieldLabel")
        self.sizes: dict[float, BigButton] = {}
        sizes = QHBoxLayout()
        for scale in SCALES:
            widget = button(self, "textSize")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, s=scale: self.change(text_scale=s))
            self.sizes[scale] = widget
            sizes.addWidget(widget)
        self.contrast = button(self, "highContrast")
        self.contrast.setCheckable(True)
        self.contrast.clicked.connect(lambda on: self.change(high_contrast=bool(on)))
        self.sounds = button(self, "soundsOn")
        self.sounds.setCheckable(True)
        self.sounds.clicked.connect(lambda on: self.change(sounds=bool(on)))
        self.motion = button(self, "motionOn")
        self.motion.setCheckable(True)
        self.motion.clicked.connect(lambda on: self.change(motion=bool(on)))
        self.done_button = button(self, "displayDone", primary=True)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.size_label)
        layout.addLayout(sizes)
        layout.addLayout(row(self.contrast, self.sounds, self.motion, None))
        layout.addLayout(row(None, self.done_button))
        self.retranslate()

    def change(self, **changes: object) -> None:
        display = current_display().with_changes(**changes)
        apply_display(display)
        try:
            save_display(display, self._root)
        except OSError:
            pass  # still applied for now; it just will not be remembered
        self.retranslate()

    def _show(self, display: Display) -> None:
        for scale, widget in self.sizes.items():
            widget.setChecked(abs(scale - display.text_scale) < 0.01)
        self.contrast.setChecked(display.high_contrast)
        self.sounds.setChecked(display.sounds)
        self.motion.setChecked(display.motion)

    def retranslate(self) -> None:
        display = current_display()
        self.setWindowTitle(QCoreApplication.translate("DisplayPage", "Text and colours"))
        self.heading.setText(QCoreApplication.translate("DisplayPage", "Text and colours"))
        self.size_label.setText(QCoreApplication.translate("DisplayPage", "Text size"))
        for scale, widget in self.sizes.items():
            percent = QCoreApplication.translate("DisplayPage", "{percent} %").format(
                percent=round(scale * 100)
            )
            widget.setText(percent)
            widget.setAccessibleName(
                QCoreApplication.translate("DisplayPage", "Text size {percent}").format(
                    percent=percent
                )
            )
            widget.setAccessibleDescription(
                QCoreApplication.translate("DisplayPage", "Makes all the words this big.")
            )
        name_buttons(
            (
                self.contrast,
                QCoreApplication.translate("DisplayPage", "High contrast: on")
                if display.high_contrast
                else QCoreApplication.translate("DisplayPage", "High contrast: off"),
                QCoreApplication.translate("DisplayPage", "Black words on white, strong edges."),
            ),
            (
                self.sounds,
                QCoreApplication.translate("DisplayPage", "Sounds: on")
                if display.sounds
                else QCoreApplication.translate("DisplayPage", "Sounds: off"),
                QCoreApplication.translate("DisplayPage", "The little sounds when you draw."),
            ),
            (
                self.motion,
                QCoreApplication.translate("DisplayPage", "Movement: on")
                if display.motion
                else QCoreApplication.translate("DisplayPage", "Movement: off"),
                QCoreApplication.translate(
                    "DisplayPage", "Off: the sound level bar stays still, changing once a second."
                ),
            ),
            (
                self.done_button,
                QCoreApplication.translate("DisplayPage", "Done"),
                QCoreApplication.translate("DisplayPage", "Close this and carry on."),
            ),
        )
        self._show(display)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
