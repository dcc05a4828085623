"""Fixtures for the interoperability tests against real peer implementations.

Peers:
- the Debian ``age`` / ``age-keygen`` tools (Go reference implementation, 1.1.x:
  X25519, scrypt, armor; no post-quantum keys);
- the npm ``age-encryption`` package (typage), driven by Node through
  ``tests/peers/age-js.mjs`` (X25519, mlkem768x25519 hybrid, scrypt, armor).

A missing peer is a FAILURE, never a skip: ``bash scripts/test.sh`` installs
them (Debian packages ``age nodejs npm``, ``npm ci --prefix tests/peers``, and,
where the system's Node.js is older than 20.19, Node.js 20 from the npm registry
into ``tests/peers/node-runtime``), and a developer machine must have them too.

Everything here runs real processes; nothing is mocked. Helpers are handed to
tests as fixtures (no imports between test modules), so the test files stay
independent of pytest's import mode.
"""

from __future__ import annotations

import os
import pty
import random
import select
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PEERS_DIR = REPO / "tests" / "peers"
AGE_JS_SCRIPT = PEERS_DIR / "age-js.mjs"
# Node.js 20 fetched by scripts/setup.sh when the system's node is too old; used
# in preference to ``node`` on PATH whenever it is there.
NODE_RUNTIME = PEERS_DIR / "node-runtime" / "node_modules" / ".bin" / "node"
NODE_HINT = (
    "Run `bash scripts/setup.sh test` (or scripts/test.sh): it installs Node.js, and "
    "when the system's is older than 20.19 it fetches Node.js 20 into tests/peers/node-runtime."
)

# One process of any peer must never take this long; a hang is a failure.
PROCESS_TIMEOUT = 120.0

# A passphrase with spaces and non-ASCII characters: every implementation must
# feed the same UTF-8 bytes to scrypt.
PASSPHRASE = "correct horse \u2713 battery st\u00e4ple"


# --------------------------------------------------------------------------- #
# Running processes
# --------------------------------------------------------------------------- #


def _describe(argv: Sequence[str]) -> str:
    return " ".join(str(a) for a in argv)


@dataclass(frozen=True)
class Tool:
    """A command-line program, with a fixed argv prefix (e.g. ``node age-js.mjs``)."""

    name: str
    prefix: tuple[str, ...]

    def argv(self, *args: str | os.PathLike[str]) -> list[str]:
        return [*self.prefix, *(os.fspath(a) for a in args)]

    def run(
        self,
        *args: str | os.PathLike[str],
        input: bytes | None = None,
        check: bool = True,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run with ``input`` on stdin (empty stdin when None); capture stdout/stderr.

        With ``check`` (the default) a non-zero exit fails the test, showing the
        command line, exit code and stderr.
        """
        argv = self.argv(*args)
        try:
            proc = subprocess.run(
                argv,
                input=input if input is not None else b"",
                capture_output=True,
                cwd=cwd,
                timeout=PROCESS_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"{self.name}: `{_describe(argv)}` did not finish in {PROCESS_TIMEOUT}s")
        if check and proc.returncode != 0:
            pytest.fail(
                f"{self.name}: `{_describe(argv)}` exited {proc.returncode}\n"
                f"stderr:\n{proc.stderr.decode(errors='replace')}"
            )
        return proc

    def run_tty(
        self,
        *args: str | os.PathLike[str],
        answers: Sequence[tuple[str, str]],
        cwd: Path | None = None,
    ) -> tuple[int, str]:
        """Run on a fresh pseudo-terminal (its controlling terminal), as a person would.

        ``answers`` is a list of ``(prompt, reply)``: when the text ``prompt`` has
        appeared on the terminal, ``reply`` is typed followed by Enter. This is how
        ``age -p`` and passphrase-protected identities are driven: ``age`` reads
        passphrases only from a terminal (/dev/tty). Returns (exit code, everything
        the program wrote to the terminal). Fails the test if a prompt never came or
        the program hangs.
        """
        argv = self.argv(*args)
        pid, fd = pty.fork()
        if pid == 0:  # child: the pty is now stdin/stdout/stderr and /dev/tty
            try:
                if cwd is not None:
                    os.chdir(cwd)
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        screen = b""
        searched_to = 0
        pending = list(answers)
        deadline = time.monotonic() + PROCESS_TIMEOUT
        try:
            while True:
                left = deadline - time.monotonic()
                ready, _, _ = select.select([fd], [], [], max(left, 0))
                if not ready:
                    os.kill(pid, 9)
                    pytest.fail(
                        f"{self.name}: `{_describe(argv)}` hung on its terminal; "
                        f"waiting for {pending[:1]!r}; screen so far: {screen!r}"
                    )
                try:
                    data = os.read(fd, 4096)
                except OSError:  # EIO: the child closed its side
                    break
                if not data:
                    break
                screen += data
                if pending:
                    prompt = pending[0][0].encode()
                    at = screen.find(prompt, searched_to)
                    if at >= 0:
                        searched_to = at + len(prompt)
                        os.write(fd, pending.pop(0)[1].encode() + b"\r")
        finally:
            _, status = os.waitpid(pid, 0)
            os.close(fd)
        text = screen.decode(errors="replace")
        if pending:
            pytest.fail(
                f"{self.name}: `{_describe(argv)}` never showed the prompt "
                f"{pending[0][0]!r}; terminal output: {text!r}"
            )
        return os.waitstatus_to_exitcode(status), text


def _require_executable(name: str, hint: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"interop peer `{name}` is not installed (not on PATH). {hint} "
            "These tests must not be skipped: install the peer.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def age_tool() -> Tool:
    """The reference ``age`` command (Debian package ``age``)."""
    return Tool("age", (_require_executable("age", "Install it: apt-get install -y age."),))


@pytest.fixture(scope="session")
def age_keygen() -> Tool:
    """The reference ``age-keygen`` command (Debian package ``age``)."""
    path = _require_executable("age-keygen", "Install it: apt-get install -y age.")
    return Tool("age-keygen", (path,))


@pytest.fixture(scope="session")
def age_js() -> Tool:
    """``node tests/peers/age-js.mjs``: the npm age-encryption package as a CLI.

    Subcommands: ``keygen [--pq]``, ``to-recipient FILE``,
    ``encrypt [-r R]... [--passphrase-file F] [-a]``,
    ``decrypt [-i FILE]... [--passphrase-file F]`` (stdin to stdout).
    """
    if NODE_RUNTIME.is_file() and os.access(NODE_RUNTIME, os.X_OK):
        node = str(NODE_RUNTIME)
    else:
        node = _require_executable("node", NODE_HINT)
    if not AGE_JS_SCRIPT.is_file():
        pytest.fail(f"peer script {AGE_JS_SCRIPT} is missing", pytrace=False)
    if not (PEERS_DIR / "node_modules" / "age-encryption" / "package.json").is_file():
        pytest.fail(
            "npm package age-encryption is not installed for the interop peers: "
            "run `npm ci --prefix tests/peers --no-audit --no-fund`. "
            "These tests must not be skipped.",
            pytrace=False,
        )
    node_version = Tool("node", (node,)).run("--version").stdout.decode().strip()
    major, minor = (int(x) for x in node_version.lstrip("v").split(".")[:2])
    if (major, minor) < (20, 19):
        pytest.fail(
            f"Node.js {node_version} ({node}) is too old for age-encryption 0.3, which "
            f"needs 20.19 or newer. {NODE_HINT} These tests must not be skipped.",
            pytrace=False,
        )
    tool = Tool("age-js", (node, str(AGE_JS_SCRIPT)))
    version = tool.run("version").stdout.decode().strip()
    if not version.startswith("0.3."):
        pytest.fail(f"age-encryption {version} installed; tests/peers pins 0.3.x", pytrace=False)
    return tool


@pytest.fixture(scope="session")
def voiceapp() -> Tool:
    """Our command line: the ``voiceapp`` console script of this interpreter.

    Falls back to ``python -m voiceapp`` with the interpreter running pytest.
    ``VOICEAPP_INTEROP_CMD`` (a shell-quoted command) overrides both, e.g. to
    check an installed build.
    """
    override = os.environ.get("VOICEAPP_INTEROP_CMD")
    if override:
        return Tool("voiceapp", tuple(shlex.split(override)))
    script = Path(sys.executable).parent / "voiceapp"
    if script.is_file() and os.access(script, os.X_OK):
        return Tool("voiceapp", (str(script),))
    return Tool("voiceapp", (sys.executable, "-m", "voiceapp"))


# --------------------------------------------------------------------------- #
# Data and keys
# --------------------------------------------------------------------------- #


def make_plaintext(size: int, seed: int = 0) -> bytes:
    """Random bytes, reproducible from (size, seed) so a failure can be replayed."""
    return random.Random(size * 7919 + seed).randbytes(size)


@pytest.fixture(scope="session")
def plaintext():  # type: ignore[no-untyped-def]
    """``plaintext(size, seed=0)``: reproducible random bytes of that size."""
    return make_plaintext


@dataclass(frozen=True)
class Key:
    """An identity file on disk and its recipient string."""

    identity_file: Path
    recipient: str
    secret: str


def identity_lines(path: Path) -> list[str]:
    """The key lines of an identity file (comments and blank lines dropped)."""
    return [
        line.strip()
        for line in path.read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def public_key_comment(path: Path) -> str:
    """The recipient named by an identity file's ``# public key: …`` comment."""
    for line in path.read_text().splitlines():
        if line.startswith("# public key: "):
            return line.removeprefix("# public key: ").strip()
    pytest.fail(f"{path} has no '# public key: ' line:\n{path.read_text()}")


@pytest.fixture(scope="session")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("interop-keys")


def _age_keygen_key(age_keygen: Tool, path: Path) -> Key:
    age_keygen.run("-o", path)
    recipient = age_keygen.run("-y", path).stdout.decode().strip()
    (secret,) = identity_lines(path)
    return Key(path, recipient, secret)


@pytest.fixture(scope="session")
def age_keys(age_keygen: Tool, keys_dir: Path) -> list[Key]:
    """Three X25519 identities made by ``age-keygen`` (shared by the session)."""
    return [_age_keygen_key(age_keygen, keys_dir / f"age-keygen-{n}.txt") for n in range(3)]


@pytest.fixture
def fresh_age_key(age_keygen: Tool, tmp_path: Path) -> Key:
    """A new X25519 identity from ``age-keygen`` for this test only."""
    return _age_keygen_key(age_keygen, tmp_path / "fresh-age-key.txt")


def _js_key(age_js: Tool, path: Path, pq: bool) -> Key:
    out = age_js.run("keygen", *(["--pq"] if pq else [])).stdout.decode().split()
    secret, recipient = out
    path.write_text(f"# made by npm age-encryption\n{secret}\n")
    return Key(path, recipient, secret)


@pytest.fixture(scope="session")
def js_keys(age_js: Tool, keys_dir: Path) -> dict[str, Key]:
    """Identities made by npm age-encryption: ``{"hybrid": …, "x25519": …}``."""
    return {
        "hybrid": _js_key(age_js, keys_dir / "js-hybrid.txt", pq=True),
        "x25519": _js_key(age_js, keys_dir / "js-x25519.txt", pq=False),
    }


def _voiceapp_key(voiceapp: Tool, path: Path, classic: bool) -> Key:
    voiceapp.run("keygen", *(["--classic"] if classic else []), "-o", path)
    recipient = public_key_comment(path)
    (secret,) = identity_lines(path)
    return Key(path, recipient, secret)


@pytest.fixture(scope="session")
def voiceapp_keys(voiceapp: Tool, keys_dir: Path) -> dict[str, Key]:
    """Identities made by ``voiceapp keygen``: ``{"hybrid": …, "x25519": …}``."""
    return {
        "hybrid": _voiceapp_key(voiceapp, keys_dir / "voiceapp-hybrid.txt", classic=False),
        "x25519": _voiceapp_key(voiceapp, keys_dir / "voiceapp-x25519.txt", classic=True),
    }


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    """A file holding PASSPHRASE exactly (UTF-8, no trailing newline)."""
    path = tmp_path / "passphrase.txt"
    path.write_bytes(PASSPHRASE.encode())
    return path


@pytest.fixture(scope="session")
def passphrase() -> str:
    return PASSPHRASE


# --------------------------------------------------------------------------- #
# Checks shared by the tests
# --------------------------------------------------------------------------- #


def assert_clean_failure(proc: subprocess.CompletedProcess[bytes]) -> None:
    """The CLI contract for unusable input: exit 1, exactly one stderr line
    starting ``voiceapp: ``, no traceback."""
    stderr = proc.stderr.decode(errors="replace")
    assert proc.returncode == 1, f"exit {proc.returncode}, want 1; stderr:\n{stderr}"
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, f"want one stderr line, got {len(lines)}:\n{stderr}"
    assert lines[0].startswith("voiceapp: "), stderr
    assert len(lines[0]) > len("voiceapp: "), "the error line says nothing"


@pytest.fixture(scope="session")
def clean_failure():  # type: ignore[no-untyped-def]
    """``clean_failure(proc)``: assert the CLI's exit-1 error contract."""
    return assert_clean_failure
