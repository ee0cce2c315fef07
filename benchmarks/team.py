"""PostgreSQL team mode: five organizers' processes editing one large meeting at once.

    python benchmarks/team.py [--size large] [--minutes 5] [--organizers 5] [--hot 50]

Creates a database of its own on the test server (the URL in .venv/anmc-test-postgres.url,
or ANMC_TEST_POSTGRES_URL), fills it with the generated meeting and starts one process per
organizer. Each loads a person as the form does (``get_person``), thinks 0-50 ms and saves
a change of the notes with the version it loaded (``update_person``), again and again until
the time is up. The persons are drawn from a small hot set, so that organizers often edit
the same person at once: each such save must fail with a ``ConflictError`` (reported to
the organizer), never overwrite the other's change unseen.

Afterwards it checks that no save was lost: for every person, each version above the
generated one was given by exactly one reported save, and the person's notes are those of
the save that gave the last version. It prints the saves, the conflicts, the lost saves and
the time of each save (median, 95th percentile, worst; target < 100 ms) beside a bare
psycopg UPDATE ... WHERE version = ? committed on the same server, then drops the database.
Beside the times it prints the statements and the round trips to the server of each save
and each load (statements, and the BEGIN, COMMIT or ROLLBACK that psycopg sends), and
those of the bare save: BEGIN, its SELECT of the version, its UPDATE, COMMIT.
``--phases`` also prints where the slowest saves' time went (benchmarks/team_phases.py).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, create_engine, event, make_url, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_meeting import add_size_arguments, generate_meeting, sized
from team_phases import SaveClock, Timed, add_lock_waits, instrument, print_breakdown, timing_save

from anmc_desktop.db import open_database
from anmc_desktop.errors import ConflictError
from anmc_desktop.models import Person
from anmc_desktop.services import Services

URL_FILE = Path(__file__).resolve().parents[1] / ".venv" / "anmc-test-postgres.url"
SAVE_MS = 100.0


@dataclass(frozen=True)
class Save:
    """One reported save: who, which person, the version it gave, what it wrote, how long."""

    organizer: int
    person_id: int
    version: int
    notes: str
    milliseconds: float


@dataclass(frozen=True)
class Outcome:
    saves: list[Save]
    conflicts: int
    conflict_ms: list[float]
    sent: Counter[str]  # statements and round trips of the loads and of the saves
    timed: list[Timed]  # the saves' phases, with --phases


BARE_STATEMENTS = 2  # its SELECT of the version and its UPDATE
BARE_ROUND_TRIPS = 4  # BEGIN, SELECT, UPDATE, COMMIT
BARE_TEAM_SECONDS = 60.0  # the bare organizers edit for a minute at most


def count_round_trips(engine: Engine, sent: Counter[str], phase: list[str]) -> None:
    """Count in ``sent`` each statement and each BEGIN, COMMIT and ROLLBACK that psycopg
    sends to the server (none in autocommit, no ROLLBACK outside a transaction), under
    the name in ``phase``."""

    def driver(connection: Any) -> Any:
        return connection.connection.driver_connection

    def statement(*_arguments: object) -> None:
        sent[f"{phase[0]} statements"] += 1
        sent[f"{phase[0]} round trips"] += 1

    def transaction(connection: Any) -> None:
        if not driver(connection).autocommit:
            sent[f"{phase[0]} round trips"] += 1

    def rollback(connection: Any) -> None:
        if driver(connection).info.transaction_status is not TransactionStatus.IDLE:
            sent[f"{phase[0]} round trips"] += 1

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "begin", transaction)
    event.listen(engine, "commit", transaction)
    event.listen(engine, "rollback", rollback)


def server_url() -> str:
    url = os.environ.get("ANMC_TEST_POSTGRES_URL")
    if url:
        return url
    if URL_FILE.exists():
        return URL_FILE.read_text(encoding="utf-8").strip()
    raise SystemExit(f"no PostgreSQL server: write its URL to {URL_FILE}")


def organizer(
    number: int, url: str, person_ids: list[int], seconds: float, phases: bool = False
) -> Outcome:
    """Edit persons of the hot set until the time is up, as one organizer's window does."""
    database = open_database(url, actor=f"Organizer {number}")
    services = Services.on(database)
    sent: Counter[str] = Counter()
    phase = ["load"]
    count_round_trips(database.engine, sent, phase)
    clock = SaveClock()
    timed: list[Timed] = []
    if phases:
        instrument(database.engine, clock)
    rng = random.Random(number)
    saves: list[Save] = []
    conflict_ms: list[float] = []
    deadline = time.monotonic() + seconds
    edit = 0
    while time.monotonic() < deadline:
        phase[0] = "load"
        sent["loads"] += 1
        person = services.delegations.get_person(rng.choice(person_ids))
        time.sleep(rng.uniform(0, 0.05))  # the organizer types
        edit += 1
        notes = f"organizer {number}, edit {edit}"
        before = sent.copy()
        phase[0] = "save"
        started = time.perf_counter()
        try:
            with timing_save(clock, person.id, timed):
                saved = services.delegations.update_person(
                    person.id, replace(person, notes=notes), person.version
                )
        except ConflictError:
            conflict_ms.append((time.perf_counter() - started) * 1000)
            sent.clear()  # count the saves written only
            sent.update(before)
            continue
        elapsed = (time.perf_counter() - started) * 1000
        saves.append(Save(number, saved.id, saved.version, notes, elapsed))
    database.dispose()
    return Outcome(saves, len(conflict_ms), conflict_ms, sent, timed)


def lost_saves(url: str, saves: list[Save], start_versions: dict[int, int]) -> list[str]:
    """What the database lost or holds that no reported save gave; empty if nothing."""
    database = open_database(url)
    with database.reading() as session:
        final = {
            person_id: (version, notes)
            for person_id, version, notes in session.execute(
                select(Person.id, Person.version, Person.notes).where(
                    Person.id.in_(list(start_versions))
                )
            )
        }
    database.dispose()
    problems: list[str] = []
    for person_id, first in start_versions.items():
        mine = sorted((s for s in saves if s.person_id == person_id), key=lambda s: s.version)
        versions = [s.version for s in mine]
        version, notes = final[person_id]
        if versions != list(range(first + 1, version + 1)):
            problems.append(f"person {person_id}: versions {versions}, now {version}")
        elif mine and mine[-1].notes != notes:
            problems.append(f"person {person_id}: holds {notes!r}, last save {mine[-1].notes!r}")
    return problems


def bare_saves(url: str, person_ids: list[int], count: int = 300) -> list[float]:
    """Milliseconds of a bare UPDATE ... WHERE id = ? AND version = ?, each committed."""
    engine = create_engine(url)
    times: list[float] = []
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        for n in range(count):
            person_id = person_ids[n % len(person_ids)]
            started = time.perf_counter()
            with raw.cursor() as cursor:
                cursor.execute("SELECT version FROM person WHERE id = %s", (person_id,))
                row = cursor.fetchone()
                assert row is not None
                cursor.execute(
                    "UPDATE person SET notes = %s, version = version + 1"
                    " WHERE id = %s AND version = %s",
                    (f"bare {n}", person_id, row[0]),
                )
            raw.commit()
            times.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    return times


def bare_organizer(
    number: int, url: str, person_ids: list[int], seconds: float
) -> tuple[list[float], list[float]]:
    """Milliseconds of each save of a bare organizer beside the others, and of its UPDATE
    and COMMIT (the write and its flush), as ``organizer`` edits but with psycopg alone:
    load the row, type, then one UPDATE ... WHERE id = ? AND version = ? (no change log,
    no rules) and COMMIT. A save that finds the version changed is a conflict, not timed."""
    engine = create_engine(url)
    rng = random.Random(number)
    times: list[float] = []
    writes: list[float] = []
    deadline = time.monotonic() + seconds
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.autocommit = True
        while time.monotonic() < deadline:
            person_id = rng.choice(person_ids)
            loaded = raw.execute("SELECT version, * FROM person WHERE id = %s", (person_id,))
            version = loaded.fetchone()[0]  # type: ignore[index]
            time.sleep(rng.uniform(0, 0.05))  # the organizer types
            started = time.perf_counter()
            with raw.transaction():
                updating = time.perf_counter()
                saved = raw.execute(
                    "UPDATE person SET notes = %s, version = version + 1"
                    " WHERE id = %s AND version = %s",
                    (f"bare {number}", person_id, version),
                ).rowcount
            if saved:
                ended = time.perf_counter()
                times.append((ended - started) * 1000)
                writes.append((ended - updating) * 1000)
    engine.dispose()
    return times, writes


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--organizers", type=int, default=5)
    parser.add_argument("--hot", type=int, default=50, help="persons the organizers edit")
    parser.add_argument(
        "--phases", action="store_true", help="print where the slowest saves' time went"
    )
    arguments = sized(parser.parse_args(argv))
    server = server_url()
    name = f"anmc_bench_team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        started = time.perf_counter()
        database = open_database(url)
        meeting_id = generate_meeting(
            database, arguments.cities, arguments.persons, arguments.agenda_items
        )
        with database.reading() as session:
            every_id = list(session.scalars(select(Person.id).order_by(Person.id)))
        database.dispose()
        print(f"generated meeting {meeting_id} on PostgreSQL in "
              f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
        hot = random.Random(21).sample(every_id, arguments.hot)
        seconds = arguments.minutes * 60
        with multiprocessing.get_context("spawn").Pool(arguments.organizers) as pool:
            outcomes = pool.starmap(
                organizer,
                [(n + 1, url, hot, seconds, arguments.phases) for n in range(arguments.organizers)],
            )
        saves = [save for outcome in outcomes for save in outcome.saves]
        conflicts = sum(outcome.conflicts for outcome in outcomes)
        lost = lost_saves(url, saves, dict.fromkeys(hot, 1))
        bare = bare_saves(url, hot)
        with multiprocessing.get_context("spawn").Pool(arguments.organizers) as pool:
            bare_team = pool.starmap(
                bare_organizer,
                [(n + 1, url, hot, min(seconds, BARE_TEAM_SECONDS))
                 for n in range(arguments.organizers)],
            )  # fmt: skip
        bare_together = [ms for times, _writes in bare_team for ms in times]
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    save_ms = [save.milliseconds for save in saves]
    print(f"\n{arguments.organizers} organizers, {arguments.minutes:g} min, "
          f"{arguments.persons:,} persons, {arguments.hot} persons edited")  # fmt: skip
    print(f"saves {len(saves):,}, conflicts reported {conflicts:,}, lost {len(lost)}")
    for problem in lost[:10]:
        print(f"  LOST: {problem}")
    sent = sum((outcome.sent for outcome in outcomes), Counter())
    print(f"{'save':<20}{'ours':>8}{'bare':>8}{'ratio':>8}{'bare x5':>9}{'ratio':>8}{'target':>8}")
    for label, share in (("median", 0.5), ("95th percentile", 0.95), ("worst", 1.0)):
        ours = percentile(save_ms, share)
        alone, together = percentile(bare, share), percentile(bare_together, share)
        print(f"{label + ' (ms)':<20}{ours:>8.1f}{alone:>8.1f}{ours / alone:>7.1f}x"
              f"{together:>9.1f}{ours / together:>7.1f}x{SAVE_MS:>8.0f}")  # fmt: skip
    print(f"{'mean (ms)':<20}{statistics.mean(save_ms):>8.1f}{statistics.mean(bare):>8.1f}"
          f"{'':>8}{statistics.mean(bare_together):>9.1f}")  # fmt: skip
    for what, alone_count, together_count in (
        ("statements", BARE_STATEMENTS, 1),
        ("round trips", BARE_ROUND_TRIPS, 3),
    ):
        print(f"{what:<20}{sent[f'save {what}'] / len(saves):>8.2f}{alone_count:>8}"
              f"{'':>8}{together_count:>9}")  # fmt: skip
    print(f"bare: {len(bare)} saves alone after the organizers (BEGIN, SELECT, UPDATE, COMMIT); "
          f"bare x5: {len(bare_together):,} saves of {arguments.organizers} bare organizers at "
          f"once for {min(seconds, BARE_TEAM_SECONDS):g} s (BEGIN, UPDATE, COMMIT)")  # fmt: skip
    print(f"a load (get_person): {sent['load statements'] / sent['loads']:.2f} statements, "
          f"{sent['load round trips'] / sent['loads']:.2f} round trips")  # fmt: skip
    if arguments.phases:
        timed = [(n, save) for n, outcome in enumerate(outcomes) for save in outcome.timed]
        add_lock_waits(timed)
        bare_writes = [ms for _times, writes in bare_team for ms in writes]
        print_breakdown([save for _n, save in timed], bare_writes)
    return 0 if not lost and max(save_ms) < SAVE_MS else 1


if __name__ == "__main__":
    sys.exit(main())
