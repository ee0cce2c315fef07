"""How fast the exchange formats are, on the 20,000-person generated meeting.

Prints one table: our CSV and XLSX exports beside the bare csv module and openpyxl's
write-only mode writing the same rows; our person import (read, preview, apply in one
transaction) beside a bare sqlite3 executemany of the same rows; and how long each
hostile file takes to be refused. Targets (issue 5): exports within 2x, the import
within 3x of those baselines, hostile files refused within 2 s.

    python benchmarks/exchange.py [--persons 20000]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ROUND_TRIP_COLUMNS, ListOptions, build_table
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import DelegationListExport, ExportDataService, ExportFormat
from anmc_desktop.services.meeting_transfer import MeetingTransferService
from anmc_desktop.services.meetings import MeetingDraft
from anmc_desktop.services.person_import import PersonImportService

sys.path.insert(0, str(Path(__file__).parent))
from generate_meeting import generate_meeting

OPTIONS = ListOptions(columns=ROUND_TRIP_COLUMNS)


def timed(action: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    """The best of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
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


def bare_executemany(folder: Path, rows: list[tuple[str, ...]], delegation_id: int) -> float:
    """Insert the same persons with nothing but sqlite3, into a copy of the schema."""
    database = open_database(sqlite_url(folder / "bare.db"))
    database.dispose()
    connection = sqlite3.connect(folder / "bare.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = OFF")
    values = [
        (delegation_id, r[3], r[4], r[6], r[5], r[7], "member", r[9], r[10], "", "", "", 1)
        for r in rows
    ]
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO person (delegation_id, given_name, family_name, native_name, honorific,"
        " position, role, email, phone, dietary_needs, access_needs, notes, version,"
        " family_name_first, is_placeholder, search_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '')",
        values,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    arguments = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="anmc-exchange-bench-"))
    database = open_database(sqlite_url(folder / "bench.db"))
    services = Services.on(database)
    cities = max(1, arguments.persons // 100)
    meeting_id = generate_meeting(
        database, cities=cities, persons=arguments.persons, agenda_items=2_000
    )
    meeting = services.meetings.get(meeting_id)

    exporter = DelegationListExport(database)
    data = ExportDataService(database).participants(meeting_id)
    table = build_table(meeting.title, data.participants, OPTIONS)
    results: list[tuple[str, float, str, float | None]] = []

    ours_csv, csv_bytes = timed(lambda: exporter.render(meeting_id, ExportFormat.CSV, OPTIONS))
    bare, _ = timed(lambda: bare_csv(table.rows, table.headers))
    results.append(("export CSV (read + write)", ours_csv, "csv module, same rows", bare))
    ours, _ = timed(lambda: write_csv(table))
    results.append(("  CSV writer only (same rows)", ours, "csv module, same rows", bare))
    ours_xlsx, _ = timed(lambda: exporter.render(meeting_id, ExportFormat.XLSX, OPTIONS), 1)
    bare, _ = timed(lambda: bare_xlsx(table.rows, table.headers), 1)
    results.append(("export XLSX (read + write)", ours_xlsx, "openpyxl write-only", bare))
    ours, _ = timed(lambda: write_xlsx(table), 1)
    results.append(("  XLSX writer only (same rows)", ours, "openpyxl write-only", bare))
    ours, _ = timed(lambda: ExportDataService(database).participants(meeting_id))
    results.append(("  reading the participants", ours, "", None))
    ours, _ = timed(lambda: MeetingTransferService(database).export_meeting(meeting_id), 1)
    results.append(("export meeting JSON", ours, "", None))

    # Import the exported list into a new, empty meeting in the same cities.
    target = services.meetings.create(
        MeetingDraft("Import target", meeting.host_city_id, meeting.first_day, meeting.last_day)
    ).id
    path = folder / "persons.csv"
    path.write_bytes(csv_bytes)  # type: ignore[arg-type]
    importer = PersonImportService(database, choices_file=folder / "choices.json")
    started = time.perf_counter()
    sheet, mapping = importer.read(path)
    assert mapping is not None
    preview = importer.preview(target, sheet, mapping)
    result = importer.apply(target, sheet, mapping)
    ours = time.perf_counter() - started
    assert len(result.created) == len(table.rows), (preview.rows[:3], len(result.created))
    bare = bare_executemany(folder, table.rows, 1)
    results.append(("import persons CSV (read, preview, apply)", ours, "sqlite3 executemany", bare))

    for label, (name, content) in hostile_files().items():
        file = folder / name
        file.write_bytes(content)
        started = time.perf_counter()
        try:
            importer.read(file)
            outcome = "NOT REFUSED"
        except UserFacingError:
            outcome = "refused"
        elapsed = time.perf_counter() - started
        results.append((f"hostile: {label} ({outcome})", elapsed, "limit", 2.0))
    database.dispose()

    print(f"{len(table.rows):,} persons in {cities} delegations; times in seconds (best of runs)")
    print(f"{'task':<48}{'ours':>8}  {'baseline':<22}{'base':>8}{'ratio':>8}")
    for task, ours, baseline, base in results:
        ratio = f"{ours / base:.1f}x" if base else ""
        base_text = f"{base:.3f}" if base is not None else ""
        print(f"{task:<48}{ours:>8.3f}  {baseline:<22}{base_text:>8}{ratio:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
