"""Every entry point of issue 15, fuzzed: command-line arguments, database URLs, meeting
files, CSV and XLSX files, the declaration's fields, the forms' fields and restore files.

Whatever the input, the entry point succeeds, or says why with exit code 1 or 2: never exit
code 70, a traceback or an exception, and a refused input leaves every table as it was
(``fuzz_workspace.judge``). The fuzzers are those of ``benchmarks/fuzz.py``; the inputs
they found crashing are the named tests of ``test_found_by_fuzzing.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_targets import TARGETS, Target
from fuzz_workspace import Workspace
from hypothesis import given


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_an_entry_point_succeeds_or_says_why_and_writes_nothing_half(
    target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(tmp_path / "fuzz")
    # Relative paths among the generated arguments land in the workspace.
    monkeypatch.chdir(workspace.files)

    @given(target.inputs)
    def entry_point_holds(example: object) -> None:
        verdict = target.run(workspace, example)
        assert verdict.acceptable, verdict.detail

    entry_point_holds()
