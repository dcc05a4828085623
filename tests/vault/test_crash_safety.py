"""kill -9 during autosave: the vault always opens, with each item old or new."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from voiceapp.core.vault import Vault

from .conftest import FAST, PASSPHRASE, details

WRITER = textwrap.dedent(
    """
    import sys
    from voiceapp.core.vault import Vault
    root, case_id, item_id, passphrase = sys.argv[1:5]
    v = Vault(root, work_factor=int(sys.argv[5]))
    v.unlock(passphrase)
    item = [i for i in v.items(case_id) if i.id == item_id][0]
    print("ready", flush=True)
    n = int(item.title.split()[-1])
    while True:  # autosave as fast as it can, each version one larger
        n += 1
        content = f"content {n} ".encode() * 5000
        v.save_item(case_id, item.with_changes(title=f"version {n}"), content)
        print(n, flush=True)
    """
)


def test_kill_minus_nine_during_autosave(tmp_path: Path) -> None:
    """50 kills at random moments: every time, the item is the last or the one before."""
    root = tmp_path / "data"
    with Vault(root, work_factor=FAST) as v:
        v.create("helper", PASSPHRASE)
        case = v.add_case(details())
        item = v.new_item(case.id, "letter", "version 0", b"content 0 " * 5000)
    rng = random.Random(1234)
    for _ in range(50):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root), case.id, item.id, PASSPHRASE, str(FAST)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 6)):
            proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        printed = [int(line) for line in proc.stdout.read().split()]
        with Vault(root, work_factor=FAST) as v:
            assert not list(root.rglob("*.part")), "opening clears interrupted writes"
            v.unlock(PASSPHRASE)
            info, content = v.read_item(case.id, item.id)
            n = int(info.title.split()[-1])
            assert content == f"content {n} ".encode() * 5000  # details and content agree
            if printed:  # a save reported as done is never lost; at most one more landed
                assert printed[-1] <= n <= printed[-1] + 1
