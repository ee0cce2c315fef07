"""Kill the app's process with SIGKILL at random moments while it imports and edits.

    .venv/bin/python benchmarks/kill_harness.py --kills 100 [--seed 1] [--folder DIR]

A child process opens one SQLite file through ``open_database`` and the services, as the
app does, and works in a loop: imports (the sample meeting: a meeting with its
delegations, persons, agenda and declaration, one transaction of a few hundred rows) and
edits (a city, a person). Before each unit of work it appends "start N KIND VALUE" to a
journal and fsyncs it; after the commit returns, "done N". The parent kills the child at a
random moment, then checks the file:

- damaged: ``integrity_check`` or ``foreign_key_check`` complains, or the app cannot open it;
- partial: a meeting lacks some of the rows its import wrote (all of an import or none);
- lost: the database does not hold exactly the committed state (every "done" unit, plus
  possibly the one in flight whose commit may have landed before the kill).

It prints "N kills, D damaged, P partial, L lost" and exits non-zero if any is not 0.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

IMPORT = "import"
CITY_EDIT = "city"
PERSON_EDIT = "person"
READY = "ready"
CHILD_TABLES = ("delegation", "agenda_item", "declaration", "declaration_paragraph", "signatory")


def _journal_line(journal: Path, text: str) -> None:
    with journal.open("a", encoding="utf-8") as file:
        file.write(text + "\n")
        file.flush()
        os.fsync(file.fileno())


@dataclass(frozen=True)
class Subjects:
    """The records the edits change, and their values before any edit."""

    city_id: int
    person_id: int
    city_country: str
    person_notes: str


def run_child(database: Path, journal: Path, seed: int, subjects: Subjects) -> None:
    """Work on the database until killed."""
    from anmc_desktop.db import open_database, sqlite_url
    from anmc_desktop.services import Services
    from anmc_desktop.services.cities import CityDraft
    from anmc_desktop.services.delegations import PersonDraft

    services = Services.on(open_database(sqlite_url(database)))
    city = services.cities.get(subjects.city_id)
    person = services.delegations.get_person(subjects.person_id)
    person_fields = {name: getattr(person, name) for name in PersonDraft.__dataclass_fields__}
    rng = random.Random(seed)
    step = _next_step(journal)
    print(READY, flush=True)
    while True:
        kind = rng.choice((IMPORT, IMPORT, CITY_EDIT, PERSON_EDIT))
        value = f"edit {step}"
        _journal_line(journal, f"start {step} {kind} {value}")
        if kind == IMPORT:
            services.sample.load()
        elif kind == CITY_EDIT:
            services.cities.update(
                city.id, CityDraft(name_en=city.name_en, country=value, time_zone=city.time_zone)
            )
        else:
            services.delegations.update_person(
                person.id, PersonDraft(**person_fields | {"notes": value})
            )
        _journal_line(journal, f"done {step}")
        step += 1


def _next_step(journal: Path) -> int:
    steps = [int(line.split()[1]) for line in _read_journal(journal)]
    return max(steps, default=0) + 1


def _read_journal(journal: Path) -> list[str]:
    if not journal.exists():
        return []
    return [line for line in journal.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Expected:
    """What the journal says the database may hold after a kill."""

    imports_done: int = 0
    import_in_flight: bool = False
    in_flight: tuple[int, str, str] | None = None
    city_values: set[str] = field(default_factory=set)
    person_values: set[str] = field(default_factory=set)


def expected_state(journal: Path, subjects: Subjects) -> Expected:
    expected = Expected(
        imports_done=1, city_values={subjects.city_country}, person_values={subjects.person_notes}
    )
    started: dict[int, tuple[str, str]] = {}
    done: set[int] = set()
    for line in _read_journal(journal):
        words = line.split(maxsplit=3)
        if words[0] == "start":
            started[int(words[1])] = (words[2], words[3])
        elif words[0] == "done" or words[-1] == "landed":
            done.add(int(words[1]))
        else:
            started.pop(int(words[1]))
    city_done = person_done = None
    for step in sorted(started):
        kind, value = started[step]
        if step in done:
            if kind == IMPORT:
                expected.imports_done += 1
            elif kind == CITY_EDIT:
                city_done = value
            else:
                person_done = value
    if city_done is not None:
        expected.city_values = {city_done}
    if person_done is not None:
        expected.person_values = {person_done}
    in_flight = [step for step in started if step not in done]
    assert len(in_flight) <= 1, f"more than one unit of work in flight: {in_flight}"
    if in_flight:
        kind, value = started[in_flight[0]]
        expected.in_flight = (in_flight[0], kind, value)
        if kind == IMPORT:
            expected.import_in_flight = True
        elif kind == CITY_EDIT:
            expected.city_values.add(value)
        else:
            expected.person_values.add(value)
    return expected


@dataclass(frozen=True)
class Verdict:
    damaged: str = ""
    partial: str = ""
    lost: str = ""


def check(
    database: Path, expected: Expected, per_import: dict[str, int], subjects: Subjects
) -> Verdict:
    """Inspect the file after a kill, the way the app would find it on the next start."""
    with closing(sqlite3.connect(database)) as connection:
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            foreign = list(connection.execute("PRAGMA foreign_key_check"))
        except sqlite3.DatabaseError as error:
            return Verdict(damaged=str(error))
        if integrity != ["ok"] or foreign:
            return Verdict(damaged=f"integrity {integrity[:3]}, foreign keys {foreign[:3]}")
        meetings = [row[0] for row in connection.execute("SELECT id FROM meeting")]
        partial = _partial_imports(connection, meetings, per_import)
        if partial:
            return Verdict(partial=partial)
        city = connection.execute(
            "SELECT country FROM city WHERE id = ?", (subjects.city_id,)
        ).fetchone()
        person = connection.execute(
            "SELECT notes FROM person WHERE id = ?", (subjects.person_id,)
        ).fetchone()
        logged = connection.execute(
            "SELECT count(*) FROM change_log WHERE table_name = 'meeting' AND action = 'insert'"
        ).fetchone()[0]
    allowed = {expected.imports_done} | (
        {expected.imports_done + 1} if expected.import_in_flight else set()
    )
    lost = []
    if len(meetings) not in allowed:
        lost.append(f"{len(meetings)} meetings, expected {sorted(allowed)}")
    if logged != len(meetings):
        lost.append(f"{logged} meetings in the history, {len(meetings)} in the database")
    if city[0] not in expected.city_values:
        lost.append(f"city country {city[0]!r}, expected one of {sorted(expected.city_values)}")
    if person[0] not in expected.person_values:
        lost.append(f"person notes {person[0]!r}, expected {sorted(expected.person_values)}")
    return Verdict(lost="; ".join(lost))


def resolve_in_flight(
    database: Path, journal: Path, expected: Expected, subjects: Subjects
) -> None:
    """Note in the journal whether the unit of work the kill interrupted was committed."""
    if expected.in_flight is None:
        return
    step, kind, value = expected.in_flight
    with closing(sqlite3.connect(database)) as connection:
        if kind == IMPORT:
            meetings = connection.execute("SELECT count(*) FROM meeting").fetchone()[0]
            landed = meetings == expected.imports_done + 1
        elif kind == CITY_EDIT:
            query = "SELECT country FROM city WHERE id = ?"
            landed = connection.execute(query, (subjects.city_id,)).fetchone()[0] == value
        else:
            query = "SELECT notes FROM person WHERE id = ?"
            landed = connection.execute(query, (subjects.person_id,)).fetchone()[0] == value
    _journal_line(journal, f"resolved {step} {'landed' if landed else 'rolled-back'}")


def _partial_imports(
    connection: sqlite3.Connection, meetings: list[int], per_import: dict[str, int]
) -> str:
    counts = _rows_per_meeting(connection)
    for meeting in meetings:
        found = {table: counts[table].get(meeting, 0) for table in per_import}
        if found != per_import:
            return f"meeting {meeting} holds {found}, an import writes {per_import}"
    orphans = sum(
        count for table in per_import for m, count in counts[table].items() if m not in meetings
    )
    return f"{orphans} rows without their meeting" if orphans else ""


def _rows_per_meeting(connection: sqlite3.Connection) -> dict[str, dict[int, int]]:
    queries = {
        "delegation": "SELECT meeting_id, count(*) FROM delegation GROUP BY meeting_id",
        "person": "SELECT d.meeting_id, count(*) FROM person p "
        "JOIN delegation d ON d.id = p.delegation_id GROUP BY d.meeting_id",
        "agenda_item": "SELECT meeting_id, count(*) FROM agenda_item GROUP BY meeting_id",
        "declaration": "SELECT meeting_id, count(*) FROM declaration GROUP BY meeting_id",
        "declaration_paragraph": "SELECT d.meeting_id, count(*) FROM declaration_paragraph p "
        "JOIN declaration d ON d.id = p.declaration_id GROUP BY d.meeting_id",
        "signatory": "SELECT d.meeting_id, count(*) FROM signatory s "
        "JOIN declaration d ON d.id = s.declaration_id GROUP BY d.meeting_id",
    }
    return {
        table: {row[0]: row[1] for row in connection.execute(query)}
        for table, query in queries.items()
    }


def prepare(database: Path) -> tuple[dict[str, int], Subjects]:
    """Create the database with one import; return how many rows an import writes, and
    the records the edits will change."""
    from anmc_desktop.db import open_database, sqlite_url
    from anmc_desktop.services import Services

    opened = open_database(sqlite_url(database))
    Services.on(opened).sample.load()
    opened.dispose()
    with closing(sqlite3.connect(database)) as connection:
        counts = _rows_per_meeting(connection)
        city_id, country = connection.execute(
            "SELECT id, country FROM city ORDER BY id LIMIT 1"
        ).fetchone()
        person_id, notes = connection.execute(
            "SELECT id, notes FROM person ORDER BY id LIMIT 1"
        ).fetchone()
    per_import = {table: next(iter(per_meeting.values())) for table, per_meeting in counts.items()}
    return per_import, Subjects(city_id, person_id, country, notes)


def reopen_with_the_app(database: Path) -> str:
    """Open the file as the app does after a crash (health check, lock, migrations)."""
    from anmc_desktop.db import open_database, sqlite_url
    from anmc_desktop.errors import DatabaseOpenError

    try:
        open_database(sqlite_url(database)).dispose()
    except DatabaseOpenError as error:
        return str(error)
    return ""


def run(kills: int, seed: int, folder: Path, out: object = sys.stdout) -> int:
    rng = random.Random(seed)
    database = folder / "killed.db"
    journal = folder / "journal.txt"
    os.environ["ANMC_HOME"] = str(folder / "home")
    per_import, subjects = prepare(database)
    subject_arguments = [str(subjects.city_id), str(subjects.person_id)]
    damaged = partial = lost = 0
    interrupted = {IMPORT: 0, CITY_EDIT: 0, PERSON_EDIT: 0}
    started = time.perf_counter()
    for kill in range(1, kills + 1):
        child = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--child",
                str(database),
                str(journal),
                str(seed + kill),
                *subject_arguments,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        if child.stdout.readline().strip() != READY:
            child.kill()
            child.wait()
            raise SystemExit(f"kill {kill}: the child did not start")
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        expected = expected_state(journal, subjects)
        verdict = check(database, expected, per_import, subjects)
        if not verdict.damaged:
            problem = reopen_with_the_app(database)
            verdict = Verdict(damaged=problem) if problem else verdict
        for name, text in (
            ("damaged", verdict.damaged),
            ("partial", verdict.partial),
            ("lost", verdict.lost),
        ):
            if text:
                print(f"kill {kill}: {name}: {text}", file=out)
        damaged += bool(verdict.damaged)
        partial += bool(verdict.partial)
        lost += bool(verdict.lost)
        if verdict.damaged:
            break
        resolve_in_flight(database, journal, expected, subjects)
        if expected.in_flight is not None:
            interrupted[expected.in_flight[1]] += 1
    units = sum(1 for line in _read_journal(journal) if line.startswith("done"))
    elapsed = time.perf_counter() - started
    print(
        f"{kills} kills, {damaged} damaged, {partial} partial, {lost} lost "
        f"({units} units of work committed; the kills interrupted {interrupted[IMPORT]} imports "
        f"and {interrupted[CITY_EDIT] + interrupted[PERSON_EDIT]} edits; {elapsed:.0f} s)",
        file=out,
    )
    return 0 if damaged == partial == lost == 0 else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="where to keep the database (default: temp)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child:
        database, journal, seed, city_id, person_id = arguments.child
        subjects = Subjects(int(city_id), int(person_id), "", "")
        run_child(Path(database), Path(journal), int(seed), subjects)
        return 0
    if arguments.folder:
        arguments.folder.mkdir(parents=True, exist_ok=True)
        return run(arguments.kills, arguments.seed, arguments.folder)
    with tempfile.TemporaryDirectory() as folder:
        return run(arguments.kills, arguments.seed, Path(folder))


if __name__ == "__main__":
    raise SystemExit(main())
