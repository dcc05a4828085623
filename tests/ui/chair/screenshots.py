"""Pictures of every chair screen, drawn on a real (virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x860x24" \\
        .venv/bin/python -m tests.ui.chair.screenshots docs/screenshots

Saves docs/screenshots/chair-*.png. Not a test: tests/ui/chair/test_screenshots.py
runs it into a temporary folder and checks that every picture has content.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.chair.conftest import write_every_kind

SIZE = (1280, 860)


def wait_until(check: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not check():
        QTest.qWait(20)
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError("the screen did not get there")


def save(widget: QWidget, out: Path, name: str, from_screen: bool = False) -> Path:
    QTest.qWait(150)
    QApplication.processEvents()
    if from_screen:
        picture: QPixmap = widget.screen().grabWindow(widget.winId())
    else:
        picture = widget.grab()
    path = out / f"chair-{name}.png"
    if picture.isNull() or not picture.save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path} ({picture.width()}x{picture.height()})")
    return path


def main(out: Path) -> None:
    from tests import media_samples as ms
    from voiceapp.core import age
    from voiceapp.core.chair import ChairStore, file_key
    from voiceapp.core.vault import Vault
    from voiceapp.ui.app import application, install_translator
    from voiceapp.ui.chair import dialogs
    from voiceapp.ui.chair.home import ChairHome
    from voiceapp.ui.chair.setup import ChairSetup
    from voiceapp.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = application([sys.argv[0]])
    install_translator(app, QLocale.system())
    apply_theme(app)
    work = Path(tempfile.mkdtemp(prefix="chair-shots-"))
    media = {
        "drawing": ms.png(480, 360),
        "audio": ms.ogg_opus(3.0),
        "video": ms.webm(4.0, (320, 240)),
        "picture": ms.jpeg_with_gps(320, 240),
        "feelings": ms.feelings_page(),
    }

    # First run.
    setup = ChairSetup(Vault(work / "setup", work_factor=10))
    setup.resize(*SIZE)
    setup.show()
    QTest.qWaitForWindowExposed(setup)
    save(setup, out, "setup")
    setup.show_page(setup.make_page)
    save(setup, out, "setup-make")
    setup.show_page(setup.backup_page)
    save(setup, out, "setup-backup")
    setup.close()

    # A chair with an inbox of three files, one opened before.
    identity = age.HybridIdentity.generate()
    vault = Vault(work / "data", work_factor=10)
    vault.create("chair", "purple kettle seven", identity=identity)
    inbox = work / "inbox"
    inbox.mkdir()
    first = write_every_kind(
        inbox / "conference-2026-12-03-wxyz.voice", identity.recipient(), media
    )
    write_every_kind(inbox / "conference-2026-12-10-kfpq.voice", identity.recipient(), media)
    write_every_kind(inbox / "conference-2027-01-14-abmr.voice", identity.recipient(), media)
    store = ChairStore(vault)
    store.set_folder(str(inbox))
    store.set_card_details("Jo Bloggs", "Northshire Council")
    store.flush()
    home = ChairHome(vault)
    home.resize(*SIZE)
    home.show()
    QTest.qWaitForWindowExposed(home)

    # Opening: the summary at once, the things waiting for the check.
    shots: dict[str, Path] = {}

    def on_summary(_r: object) -> None:
        shots["checking"] = save(home, out, "checking")

    home.open_file(first)
    assert home.viewer.open_task is not None
    home.viewer.open_task.succeeded.connect(on_summary)
    wait_until(lambda: home.viewer.marks is not None)
    viewer = home.viewer
    ids = {it.title: it.id for it in viewer.opened.manifest.items}  # type: ignore[union-attr]

    def show(title: str, ready: Callable[[], bool]) -> None:
        for i in range(viewer.list.count()):
            if viewer.list.item(i).data(Qt.ItemDataRole.UserRole) == ids[title]:
                viewer.list.setCurrentRow(i)
        wait_until(ready)

    p = viewer.panel
    show("My letter to the meeting", lambda: p.content.currentWidget() is p.letter)
    viewer.marks.set(ids["My letter to the meeting"], read=True)  # type: ignore[union-attr]
    viewer._refresh_row(ids["My letter to the meeting"])
    p.read_box.setChecked(True)
    save(home, out, "letter")
    show("Just for the chair", lambda: "Fridays" in p.letter.toPlainText())
    save(home, out, "chair-only")
    show("My house", lambda: p.content.currentWidget() is p.image)
    save(home, out, "drawing")
    show("How I feel", lambda: p.content.currentWidget() is p.feelings)
    save(home, out, "feelings")
    show("My three houses", lambda: p.content.currentWidget() is p.houses)
    save(home, out, "houses")
    show("Me talking", lambda: p.content.currentWidget() is p.video)
    p.video.player.play()
    wait_until(lambda: p.video.player.position() > 1500)
    p.video.player.pause()
    save(home, out, "video", from_screen=True)
    viewer._show_copies()
    viewer.copies.set_chosen([ids["My house"], ids["My letter to the meeting"]])
    save(home, out, "copies")

    # The summary PDF, page 1 as a picture.
    pdf = work / "summary.pdf"
    dialogs.save_path = lambda *a: str(pdf)  # type: ignore[assignment]
    viewer._show_panel()
    viewer.export_pdf("complete")
    wait_until(lambda: pdf.exists() and viewer.message.tone == "ok")
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf), str(work / "pdf")],
        check=True,
    )
    for n, page in enumerate(sorted(work.glob("pdf*.png")), 1):
        (out / f"chair-summary-pdf-{n}.png").write_bytes(page.read_bytes())
        print(f"saved {out / f'chair-summary-pdf-{n}.png'}")

    viewer.close_bundle()
    home.inbox.refresh()
    wait_until(lambda: home.inbox.status_of(first) == "Opened")
    save(home, out, "inbox")
    home.show_key()
    save(home, out, "key")

    # An error, in one sentence.
    bad = inbox / "conference-2026-12-03-cut.voice"
    bad.write_bytes(first.read_bytes()[:-5000])
    home.open_file(bad)
    wait_until(lambda: home.inbox.message.isVisible())
    save(home, out, "error")
    assert file_key(first)
    home.close()
    vault.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
