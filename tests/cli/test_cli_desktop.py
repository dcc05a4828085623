"""install-desktop: a double-click on a .voice file opens My Voice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "voiceapp", "install-desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_registers_type_entry_and_default(tmp_path: Path) -> None:
    """*.voice becomes our MIME type, the entry runs 'voiceapp open', and it is the default."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mimeapps.list").write_text(
        "[Default Applications]\ntext/plain=gedit.desktop\n"
    )
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    entry = (tmp_path / "data" / "applications" / "voiceapp.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split('" open')[0].strip('"')
    assert exec_line.endswith(" open %f") and Path(program).is_absolute() and Path(program).exists()
    assert "MimeType=application/x-voiceapp-bundle;" in entry
    defaults = (tmp_path / "config" / "mimeapps.list").read_text()
    assert "application/x-voiceapp-bundle=voiceapp.desktop" in defaults
    assert "text/plain=gedit.desktop" in defaults  # other choices kept
    assert shutil.which("update-mime-database"), "shared-mime-info is needed"
    globs = (tmp_path / "data" / "mime" / "globs2").read_text()
    assert "application/x-voiceapp-bundle:*.voice" in globs
    again = _run(tmp_path)  # safe to repeat
    assert again.returncode == 0
    assert (tmp_path / "config" / "mimeapps.list").read_text().count("x-voiceapp-bundle") == 1
