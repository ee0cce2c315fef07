"""How each of ``scale.py``'s figures grows from 20,000 to 100,000 persons, over one or more
rounds, beside how the bare library doing the same work grows in the same rounds.

Five times the persons may take at most five times as long (linear). On this kind of
machine the bare libraries themselves grow 4.9 to 6.1 times (a sort, SQLite's B-trees, and
working sets that fit the processor's caches at 20,000 persons but not at 100,000), and one
run's growth of the same job moved by up to 0.8 from one run to the next. So a figure is
judged on the median of its growths over the rounds (each round measured size after size,
so the machine's drift stays out of it): linear if at most five times; "as the bare" if
over that, but no more than the median growth of its bare library over the same rounds
(our code then adds no growth of its own); else NO.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass

from measured import Figure


@dataclass(frozen=True)
class Growth:
    """One figure's growth over the rounds: its median, least and most, and the median
    of its bare library's (None if it has none)."""

    name: str
    small: float  # the median round's figures, at the smaller size and the larger
    large: float
    median: float
    least: float
    most: float
    bare_median: float | None

    def verdict(self, factor: float) -> str:
        if self.median <= factor:
            return "yes"
        if self.bare_median is not None and self.median <= self.bare_median:
            return "as the bare"
        return "NO"


def median_round(rounds: list[list[Figure]]) -> list[Figure]:
    """Each figure as measured in the round whose value of it is the median (the lower
    one of an even number of rounds): its ratio and target then stay those of one run."""
    by_name: dict[str, list[Figure]] = {}
    for figures in rounds:
        for figure in figures:
            by_name.setdefault(figure.name, []).append(figure)
    chosen = []
    for measured in by_name.values():
        middle = statistics.median_low(figure.ours for figure in measured)
        chosen.append(next(figure for figure in measured if figure.ours == middle))
    return chosen


_Pair = tuple[float, float, float | None, float | None]


def _pairs(small: list[Figure], large: list[Figure]) -> dict[str, _Pair]:
    """(small, large, bare small, bare large) by name for each figure measured at both
    sizes, and its peak memory as a figure of its own (the bare's peak its bare)."""
    by_name = {figure.name: figure for figure in small}
    pairs: dict[str, _Pair] = {}
    for figure in large:
        before = by_name.get(figure.name)
        if before is None:
            continue
        pairs[f"{figure.name} ({figure.unit})"] = (before.ours, figure.ours, before.base,
                                                   figure.base)  # fmt: skip
        if figure.peak_mb is not None and before.peak_mb is not None:
            peaks = (before.base_peak_mb, figure.base_peak_mb)
            pairs[f"{figure.name}: peak MB"] = (before.peak_mb, figure.peak_mb, *peaks)
    return pairs


def _growth(before: float | None, after: float | None) -> float | None:
    if before is None or after is None:
        return None
    return after / before if before > 0 else float("nan")


def growths(small_rounds: list[list[Figure]], large_rounds: list[list[Figure]]) -> list[Growth]:
    """Each figure's growth from the smaller size to the larger in every round (the two
    sizes of a round measured one right after the other), summed up over the rounds: the
    median (the higher one of an even number of rounds), with the figures of its round."""
    per_round = [_pairs(s, lg) for s, lg in zip(small_rounds, large_rounds, strict=True)]
    found = []
    for name in per_round[0]:
        rounds = [pairs[name] for pairs in per_round if name in pairs]
        ours = [after / before if before > 0 else float("nan") for before, after, *_ in rounds]
        bare = [g for _, _, *base in rounds if (g := _growth(*base)) is not None]
        median = statistics.median_high(ours)
        small, large, *_ = rounds[ours.index(median)]
        found.append(Growth(name, small, large, median, min(ours), max(ours),
                            statistics.median(bare) if bare else None))  # fmt: skip
    return found


def print_growth(small_rounds: list[list[Figure]], large_rounds: list[list[Figure]],
                 sizes: tuple[int, int]) -> None:  # fmt: skip
    factor = sizes[1] / sizes[0]
    count = len(small_rounds)
    spread = f"  {f'least-most of {count}':<18}" if count > 1 else ""
    print(f"\n{'figure':<48}{sizes[0]:>10,}{sizes[1]:>10,}{'growth':>9}{spread}  "
          f"linear ({factor:g}x)?  bare's growth")  # fmt: skip
    for growth in growths(small_rounds, large_rounds):
        span = f"{growth.least:.2f}-{growth.most:.2f}x"
        least_most = f"  {span:<18}" if count > 1 else ""
        bare = f"{growth.bare_median:>8.2f}x" if growth.bare_median is not None else ""
        verdict = growth.verdict(factor)
        print(f"{growth.name:<48}{growth.small:>10.3f}{growth.large:>10.3f}"
              f"{growth.median:>8.2f}x{least_most}  {verdict:<17}{bare}")  # fmt: skip
    if count > 1:
        print(
            f"growth: the median of {count} rounds (bare's too); the figures at each size "
            "are those of the round of the median growth"
        )
    sys.stdout.flush()
