"""Tests that need a process of their own: ``@pytest.mark.own_process``.

PortAudio reads the list of microphones once per process, and re-reads it only
when no stream is open. A test that kills its sound server mid-recording can
leave a stream that libpulse never lets close (see
``voiceapp.core.recording.devices.close_stream``); from then on that process
keeps the old list. So a test that may leave such a stream, and a test whose
answer depends on a fresh list (no sound server at all), is marked
``own_process``: pytest runs it again, alone, in a new Python, and reports that
run's outcome (and, on failure, its output) as the test's own. Its fixtures
are set up in the main process too (cheap: an environment, a sound server),
but its body runs only in the child.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

CHILD = "VOICEAPP_TEST_OWN_PROCESS"  # set, in the child, to the test it runs
CHILD_TIMEOUT = 600  # seconds; the child is a whole pytest run of one test


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "own_process: run this test alone in a new Python (see tests/conftest.py)"
    )


def _failure_alone(item: pytest.Function) -> str | None:
    """Run ``item`` in a child pytest: None if it passed there, else what it printed."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", item.nodeid]
    try:
        child = subprocess.run(
            command,
            cwd=item.config.rootpath,
            env={**os.environ, CHILD: item.nodeid},
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired as expired:
        printed = expired.stdout or ""
        if isinstance(printed, bytes):  # what was read before the limit may be undecoded
            printed = printed.decode(errors="replace")
        return f"the test did not finish in {CHILD_TIMEOUT} s:\n{printed}"
    if child.returncode == 0 and re.search(r"\b1 passed\b", child.stdout):
        return None
    return f"in its own process (exit code {child.returncode}):\n{child.stdout}{child.stderr}"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A marked test's body runs in its child; here it passes or fails as the child did."""
    marked = pyfuncitem.get_closest_marker("own_process") is not None
    if not marked or os.environ.get(CHILD) == pyfuncitem.nodeid:
        return None  # an ordinary test, or this is the child: run the body here
    failure = _failure_alone(pyfuncitem)
    if failure is not None:
        pytest.fail(failure, pytrace=False)
    return True
