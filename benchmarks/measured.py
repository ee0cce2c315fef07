"""A benchmark's figures: one job timed in a child process of its own, with the peak memory
it added, and the rows ``scale.py`` prints.

The child is forked once the job's input is ready, so that neither the input nor an earlier
job's leftovers count: the child resets its peak resident memory (``VmHWM``, through
``/proc/self/clear_refs``) before the job starts, and reports the seconds and the megabytes
the peak grew by. Ours and the bare library's work are measured the same way.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, astuple, dataclass
from pathlib import Path
from typing import Any

# A job returns nothing, or the seconds of the work it timed itself (e.g. without the
# choosing of fonts that a bare baseline does beforehand).
Job = Callable[[], object]


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float


def status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _run(job: Job, repeat: int) -> Measured:
    # Free memory the parent's heap kept resident would hold the job's first allocations
    # without raising the peak: give it back first, then the peak starts again from here.
    gc.collect()
    ctypes.CDLL(None).malloc_trim(0)
    Path("/proc/self/clear_refs").write_text("5")
    before = status_mb("VmRSS")
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = job()
        own = result if isinstance(result, float) else None
        best = min(best, own if own is not None else time.perf_counter() - started)
    return Measured(best, status_mb("VmHWM") - before)


def in_child(job: Job, repeat: int = 1) -> Measured:
    """The job run ``repeat`` times in a forked child: the best time and the peak memory.
    Close every SQLite connection first: SQLite's locks do not survive a fork."""
    seconds, peak = forked(lambda: list(astuple(_run(job, repeat))))
    return Measured(seconds, peak)


def forked(work: Callable[[], object]) -> Any:
    """``work``'s result (anything json can carry), computed in a forked child, so that
    nothing it allocates stays in this process (the child leaves without running this
    process's clean-up)."""
    reader, writer = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        code = 0
        try:
            os.write(writer, json.dumps(work()).encode())
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    _, code = os.waitpid(pid, 0)
    if code or not data:
        raise RuntimeError("the measured work failed in its child process (see above)")
    return json.loads(data)


@dataclass(frozen=True)
class Figure:
    """One measured figure: ours, and a bare library's (or None), and what is asked."""

    name: str
    ours: float
    unit: str
    baseline: str = ""
    base: float | None = None
    target: str = ""
    met: bool | None = None
    peak_mb: float | None = None  # the peak memory our job added
    base_peak_mb: float | None = None  # and the bare library's


def figures_as_json(figures: Iterable[Figure]) -> list[dict[str, Any]]:
    return [asdict(figure) for figure in figures]


def figures_from_json(rows: list[dict[str, Any]]) -> list[Figure]:
    return [Figure(**row) for row in rows]


def ratio_target(name: str, ours: Measured, baseline: str, base: Measured,
                 most: float) -> Figure:  # fmt: skip
    return Figure(name, ours.seconds, "s", baseline, base.seconds, f"<= {most:g}x",
                  ours.seconds / base.seconds <= most, ours.peak_mb, base.peak_mb)  # fmt: skip


def limit_target(name: str, ours: float, unit: str, most: float) -> Figure:
    return Figure(name, ours, unit, target=f"< {most:g} {unit}", met=ours < most)


def print_header(title: str) -> None:
    print(f"\n{title}")
    header = (
        f"{'figure':<40}{'ours':>10}  {'bare library':<26}{'bare':>9}{'ratio':>8}  "
        f"{'target':<18}{'peak MB':>8}{'bare MB':>8}"
    )
    print(header)
    print("-" * len(header))


def print_rows(figures: list[Figure], judged: bool = True) -> list[Figure]:
    """The figures' rows; ``judged=False`` shows each target without saying whether it is
    met (the targets are set at one size; another size's rows only show its figures)."""
    for f in figures:
        base = f"{f.base:>9.3f}" if f.base is not None else " " * 9
        ratio = f"{f.ours / f.base:>7.2f}x" if f.base else " " * 8
        verdict = "" if f.met is None or not judged else ("met" if f.met else "NOT MET")
        ours = f"{f.ours:>7.{3 if f.unit == 's' else 0}f} {f.unit:<2}"
        peaks = "".join(f"{p:>8.0f}" if p is not None else " " * 8
                        for p in (f.peak_mb, f.base_peak_mb))  # fmt: skip
        target = f"{f.target} {verdict}".strip()
        print(f"{f.name:<40}{ours:>10}  {f.baseline:<26}{base}{ratio}  {target:<18}{peaks}")
    sys.stdout.flush()
    return figures
