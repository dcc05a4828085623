"""My things: everything the young person made, as big cards.

Each card shows a picture of the thing (made in memory), its name, and who may
see it, with two big choices: "Everyone at the meeting" or "Only the chair".
"Open" goes back into it to change it; "Name" gives it a new name right on the
card (no file windows); "Delete" takes it away at once, and "Undo" brings it
back, as many times as needed. The page only asks; the space does the saving.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voiceapp.ui.helper.previews import Preview, thumbnail
from voiceapp.ui.helper.words import kind_name
from voiceapp.ui.page_parts import FocusFirst, button, label, name_buttons
from voiceapp.ui.space.icons import icon
from voiceapp.ui.widgets import MIN_TARGET

MAX_TITLE = 80
OPENABLE = ("drawing", "letter", "feelings", "houses", "audio", "video", "picture")


class ThingCard(QFrame):
    """One thing: its picture, its name, who may see it, and what can be done."""

    open_requested = Signal(str)
    audience_requested = Signal(str, str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thingCard")
        self.preview = preview
        item = preview.item
        self.picture = thumbnail(preview, self)
        self.title = label(self, "itemTitle", data=True)
        self.title.setText(item.title)
        self.kind = label(self, "hint")
        self.question = label(self, "hint")
        self.everyone = button(self, "audienceEveryone")
        self.chair_only = button(self, "audienceChair")
        for widget, audience in ((self.everyone, "everyone"), (self.chair_only, "chair-only")):
            widget.setCheckable(True)
            widget.setIconSize(QSize(28, 28))
            widget.clicked.connect(lambda _=False, a=audience: self._choose(a))
        self._show_choice(item.audience)
        self.open = button(self, "openThing", primary=True)
        self.open.setVisible(item.kind in OPENABLE)
        self.rename = button(self, "renameThing")
        self.delete = button(self, "deleteThing")
        self.delete.setProperty("kind", "danger")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("thingName")
        self.name_edit.setMaxLength(MAX_TITLE)
        self.name_edit.setMinimumHeight(MIN_TARGET)
        self.name_save = button(self, "saveName", primary=True)
        self.name_cancel = button(self, "cancelName")
        for hidden in (self.name_edit, self.name_save, self.name_cancel):
            hidden.setVisible(False)

        self.open.clicked.connect(lambda: self.open_requested.emit(item.id))
        self.rename.clicked.connect(self.start_rename)
        self.name_save.clicked.connect(self.finish_rename)
        self.name_edit.returnPressed.connect(self.finish_rename)
        self.name_cancel.clicked.connect(self.cancel_rename)
        self.delete.clicked.connect(lambda: self.delete_requested.emit(item.id))

        choices = QHBoxLayout()
        choices.setSpacing(10)
        choices.addWidget(self.everyone)
        choices.addWidget(self.chair_only)
        choices.addStretch(1)
        naming = QHBoxLayout()
        naming.addWidget(self.name_edit, 1)
        naming.addWidget(self.name_save)
        naming.addWidget(self.name_cancel)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        for widget in (self.open, self.rename, self.delete):
            actions.addWidget(widget)
        actions.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.title)
        words.addLayout(naming)
        words.addWidget(self.kind)
        words.addWidget(self.question)
        words.addLayout(choices)
        words.addLayout(actions)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(18)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.retranslate()

    def controls(self) -> list[QWidget]:
        """The card's controls in Tab order."""
        return [
            self.name_edit,
            self.name_save,
            self.name_cancel,
            self.everyone,
            self.chair_only,
            self.open,
            self.rename,
            self.delete,
        ]

    def _choose(self, audience: str) -> None:
        self._show_choice(audience)
        if audience != self.preview.item.audience:
            self.audience_requested.emit(self.preview.item.id, audience)

    def _show_choice(self, audience: str) -> None:
        """The chosen button is pressed in, coloured and ticked (not colour alone)."""
        for widget, value in ((self.everyone, "everyone"), (self.chair_only, "chair-only")):
            widget.setChecked(audience == value)
            widget.setIcon(icon("finished") if audience == value else QIcon())

    def start_rename(self) -> None:
        self.name_edit.setText(self.preview.item.title)
        self._naming(True)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def finish_rename(self) -> None:
        title = " ".join(self.name_edit.text().split())[:MAX_TITLE]
        self._naming(False)
        self.rename.setFocus()
        if title and title != self.preview.item.title:
            self.title.setText(title)
            self.rename_requested.emit(self.preview.item.id, title)

    def cancel_rename(self) -> None:
        self._naming(False)
        self.rename.setFocus()

    def _naming(self, on: bool) -> None:
        for widget in (self.name_edit, self.name_save, self.name_cancel):
            widget.setVisible(on)
        self.title.setVisible(not on)

    def retranslate(self) -> None:
        item = self.preview.item
        title = self.title.text()
        self.kind.setText(kind_name(item.kind))
        self.question.setText(QCoreApplication.translate("MyThings", "Who may see it?"))
        name_buttons(
            (
                self.everyone,
                QCoreApplication.translate("MyThings", "Everyone at the meeting"),
                QCoreApplication.translate(
                    "MyThings", "Everyone at the meeting may see {title}."
                ).format(title=title),
            ),
            (
                self.chair_only,
                QCoreApplication.translate("MyThings", "Only the chair"),
                QCoreApplication.translate("MyThings", "Only the chair may see {title}.").format(
                    title=title
                ),
            ),
            (
                self.open,
                QCoreApplication.translate("MyThings", "Open"),
                QCoreApplication.translate(
                    "MyThings", "Look at {title} again, or change it."
                ).format(title=title),
            ),
            (
                self.rename,
                QCoreApplication.translate("MyThings", "Name it"),
                QCoreApplication.translate("MyThings", "Give {title} a new name.").format(
                    title=title
                ),
            ),
            (
                self.delete,
                QCoreApplication.translate("MyThings", "Delete"),
                QCoreApplication.translate(
                    "MyThings", "Takes {title} away. You can undo this."
                ).format(title=title),
            ),
            (
                self.name_save,
                QCoreApplication.translate("MyThings", "Save the name"),
                QCoreApplication.translate("MyThings", "Keep this new name."),
            ),
            (
                self.name_cancel,
                QCoreApplication.translate("MyThings", "Cancel"),
                QCoreApplication.translate("MyThings", "Keep the old name."),
            ),
        )
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("MyThings", "A new name for {title}").format(title=title)
        )
        self.picture.setAccessibleName(
            QCoreApplication.translate("MyThings", "Picture of {title}").format(title=title)
        )
        self.setAccessibleName(
            QCoreApplication.translate("MyThings", "{kind}: {title}").format(
                kind=kind_name(item.kind), title=title
            )
        )


class MyThings(FocusFirst):
    """The cards, and the undo strip for things taken away."""

    open_requested = Signal(str)
    audience_requested = Signal(str, str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myThings")
        self.cards: list[ThingCard] = []
        self.undo_count = 0
        self.last_deleted = ""
        self.heading = label(self, "pageTitle")
        self.hint = label(self, "message")
        self.empty = label(self, "message")
        self.undo_note = label(self, "hint")
        self.undo = button(self, "undoDelete")
        self.undo.clicked.connect(self.undo_requested)
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(holder)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_note, 1)
        undo_row.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(undo_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        self.retranslate()

    def show_previews(self, previews: Sequence[Preview]) -> None:
        holder = self.scroller.widget()
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for n, preview in enumerate(previews):
            card = ThingCard(preview, holder)
            card.open_requested.connect(self.open_requested)
            card.audience_requested.connect(self.audience_requested)
            card.rename_requested.connect(self.rename_requested)
            card.delete_requested.connect(self._delete)
            self._grid.addWidget(card, n, 0)
            card.show()
            self.cards.append(card)
        order: list[QWidget] = [self.undo]
        for card in self.cards:
            order.extend(card.controls())
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.first_focus = self.cards[0].everyone if self.cards else self.undo
        self.retranslate()

    def _delete(self, item_id: str) -> None:
        for card in self.cards:
            if card.preview.item.id == item_id:
                self.last_deleted = card.preview.item.title
        self.delete_requested.emit(item_id)

    def set_undo_count(self, count: int) -> None:
        self.undo_count = count
        self.retranslate()

    def card_for(self, item_id: str) -> ThingCard | None:
        return next((c for c in self.cards if c.preview.item.id == item_id), None)

    def spoken_text(self) -> str:
        lines = [self.heading.text(), self.hint.text()]
        lines += [f"{c.title.text()}. {c.kind.text()}." for c in self.cards]
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("MyThings", "My things"))
        self.hint.setText(
            QCoreApplication.translate(
                "MyThings",
                "Everything you made is here. For each one, choose who at the meeting may see it.",
            )
        )
        self.empty.setText(
            QCoreApplication.translate(
                "MyThings", "Nothing here yet. Go back to My space to make something."
            )
        )
        self.empty.setVisible(not self.cards)
        if self.last_deleted:
            note = QCoreApplication.translate("MyThings", "You deleted {title}.").format(
                title=self.last_deleted
            )
        else:
            note = ""
        self.undo_note.setText(note)
        self.undo_note.setVisible(self.undo_count > 0)
        self.undo.setVisible(self.undo_count > 0)
        name_buttons(
            (
                self.undo,
                QCoreApplication.translate("MyThings", "Undo"),
                QCoreApplication.translate("MyThings", "Bring back the last thing you deleted."),
            ),
        )
        for card in self.cards:
            card.retranslate()
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["MyThings", "ThingCard"]
