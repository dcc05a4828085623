"""Choosing the microphone: a big drop-down list, the computer's default first.

The list comes from ``devices.input_devices`` (which restarts PortAudio and
can take a moment), so the page fetches it on a worker and hands it to
``MicrophonePicker.set_devices``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from voiceapp.core.recording import InputDevice
from voiceapp.ui.record import icons
from voiceapp.ui.widgets import MIN_TARGET


class MicrophonePicker(QComboBox):
    """The microphones there are; the default one is chosen to begin with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("microphonePicker")
        self.setMinimumHeight(MIN_TARGET + 8)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.devices: list[InputDevice] = []
        self._icon = icons.microphone()
        self.show_looking()
        self.retranslate()

    def show_looking(self) -> None:
        """While the list is being fetched."""
        self.devices = []
        self.clear()
        self.addItem(self._icon, self._looking_words())
        self.setEnabled(False)

    def set_devices(self, devices: list[InputDevice]) -> None:
        """Offer ``devices`` (the default first, as ``input_devices`` gives them)."""
        self.devices = list(devices)
        self.clear()
        for device in self.devices:
            self.addItem(self._icon, device.name, device.index)
        self.setCurrentIndex(0 if self.devices else -1)
        self.setEnabled(bool(self.devices))

    def chosen(self) -> int | None:
        """The PortAudio index of the chosen microphone (None: the default)."""
        index = self.currentIndex()
        if not self.devices or index < 0:
            return None
        return self.devices[index].index

    @staticmethod
    def _looking_words() -> str:
        return QCoreApplication.translate("MicrophonePicker", "Looking for microphones…")

    def retranslate(self) -> None:
        if not self.devices and self.count() == 1:
            self.setItemText(0, self._looking_words())
        self.setAccessibleName(QCoreApplication.translate("MicrophonePicker", "Microphone"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "MicrophonePicker", "Choose which microphone to use. The usual one is chosen."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
