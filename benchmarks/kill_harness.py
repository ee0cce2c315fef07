"""Kill the app's process with SIGKILL at random moments while it imports and edits.

    .venv/bin/python benchmarks/kill_harness.py --kills 100 [--seed 1] [--folder DIR]

A child process opens one SQLite file through ``open_database`` and the services, as the
app does, and works in a loop of four kinds of unit of work:

- a sample import: the sample meeting, with its delegations, persons, agenda and
  declaration, one transaction of a few hundred rows;
- a person import: a CSV file of 300 persons (names in Latin, Cyrillic, Hangul, kanji and
  Thai) read, previewed and applied through ``PersonImportService`` into the delegations
  of the newest meeting, as the import dialog does (the newest, so that no meeting grows
  without end and the kills keep landing in the writes, not in ever longer previews);
  every row's notes name the unit ("kill-harness import N") so the check can count which
  rows belong to which unit;
- edits of a city and of a person.

Before each unit it appends "start N KIND VALUE" to a journal and fsyncs it; after the
commit returns, "done N". The parent kills the child at a random moment, then checks the
file:

- damaged: ``integrity_check`` or ``foreign_key_check`` complains, or the app cannot open it;
- partial: a meeting lacks some of the rows its import wrote, or a person import's rows are
  there only in part (all of an import or none);
- lost: the database does not hold exactly the committed state (every "done" unit, plus
  possibly the one in flight whose commit may have landed before the kill, and nothing
  of a unit that was not committed).

It prints "N kills, D damaged, P partial, L lost" and exits non-zero if any is not 0.
"""

from __future__ import annotations

import argparse
import csv
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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anmc_desktop.services.person_import import PersonImportService

IMPORT = "import"
PERSON_IMPORT = "persons"
CITY_EDIT = "city"
PERSON_EDIT = "person"
READY = "ready"
PERSONS_PER_IMPORT = 300
IMPORT_MARK = "kill-harness import"
# (member city of the sample meeting, given name, family name, name in its own script)
PERSON_NAMES = (
    ("Tomsk", "Ivan", "Petrov", "Иван Петров"),
    ("Tomsk", "Olga", "Smirnova", "Ольга Смирнова"),
    ("Tomsk", "Sergei", "Kuznetsov", "Сергей Кузнецов"),
    ("Ulaanbaatar", "Bat-Erdene", "Ganbold", "Батэрдэнэ Ганболд"),
    ("Seoul", "Min-jun", "Kim", "김민준"),
    ("Seoul", "Seo-yeon", "Lee", "이서연"),
    ("Seoul", "Ji-ho", "Park", "박지호"),
    ("Tokyo", "Haruto", "Sato", "佐藤陽翔"),
    ("Tokyo", "Yui", "Suzuki", "鈴木結衣"),
    ("Bangkok", "Somchai", "Srisuk", "สมชาย ศรีสุข"),
)


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
    from anmc_desktop.records.cities import CityDraft
    from anmc_desktop.records.persons import PersonDraft
    from anmc_desktop.services import Services
    from anmc_desktop.services.person_import import PersonImportService

    opened = open_database(sqlite_url(database))
    services = Services.on(opened)
    person_import = PersonImportService(opened)
    city = services.cities.get(subjects.city_id)
    person = services.delegations.get_person(subjects.person_id)
    person_fields = {name: getattr(person, name) for name in PersonDraft.__dataclass_fields__}
    rows = person_rows()
    sheet_file = journal.with_name("persons.csv")
    meeting_id = max(meeting.id for meeting in services.meetings.list_meetings())
    rng = random.Random(seed)
    step = _next_step(journal)
    print(READY, flush=True)
    while True:
        kind = rng.choice((IMPORT, PERSON_IMPORT, PERSON_IMPORT, CITY_EDIT, PERSON_EDIT))
        value = f"edit {step}"
        if kind == PERSON_IMPORT:
            write_person_sheet(sheet_file, rows, step)
        _journal_line(journal, f"start {step} {kind} {value}")
        if kind == IMPORT:
            meeting_id = services.sample.load()
        elif kind == PERSON_IMPORT:
            import_person_sheet(person_import, sheet_file, meeting_id)
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


def person_rows() -> list[tuple[str, str, str, str, str]]:
    """The persons every person import adds: (city, given, family, native, e-mail stem)."""
    return [
        (city, given, family, native, f"{given}.{family}.{n}".lower())
        for n in range(PERSONS_PER_IMPORT)
        for city, given, family, native in (PERSON_NAMES[n % len(PERSON_NAMES)],)
    ]


def import_mark(step: int) -> str:
    """The notes of every person the person import of unit ``step`` adds."""
    return f"{IMPORT_MARK} {step}"


def write_person_sheet(path: Path, rows: list[tuple[str, str, str, str, str]], step: int) -> None:
    """The CSV of unit ``step``: new e-mail addresses make every row a new person."""
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(("City", "Given name", "Family name", "Native name", "E-mail", "Notes"))
        for city, given, family, native, stem in rows:
            email = f"{stem}.k{step}@example.org"
            writer.writerow((city, given, family, native, email, import_mark(step)))


def import_person_sheet(service: PersonImportService, path: Path, meeting_id: int) -> None:
    """Import the sheet as the import dialog does: read, preview, apply (one transaction)."""
    sheet, mapping = service.read(path)
    assert mapping is not None, "the harness's CSV header was not recognised"
    service.preview(meeting_id, sheet, mapping)
    service.apply(meeting_id, sheet, mapping)


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
    person_imports_done: set[int] = field(default_factory=set)
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
            elif kind == PERSON_IMPORT:
                expected.person_imports_done.add(step)
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
        elif kind == PERSON_EDIT:
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
        imported = imported_persons(connection)
        partial = _partial_imports(connection, meetings, per_import) or _partial_person_imports(
            imported
        )
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
        lost.append(f"{logged} meetings in the change log, {len(meetings)} in the database")
    if city[0] not in expected.city_values:
        lost.append(f"city country {city[0]!r}, expected one of {sorted(expected.city_values)}")
    if person[0] not in expected.person_values:
        lost.append(f"person notes {person[0]!r}, expected {sorted(expected.person_values)}")
    lost += _lost_person_imports(expected, set(imported))
    return Verdict(lost="; ".join(lost))


def imported_persons(connection: sqlite3.Connection) -> dict[int, int]:
    """By unit of work: how many persons its person import added."""
    query = "SELECT notes, count(*) FROM person WHERE notes LIKE ? GROUP BY notes"
    return {
        int(notes.removeprefix(IMPORT_MARK)): count
        for notes, count in connection.execute(query, (f"{IMPORT_MARK} %",))
    }


def _partial_person_imports(imported: dict[int, int]) -> str:
    partial = {step: count for step, count in imported.items() if count != PERSONS_PER_IMPORT}
    if not partial:
        return ""
    units = ", ".join(f"unit {step}: {count}" for step, count in sorted(partial.items()))
    return f"person imports hold only part of their {PERSONS_PER_IMPORT} rows ({units})"


def _lost_person_imports(expected: Expected, present: set[int]) -> list[str]:
    in_flight = (
        {expected.in_flight[0]}
        if expected.in_flight is not None and expected.in_flight[1] == PERSON_IMPORT
        else set()
    )
    lost = []
    missing = expected.person_imports_done - present
    if missing:
        lost.append(f"the committed person imports {sorted(missing)} are missing")
    unexpected = present - expected.person_imports_done - in_flight
    if unexpected:
        lost.append(f"person imports {sorted(unexpected)} are there but were not committed")
    return lost


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
        elif kind == PERSON_IMPORT:
            landed = step in imported_persons(connection)
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
        # The sample's persons: those of the person imports are counted by imported_persons.
        "person": "SELECT d.meeting_id, count(*) FROM person p "
        "JOIN delegation d ON d.id = p.delegation_id "
        f"WHERE p.notes NOT LIKE '{IMPORT_MARK} %' GROUP BY d.meeting_id",
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
    made = damaged = partial = lost = 0
    interrupted = {IMPORT: 0, PERSON_IMPORT: 0, CITY_EDIT: 0, PERSON_EDIT: 0}
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
        made = kill
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
    stopped = (
        f"; stopped at the damaged file, {kills - made} kills not made" if made < kills else ""
    )
    print(
        f"{made} kills, {damaged} damaged, {partial} partial, {lost} lost "
        f"({units} units of work committed; the kills interrupted {interrupted[IMPORT]} sample "
        f"imports, {interrupted[PERSON_IMPORT]} person imports and "
        f"{interrupted[CITY_EDIT] + interrupted[PERSON_EDIT]} edits; {elapsed:.0f} s{stopped})",
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
