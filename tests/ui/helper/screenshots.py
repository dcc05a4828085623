"""Pictures of every helper screen, drawn on a real (virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x860x24" \\
        .venv/bin/python -m tests.ui.helper.screenshots docs/screenshots

Saves docs/screenshots/helper-*.png from made-up data in a temporary folder.
Not a test: tests/ui/helper/test_screenshots.py runs it into a temporary folder
and checks that every picture has content.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "purple kettle seven"
NAMES = (
    "first-run",
    "unlock",
    "in-use",
    "list",
    "add",
    "case",
    "keycard",
    "import",
    "import-progress",
    "space",
    "leave",
    "send-review",
    "send-last-look",
    "send-packing",
    "receipt",
    "delete",
)


def wait_until(check: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    waited = 0
    while not check():
        QTest.qWait(20)
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError("the screen did not get there")


def save(widget: QWidget, out: Path, name: str) -> Path:
    assert name in NAMES, name
    QTest.qWait(200)
    QApplication.processEvents()
    picture: QPixmap = widget.screen().grabWindow(widget.winId())
    path = out / f"helper-{name}.png"
    if picture.isNull() or not picture.save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path} ({picture.width()}x{picture.height()})")
    return path


def make_data(root: Path, elsewhere: Path) -> tuple[str, object]:
    """A helper profile with three young people, one with things and a key card."""
    from tests import media_samples as ms
    from tests.ui.helper.content import noisy_png
    from voiceapp.core import age, keycard
    from voiceapp.core.vault import CaseDetails, Vault

    today = dt.date.today()
    chair = age.HybridIdentity.generate()
    card = keycard.KeyCard.make(
        "Jo Bloggs", "Northshire Council", chair.recipient().to_string(), today
    )
    with Vault(root, work_factor=10) as vault:
        vault.create("helper", PASSPHRASE)
        sam = vault.add_case(
            CaseDetails(
                "Sam",
                "8-12",
                today + dt.timedelta(days=9),
                reference="CP-2026-117",
                key_cards=(card.to_text(),),
                notes={"made_with": "advocate"},
            )
        )
        vault.add_case(CaseDetails("Aisha", "13-17", today + dt.timedelta(days=21)))
        vault.add_case(CaseDetails("Leo", "4-7", today - dt.timedelta(days=28)))
        from PIL import Image, ImageDraw

        img = Image.new("RGB", (640, 480), (255, 250, 235))
        draw = ImageDraw.Draw(img)
        draw.ellipse((180, 80, 460, 360), outline=(30, 90, 200), width=12)
        draw.arc((260, 180, 380, 300), 20, 160, fill=(200, 60, 40), width=10)
        draw.ellipse((260, 170, 290, 200), fill=(30, 30, 30))
        draw.ellipse((350, 170, 380, 200), fill=(30, 30, 30))
        import io

        png = io.BytesIO()
        img.save(png, "PNG")
        vault.new_item(sam.id, "picture", "Me and my dog", png.getvalue())
        vault.new_item(
            sam.id,
            "letter",
            "What I want the meeting to know",
            b"I like living with Nan. I want to stay at my school.\nPlease listen to me.",
            audience="chair-only",
        )
        vault.new_item(
            sam.id,
            "audio",
            "My voice",
            ms.ogg_opus(42.0),
            duration_s=42.0,
            words="written-by-helper",
        )
    (elsewhere / "drawing.png").write_bytes(noisy_png(7))
    return sam.id, card


def main(out: Path) -> None:
    from PySide6.QtCore import QLocale

    from voiceapp.core.vault import Vault
    from voiceapp.ui.app import application, install_translator
    from voiceapp.ui.helper import file_dialogs
    from voiceapp.ui.helper.case_form import CaseForm
    from voiceapp.ui.helper.case_page import CasePage
    from voiceapp.ui.helper.import_page import ImportPage
    from voiceapp.ui.helper.keycard_page import KeyCardPage
    from voiceapp.ui.helper.send_flow import SendFlow
    from voiceapp.ui.helper.space import SpacePage
    from voiceapp.ui.main_window import MainWindow
    from voiceapp.ui.start_screen import Role
    from voiceapp.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="helper-shots-"))
    for sub in ("home", "tmp", "usb", "elsewhere"):
        (work / sub).mkdir()
    os.environ["HOME"] = str(work / "home")
    os.environ["TMPDIR"] = str(work / "tmp")
    app = application([sys.argv[0]])
    install_translator(app, QLocale("en_GB"))
    apply_theme(app)

    def window_on(root: Path) -> MainWindow:
        window = MainWindow(open_vault=lambda: Vault(root, work_factor=10))
        window.resize(1280, 860)
        window.show()
        window.activateWindow()
        if not QTest.qWaitForWindowExposed(window):
            raise SystemExit("the window did not appear on the X screen")
        return window

    # First run: the passphrase page, with the rule and a live check.
    first = window_on(work / "first")
    first.start_screen.buttons[Role.HELPER].click()
    page = first.current_page()
    page.first.edit.setText("purple kettle")
    page.second.edit.setText("purple kettle")
    save(first, out, "first-run")
    # A second copy of My Voice on the same vault.
    second = window_on(work / "first")
    save(second, out, "in-use")
    second.close()
    first.close()

    case_id, card = make_data(work / "data", work / "elsewhere")
    window = window_on(work / "data")
    save(window, out, "unlock")
    unlock = window.current_page()
    unlock.passphrase.edit.setText(PASSPHRASE)
    unlock.pin.edit.setText("2468")
    unlock.unlock.click()
    wait_until(lambda: window.home is not None)
    home = window.home
    wait_until(lambda: len(home.list_page.buttons) == 3)
    save(window, out, "list")

    home.edit_case(None)
    form = home.current
    assert isinstance(form, CaseForm)
    form.name.setText("Jordan")
    form.date.setDate(QDate.currentDate().addDays(12))
    save(window, out, "add")

    home.open_case(case_id)
    wait_until(lambda: isinstance(home.current, CasePage) and home.current.ready)
    save(window, out, "case")

    case = home.current.case
    home.add_keycard(case)
    cards = home.current
    assert isinstance(cards, KeyCardPage)
    cards.check_text(card.to_text())
    save(window, out, "keycard")

    home.add_item(case)
    adder = home.current
    assert isinstance(adder, ImportPage)
    adder.steps.setCurrentWidget(adder.working_page)
    adder._file_name = "interview.mp4"
    adder.retranslate()
    adder.progress.setValue(420)
    save(window, out, "import-progress")
    adder.import_path(str(work / "elsewhere" / "drawing.png"))
    wait_until(lambda: adder.ready is not None)
    adder.title.setText("My house, drawn at school")
    save(window, out, "import")

    home.start_space(case)
    space = home.current
    assert isinstance(space, SpacePage)
    wait_until(lambda: space.ready)
    QTest.qWait(300)
    save(window, out, "space")
    space.ask_to_leave()
    save(window, out, "leave")
    space.gate.secret.edit.setText("2468")
    space.gate.submit()
    wait_until(lambda: not window.isFullScreen() and isinstance(home.current, CasePage))
    QTest.qWait(300)

    home.send(case)
    flow = home.current
    assert isinstance(flow, SendFlow)
    wait_until(lambda: flow.ready)
    save(window, out, "send-review")
    flow.last_look()
    save(window, out, "send-last-look")
    flow.steps.setCurrentWidget(flow.packing_page)
    flow.retranslate()
    flow.progress.setRange(0, 1000)
    flow.progress.setValue(630)
    save(window, out, "send-packing")
    file_dialogs.choose_folder = lambda *_: str(work / "usb")  # type: ignore[assignment]
    flow.last_look()
    flow.ask_where()
    wait_until(lambda: flow.receipt is not None)
    save(window, out, "receipt")

    flow.delete_now.click()
    wait_until(lambda: isinstance(home.current, CasePage) and home.current._dialog is not None)
    dialog = home.current._dialog
    wait_until(dialog.isVisible)
    QTest.qWait(300)
    QApplication.processEvents()
    picture = dialog.screen().grabWindow(0)  # the dialog over the window: the whole screen
    path = out / "helper-delete.png"
    picture.save(str(path))
    print(f"saved {path} ({picture.width()}x{picture.height()})")
    dialog.reject()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
