"""A picture the helper added from elsewhere, shown as it is (it cannot be changed here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voiceapp.ui.page_parts import FocusFirst, label


class PicturePage(FocusFirst):
    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picturePage")
        self.title = label(self, "pageTitle", data=True)
        self.title.setText(title)
        self.hint = label(self, "message")
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(data)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.picture, 1)
        self.first_focus = self.picture
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._pixmap.isNull():
            room = self.picture.size().boundedTo(QSize(1600, 1200))
            self.picture.setPixmap(
                self._pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def retranslate(self) -> None:
        self.hint.setText(
            QCoreApplication.translate("PicturePage", "A picture you made. Your helper added it.")
        )
        self.picture.setAccessibleName(
            QCoreApplication.translate("PicturePage", "Picture: {title}").format(
                title=self.title.text()
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
