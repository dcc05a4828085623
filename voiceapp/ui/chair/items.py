"""How each kind of item is shown: drawings and pictures, letters, feelings, houses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.chair import Feeling, House
from voiceapp.ui.chair import words
from voiceapp.ui.chair.common import button, label
from voiceapp.ui.feelings.faces import face_pixmap
from voiceapp.ui.flow_layout import FlowLayout

FEELING_COLOURS = {
    "happy": "#FDE68A",
    "safe": "#BBF7D0",
    "okay": "#E2E8F0",
    "hopeful": "#BFDBFE",
    "worried": "#FED7AA",
    "scared": "#DDD6FE",
    "sad": "#BAE6FD",
    "angry": "#FECACA",
    "confused": "#F5D0FE",
    "lonely": "#CBD5E1",
}


class ImageView(QWidget):
    """A drawing or picture: fits the space at first; zoom in, out, back to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setAccessibleName(self.tr("Picture"))
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setMinimumHeight(220)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.wheelEvent = self._wheel  # type: ignore[method-assign]
        self.item: QGraphicsPixmapItem | None = None
        self.fitting = True
        self.zoom_in_button = button(self.tr("Zoom in"), self.tr("Make the picture bigger."))
        self.zoom_out_button = button(self.tr("Zoom out"), self.tr("Make the picture smaller."))
        self.fit_button = button(self.tr("Fit"), self.tr("Show the whole picture."))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(0.8))
        self.fit_button.clicked.connect(self.fit)
        row = FlowLayout(spacing=10)  # wraps at large text sizes
        row.add(self.zoom_in_button, self.zoom_out_button, self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_image(self, image: QImage, description: str) -> None:
        self.scene.clear()
        self.item = self.scene.addPixmap(QPixmap.fromImage(image))
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.setSceneRect(QRectF(image.rect()))
        self.view.setAccessibleDescription(
            self.tr("The picture called {title}").format(title=description)
        )
        self.fit()
        QTimer.singleShot(0, self, self._refit)  # again once laid out (dropped if self is gone)

    def clear(self) -> None:
        self.scene.clear()
        self.item = None

    def fit(self) -> None:
        self.fitting = True
        if self.item is not None:
            self.view.resetTransform()
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def _refit(self) -> None:
        if self.fitting:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def zoom(self, factor: float) -> None:
        self.fitting = False
        self.view.scale(factor, factor)

    @property
    def scale(self) -> float:
        return float(self.view.transform().m11())

    def _wheel(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
        else:
            QGraphicsView.wheelEvent(self.view, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class LetterView(QPlainTextEdit):
    """A letter in large type, its words exactly as written (plain text, never markup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Letter"))
        self.setMinimumHeight(220)

    def set_letter(self, text: str) -> None:
        self.setPlainText(text)


def _words_mark(words_value: str) -> QLabel:
    mark = QLabel(words.words_short(words_value))
    mark.setObjectName("wordsMark")
    return mark


class FeelingsView(QWidget):
    """The feelings the young person chose, as cards: face, feeling, how much, words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(12)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cards: list[QFrame] = []

    def set_feelings(self, feelings: list[Feeling]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for n, f in enumerate(feelings):
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet(
                f"QFrame {{ background: {FEELING_COLOURS.get(f.feeling, '#FFFFFF')}; "
                "border: 2px solid #475569; border-radius: 12px; }"
                " QLabel { background: transparent; border: none; }"
            )
            face = QLabel(card)
            face.setPixmap(face_pixmap(f.feeling, 72))  # the face the young person chose
            face.setAccessibleName(words.feeling_name(f.feeling))
            name = label(words.feeling_name(f.feeling), "subheading", card)
            amount = label(words.amount_name(f.amount), None, card)
            box = QVBoxLayout(card)
            top = QHBoxLayout()
            top.addWidget(face)
            names = QVBoxLayout()
            names.addWidget(name)
            names.addWidget(amount)
            top.addLayout(names, 1)
            box.addLayout(top)
            if f.sentence:
                sentence = label(f"“{f.sentence}”", None, card)
                sentence.setTextFormat(Qt.TextFormat.PlainText)
                box.addWidget(sentence)
            box.addWidget(_words_mark(f.words))
            card.setAccessibleName(
                f"{words.feeling_name(f.feeling)}, {words.amount_name(f.amount)}. "
                f"{f.sentence or ''} ({words.words_short(f.words)})"
            )
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.grid.addWidget(card, n // 2, n % 2)
            self.cards.append(card)


class HousesView(QWidget):
    """The three houses side by side, each with its roof, its name and its entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setSpacing(12)
        self.houses: list[QFrame] = []

    def set_houses(self, houses: list[House], drawings: dict[str, QImage]) -> None:
        for h in self.houses:
            h.deleteLater()
        self.houses = []
        colours = {"good-things": "#DCFCE7", "worries": "#FEE2E2", "hopes-and-dreams": "#DBEAFE"}
        for house in houses:
            colour = colours.get(house.house, "#FFFFFF")
            frame = QFrame(self)
            frame.setObjectName("house")
            frame.setStyleSheet(
                "QFrame#house { background: transparent; border: none; }"
                f" QFrame#body {{ background: {colour}; border: 2px solid #475569;"
                " border-top: none; }"
                " QLabel { background: transparent; border: none; }"
            )
            outer = QVBoxLayout(frame)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(0)
            roof = QLabel(frame)
            roof.setPixmap(QPixmap.fromImage(_roof(300, 70, colour)))
            roof.setScaledContents(True)
            roof.setFixedHeight(70)
            roof.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            outer.addWidget(roof)
            body = QFrame(frame)
            body.setObjectName("body")
            outer.addWidget(body, 1)
            col = QVBoxLayout(body)
            title = label(words.house_name(house.house), "subheading", body)
            col.addWidget(title)
            if house.name:
                given = label(f"“{house.name}”", None, body)
                given.setTextFormat(Qt.TextFormat.PlainText)
                col.addWidget(given)
            for entry in house.entries:
                if entry.text is not None:
                    text = label(f"• {entry.text}", None, body)
                    text.setTextFormat(Qt.TextFormat.PlainText)
                    col.addWidget(text)
                elif entry.drawing in drawings:
                    pic = QLabel(body)
                    pic.setPixmap(
                        QPixmap.fromImage(drawings[entry.drawing]).scaled(
                            200,
                            160,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                    pic.setAccessibleName(self.tr("A drawing"))
                    col.addWidget(pic)
                col.addWidget(_words_mark(entry.words))
            col.addStretch(1)
            frame.setAccessibleName(words.house_name(house.house))
            self.row.addWidget(frame, 1)
            self.houses.append(frame)


def _roof(width: int, height: int, colour: str) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#475569"), 2))
    p.setBrush(QColor(colour))
    path = QPainterPath(QPointF(1, height))
    path.lineTo(QPointF(width / 2, 2))
    path.lineTo(QPointF(width - 1, height))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPath(path)
    p.setPen(QPen(QColor("#475569"), 2))
    p.drawLine(QPointF(1, height), QPointF(width / 2, 2))
    p.drawLine(QPointF(width / 2, 2), QPointF(width - 1, height))
    p.end()
    return image
