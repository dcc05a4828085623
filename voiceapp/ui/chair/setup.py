"""The chair's first run: make a key (or bring one in), protect it, back it up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core import age
from voiceapp.core.atomic import atomic_write
from voiceapp.core.chair import keys
from voiceapp.core.vault import Vault
from voiceapp.ui.chair import dialogs
from voiceapp.ui.chair.common import (
    MessageBar,
    PassphraseField,
    PassphrasePair,
    button,
    label,
    passphrase_problem,
)
from voiceapp.ui.chair.style import chair_style_sheet
from voiceapp.ui.tasks import Task
from voiceapp.ui.widgets import MIN_TARGET, BigButton

MAX_KEY_FILE = 1 << 20


def _page(*widgets: QWidget, parent: QWidget) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(12)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return page


class ChairSetup(QWidget):
    """The chair's first run. Calls ``vault.create("chair", ...)`` itself, then ``done``."""

    done = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairSetup")
        self.setStyleSheet(chair_style_sheet())
        self.setAccessibleName(self.tr("Set up the chair's key"))
        self.vault = vault
        self.task: Task | None = None
        self._everyday = ""
        self._first_focus: dict[QWidget, QWidget] = {}  # not focus proxies: they trap Tab
        self._identity: age.AnyIdentity | None = None
        self._import_bytes: bytes | None = None
        self._backup_bytes: bytes | None = None

        self.pages = QStackedWidget(self)
        self.message = MessageBar(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(self.pages)
        outer.addWidget(area, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(32, 0, 32, 16)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.message)
        outer.addLayout(bottom)

        self._build_choose()
        self._build_make()
        self._build_import()
        self._build_restore()
        self._build_backup()
        self.show_page(self.choose_page)

    # -- pages -----------------------------------------------------------------

    def _build_choose(self) -> None:
        heading = label(self.tr("Set up your chair's key"), "heading")
        intro = label(
            self.tr(
                "Young people's views are locked so that only your key can open them. "
                "Your key stays on this computer, protected by a passphrase you choose."
            )
        )
        self.make_choice = button(
            self.tr("Make a new key"),
            self.tr("Make a new key for opening what young people send you."),
        )
        self.import_choice = button(
            self.tr("Use a key I already have…"),
            self.tr("Bring in an age identity file you already use."),
        )
        self.restore_choice = button(
            self.tr("Restore my key from a backup…"),
            self.tr("Bring back your key from a backup file made by My Voice."),
        )
        hint_make = label(self.tr("Most chairs start here."), "hint")
        hint_import = label(
            self.tr("For example a key your IT team made with the age tool."), "hint"
        )
        hint_restore = label(self.tr("After a new computer, or a lost passphrase."), "hint")
        self.make_choice.clicked.connect(lambda: self.show_page(self.make_page))
        self.import_choice.clicked.connect(lambda: self.show_page(self.import_page))
        self.restore_choice.clicked.connect(lambda: self.show_page(self.restore_page))
        self.choose_page = _page(
            heading,
            intro,
            self.make_choice,
            hint_make,
            self.import_choice,
            hint_import,
            self.restore_choice,
            hint_restore,
            parent=self.pages,
        )
        self._first_focus[self.choose_page] = self.make_choice
        self.pages.addWidget(self.choose_page)

    def _everyday_pair(self) -> PassphrasePair:
        return PassphrasePair(
            self.tr("Choose your everyday passphrase"),
            self.tr("Type the same passphrase again"),
            self.tr(
                "You type this each time you open My Voice. At least 10 characters: a few "
                "words you will remember, like 'purple kettle seven'."
            ),
        )

    def _back(self) -> BigButton:
        b = button(self.tr("Back"), self.tr("Go back to the three choices."))
        b.clicked.connect(lambda: self.show_page(self.choose_page))
        return b

    def _row(self, *buttons: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        for b in buttons:
            layout.addWidget(b)
        layout.addStretch(1)
        return row

    def _build_make(self) -> None:
        heading = label(self.tr("Make a new key"), "heading")
        self.standard_key = QRadioButton(
            self.tr("Standard key (recommended): safe even against future quantum computers")
        )
        self.compatible_key = QRadioButton(
            self.tr("Compatibility key: also opens with older age tools (X25519)")
        )
        for radio in (self.standard_key, self.compatible_key):
            radio.setAccessibleName(radio.text())
            radio.setMinimumHeight(MIN_TARGET)
        self.standard_key.setAccessibleDescription(
            self.tr("Use this unless the chair's office needs the age tool. Arrow keys choose.")
        )
        self.compatible_key.setAccessibleDescription(
            self.tr("Only if your office must open files with an older age tool.")
        )
        self.standard_key.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.standard_key)
        group.addButton(self.compatible_key)
        why = label(
            self.tr(
                "These records must stay private for the young person's whole life, so the "
                "standard key is protected against computers that may exist in future. Choose "
                "the compatibility key only if your IT team also opens these files with an "
                "older age tool that does not know post-quantum keys."
            ),
            "hint",
        )
        self.make_pair = self._everyday_pair()
        self.make_button = button(self.tr("Make my key"), self.tr("Make the key now."))
        self.make_button.clicked.connect(self.make_key)
        self.make_page = _page(
            heading,
            self.standard_key,
            self.compatible_key,
            why,
            self.make_pair,
            self._row(self._back(), self.make_button),
            parent=self.pages,
        )
        self._first_focus[self.make_page] = self.standard_key
        self.pages.addWidget(self.make_page)

    def _build_import(self) -> None:
        heading = label(self.tr("Use a key you already have"), "heading")
        intro = label(
            self.tr(
                "Choose an age identity file (made by age-keygen, or by My Voice). If it is "
                "protected by a passphrase, type that passphrase too."
            )
        )
        self.import_file_button = button(
            self.tr("Choose key file…"), self.tr("Choose the age identity file to bring in.")
        )
        self.import_file_button.clicked.connect(self._browse_identity)
        self.import_file_label = label("", "hint")
        self.import_secret = PassphraseField(self.tr("The key file's own passphrase"))
        self.import_secret_label = label(self.tr("The key file's own passphrase"))
        self.import_secret_label.setBuddy(self.import_secret)
        self.import_pair = self._everyday_pair()
        self.import_button = button(self.tr("Use this key"), self.tr("Bring in this key now."))
        self.import_button.clicked.connect(self.import_key)
        self.import_page = _page(
            heading,
            intro,
            self.import_file_button,
            self.import_file_label,
            self.import_secret_label,
            self.import_secret,
            self.import_pair,
            self._row(self._back(), self.import_button),
            parent=self.pages,
        )
        self._first_focus[self.import_page] = self.import_file_button
        self.pages.addWidget(self.import_page)
        self._show_import_secret(False)

    def _build_restore(self) -> None:
        heading = label(self.tr("Restore your key from a backup"), "heading")
        self.restore_file_button = button(
            self.tr("Choose backup file…"), self.tr("Choose the backup of your key.")
        )
        self.restore_file_button.clicked.connect(self._browse_backup)
        self.restore_file_label = label("", "hint")
        self.recovery = PassphraseField(self.tr("The backup's recovery passphrase"))
        recovery_label = label(self.tr("The backup's recovery passphrase"))
        recovery_label.setBuddy(self.recovery)
        self.restore_pair = self._everyday_pair()
        self.restore_button = button(self.tr("Restore my key"), self.tr("Restore the key now."))
        self.restore_button.clicked.connect(self.restore_key)
        self.restore_page = _page(
            heading,
            self.restore_file_button,
            self.restore_file_label,
            recovery_label,
            self.recovery,
            self.restore_pair,
            self._row(self._back(), self.restore_button),
            parent=self.pages,
        )
        self._first_focus[self.restore_page] = self.restore_file_button
        self.pages.addWidget(self.restore_page)

    def _build_backup(self) -> None:
        heading = label(self.tr("Back up your key"), "heading")
        warning = label(
            self.tr(
                "If this key is lost (a broken or replaced computer, a forgotten passphrase), "
                "the young people's views sent to it can never be opened, by anyone. Not even "
                "My Voice can get them back."
            )
        )
        warning.setProperty("tone", "warning")
        how = label(
            self.tr(
                "Save a backup somewhere safe away from this computer, for example your "
                "organisation's secure drive. It is locked with a recovery passphrase: choose one "
                "different from your everyday passphrase, and keep it apart from the backup."
            )
        )
        self.backup_pair = PassphrasePair(
            self.tr("Choose a recovery passphrase"),
            self.tr("Type the recovery passphrase again"),
            self.tr("At least 10 characters, and not the same as your everyday passphrase."),
        )
        self.backup_button = button(
            self.tr("Save a backup…"), self.tr("Choose where to save the backup of your key.")
        )
        self.backup_button.clicked.connect(self.save_backup)
        self.skip_button = button(
            self.tr("Not now"),
            self.tr("Go on without a backup. You can make one later from My key."),
        )
        self.skip_button.clicked.connect(self._finish)
        self.backup_page = _page(
            heading,
            warning,
            how,
            self.backup_pair,
            self._row(self.backup_button, self.skip_button),
            parent=self.pages,
        )
        self._first_focus[self.backup_page] = self.backup_pair.first
        self.pages.addWidget(self.backup_page)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.setStyleSheet(chair_style_sheet())  # Text and colours changed: follow it
        return super().event(event)

    def show_page(self, page: QWidget) -> None:
        self.message.clear_message()
        self.pages.setCurrentWidget(page)
        self._first_focus.get(page, page).setFocus()

    # -- choosing files ------------------------------------------------------------

    def _browse_identity(self) -> None:
        path = dialogs.open_path(
            self, self.tr("Choose your age identity file"), self.tr("All files (*)")
        )
        if path:
            self.set_identity_file(path)

    def set_identity_file(self, path: str) -> None:
        """Read a chosen identity file (small); asks for its passphrase if protected."""
        self.message.clear_message()
        try:
            data = _read_small(Path(path))
        except OSError as e:
            self.message.show_error(e)
            return
        self._import_bytes = data
        self.import_file_label.setText(Path(path).name)
        self.import_file_label.setAccessibleName(Path(path).name)
        self._show_import_secret(keys.needs_passphrase(data))

    def _show_import_secret(self, visible: bool) -> None:
        self.import_secret.setVisible(visible)
        self.import_secret_label.setVisible(visible)

    def _browse_backup(self) -> None:
        path = dialogs.open_path(
            self,
            self.tr("Choose the backup of your key"),
            self.tr("Key backups (*.age);;All files (*)"),
        )
        if path:
            self.set_backup_file(path)

    def set_backup_file(self, path: str) -> None:
        self.message.clear_message()
        try:
            self._backup_bytes = _read_small(Path(path))
        except OSError as e:
            self.message.show_error(e)
            return
        self.restore_file_label.setText(Path(path).name)
        self.restore_file_label.setAccessibleName(Path(path).name)

    # -- actions -------------------------------------------------------------------

    def _checked_everyday(self, pair: PassphrasePair) -> str | None:
        problem = passphrase_problem(pair)
        if problem:
            self.message.show_message(problem, "error")
            return None
        return pair.value()

    def make_key(self) -> None:
        everyday = self._checked_everyday(self.make_pair)
        if everyday is None:
            return
        compatible = self.compatible_key.isChecked()

        def work(progress: Any, cancelled: Any) -> age.AnyIdentity:
            identity = keys.make_identity(compatible)
            self.vault.create("chair", everyday, identity=identity)
            return identity

        self._run(work, everyday, self.tr("Making your key. This takes a few seconds…"))

    def import_key(self) -> None:
        if self._import_bytes is None:
            self.message.show_message(self.tr("Choose your key file first."), "error")
            return
        everyday = self._checked_everyday(self.import_pair)
        if everyday is None:
            return
        data = self._import_bytes
        secret = self.import_secret.text()

        def work(progress: Any, cancelled: Any) -> age.AnyIdentity:
            identity = keys.import_identity(data, lambda: secret.encode("utf-8"))
            self.vault.create("chair", everyday, identity=identity)
            return identity

        self._run(work, everyday, self.tr("Bringing in your key…"))

    def restore_key(self) -> None:
        if self._backup_bytes is None:
            self.message.show_message(self.tr("Choose your backup file first."), "error")
            return
        everyday = self._checked_everyday(self.restore_pair)
        if everyday is None:
            return
        data = self._backup_bytes
        recovery = self.recovery.text()

        def work(progress: Any, cancelled: Any) -> age.AnyIdentity:
            identity = keys.restore_backup(data, recovery)
            self.vault.create("chair", everyday, identity=identity)
            return identity

        self._run(work, everyday, self.tr("Restoring your key…"), backup_next=False)

    def _run(self, work: Any, everyday: str, working: str, backup_next: bool = True) -> None:
        self.message.show_message(working, "info")
        self._busy(True)
        task = Task(work, self)
        self.task = task

        def ok(identity: age.AnyIdentity) -> None:
            self._everyday = everyday
            self._identity = identity
            self.message.clear_message()
            if backup_next:
                self.show_page(self.backup_page)
            else:
                self._finish()

        task.succeeded.connect(ok)
        task.failed.connect(self.message.show_error)
        task.finished.connect(lambda: self._busy(False))
        task.start()

    def save_backup(self) -> None:
        problem = passphrase_problem(self.backup_pair)
        if problem:
            self.message.show_message(problem, "error")
            return
        recovery = self.backup_pair.value()
        if recovery == self._everyday:
            self.message.show_message(
                self.tr("Please choose a recovery passphrase different from your everyday one."),
                "error",
            )
            return
        path = dialogs.save_path(
            self,
            self.tr("Save the backup of your key"),
            keys.backup_file_name(),
            self.tr("Key backups (*.age)"),
        )
        if not path:
            return
        identity = self._identity
        assert identity is not None

        def work(progress: Any, cancelled: Any) -> str:
            data = keys.backup_bytes(identity, recovery)
            with atomic_write(path, 0o600) as f:
                f.write(data)
            return path

        self.message.show_message(self.tr("Saving the backup…"), "info")
        self._busy(True)
        task = Task(work, self)
        self.task = task
        task.succeeded.connect(lambda _p: self._finish())
        task.failed.connect(self.message.show_error)
        task.finished.connect(lambda: self._busy(False))
        task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.pages.setEnabled(not busy)

    def _finish(self) -> None:
        self._everyday = ""
        self.backup_pair.clear()
        for pair in (self.make_pair, self.import_pair, self.restore_pair):
            pair.clear()
        self.recovery.clear()
        self.import_secret.clear()
        self._import_bytes = self._backup_bytes = None
        self.done.emit()


def _read_small(path: Path) -> bytes:
    with open(path, "rb") as f:
        data = f.read(MAX_KEY_FILE + 1)
    return data
