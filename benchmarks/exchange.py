"""How fast the exchange formats are on the generated meeting (--size large: 100,000 persons).

Prints one table: our CSV and XLSX exports end to end (read the participants, build the
table, write the file) beside bare baselines that do the same job with nothing but the
standard tools: one plain sqlite3 SELECT on the same database file, joining city,
delegation and person, that returns the same cells (labels, "yes"/"no", times as text)
already in the list's order (ORDER BY in SQL), then written by the csv module or by
openpyxl's write-only mode. Beside our writers alone, the csv module and openpyxl's
write-only mode writing the very rows our table holds; beside our reading of the
participants, that SELECT alone. Then our person import (read, preview, apply in one
transaction, with the change log) beside bare baselines on a copy of the same database
(same schema, indexes, foreign keys, WAL and synchronous=FULL): the csv module reading
the same file plus one sqlite3 executemany of its rows, and that executemany alone; for
an import that updates every person's phone, the csv module reading the file, one
SELECT of the meeting's persons' ids by e-mail and one executemany of UPDATEs by id;
and how long each hostile file takes to be refused. The XLSX import stands beside
openpyxl's read-only mode plus the same executemany, and each import's peak memory (ours and
the bare one's) is measured in a fresh process. Targets (issue 21): exports and imports
within 2x of those baselines at 100,000 persons, hostile files refused within 2 s.

    python benchmarks/exchange.py [--size large] [--persons 20000]
        [--exports-only | --imports-only] [--runs N] [--cpu]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ROUND_TRIP_COLUMNS, ListOptions, build_table
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat
from anmc_desktop.services.meeting_transfer import IfAlreadyThere, MeetingTransferService
from anmc_desktop.services.person_import import PersonImportService

sys.path.insert(0, str(Path(__file__).parent))
from generate_meeting import add_size_arguments, generate_meeting, sized

OPTIONS = ListOptions(columns=ROUND_TRIP_COLUMNS)
CPU_TIME = False  # set by --cpu
IMPORT_REPEAT = 5  # imports of 20,000 rows vary by a tenth from run to run: the best of more
LARGE_IMPORT_REPEAT = 3  # of 100,000 rows: each run takes a minute
XLSX_REPEAT = 2  # openpyxl reads 100,000 rows in tens of seconds, ours and the bare alike
EXPORT_REPEAT = 7  # the CSV rows take a fraction of a second: more runs, less noise


def clock() -> float:
    """Seconds of the wall clock, or with --cpu of this process's CPU (on a machine
    shared with other busy processes, the wall clock counts their time too)."""
    return time.process_time() if CPU_TIME else time.perf_counter()


def timed(action: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    """The best of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = clock()
        result = action()
        best = min(best, clock() - started)
    return best, result


def bare_csv(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def bare_xlsx(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Delegations")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _by_role(values: dict[PersonRole, object]) -> str:
    return "CASE person.role " + " ".join(f"WHEN '{r.value}' THEN {values[r]!r}" for r in values)


# The cells of ROUND_TRIP_COLUMNS, in the list's order (by city, role, family and given
# name), computed by SQLite: what a bare export reads.
BARE_EXPORT_SELECT = f"""
SELECT city.name_en, city.name_local, city.country,
    {_by_role({role: role.label for role in PersonRole})} END,
    person.honorific, person.given_name, person.family_name,
    CASE WHEN person.family_name_first THEN 'yes' ELSE 'no' END,
    person.native_name, person.position, person.email, person.phone,
    coalesce(substr(person.arrival, 1, 16), ''), coalesce(substr(person.departure, 1, 16), ''),
    person.dietary_needs, person.access_needs, person.notes
FROM person
JOIN delegation ON delegation.id = person.delegation_id
JOIN city ON city.id = delegation.city_id
WHERE delegation.meeting_id = ? AND NOT person.is_placeholder
ORDER BY city.name_en COLLATE NOCASE,
    {_by_role({role: rank for rank, role in enumerate(PersonRole)})} END,
    CASE WHEN person.family_name <> '' THEN person.family_name ELSE person.native_name END
        COLLATE NOCASE,
    person.given_name COLLATE NOCASE, person.id
"""


def bare_export_rows(connection: sqlite3.Connection, meeting_id: int) -> list[tuple[str, ...]]:
    """The list's rows with one plain sqlite3 SELECT."""
    return connection.execute(BARE_EXPORT_SELECT, (meeting_id,)).fetchall()


def bare_copy(database: Database, folder: Path, name: str) -> Path:
    """A copy of the benchmark database (SQLite's backup API), for the bare baselines."""
    assert database.path is not None
    target = folder / name
    with sqlite3.connect(database.path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def bare_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 with the settings the app uses for writing."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def bare_rows(data: bytes) -> list[dict[str, str]]:
    """The file's rows by header, read with nothing but the csv module."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def bare_xlsx_rows(data: bytes) -> list[dict[str, str]]:
    """The workbook's rows by header, read with nothing but openpyxl's read-only mode."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    headers = [str(cell) for cell in next(rows)]
    found = [
        {h: "" if cell is None else str(cell) for h, cell in zip(headers, row, strict=False)}
        for row in rows
    ]
    book.close()
    return found


def bare_values(
    rows: list[dict[str, str]], delegation_of_city: dict[str, int]
) -> list[tuple[object, ...]]:
    """The file's persons as insert parameters, the same values our import writes (into
    the delegations of the generated meeting; every role a member, since those
    delegations have their heads already), and a search text of the same length: the
    names and e-mail folded with str.casefold."""
    return [
        (
            delegation_of_city[r["City"]], r["Given name"], r["Family name"],
            r["Name in native script"], r["Honorific"], r["Position"], r["E-mail"],
            r["Phone"].lstrip("'"), r["Dietary needs"], r["Access needs"], r["Notes"],
            r["Arrival"] or None, r["Departure"] or None,
            " ".join(filter(None, (r["Given name"], r["Family name"],
                                   r["Name in native script"], r["E-mail"]))).casefold(),
            str(uuid.uuid4()),
        )
        for r in rows
    ]  # fmt: skip


BARE_COLUMNS = (
    "delegation_id", "given_name", "family_name", "native_name", "honorific", "position",
    "email", "phone", "dietary_needs", "access_needs", "notes", "arrival", "departure",
    "search_text", "uuid",
)  # fmt: skip


def bare_executemany(connection: sqlite3.Connection, values: list[tuple[object, ...]]) -> None:
    connection.executemany(
        f"INSERT INTO person ({', '.join(BARE_COLUMNS)}, role, version, family_name_first,"
        f" is_placeholder) VALUES ({', '.join('?' * len(BARE_COLUMNS))}, 'member', 1, 0, 0)",
        values,
    )


def bare_insert(
    path: Path,
    data: bytes,
    delegation_of_city: dict[str, int],
    read: Callable[[bytes], list[dict[str, str]]] = bare_rows,
) -> float:
    """Read the file with the bare reader (the csv module, or ``read``) and insert its
    persons with one executemany."""
    connection = bare_connection(path)
    started = clock()
    values = bare_values(read(data), delegation_of_city)
    connection.execute("BEGIN IMMEDIATE")
    bare_executemany(connection, values)
    connection.execute("COMMIT")
    elapsed = clock() - started
    connection.close()
    return elapsed


def bare_insert_only(path: Path, data: bytes, delegation_of_city: dict[str, int]) -> float:
    """The same executemany alone: the rows are read and converted beforehand."""
    connection = bare_connection(path)
    values = bare_values(bare_rows(data), delegation_of_city)
    started = clock()
    connection.execute("BEGIN IMMEDIATE")
    bare_executemany(connection, values)
    connection.execute("COMMIT")
    elapsed = clock() - started
    connection.close()
    return elapsed


def bare_update(path: Path, data: bytes, meeting_id: int) -> float:
    """Read the file with the csv module, find each person's id by e-mail in the meeting
    (one SELECT) and update their phone with one executemany."""
    connection = bare_connection(path)
    started = clock()
    ids = dict(
        connection.execute(
            "SELECT person.email, person.id FROM person JOIN delegation"
            " ON delegation.id = person.delegation_id WHERE delegation.meeting_id = ?",
            (meeting_id,),
        )
    )
    values = [(r["Phone"].lstrip("'"), ids[r["E-mail"]]) for r in bare_rows(data)]
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "UPDATE person SET phone = ?, version = version + 1 WHERE id = ?", values
    )
    connection.execute("COMMIT")
    elapsed = clock() - started
    connection.close()
    return elapsed


@dataclass(frozen=True)
class ImportTimes:
    read: float
    preview: float
    apply: float
    created: int
    updated: int

    @property
    def total(self) -> float:
        return self.read + self.preview + self.apply


def our_import(database: Database, folder: Path, path: Path, meeting_id: int) -> ImportTimes:
    """Read, preview and apply, as the dialog and the command line do."""
    importer = PersonImportService(database, choices_file=folder / "choices.json")
    started = clock()
    sheet, mapping = importer.read(path)
    assert mapping is not None
    read = clock()
    preview = importer.preview(meeting_id, sheet, mapping)
    previewed = clock()
    assert not preview.has_errors, preview.rows[:3]
    result = importer.apply(meeting_id, sheet, mapping)
    applied = clock()
    return ImportTimes(
        read - started,
        previewed - read,
        applied - previewed,
        len(result.created),
        len(result.updated),
    )


def with_new_phones(data: bytes, run: int) -> bytes:
    """The exported list with every person's phone changed (an update of every row)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    phone = rows[0].index("Phone")
    for number, row in enumerate(rows[1:]):
        row[phone] = f"+7 {run} {number:07d}"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def hostile_files() -> dict[str, tuple[str, bytes]]:
    rng = random.Random(7)
    book = openpyxl.Workbook()
    book.active.append(["City", "Family name"])
    plain = io.BytesIO()
    book.save(plain)

    def workbook(sheet: bytes) -> bytes:
        out = io.BytesIO()
        with (
            zipfile.ZipFile(plain) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for item in source.infolist():
                data = sheet if item.filename == "xl/worksheets/sheet1.xml" else source.read(item)
                target.writestr(item.filename, data)
        return out.getvalue()

    head = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    tail = b"</sheetData></worksheet>"
    row = (
        '<row r="{0}"><c t="inlineStr"><is><t>Tomsk</t></is></c>'
        '<c t="inlineStr"><is><t>P{0}</t></is></c></row>'
    )
    laughs = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};">' for i in range(1, 30)
    )
    return {
        "60 MB unpacked workbook": ("bomb.xlsx", workbook(head + b" " * 60 * 1024 * 1024 + tail)),
        "entity expansion": (
            "laughs.xlsx",
            workbook(
                f'<?xml version="1.0"?><!DOCTYPE x [{laughs}]>'.encode()
                + head
                + b"<row r='1'><c><v>&l29;</v></c></row>"
                + tail
            ),
        ),
        "1 MB cell (CSV)": (
            "cell.csv",
            ("City,Family name\nTomsk," + "x" * 1_048_576 + "\n").encode(),
        ),
        "100,000 rows (CSV)": ("rows.csv", ("City,Family name\n" + "Tomsk,P\n" * 100_000).encode()),
        "100,000 rows (XLSX)": (
            "rows.xlsx",
            workbook(head + "".join(row.format(n) for n in range(1, 100_001)).encode() + tail),
        ),
        "binary garbage .csv": ("junk.csv", rng.randbytes(2_000_000)),
    }


def delegations_by_city(services: Services, meeting_id: int) -> dict[str, int]:
    """The meeting's delegations' ids by their city's name: where the bare baselines put
    each row."""
    return {d.city_name: d.id for d in services.delegations.list_delegations(meeting_id)}


def import_results(
    database: Database,
    services: Services,
    folder: Path,
    meeting_id: int,
    data: bytes,
    runs: int | None = None,
) -> list[tuple[str, float, str, float | None]]:
    """Our import beside the bare baselines, each the best of IMPORT_REPEAT runs on fresh
    targets (LARGE_IMPORT_REPEAT beyond 20,000 rows)."""
    meeting = services.meetings.get(meeting_id)
    delegation_of_city = delegations_by_city(services, meeting_id)
    path = folder / "persons.csv"
    path.write_bytes(data)
    bare_db = bare_copy(database, folder, "bare.db")
    insert_runs, update_runs = [], []
    bare_insert_runs, bare_alone_runs, bare_update_runs = [], [], []
    rows = len(bare_rows(data))
    for run in range(runs or (IMPORT_REPEAT if rows <= 20_000 else LARGE_IMPORT_REPEAT)):
        # A new, empty meeting in the same cities: every row a new person.
        target = services.meetings.create(
            MeetingDraft(f"Import {run}", meeting.host_city_id, meeting.first_day, meeting.last_day)
        ).id
        insert_runs.append(our_import(database, folder, path, target))
        # The generated meeting itself, every phone changed: every row an update.
        changed = folder / f"changed-{run}.csv"
        changed.write_bytes(with_new_phones(data, run))
        update_runs.append(our_import(database, folder, changed, meeting_id))
        bare_update_runs.append(bare_update(bare_db, changed.read_bytes(), meeting_id))
        bare_insert_runs.append(bare_insert(bare_db, data, delegation_of_city))
        bare_alone_runs.append(bare_insert_only(bare_db, data, delegation_of_city))
    inserted = min(insert_runs, key=lambda t: t.total)
    updated = min(update_runs, key=lambda t: t.total)
    assert inserted.created == rows and updated.updated == rows, (inserted, updated)
    bare_read, _ = timed(lambda: bare_rows(data))
    return [
        ("import persons CSV, new (read+preview+apply)", inserted.total,
         "csv read + executemany", min(bare_insert_runs)),
        ("  the same", inserted.total, "executemany alone", min(bare_alone_runs)),
        ("  read the file (best run)", min(t.read for t in insert_runs),
         "csv.DictReader", bare_read),
        ("  preview (check every row)", inserted.preview, "", None),
        ("  apply (one transaction, change log)", inserted.apply, "", None),
        ("import persons CSV, updates (read+preview+apply)", updated.total,
         "csv + ids + executemany", min(bare_update_runs)),
        ("  preview", updated.preview, "", None),
        ("  apply", updated.apply, "", None),
    ]  # fmt: skip


def xlsx_import_results(
    database: Database,
    services: Services,
    folder: Path,
    meeting_id: int,
    data: bytes,
    runs: int | None = None,
) -> list[tuple[str, float, str, float | None]]:
    """Our import of the XLSX export, every row a new person, beside openpyxl's read-only
    mode reading it plus one executemany; each the best of XLSX_REPEAT runs."""
    meeting = services.meetings.get(meeting_id)
    delegation_of_city = delegations_by_city(services, meeting_id)
    path = folder / "persons.xlsx"
    path.write_bytes(data)
    bare_db = bare_copy(database, folder, "bare-xlsx.db")
    ours, bare = [], []
    for run in range(runs or XLSX_REPEAT):
        target = services.meetings.create(
            MeetingDraft(f"XLSX {run}", meeting.host_city_id, meeting.first_day, meeting.last_day)
        ).id
        ours.append(our_import(database, folder, path, target))
        bare.append(bare_insert(bare_db, data, delegation_of_city, bare_xlsx_rows))
    best = min(ours, key=lambda t: t.total)
    return [
        ("import persons XLSX, new (read+preview+apply)", best.total,
         "openpyxl r-o + executemany", min(bare)),
        ("  read the file", best.read, "", None),
        ("  preview (check every row)", best.preview, "", None),
        ("  apply (one transaction, change log)", best.apply, "", None),
    ]  # fmt: skip


def _resident_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _peak_of_import(database_file: Path, meeting_id: int, source: Path, ours: bool) -> float:
    """In a process of its own: the MB of peak resident memory that importing ``source``
    (every row a new person) adds, ours or the bare baseline's."""
    folder = Path(tempfile.mkdtemp(prefix="anmc-import-memory-"))
    target_file = folder / "meeting.db"
    shutil.copyfile(database_file, target_file)
    database = open_database(sqlite_url(target_file))
    services = Services.on(database)
    meeting = services.meetings.get(meeting_id)
    delegation_of_city = delegations_by_city(services, meeting_id)
    target = services.meetings.create(
        MeetingDraft("Memory", meeting.host_city_id, meeting.first_day, meeting.last_day)
    ).id
    read = bare_xlsx_rows if source.suffix == ".xlsx" else bare_rows
    Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
    before = _resident_mb("VmRSS")
    if ours:
        our_import(database, folder, source, target)
    else:
        database.dispose()
        bare_insert(target_file, source.read_bytes(), delegation_of_city, read)
    growth = _resident_mb("VmHWM") - before
    database.dispose()
    shutil.rmtree(folder)
    return growth


def import_memory(
    database: Database, folder: Path, meeting_id: int
) -> list[tuple[str, float, float]]:
    """Peak memory added by our import and by the bare baseline, of the CSV and the XLSX
    export of the meeting (each in a fresh process)."""
    snapshot = bare_copy(database, folder, "memory.db")  # the WAL's pages in the file
    context = multiprocessing.get_context("spawn")
    figures = []
    for suffix in ("csv", "xlsx"):
        source = folder / f"persons.{suffix}"
        peaks = []
        for ours in (True, False):
            with context.Pool(1) as pool:
                peaks.append(pool.apply(_peak_of_import, (snapshot, meeting_id, source, ours)))
        figures.append((f"import persons {suffix.upper()}, new", peaks[0], peaks[1]))
    return figures


def export_results(
    database: Database, services: Services, meeting_id: int
) -> tuple[list[tuple[str, float, str, float | None]], bytes, bytes]:
    """Our exports beside the bare baselines, and the CSV and XLSX files they wrote."""
    exporter = services.delegation_list
    meeting = services.meetings.get(meeting_id)
    table = build_table(
        meeting.title, services.export_data.participants(meeting_id).participants, OPTIONS
    )
    assert database.path is not None
    bare_db = sqlite3.connect(database.path)
    # The bare SELECT returns the very cells of our table (unguarded).
    assert sorted(bare_export_rows(bare_db, meeting_id)) == sorted(table.rows)
    results: list[tuple[str, float, str, float | None]] = []
    ours_csv, csv_bytes = timed(
        lambda: exporter.render(meeting_id, ExportFormat.CSV, OPTIONS), EXPORT_REPEAT
    )
    bare, _ = timed(
        lambda: bare_csv(bare_export_rows(bare_db, meeting_id), table.headers), EXPORT_REPEAT
    )
    results.append(("export CSV (read + write)", ours_csv, "sqlite3 + csv module", bare))
    ours, _ = timed(lambda: write_csv(table), EXPORT_REPEAT)
    bare, _ = timed(lambda: bare_csv(table.rows, table.headers), EXPORT_REPEAT)
    results.append(("  CSV writer only (same rows)", ours, "csv module, same rows", bare))
    ours_xlsx, xlsx_bytes = timed(
        lambda: exporter.render(meeting_id, ExportFormat.XLSX, OPTIONS), 1
    )
    bare, _ = timed(lambda: bare_xlsx(bare_export_rows(bare_db, meeting_id), table.headers), 1)
    results.append(("export XLSX (read + write)", ours_xlsx, "sqlite3 + openpyxl w-o", bare))
    ours, _ = timed(lambda: write_xlsx(table), 1)
    bare, _ = timed(lambda: bare_xlsx(table.rows, table.headers), 1)
    results.append(("  XLSX writer only (same rows)", ours, "openpyxl write-only", bare))
    ours, _ = timed(lambda: services.export_data.participants(meeting_id), EXPORT_REPEAT)
    bare, _ = timed(lambda: bare_export_rows(bare_db, meeting_id), EXPORT_REPEAT)
    results.append(("  reading the participants", ours, "sqlite3 SELECT alone", bare))
    bare_db.close()
    assert isinstance(csv_bytes, bytes) and isinstance(xlsx_bytes, bytes)
    return results, csv_bytes, xlsx_bytes


_MEETING_PERSONS = (
    "SELECT person.* FROM person JOIN delegation ON delegation.id = person.delegation_id"
    " WHERE delegation.meeting_id = ?"
)


def bare_meeting_export(
    connection: sqlite3.Connection, meeting_id: int, records: object, destination: Path
) -> None:
    """The bare side of a meeting file export: the meeting's persons read with one SELECT,
    and the same records written with one json.dumps."""
    connection.execute(_MEETING_PERSONS, (meeting_id,)).fetchall()
    destination.write_bytes(json.dumps(records, ensure_ascii=False).encode())


def bare_meeting_import(connection: sqlite3.Connection, source: Path) -> None:
    """The bare side of a meeting file import as a copy: json.loads of the file, then the
    records it holds written as ours writes them, one statement per table in one
    transaction: the meeting (a new identity), its delegations (by the ids of the cities
    here, found by English name), their persons with every field the file gives (plus a
    search text and an identity each), the agenda items (new identities, moderators and
    speakers by the persons' new ids, mapped by a SELECT of those ids in insertion order)
    and their speakers. The generated meeting has no declarations and no proxies. Like
    every bare baseline here, it writes no change log."""
    loaded = json.loads(source.read_bytes())
    assert not loaded["declarations"], "the bare import writes no declarations"
    meeting, delegations, agenda = loaded["meeting"], loaded["delegations"], loaded["agenda"]
    connection.execute("BEGIN IMMEDIATE")
    city_ids = dict(connection.execute("SELECT name_en, id FROM city"))
    meeting_id = connection.execute(
        "INSERT INTO meeting (title, number, host_city_id, venue, first_day, last_day, theme,"
        " version, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
        (meeting["title"], meeting["number"], city_ids[meeting["host_city"]], meeting["venue"],
         meeting["first_day"], meeting["last_day"], meeting["theme"], str(uuid.uuid4())),
    ).lastrowid  # fmt: skip
    connection.executemany(
        "INSERT INTO delegation (meeting_id, city_id, status, notes, version)"
        " VALUES (?, ?, ?, ?, 1)",
        [(meeting_id, city_ids[d["city"]], d["status"], d["notes"]) for d in delegations],
    )
    delegation_of_city = dict(
        connection.execute("SELECT city_id, id FROM delegation WHERE meeting_id = ?", (meeting_id,))
    )
    fields = [key for key in delegations[0]["persons"][0] if key != "number"]
    connection.executemany(
        f"INSERT INTO person (delegation_id, {', '.join(fields)}, search_text, uuid, version)"
        f" VALUES ({', '.join('?' * (len(fields) + 3))}, 1)",
        [
            (delegation_of_city[city_ids[d["city"]]], *(p[key] for key in fields),
             " ".join(filter(None, (p["given_name"], p["family_name"], p["native_name"],
                                    p["email"]))).casefold(),
             str(uuid.uuid4()))
            for d in delegations
            for p in d["persons"]
        ],
    )  # fmt: skip
    numbers = [p["number"] for d in delegations for p in d["persons"]]
    new_ids = connection.execute(
        "SELECT person.id FROM person JOIN delegation ON delegation.id = person.delegation_id"
        " WHERE delegation.meeting_id = ? ORDER BY person.id",
        (meeting_id,),
    )
    person_id = dict(zip(numbers, (row[0] for row in new_ids), strict=True))
    connection.executemany(
        "INSERT INTO agenda_item (meeting_id, kind, title, description, starts_at, ends_at,"
        " room, moderator_id, version, uuid, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0)",
        [
            (meeting_id, a["kind"], a["title"], a["description"], a["starts_at"], a["ends_at"],
             a["room"], person_id.get(a["moderator"]), str(uuid.uuid4()))
            for a in agenda
        ],
    )  # fmt: skip
    item_ids = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY id", (meeting_id,)
        )
    ]
    connection.executemany(
        "INSERT INTO agenda_speaker (agenda_item_id, person_id, position) VALUES (?, ?, ?)",
        [
            (item_id, person_id[speaker], position)
            for item_id, a in zip(item_ids, agenda, strict=True)
            for position, speaker in enumerate(a["speakers"], start=1)
        ],
    )
    connection.execute("COMMIT")


def meeting_file_results(
    database: Database, folder: Path, meeting_id: int, repeat: int = 1
) -> list[tuple[str, float, str, float | None]]:
    """Our meeting file export (written to a file as it is read) and import (of that file,
    as a copy, read as a stream) beside bare json with the same records: the sqlite3 SELECT
    of the meeting's persons plus json.dumps of the exported document into a file; and
    json.loads of the file plus an executemany of its records per table on a copy of the
    database (``bare_meeting_import``)."""
    transfer = MeetingTransferService(database)
    path = folder / "meeting.json"

    def export() -> None:
        with path.open("wb") as file:
            transfer.write_meeting(meeting_id, file)

    ours_export, _ = timed(export, repeat)
    records = json.loads(path.read_bytes())
    assert database.path is not None
    connection = sqlite3.connect(database.path)

    def bare_export() -> None:
        bare_meeting_export(connection, meeting_id, records, folder / "bare.json")

    bare_export_time, _ = timed(bare_export, repeat)
    connection.close()
    ours_import, _ = timed(
        lambda: transfer.import_meeting(path, "meeting.json", IfAlreadyThere.COPY), repeat
    )
    bare_db = bare_connection(bare_copy(database, folder, "bare-meeting.db"))

    bare_import_time, _ = timed(lambda: bare_meeting_import(bare_db, path), repeat)
    bare_db.close()
    return [
        ("meeting file export (to a file)", ours_export, "SELECT + json.dumps", bare_export_time),
        ("meeting file import (as a copy)", ours_import, "json.loads + executemany",
         bare_import_time),
    ]  # fmt: skip


def hostile_results(database: Database, folder: Path) -> list[tuple[str, float, str, float]]:
    """How long each hostile file takes to be refused."""
    importer = PersonImportService(database, choices_file=folder / "choices.json")
    results = []
    for label, (name, content) in hostile_files().items():
        file = folder / name
        file.write_bytes(content)
        started = clock()
        try:
            importer.read(file)
            outcome = "NOT REFUSED"
        except UserFacingError:
            outcome = "refused"
        elapsed = clock() - started
        results.append((f"hostile: {label} ({outcome})", elapsed, "limit", 2.0))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    only = parser.add_mutually_exclusive_group()
    only.add_argument(
        "--exports-only", action="store_true", help="skip the import and hostile-file rows"
    )
    only.add_argument(
        "--imports-only", action="store_true", help="only the person imports and their memory"
    )
    parser.add_argument(
        "--runs",
        type=int,
        help="runs of each import (default: CSV 5, 3 beyond 20,000 rows; XLSX 2)",
    )
    parser.add_argument(
        "--cpu", action="store_true", help="time this process's CPU, not the wall clock"
    )
    arguments = sized(parser.parse_args(argv))
    global CPU_TIME
    CPU_TIME = arguments.cpu
    folder = Path(tempfile.mkdtemp(prefix="anmc-exchange-bench-"))
    database = open_database(sqlite_url(folder / "bench.db"))
    services = Services.on(database)
    cities = arguments.cities
    meeting_id = generate_meeting(
        database, cities=cities, persons=arguments.persons, agenda_items=arguments.agenda_items
    )
    if arguments.imports_only:
        render = services.delegation_list.render
        results: list[tuple[str, float, str, float | None]] = []
        csv_bytes = render(meeting_id, ExportFormat.CSV, OPTIONS)
        xlsx_bytes = render(meeting_id, ExportFormat.XLSX, OPTIONS)
    else:
        results, csv_bytes, xlsx_bytes = export_results(database, services, meeting_id)
    unit = "CPU seconds of this process" if CPU_TIME else "seconds"
    print(f"{arguments.persons:,} persons in {cities} delegations; {unit} (best of runs)")
    print(f"{'task':<50}{'ours':>8}  {'baseline':<26}{'base':>8}{'ratio':>8}")
    show(results)
    if not arguments.imports_only:
        show(meeting_file_results(database, folder, meeting_id))
    if not arguments.exports_only:
        (folder / "persons.csv").write_bytes(csv_bytes)
        (folder / "persons.xlsx").write_bytes(xlsx_bytes)
        show(import_results(database, services, folder, meeting_id, csv_bytes, arguments.runs))
        show(
            xlsx_import_results(database, services, folder, meeting_id, xlsx_bytes, arguments.runs)
        )
    if not (arguments.exports_only or arguments.imports_only):
        show(hostile_results(database, folder))
    if not arguments.exports_only:
        print("\npeak resident memory an import adds (MB), each in a fresh process")
        print(f"{'import':<50}{'ours':>8}  {'bare (csv/openpyxl + executemany)':<34}")
        for task, ours_mb, bare_mb in import_memory(database, folder, meeting_id):
            print(f"{task:<50}{ours_mb:>8.0f}  {bare_mb:>8.0f}", flush=True)
    database.dispose()
    return 0


def show(results: list[tuple[str, float, str, float | None]]) -> None:
    """The rows of the table, as soon as they are measured."""
    for task, ours, baseline, base in results:
        ratio = f"{ours / base:.1f}x" if base else ""
        base_text = f"{base:.3f}" if base is not None else ""
        print(f"{task:<50}{ours:>8.3f}  {baseline:<26}{base_text:>8}{ratio:>8}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
