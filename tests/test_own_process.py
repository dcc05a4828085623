"""The ``own_process`` marker (tests/conftest.py) really runs a test in a new Python
and reports that run's outcome as the test's own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import CHILD

pytest_plugins = ["pytester"]


@pytest.mark.own_process
def test_a_marked_test_runs_in_a_child_of_its_own(request: pytest.FixtureRequest) -> None:
    """The body of a marked test runs only in the child started for it, never in the
    process that runs the rest of the suite."""
    assert os.environ.get(CHILD) == request.node.nodeid


def test_the_childs_failure_is_the_tests_failure(pytester: pytest.Pytester) -> None:
    """A marked test that fails in its child fails in the main run, once, with the
    child's own assertion in the report; one that passes there passes."""
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(
        test_child="""
import os
import pytest

@pytest.mark.own_process
def test_fails_alone():
    assert os.getpid() < 0, "the child's own words"

@pytest.mark.own_process
def test_passes_alone():
    assert os.environ["VOICEAPP_TEST_OWN_PROCESS"].endswith("test_passes_alone")
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the child's own words*"])
