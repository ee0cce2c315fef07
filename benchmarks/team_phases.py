"""Where a save's time goes, for ``team.py --phases``: one organizer's save cut into phases.

    connect   from the call to the pool handing over a connection (Python of the session)
    BEGIN     psycopg's BEGIN round trip (sent with the first statement)
    SELECT    the statements before the UPDATE (the row read, a head's count)
    UPDATE    the UPDATE and its change-log entry; ``lock`` is the part of it spent
              waiting for another organizer's transaction holding the same person's row
              (from that one's UPDATE to the end of its COMMIT, on the shared monotonic clock)
    COMMIT    the COMMIT round trip (the server's WAL flush); none for a save written
              in autocommit, whose UPDATE commits (and flushes) on its own
    python    the rest: Python before, between and after the round trips
    cpu       this process's CPU time in the save (python well above cpu: waiting for a core)
    preempted involuntary context switches in the save (the scheduler took the core away)

BEGIN and COMMIT are timed by wrapping the psycopg connection's ``_exec_command`` (the one
way in for both); statements by SQLAlchemy's cursor events. Measuring adds a few events
per save and nothing sent to the server.
"""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

PHASES = ("connect", "BEGIN", "SELECT", "UPDATE", "lock", "COMMIT", "python", "cpu", "preempted")


@dataclass
class SaveClock:
    """The marks of the save under way in one organizer's process."""

    marks: list[tuple[str, float]] = field(default_factory=list)
    running: bool = False

    def mark(self, name: str) -> None:
        if self.running:
            self.marks.append((name, time.perf_counter()))


@dataclass(frozen=True)
class Timed:
    """One save's phases in ms, and when it held its person's row (perf_counter seconds,
    the same monotonic clock in every process)."""

    person_id: int
    phases: dict[str, float]
    update_started: float
    update_ended: float
    committed: float


def instrument(engine: Engine, clock: SaveClock) -> None:
    """Mark the connection, BEGIN, each statement and COMMIT of saves on ``engine``."""

    def exec_command(original: Callable[..., Generator[Any, Any, Any]]) -> Callable[..., Any]:
        def timed(command: Any, *arguments: Any, **keywords: Any) -> Generator[Any, Any, Any]:
            name = bytes(command).split()[0].decode() if isinstance(command, bytes) else "other"
            clock.mark(f"{name} sent")
            result = yield from original(command, *arguments, **keywords)
            clock.mark(f"{name} done")
            return result

        return timed

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection: Any, *_arguments: object) -> None:
        if "_exec_command" not in vars(dbapi_connection):  # first time out of the pool
            dbapi_connection._exec_command = exec_command(dbapi_connection._exec_command)
        clock.mark("connected")

    @event.listens_for(engine, "before_cursor_execute")
    def _before(_connection: Any, _cursor: Any, statement: str, *_rest: object) -> None:
        clock.mark("UPDATE sent" if statement.lstrip().startswith("WITH") else "SELECT sent")

    @event.listens_for(engine, "after_cursor_execute")
    def _after(*_arguments: object) -> None:
        clock.mark("statement done")


@contextmanager
def timing_save(clock: SaveClock, person_id: int, timed: list[Timed]) -> Iterator[None]:
    """Time the save inside the block; appended to ``timed`` if it ends without an error."""
    clock.marks.clear()
    clock.running = True
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = time.process_time()
    started = time.perf_counter()
    try:
        yield
    finally:
        clock.running = False
    ended = time.perf_counter()
    spent = dict.fromkeys(PHASES, 0.0)
    spent["cpu"] = (time.process_time() - cpu) * 1000
    spent["preempted"] = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - usage.ru_nivcsw
    update_started = update_ended = ended
    committed: float | None = None
    statement, previous_name, previous = "SELECT", "start", started
    for name, at in clock.marks:
        if name in ("SELECT sent", "UPDATE sent"):
            statement = name.split()[0]
        phase = _phase(previous_name, name, statement)
        if phase:
            spent[phase] += (at - previous) * 1000
        if phase == "UPDATE":
            update_started, update_ended = previous, at
        if name == "COMMIT done":
            committed = at
        previous_name, previous = name, at
    total = (ended - started) * 1000
    spent["python"] = total - sum(spent[name] for name in ("connect", "BEGIN", "SELECT",
                                                          "UPDATE", "COMMIT"))  # fmt: skip
    held_until = update_ended if committed is None else committed  # autocommit: its UPDATE
    timed.append(Timed(person_id, spent, update_started, update_ended, held_until))


def _phase(before: str, mark: str, statement: str) -> str | None:
    """The phase the time between two marks belongs to (None: Python's, counted last);
    ``statement``: the kind of the statement under way. BEGIN is sent inside the first
    statement's execution, so that one's time is counted from BEGIN's answer."""
    if mark == "connected" and before == "start":
        return "connect"
    if mark in ("BEGIN done", "COMMIT done"):
        return mark.split()[0]
    if mark == "statement done" and before in ("SELECT sent", "UPDATE sent", "BEGIN done"):
        return statement
    return None


def add_lock_waits(saves: list[tuple[int, Timed]]) -> None:
    """Fill each save's ``lock``: the part of its UPDATE during which another organizer's
    transaction held the same person's row (``saves``: (organizer, timed) of everyone)."""
    by_person: dict[int, list[tuple[int, Timed]]] = {}
    for organizer, save in saves:
        by_person.setdefault(save.person_id, []).append((organizer, save))
    for same in by_person.values():
        for organizer, save in same:
            waited = 0.0
            for other_organizer, other in same:
                if other_organizer == organizer:
                    continue
                start = max(save.update_started, other.update_ended)
                end = min(save.update_ended, other.committed)
                if other.update_started < save.update_started and end > start:
                    waited = max(waited, (end - start) * 1000)
            save.phases["lock"] = waited


def print_breakdown(timed: list[Timed], bare_writes: list[float], slowest: int = 15) -> None:
    """The phases of the slowest saves, the mean of each phase over all saves and over the
    slowest 5 %, and our UPDATE and COMMIT (the write and its WAL flush, in one round trip
    in autocommit) beside the bare organizers' (``bare_writes``, ms)."""
    ordered = sorted(timed, key=lambda save: _total(save), reverse=True)
    print(f"\nthe {slowest} slowest saves, phases in ms (lock is part of UPDATE):")
    print(f"{'':<18}{'save':>8}" + "".join(f"{name:>10}" for name in PHASES))
    for save in ordered[:slowest]:
        print(f"{'':<18}{_total(save):>8.1f}"
              + "".join(f"{save.phases[n]:>10.1f}" for n in PHASES))  # fmt: skip
    tail = ordered[: max(1, len(ordered) // 20)]
    for label, group in (("mean, all", timed), ("mean, slowest 5 %", tail)):
        print(f"{label:<18}{statistics.mean(_total(s) for s in group):>8.1f}" + "".join(
            f"{statistics.mean(s.phases[n] for s in group):>10.1f}" for n in PHASES))  # fmt: skip
    ours = sorted(save.phases["UPDATE"] + save.phases["COMMIT"] for save in timed)
    bare = sorted(bare_writes)
    for label, values in (("UPDATE+COMMIT", ours), ("bare x5's", bare)):
        share = sum(ms > 50 for ms in values) / len(values) * 100
        print(f"{label:<18}median {values[len(values) // 2]:.1f}, 95th percentile "
              f"{values[int(0.95 * len(values))]:.1f}, worst {values[-1]:.1f} ms; "
              f"{share:.2f} % over 50 ms ({len(values):,} writes)")  # fmt: skip


def _total(save: Timed) -> float:
    phases = save.phases
    return sum(phases[name] for name in ("connect", "BEGIN", "SELECT", "UPDATE", "COMMIT",
                                         "python"))  # fmt: skip
