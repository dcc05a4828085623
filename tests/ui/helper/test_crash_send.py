"""kill -9 while sending: never a partial .voice at the target, and the vault opens.

A child process packs a case exactly as the send step does (``packing.pack``:
the core's BundleWriter behind a temporary file, fsync and rename), over and
over, printing a line at every megabyte and after every bundle. The parent
kills it after a random number of lines, 60 times, so the kills land before,
during and after packing, in the fsync and around the rename.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tests import media_samples
from voiceapp.core import age, keycard
from voiceapp.core.bundle import Bundle
from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.helper.packing import STALE_PART, clean_stale_parts

from .conftest import FAST, PASSPHRASE

KILLS = 60
REPO = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from voiceapp.core import keycard
    from voiceapp.core.bundle import BundleInfo
    from voiceapp.core.vault import Vault
    from voiceapp.ui.helper.packing import pack

    root, case_id, target, passphrase, factor = sys.argv[1:6]
    vault = Vault(root, work_factor=int(factor))
    vault.unlock(passphrase)
    case = vault.get_case(case_id)
    card = keycard.parse(case.details.key_cards[0])
    info = BundleInfo(case.details.age_band, case.details.conference_date, name="Sam")
    items = vault.items(case_id)
    print("ready", flush=True)
    while True:
        path = pack(vault, case_id, items, [card.recipient], info, Path(target),
                    progress=lambda n: print("p", n, flush=True))
        print("done", path.name, flush=True)
        os.unlink(path)  # the next round writes a new one
    """
)


def test_kill_minus_nine_while_sending(tmp_path: Path) -> None:
    """60 kills at random moments of packing: every .voice at the target is complete
    and verifies with the chair's key; stale partial files are only ever hidden
    .part files, which the next send clears; the vault always opens and reads."""
    root, target = tmp_path / "data", tmp_path / "usb"
    target.mkdir()
    chair = age.HybridIdentity.generate()
    card = keycard.KeyCard.make("Jo Bloggs", "Council", chair.recipient().to_string())
    with Vault(root, work_factor=FAST) as vault:
        vault.create("helper", PASSPHRASE)
        case = vault.add_case(
            CaseDetails(
                "Sam", "8-12", dt.date.today() + dt.timedelta(days=9), key_cards=(card.to_text(),)
            )
        )
        for n in range(3):
            audio = media_samples.ogg_opus(0.5) + os.urandom(3 << 20)
            vault.new_item(case.id, "audio", f"voice {n}", audio, duration_s=0.5)
        vault.new_item(case.id, "letter", "letter", "Please listen. ✓".encode())
        expected = {i.title: vault.read_item(case.id, i.id)[1] for i in vault.items(case.id)}

    rng = random.Random(20261122)
    lines_per_round = 4 * 3 + 2  # about one per MiB, and "done"
    stale_seen = 0
    complete_seen = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), case.id, str(target), PASSPHRASE, str(FAST)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 2 * lines_per_round)):
            proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()

        for path in target.iterdir():
            if path.suffix == ".voice":  # only ever a whole bundle
                complete_seen += 1
                with Bundle.open(path, [chair]) as bundle:
                    bundle.verify()
                    got = {i.title: bundle.read_item(i.id) for i in bundle.manifest.items}
                assert got == expected
                path.unlink()
            else:
                assert STALE_PART.match(path.name), path.name
                stale_seen += 1
        with Vault(root, work_factor=FAST) as vault:  # opens, unlocks, reads
            vault.unlock(PASSPHRASE)
            assert vault.get_case(case.id).details.chosen_name == "Sam"
            assert {i.title for i in vault.items(case.id)} == set(expected)

    clean_stale_parts(target)
    assert list(target.iterdir()) == []
    print(f"{KILLS} kills: {stale_seen} stale parts cleared, {complete_seen} complete bundles")
    assert stale_seen > 0  # the kills did land mid-write
