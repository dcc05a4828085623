""" "Add something made elsewhere": every kind checked by its bytes, made ready in
memory (pictures re-encoded without metadata, recordings remuxed or converted),
with progress and a Stop button, and a friendly sentence for anything else."""

from __future__ import annotations

import io
from pathlib import Path

import av
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from tests import media_samples
from voiceapp.core.bundle.media import OGG_OPUS, WEBM, sniff
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.import_page import ImportPage

from .conftest import WAIT, Driver, Places
from .content import mp4_with_tags, noisy_wav, ogg_with_tags


@pytest.fixture
def sam(helper: Driver) -> Driver:
    helper.add_case("Sam")
    return helper


def stored(driver: Driver, title: str) -> tuple[object, bytes]:
    page = driver.wait_page(CasePage)
    vault = driver.window.vault
    item = next(i for i in vault.items(page.case.id) if i.title == title)
    return vault.read_item(page.case.id, item.id)


def test_photo_of_a_drawing_loses_its_location_and_camera(sam: Driver, places: Places) -> None:
    """A phone photo (JPEG with GPS and camera model in EXIF) is kept as a clean JPEG,
    turned upright, with no metadata; its preview is made in memory."""
    photo = places.elsewhere / "IMG_0042.jpg"
    photo.write_bytes(media_samples.jpeg_with_gps())
    page = sam.add_file(photo, "My drawing")
    info, content = stored(sam, "My drawing")
    assert info.kind == "picture"
    assert b"SecretPhone" not in content and b"Exif" not in content
    with Image.open(io.BytesIO(content)) as img:
        assert img.format == "JPEG" and img.size == (60, 80)  # upright
        assert not img.getexif()
    card = page.items.cards[0]
    assert card.picture.pixmap() is not None and not card.picture.pixmap().isNull()


def test_letter_recording_and_video(sam: Driver, places: Places) -> None:
    """A UTF-8 letter is kept as written; Opus in Ogg and VP9+Opus in WebM are copied
    into clean containers (tags gone), with their lengths."""
    letter = places.elsewhere / "letter.txt"
    letter.write_bytes("\ufeffI want to stay with Nan ✓\r\n".encode())
    sam.add_file(letter, "Letter", words="written-by-helper")
    info, content = stored(sam, "Letter")
    assert (info.kind, info.words) == ("letter", "written-by-helper")
    assert content == "I want to stay with Nan ✓\r\n".encode()

    voice = places.elsewhere / "voice.ogg"
    voice.write_bytes(ogg_with_tags(1.0))
    sam.add_file(voice, "Voice", audience="chair-only")
    info, content = stored(sam, "Voice")
    assert (info.kind, info.audience) == ("audio", "chair-only")
    assert info.duration_s == pytest.approx(1.0, abs=0.05)
    assert sniff(OGG_OPUS, content[:4096], content[-2:])
    assert b"Jamie Example" not in content and b"Secret title" not in content

    video = places.elsewhere / "clip.webm"
    video.write_bytes(media_samples.webm(1.0))
    page = sam.add_file(video, "Clip")
    info, content = stored(sam, "Clip")
    assert info.kind == "video" and sniff(WEBM, content[:4096], content[-2:])
    assert info.duration_s == pytest.approx(1.0, abs=0.1)
    clip = next(c for c in page.items.cards if c.preview.item.title == "Clip")
    assert clip.preview.image is not None  # the first frame, in memory


def test_other_recordings_are_converted_with_progress(
    qtbot: QtBot, sam: Driver, places: Places
) -> None:
    """A WAV becomes Opus in Ogg and an MP4 (MPEG-4 + AAC, with a location tag) becomes
    VP9 + Opus in WebM, in memory; progress reaches the bar."""
    wav = places.elsewhere / "voice.wav"
    wav.write_bytes(noisy_wav(1, seconds=2.0))
    sam.add_file(wav, "Converted voice")
    info, content = stored(sam, "Converted voice")
    assert info.kind == "audio" and info.duration_s == pytest.approx(2.0, abs=0.05)
    with av.open(io.BytesIO(content)) as c:
        assert c.format.name == "ogg" and c.streams.audio[0].codec_context.name == "opus"

    mp4 = places.elsewhere / "interview.mp4"
    mp4.write_bytes(mp4_with_tags(2.0))
    page = sam.wait_page(CasePage)
    sam.click(page.add_item)
    adder = sam.wait_page(ImportPage)
    seen: list[int] = []
    adder.progress.valueChanged.connect(seen.append)
    sam.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(mp4))
    with qtbot.waitSignal(adder.prepared, timeout=120_000):
        sam.click(adder.choose)
    assert seen and max(seen) == 1000
    assert adder.ready is not None and adder.ready.kind == "video"
    content = adder.ready.content
    assert b"Secret title" not in content and b"51.5074" not in content
    with av.open(io.BytesIO(content)) as c:
        assert {s.codec_context.name for s in c.streams} == {"vp9", "opus"}
    with qtbot.waitSignal(adder.added, timeout=WAIT):
        sam.click(adder.add)


def test_stop_while_converting_adds_nothing(qtbot: QtBot, sam: Driver, places: Places) -> None:
    """Stop during a long conversion ends it; nothing is added and nothing is shown
    as an error."""
    mp4 = places.elsewhere / "long.mp4"
    mp4.write_bytes(mp4_with_tags(30.0, size=(640, 480)))
    page = sam.wait_page(CasePage)
    sam.click(page.add_item)
    adder = sam.wait_page(ImportPage)
    sam.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(mp4))
    sam.click(adder.choose)
    task = adder._task
    assert task is not None
    with qtbot.waitSignal(task.progress, timeout=WAIT):
        pass
    with qtbot.waitSignal(task.failed, timeout=WAIT):
        sam.click(adder.stop)
    assert adder.steps.currentWidget() is adder.choose_page
    assert not adder.alert.isVisible() and adder.ready is None
    sam.click(adder.back)
    page = sam.wait_page(CasePage)
    assert page.shown == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40),
        ("empty.txt", b""),
        ("huge.txt", b"a" * (300 * 1024)),
    ],
)
def test_files_that_cannot_be_added_say_so(
    qtbot: QtBot, sam: Driver, places: Places, name: str, data: bytes
) -> None:
    """A file that is not a picture, letter, recording or video (or is empty, or too
    long a letter) gives one friendly sentence, and the helper can choose again."""
    path = places.elsewhere / name
    path.write_bytes(data)
    page = sam.wait_page(CasePage)
    sam.click(page.add_item)
    adder = sam.wait_page(ImportPage)
    sam.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(path))
    with qtbot.waitSignal(adder._jobs.idle, timeout=WAIT):
        sam.click(adder.choose)
    assert adder.alert.isVisible()
    assert adder.alert.text() in (
        "This file is not a kind My Voice can include. Choose a drawing, letter, recording, video, picture or page.",  # noqa: E501
        "This is too much to send in one file. Leave out a long video or recording and try again.",
    )
    assert adder.steps.currentWidget() is adder.choose_page and adder.choose.isVisible()


def test_who_may_see_and_remove_on_the_young_persons_page(
    qtbot: QtBot, sam: Driver, places: Places
) -> None:
    """On the young person's page each thing says who may see it in plain words; the
    helper can change that, or remove the thing after a clear question."""
    letter = places.elsewhere / "letter.txt"
    letter.write_text("Hello", encoding="utf-8")
    page = sam.add_file(letter, "Hello letter")
    card = page.items.cards[0]
    assert card.audience.text() == "Everyone at the meeting may see this"
    assert card.words.text() == "In Sam's own words"
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        sam.click(card.change)
    card = page.items.cards[0]
    assert card.audience.text() == "Only the chair may see this"
    assert page.shown[0].item.audience == "chair-only"
    sam.click(card.remove)
    assert page._dialog is not None and "cannot be brought back" in page._dialog.message.text()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        sam.click(page._dialog.action)
    assert page.items.cards == [] and page.empty.isVisible()


def test_no_file_dialog_choice_changes_nothing(sam: Driver, places: Places) -> None:
    """Cancelling the file window leaves the page as it was."""
    page = sam.wait_page(CasePage)
    sam.click(page.add_item)
    adder = sam.wait_page(ImportPage)
    sam.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: "")
    sam.click(adder.choose)
    assert adder.steps.currentWidget() is adder.choose_page and not adder.alert.isVisible()


def test_the_unreadable_file_itself(sam: Driver, tmp_path: Path) -> None:
    """A file that vanished between choosing and reading gives the USB-stick sentence."""
    page = sam.wait_page(CasePage)
    sam.click(page.add_item)
    adder = sam.wait_page(ImportPage)
    with sam.qtbot.waitSignal(adder._jobs.idle, timeout=WAIT):
        adder.import_path(str(tmp_path / "gone.png"))
    assert "no longer there" in adder.alert.text()
