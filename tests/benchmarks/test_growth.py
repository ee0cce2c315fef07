"""scale.py's growth table: each figure's growth over rounds, judged against five times and
against its bare library's growth in the same rounds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from growth import growths, median_round, print_growth
from measured import Figure


def _job(ours: float, bare: float, peak: float = 10, bare_peak: float = 20) -> Figure:
    return Figure("CSV export", ours, "s", "csv", bare, "<= 2x", ours / bare <= 2, peak,
                  bare_peak)  # fmt: skip


def test_the_growth_is_the_median_over_the_rounds_with_the_bare_libraries_median() -> None:
    small = [[_job(1.0, 1.0)], [_job(1.0, 1.0)], [_job(1.0, 1.0)]]
    large = [[_job(5.8, 5.0)], [_job(5.2, 6.0)], [_job(4.0, 5.5)]]
    csv = next(g for g in growths(small, large) if g.name == "CSV export (s)")
    assert (csv.median, csv.least, csv.most) == (5.2, 4.0, 5.8)
    assert csv.bare_median == 5.5
    assert (csv.small, csv.large) == (1.0, 5.2)  # the figures of the median round


@pytest.mark.parametrize(
    ("ours", "bare", "verdict"),
    [(4.9, 5.5, "yes"), (5.0, 4.0, "yes"), (5.4, 5.5, "as the bare"), (5.6, 5.5, "NO")],
)
def test_a_growth_over_five_times_is_linear_only_if_the_bare_library_grows_as_much(
    ours: float, bare: float, verdict: str
) -> None:
    (growth, _peak) = growths([[_job(1.0, 1.0)]], [[_job(ours, bare)]])
    assert growth.verdict(5) == verdict


def test_a_figure_without_a_bare_library_is_judged_against_five_times_alone() -> None:
    start_up = Figure("window start-up", 0.02, "s", target="< 1 s", met=True)
    (growth,) = growths([[start_up]], [[Figure("window start-up", 0.11, "s")]])
    assert growth.bare_median is None
    assert growth.verdict(5) == "NO"


def test_each_size_shows_every_figure_as_measured_in_its_median_round() -> None:
    rounds = [[_job(3.0, 1.0)], [_job(1.0, 1.0)], [_job(2.0, 1.5)]]
    (chosen,) = median_round(rounds)
    assert (chosen.ours, chosen.base) == (2.0, 1.5)


def test_the_table_names_each_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    print_growth([[_job(1.0, 1.0)], [_job(1.0, 1.0)]], [[_job(5.3, 5.6)], [_job(5.5, 5.4)]],
                 (20_000, 100_000))  # fmt: skip
    table = capsys.readouterr().out
    line = next(line for line in table.splitlines() if line.startswith("CSV export (s)"))
    assert "5.50x" in line and "5.30-5.50x" in line and "as the bare" in line
    assert "median of 2 rounds" in table
