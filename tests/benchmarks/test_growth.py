"""scale.py's growth table: each figure's growth over rounds, judged against five times and
against its bare library's growth in the same rounds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import scale
from growth import Growth, growths, median_round, print_growth
from measured import Figure


def _job(ours: float, bare: float, peak: float = 10, bare_peak: float = 20,
         name: str = "CSV export") -> Figure:  # fmt: skip
    return Figure(name, ours, "s", "csv", bare, "<= 2x", ours / bare <= 2, peak, bare_peak)


def _csv(small: list[list[Figure]], large: list[list[Figure]]) -> Growth:
    return next(g for g in growths(small, large) if g.name == "CSV export (s)")


def test_the_growth_is_the_median_over_the_rounds_beside_the_bare_librarys() -> None:
    small = [[_job(1.0, 1.0)], [_job(1.0, 1.0)], [_job(1.0, 1.0)]]
    large = [[_job(5.8, 5.0)], [_job(5.2, 6.0)], [_job(4.0, 5.5)]]
    csv = _csv(small, large)
    assert (csv.median, csv.least, csv.most, csv.rounds) == (5.2, 4.0, 5.8, 3)
    assert csv.bare_median == 5.5
    # ours / bare's growth in each round: 1.16, 0.87, 0.73
    assert csv.against_bare == pytest.approx(5.2 / 6.0)
    assert (csv.small, csv.large) == (1.0, 5.2)  # the figures of the median round


@pytest.mark.parametrize(
    ("ours", "bare", "verdict"),
    [(4.9, 5.5, "yes"), (5.0, 4.0, "yes"), (5.4, 5.5, "as the bare"), (5.6, 5.5, "NO")],
)
def test_a_growth_over_five_times_is_linear_only_if_the_bare_library_grows_as_much(
    ours: float, bare: float, verdict: str
) -> None:
    assert _csv([[_job(1.0, 1.0)]], [[_job(ours, bare)]]).verdict(5) == verdict


def test_the_bare_library_is_compared_round_by_round_not_median_with_median() -> None:
    # Medians alone (ours 5.5, bare's 5.6) would say "as the bare"; round by round ours
    # grew more than the bare library in two rounds of three.
    small = [[_job(1.0, 1.0)]] * 3
    large = [[_job(5.5, 5.0)], [_job(5.6, 5.5)], [_job(5.4, 5.6)]]
    assert _csv(small, large).verdict(5) == "NO"


def test_a_figure_without_a_bare_library_is_judged_against_five_times_alone() -> None:
    start_up = Figure("window start-up", 0.02, "s", target="< 1 s", met=True)
    (growth,) = growths([[start_up]], [[Figure("window start-up", 0.11, "s")]])
    assert (growth.bare_median, growth.against_bare) == (None, None)
    assert growth.verdict(5) == "NO"


def test_a_figure_of_nothing_at_the_smaller_size_has_no_growth_to_judge() -> None:
    (_, peak) = growths([[_job(1.0, 1.0, peak=0)]], [[_job(5.0, 5.0, peak=30)]])
    assert peak.name == "CSV export: peak MB"
    assert peak.verdict(5) == "n/a"


def test_a_figure_missing_from_a_round_is_judged_on_the_rounds_that_measured_it() -> None:
    xlsx = _job(2.0, 2.0, name="XLSX export")
    small = [[_job(1.0, 1.0)], [_job(1.0, 1.0), xlsx], [_job(1.0, 1.0), xlsx]]
    large = [[_job(5.0, 5.0)], [_job(5.0, 5.0), _job(9.0, 10.0, name="XLSX export")],
             [_job(5.0, 5.0), _job(9.4, 10.0, name="XLSX export")]]  # fmt: skip
    found = {g.name: g for g in growths(small, large)}
    assert found["XLSX export (s)"].rounds == 2
    assert found["XLSX export (s)"].median == pytest.approx(4.7)


def test_each_size_shows_every_figure_as_in_its_median_round_by_its_ratio() -> None:
    rounds = [[_job(3.0, 1.0)], [_job(1.0, 0.4)], [_job(2.0, 1.5)], [_job(2.0, 1.0)]]
    # Ratios 3.0, 2.5, 1.33, 2.0: the higher median of four is 2.5.
    (chosen,) = median_round(rounds)
    assert (chosen.ours, chosen.base) == (1.0, 0.4)


def test_the_table_names_each_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    print_growth([[_job(1.0, 1.0)], [_job(1.0, 1.0)]], [[_job(5.3, 5.6)], [_job(5.5, 5.6)]],
                 (20_000, 100_000))  # fmt: skip
    table = capsys.readouterr().out
    line = next(line for line in table.splitlines() if line.startswith("CSV export (s)"))
    assert "5.50x" in line and "5.30-5.50x" in line and "as the bare" in line
    assert "5.60x" in line and "0.98" in line
    assert "median of 2 rounds" in table


@pytest.mark.parametrize("rounds", ["0", "-2"])
def test_scale_refuses_fewer_than_one_round(
    rounds: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        scale.main(["--rounds", rounds, "--only", "window"])
    assert f"at least 1, not {int(rounds)}" in capsys.readouterr().err
