"""Rules about the project as a whole: layering, lint, types, and the two commands."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORE = REPO / "voiceapp" / "core"
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")


def run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_core_source_never_imports_qt() -> None:
    """No file under voiceapp/core imports Qt (the core stays usable without a screen)."""
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                if name.split(".")[0] in QT_PACKAGES:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    """Importing every voiceapp.core module (and the CLI) in a fresh Python loads no Qt."""
    code = f"""
import importlib, pkgutil, sys
import voiceapp.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "voiceapp.core.")]
for name in names:
    importlib.import_module(name)
import voiceapp.cli
qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT_PACKAGES!r})
print(len(names), qt)
sys.exit(1 if qt or not names else 0)
"""
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    """`ruff check voiceapp tests` reports nothing (rules in pyproject.toml)."""
    result = run(sys.executable, "-m", "ruff", "check", "--no-cache", "voiceapp", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_core() -> None:
    """`mypy` (strict, files from pyproject.toml: voiceapp/core) finds no type errors."""
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_ui() -> None:
    """`mypy voiceapp/ui` (same strict settings) finds no type errors."""
    result = run(sys.executable, "-m", "mypy", "voiceapp/ui")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_test_command_the_readme_gives() -> None:
    """.ci/run ends with the README's test command, so CI and newcomers run the same thing."""
    lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
    assert commands[-1] == "bash scripts/test.sh"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert commands[-1] in readme
    assert "bash scripts/start.sh" in readme


def test_shell_scripts_parse() -> None:
    """Every script under scripts/ and .ci/run is valid bash."""
    scripts = [*sorted((REPO / "scripts").glob("*.sh")), REPO / ".ci" / "run"]
    for script in scripts:
        result = run("bash", "-n", str(script))
        assert result.returncode == 0, f"{script}: {result.stderr}"
