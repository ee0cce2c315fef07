"""How each of ``scale.py``'s figures grows from 20,000 to 100,000 persons, over one or more
rounds, beside how the bare library doing the same work grows in the same rounds.

Five times the persons may take at most five times as long (linear). On this kind of
machine the bare libraries themselves grow 4.9 to 6.1 times (a sort, SQLite's B-trees, and
working sets that fit the processor's caches at 20,000 persons but not at 100,000), and one
run's growth of the same job moved by up to 0.8 from one run to the next. So a figure is
judged over the rounds, each round measured size after size so that the machine's drift
stays out of it:

- "yes": the median of its growths is at most five times;
- "as the bare": over five times, but in the median round it grew no more than its bare
  library did in the same round (the median of ours / bare's growth, round by round, is
  at most 1): the library's own growth, not more of ours;
- "NO": otherwise; "n/a": no growth could be measured (a figure of 0 at 20,000 persons).

One round is one run: ``--rounds 3`` makes the verdicts hold up.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from measured import Figure

T = TypeVar("T")


@dataclass(frozen=True)
class Growth:
    """One figure's growth over the rounds it was measured in (``rounds``): the median
    (the higher one of an even number), least and most, the figures of the round of that
    median; its bare library's median growth, and the median of ours / bare's growth
    round by round (both None without a bare)."""

    name: str
    rounds: int
    small: float
    large: float
    median: float
    least: float
    most: float
    bare_median: float | None
    against_bare: float | None

    def verdict(self, factor: float) -> str:
        if not math.isfinite(self.median):
            return "n/a"
        if self.median <= factor:
            return "yes"
        if self.against_bare is not None and self.against_bare <= 1:
            return "as the bare"
        return "NO"


def _middle(items: Sequence[T], key: Callable[[T], float]) -> T:
    """The item of the median key (the higher one of an even number); keys that are not
    numbers (NaN) sort last."""
    ranked = sorted(items, key=lambda item: (not math.isfinite(key(item)), key(item)))
    return ranked[len(ranked) // 2]


def _judged_value(figure: Figure) -> float:
    """What a figure's target judges: its ratio to the bare library, else its value."""
    return figure.ours / figure.base if figure.base else figure.ours


def median_round(rounds: list[list[Figure]]) -> list[Figure]:
    """Each figure as measured in its median round by what its target judges (its ratio
    to the bare library, or its value): its ratio and verdict stay those of one run."""
    by_name: dict[str, list[Figure]] = {}
    for figures in rounds:
        for figure in figures:
            by_name.setdefault(figure.name, []).append(figure)
    return [_middle(measured, _judged_value) for measured in by_name.values()]


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


def _growth(before: float | None, after: float | None) -> float:
    """after / before; NaN when either is missing or the first is not above 0."""
    if before is None or after is None or not before > 0:
        return math.nan
    return after / before


def growths(small_rounds: list[list[Figure]], large_rounds: list[list[Figure]]) -> list[Growth]:
    """Each figure's growth from the smaller size to the larger in every round that
    measured it at both sizes (one right after the other), summarised over those rounds."""
    per_round = [_pairs(s, lg) for s, lg in zip(small_rounds, large_rounds, strict=True)]
    names = dict.fromkeys(name for pairs in per_round for name in pairs)
    found = []
    for name in names:
        rounds = [pairs[name] for pairs in per_round if name in pairs]
        ours = [_growth(before, after) for before, after, _, _ in rounds]
        bare = [_growth(before, after) for _, _, before, after in rounds]
        measured_bare = [b for b in bare if math.isfinite(b)]
        against = [g / b for g, b in zip(ours, bare, strict=True)
                   if math.isfinite(g) and math.isfinite(b)]  # fmt: skip
        middle = _middle(range(len(rounds)), ours.__getitem__)
        finite = [g for g in ours if math.isfinite(g)] or [math.nan]
        found.append(Growth(name, len(rounds), rounds[middle][0], rounds[middle][1],
                            ours[middle], min(finite), max(finite),
                            _middle(measured_bare, float) if measured_bare else None,
                            _middle(against, float) if against else None))  # fmt: skip
    return found


def print_growth(small_rounds: list[list[Figure]], large_rounds: list[list[Figure]],
                 sizes: tuple[int, int]) -> None:  # fmt: skip
    factor = sizes[1] / sizes[0]
    count = len(small_rounds)
    spread = f"  {'least-most':<18}" if count > 1 else ""
    print(f"\n{'figure':<48}{sizes[0]:>10,}{sizes[1]:>10,}{'growth':>9}{spread}  "
          f"linear ({factor:g}x)?  bare's growth  ours / bare's")  # fmt: skip
    for growth in growths(small_rounds, large_rounds):
        span = f"{growth.least:.2f}-{growth.most:.2f}x"
        if growth.rounds < count:
            span += f" ({growth.rounds} of {count})"
        least_most = f"  {span:<18}" if count > 1 else ""
        bare = ""
        if growth.bare_median is not None and growth.against_bare is not None:
            bare = f"{growth.bare_median:>8.2f}x{growth.against_bare:>15.2f}"
        verdict = growth.verdict(factor)
        print(f"{growth.name:<48}{growth.small:>10.3f}{growth.large:>10.3f}"
              f"{growth.median:>8.2f}x{least_most}  {verdict:<17}{bare}")  # fmt: skip
    if count > 1:
        print(
            f"growth: the median of {count} rounds (bare's too), with the figures of its round; "
            "ours / bare's: the median of the rounds' quotients of the two growths"
        )
    sys.stdout.flush()
