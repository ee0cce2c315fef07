"""Fuzz every entry point of issue 15 with many examples and print what came of them.

    PYTHONPATH=. .venv/bin/python benchmarks/fuzz.py --examples 10000 [--seed 15]
        [--only "CSV files"] [--minutes-per-entry-point 30]

For each entry point (``fuzz_targets.TARGETS``) Hypothesis generates inputs, each run on a
fresh copy of a database holding the sample meeting; the table counts the examples tried,
those that succeeded, those refused with a message (exit code 1 or 2), crashes (exit code
70, a traceback, an exception, a password shown) and partial writes (refused, yet the
tables changed). Every crash and partial write is printed below the table with its input.
Done when both columns are zero. The test suite runs the same fuzzers with few examples
(tests/fuzzing/).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fuzz_targets import TARGETS, Target
from fuzz_workspace import Outcome, Verdict, Workspace
from hypothesis import HealthCheck, Phase, given, seed, settings


class _TimeUp(BaseException):
    """An entry point's time is up: stops Hypothesis at once (it stops for any exception
    that is not an Exception) rather than generating the examples left for nothing."""


@dataclass
class Tally:
    name: str
    counts: Counter[Outcome] = field(default_factory=Counter)
    failures: list[tuple[Any, Verdict]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def tried(self) -> int:
        return sum(self.counts.values())


def fuzz(target: Target, workspace: Workspace, examples: int, at: int, minutes: float) -> Tally:
    tally = Tally(target.name)
    started = time.monotonic()
    deadline = started + minutes * 60

    @seed(at)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(target.inputs)
    def one(example: Any) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        verdict = target.run(workspace, example)
        tally.counts[verdict.outcome] += 1
        if not verdict.acceptable:
            tally.failures.append((example, verdict))
        if tally.tried % 500 == 0:  # a long run shows how far it is
            counts = {o.value: n for o, n in tally.counts.items()}
            print(f"  {target.name}: {tally.tried} {counts}", file=sys.stderr, flush=True)

    with contextlib.suppress(_TimeUp):
        one()
    tally.seconds = time.monotonic() - started
    return tally


def print_table(tallies: list[Tally]) -> None:
    print(
        f"{'entry point':<24} {'examples':>9} {'success':>8} {'messages':>9} {'crashes':>8} "
        f"{'partial writes':>15} {'seconds':>8}"
    )
    for t in tallies:
        c = t.counts
        print(
            f"{t.name:<24} {t.tried:>9} {c[Outcome.SUCCESS]:>8} {c[Outcome.MESSAGE]:>9} "
            f"{c[Outcome.CRASH]:>8} {c[Outcome.PARTIAL_WRITE]:>15} {t.seconds:>8.0f}"
        )
    for t in tallies:
        for example, verdict in t.failures[:5]:
            print(f"\n{t.name}: {verdict.outcome.value}: {example!r}\n{verdict.detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="per entry point")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--only", action="append", help="an entry point's name (repeatable)")
    parser.add_argument(
        "--minutes-per-entry-point",
        type=float,
        default=float("inf"),
        help="stop an entry point's run after this long (the table says how many ran)",
    )
    arguments = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    targets = [t for t in TARGETS if not arguments.only or t.name in arguments.only]
    tallies = []
    with tempfile.TemporaryDirectory(prefix="anmc-fuzz-") as folder:
        os.environ["ANMC_HOME"] = str(Path(folder) / "home")
        os.environ.pop("ANMC_DATABASE_URL", None)
        workspace = Workspace(Path(folder) / "work")
        os.chdir(workspace.files)
        for target in targets:
            tally = fuzz(
                target,
                workspace,
                arguments.examples,
                arguments.seed,
                arguments.minutes_per_entry_point,
            )
            tallies.append(tally)
            print(f"# {target.name}: {tally.tried} examples, {dict(tally.counts)}", flush=True)
    print_table(tallies)
    failed = sum(t.counts[Outcome.CRASH] + t.counts[Outcome.PARTIAL_WRITE] for t in tallies)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
