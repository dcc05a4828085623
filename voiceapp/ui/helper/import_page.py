""" "Add something made elsewhere": choose a file, let My Voice check it (and
make it ready: pictures re-encoded, recordings converted, all in memory),
then give it a title, say who may see it and whose words it is."""

from __future__ import annotations

import os
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core.errors import Cancelled
from voiceapp.core.vault import Case, ItemInfo, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.choice_row import ChoiceRow
from voiceapp.ui.helper.media_import import Imported, prepare, read_bounded
from voiceapp.ui.helper.previews import THUMB, Preview, preview_of
from voiceapp.ui.helper.words import audience_words, kind_name, length_words, words_words
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    column,
    label,
    name_buttons,
    row,
    show_alert,
)
from voiceapp.ui.tasks import Task
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.widgets import MIN_TARGET

MAX_TITLE = 200


def default_title(kind: str) -> str:
    return {
        "picture": QCoreApplication.translate("ImportPage", "My drawing on paper"),
        "letter": QCoreApplication.translate("ImportPage", "My letter"),
        "audio": QCoreApplication.translate("ImportPage", "My recording"),
        "video": QCoreApplication.translate("ImportPage", "My video"),
    }.get(kind, kind_name(kind))


class ImportPage(FocusFirst):
    """Three steps on one page: choose, checking (with progress), details."""

    back_requested = Signal()
    added = Signal(str)  # item id
    prepared = Signal()  # the file was checked and is ready for its details

    def __init__(
        self, vault: Vault, jobs: VaultJobs, case: Case, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        self.ready: Imported | None = None
        self._task: Task | None = None
        self._file_name = ""
        name = case.details.chosen_name

        self.back = button(self, "back")
        self.heading = label(self, "pageTitle")
        self.steps = QStackedWidget(self)

        # choose
        self.choose_page = QWidget(self.steps)
        self.explain = label(self.choose_page, "message")
        self.choose = button(self.choose_page, "chooseFile", primary=True)
        box = QVBoxLayout(self.choose_page)
        box.setContentsMargins(0, 0, 0, 0)
        add_all(box, self.explain, row(self.choose, None))
        box.addStretch(1)

        # checking
        self.working_page = QWidget(self.steps)
        self.working = label(self.working_page, "message")
        self.progress = QProgressBar(self.working_page)
        self.progress.setRange(0, 1000)
        self.progress.setMinimumHeight(MIN_TARGET - 16)
        self.stop = button(self.working_page, "stop")
        box = QVBoxLayout(self.working_page)
        box.setContentsMargins(0, 0, 0, 0)
        add_all(box, self.working, self.progress, row(self.stop, None))
        box.addStretch(1)

        # details
        self.details_page = QWidget(self.steps)
        self.picture = QLabel(self.details_page)
        self.picture.setObjectName("thumbnail")
        self.picture.setFixedSize(THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.what = label(self.details_page, "message")
        self.title_label = label(self.details_page, "fieldLabel")
        self.title = QLineEdit(self.details_page)
        self.title.setMaxLength(MAX_TITLE)
        self.title.setMinimumHeight(MIN_TARGET)
        self.title_label.setBuddy(self.title)
        self.audience_label = label(self.details_page, "fieldLabel")
        self.audience = ChoiceRow(("everyone", "chair-only"), self.details_page)
        self.words_label = label(self.details_page, "fieldLabel")
        self.words = ChoiceRow(("own", "written-by-helper"), self.details_page)
        self.another = button(self.details_page, "chooseAnother")
        self.add = button(self.details_page, "addToThings", primary=True)
        box = QVBoxLayout(self.details_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        add_all(
            box,
            row(self.picture, self.what),
            self.title_label,
            self.title,
            self.audience_label,
            self.audience,
            self.words_label,
            self.words,
            row(self.another, None, self.add),
        )
        for page in (self.choose_page, self.working_page, self.details_page):
            self.steps.addWidget(page)

        self.alert = label(self, "alert")
        body = column(self, 860)
        add_all(body, row(self.back, None), self.heading, self.alert, self.steps)
        self.back.clicked.connect(self._leave)
        self.choose.clicked.connect(self.ask_for_file)
        self.another.clicked.connect(self.ask_for_file)
        self.stop.clicked.connect(self._stop)
        self.add.clicked.connect(self.save)
        self.title.returnPressed.connect(self.save)
        self.first_focus = self.choose
        self._name = name
        self.retranslate()

    # -- choosing and checking ----------------------------------------------------------

    def ask_for_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            QCoreApplication.translate("ImportPage", "Choose something made elsewhere"),
            QCoreApplication.translate(
                "ImportPage",
                "Pictures, letters, recordings and videos (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.txt *.ogg *.opus *.oga *.mp3 *.m4a *.wav *.aac *.flac *.webm *.mp4 *.mov *.mkv *.avi *.3gp);;All files (*)",  # noqa: E501 - one literal for lupdate
            ),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Read and check ``path`` off the GUI thread (nothing is written anywhere)."""
        show_alert(self.alert, "")
        self.ready = None
        self._file_name = os.path.basename(path)
        self.progress.setValue(0)
        self.steps.setCurrentWidget(self.working_page)
        self.retranslate()
        self.stop.setFocus()
        name_hint = self._file_name

        def work(progress: Any, cancelled: Any) -> tuple[Imported, Preview]:
            prepared = prepare(read_bounded(path), name_hint, progress, cancelled)
            sample = ItemInfo("aaaaaaaaaaaa", prepared.kind, "", "", "", duration_s=None)
            return prepared, preview_of(sample, prepared.content)

        self._task = self._jobs.run(work, self._prepared, self._failed, self.progress.setValue)

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _prepared(self, result: object) -> None:
        self._task = None
        self.progress.setValue(1000)
        ready, preview = cast(tuple[Imported, Preview], result)
        self.ready = ready
        if preview.image is not None:
            self.picture.setPixmap(QPixmap.fromImage(preview.image))
        else:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(preview.text or kind_name(ready.kind))
        self.title.setText(default_title(ready.kind))
        self.audience.set_value("everyone")
        self.words.set_value("own")
        self.steps.setCurrentWidget(self.details_page)
        self.retranslate()
        self.title.setFocus()
        self.title.selectAll()
        self.prepared.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.add.setEnabled(True)
        back_to = self.details_page if self.ready is not None else self.choose_page
        self.steps.setCurrentWidget(back_to)
        if not isinstance(error, Cancelled):
            show_alert(self.alert, user_message(error))
        else:
            show_alert(self.alert, "")
        self.choose.setFocus()

    # -- saving --------------------------------------------------------------------

    def save(self) -> None:
        ready = self.ready
        if ready is None:
            return
        title = self.title.text().strip() or default_title(ready.kind)
        vault, case_id = self._vault, self.case.id
        audience, words = self.audience.value(), self.words.value()
        self.add.setEnabled(False)

        def work(_progress: Any, _cancelled: Any) -> str:
            item = vault.new_item(
                case_id,
                ready.kind,
                title,
                ready.content,
                audience=audience,
                words=words,
                duration_s=ready.duration_s,
            )
            return item.id

        self._jobs.run(work, self._saved, self._failed)

    def _saved(self, item_id: object) -> None:
        self.add.setEnabled(True)
        self.ready = None
        self.added.emit(str(item_id))

    def _leave(self) -> None:
        self._stop()
        self.ready = None
        self.back_requested.emit()

    # -- words -------------------------------------------------------------------------

    def retranslate(self) -> None:
        name = self._name
        self.heading.setText(
            QCoreApplication.translate("ImportPage", "Add something made elsewhere")
        )
        self.explain.setText(
            QCoreApplication.translate(
                "ImportPage",
                "Choose a file: a photo of a drawing on paper, a letter typed on another computer, a voice recording or a video. My Voice checks it, removes hidden details such as where a photo was taken, and keeps it locked with {name}'s things.",  # noqa: E501 - one literal for lupdate
            ).format(name=name)
        )
        self.working.setText(
            QCoreApplication.translate(
                "ImportPage", "Checking {file} and making it ready..."
            ).format(file=self._file_name)
        )
        if self.ready is not None:
            details = [kind_name(self.ready.kind), length_words(self.ready.duration_s)]
            self.what.setText("  ·  ".join(d for d in details if d))
        self.title_label.setText(QCoreApplication.translate("ImportPage", "What is it called?"))
        self.title.setAccessibleName(QCoreApplication.translate("ImportPage", "What is it called?"))
        self.title.setAccessibleDescription(
            QCoreApplication.translate(
                "ImportPage", "A title the chair will see, in {name}'s words if they like."
            ).format(name=name)
        )
        self.audience_label.setText(
            QCoreApplication.translate("ImportPage", "Who may see it? Ask {name}.").format(
                name=name
            )
        )
        for value in ("everyone", "chair-only"):
            self.audience.set_words(
                value,
                QCoreApplication.translate("ImportPage", "Everyone at the meeting")
                if value == "everyone"
                else QCoreApplication.translate("ImportPage", "Only the chair"),
                audience_words(value),
            )
        self.words_label.setText(QCoreApplication.translate("ImportPage", "Whose words are they?"))
        self.words.set_words(
            "own",
            QCoreApplication.translate("ImportPage", "{name}'s own").format(name=name),
            words_words("own", name),
        )
        self.words.set_words(
            "written-by-helper",
            QCoreApplication.translate("ImportPage", "Written down by a helper"),
            words_words("written-by-helper", name),
        )
        self.picture.setAccessibleName(QCoreApplication.translate("ImportPage", "Preview"))
        name_buttons(
            (
                self.back,
                QCoreApplication.translate("ImportPage", "Back to {name}'s page").format(name=name),
                QCoreApplication.translate("ImportPage", "Go back without adding anything."),
            ),
            (
                self.choose,
                QCoreApplication.translate("ImportPage", "Choose a file..."),
                QCoreApplication.translate("ImportPage", "Opens a window to pick the file."),
            ),
            (
                self.another,
                QCoreApplication.translate("ImportPage", "Choose a different file"),
                QCoreApplication.translate("ImportPage", "Leave this one out and pick another."),
            ),
            (
                self.stop,
                QCoreApplication.translate("ImportPage", "Stop"),
                QCoreApplication.translate(
                    "ImportPage", "Stop checking this file. Nothing is added."
                ),
            ),
            (
                self.add,
                QCoreApplication.translate("ImportPage", "Add to {name}'s things").format(
                    name=name
                ),
                QCoreApplication.translate(
                    "ImportPage", "Keeps it, locked, with {name}'s things."
                ).format(name=name),
            ),
        )
        self.progress.setAccessibleName(
            QCoreApplication.translate("ImportPage", "How far the checking has got")
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
