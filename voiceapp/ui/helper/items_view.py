"""A young person's things as cards: a preview, the title, who may see it and
whose words they are. Editable cards (on the helper's page) also let the
helper change who may see a thing, or remove it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.helper.previews import Preview, thumbnail
from voiceapp.ui.helper.words import audience_words, kind_name, length_words, words_words
from voiceapp.ui.page_parts import button, danger_button, label


class ItemCard(QFrame):
    """One thing the young person made."""

    audience_change_requested = Signal(str, str)  # item id, new audience
    remove_requested = Signal(str)

    def __init__(
        self, preview: Preview, name: str, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemCard")
        self.preview = preview
        item = preview.item
        self.picture = thumbnail(preview, self)
        self.title = label(self, "itemTitle", data=True)
        self.title.setText(item.title)
        self.kind = label(self, "hint")
        details = [kind_name(item.kind), length_words(item.duration_s)]
        self.kind.setText("  ·  ".join(d for d in details if d))
        self.audience = label(self, "audience")
        self.audience.setText(audience_words(item.audience))
        self.audience.setProperty("audience", item.audience)
        self.words = label(self, "hint")
        self.words.setText(words_words(item.words, name))
        self.picture.setAccessibleName(
            QCoreApplication.translate("ItemCard", "Preview of {title}").format(title=item.title)
        )

        text = QVBoxLayout()
        text.setSpacing(6)
        for widget in (self.title, self.kind, self.audience, self.words):
            text.addWidget(widget)
        self.change = self.remove = None
        if editable:
            self.change = button(self, "changeAudience")
            other = "everyone" if item.audience == "chair-only" else "chair-only"
            if other == "chair-only":
                self.change.setText(
                    QCoreApplication.translate("ItemCard", "Change to: only the chair")
                )
            else:
                self.change.setText(QCoreApplication.translate("ItemCard", "Change to: everyone"))
            self.change.setAccessibleName(
                QCoreApplication.translate("ItemCard", "Change who may see {title}").format(
                    title=item.title
                )
            )
            self.change.setAccessibleDescription(audience_words(other))
            self.change.clicked.connect(lambda: self.audience_change_requested.emit(item.id, other))
            self.remove = danger_button(self, "removeItem")
            self.remove.setText(QCoreApplication.translate("ItemCard", "Remove"))
            self.remove.setAccessibleName(
                QCoreApplication.translate("ItemCard", "Remove {title}").format(title=item.title)
            )
            self.remove.setAccessibleDescription(
                QCoreApplication.translate(
                    "ItemCard", "Deletes this thing from the laptop, after asking you."
                )
            )
            self.remove.clicked.connect(lambda: self.remove_requested.emit(item.id))
            actions = FlowLayout(spacing=10)  # wraps at large text sizes
            actions.add(self.change, self.remove)
            text.addLayout(actions)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(18)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.setAccessibleName(
            QCoreApplication.translate("ItemCard", "{kind}: {title}").format(
                kind=kind_name(item.kind), title=item.title
            )
        )
        self.setAccessibleDescription(
            QCoreApplication.translate("ItemCard", "{kind}. {audience}. {words}.").format(
                kind=kind_name(item.kind),
                audience=audience_words(item.audience),
                words=words_words(item.words, name),
            )
        )


class ItemsView(QWidget):
    """The cards in a column (one card per row keeps the words readable)."""

    audience_change_requested = Signal(str, str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self.cards: list[ItemCard] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)

    def show_previews(self, previews: Sequence[Preview], name: str) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for n, preview in enumerate(previews):
            card = ItemCard(preview, name, self.editable, self)
            card.audience_change_requested.connect(self.audience_change_requested)
            card.remove_requested.connect(self.remove_requested)
            self._grid.addWidget(card, n, 0)
            card.show()
            self.cards.append(card)
        focusable = [w for c in self.cards for w in (c.change, c.remove) if w is not None]
        for before, after in itertools.pairwise(focusable):
            QWidget.setTabOrder(before, after)
