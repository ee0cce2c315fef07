"""scale.py's tables: issue 21 sets its targets at 100,000 persons, so the rows of the
smaller meeting show each target without saying whether it is met."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from measured import Measured, print_rows, ratio_target


def test_rows_judge_their_targets_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    figure = ratio_target("meeting file import", Measured(2.2, 115), "json", Measured(1.0, 68), 2)
    print_rows([figure], judged=False)
    unjudged = capsys.readouterr().out
    assert "2.20x" in unjudged and "<= 2x" in unjudged and "MET" not in unjudged
    print_rows([figure])
    assert "<= 2x NOT MET" in capsys.readouterr().out
