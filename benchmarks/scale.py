"""Issue 21's figures in one table, each beside the bare library doing the same work, and
how each grows from 20,000 to 100,000 persons.

    python benchmarks/scale.py [--size large | --size default | --size both] [--no-print]

For each size a meeting is generated (in a child process, so that the resident memory
measured is the window's, not the generator's) and measured in this process:

- the window (offscreen): start-up with the database against a bare QMainWindow with one
  QTableWidget filled from one sqlite3 SELECT; first paints, search keystrokes and forms as
  ``benchmarks/ui.py`` measures them (median and worst); the agenda page; resident memory
  with the meeting open. These have targets in milliseconds, not a bare library;
- the jobs: CSV and XLSX exports (``benchmarks/exchange.py``'s baselines), an import of
  every person as new into an empty meeting against the csv module plus one executemany,
  the meeting file written and read back against json with the same records (plus the
  sqlite3 SELECT, or executemany, of its persons), and the delegation list, badges and
  place cards against a bare canvas drawing the same shaped glyphs
  (``benchmarks/print.py``).

With ``--size both`` a second table gives each figure at 20,000 and at 100,000 persons and
its growth; five times the persons may take at most five times as long (linear).
PostgreSQL team mode is ``benchmarks/team.py``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import segno
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

sys.path.insert(0, str(Path(__file__).resolve().parent))

import exchange
import print as print_benchmark
import ui
from generate_meeting import SIZES

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.exchange.delegation_list import build_table
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.fontset import Face
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.seating import badge_payload
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat
from anmc_desktop.services.meeting_transfer import IfAlreadyThere, MeetingTransferService
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.settings import AppSettings

HERE = Path(__file__).resolve().parent


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


def ratio_target(name: str, ours: float, baseline: str, base: float, most: float) -> Figure:
    return Figure(name, ours, "s", baseline, base, f"<= {most:g}x", ours / base <= most)


def limit_target(name: str, ours: float, unit: str, most: float) -> Figure:
    return Figure(name, ours, unit, target=f"< {most:g} {unit}", met=ours < most)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def once(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def bare_window(path: Path, meeting_id: int) -> float:
    """A QMainWindow with one table of the meeting's delegations, from one sqlite3 SELECT."""
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT city.name_en, city.country, delegation.status FROM delegation"
        " JOIN city ON city.id = delegation.city_id WHERE delegation.meeting_id = ?"
        " ORDER BY city.name_en",
        (meeting_id,),
    ).fetchall()
    window = QMainWindow()
    table = QTableWidget(len(rows), 3)
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            table.setItem(number, column, QTableWidgetItem(value))
    window.setCentralWidget(table)
    window.show()
    QApplication.processEvents()
    window.repaint()
    elapsed = time.perf_counter() - started
    window.close()
    connection.close()
    return elapsed


def our_window(path: Path) -> tuple[float, MainWindow, Database]:
    """The app's start-up with the database: open it (its pages checked by the backup on
    opening, after the window shows, as the window does), build the window, show the
    meeting."""
    started = time.perf_counter()
    database = open_database(sqlite_url(path), thorough=False)
    services = Services.on(database)
    window = MainWindow(services, AppSettings.open())
    window.set_current_meeting(services.meetings.list_meetings()[0].id)
    window.show()
    QApplication.processEvents()
    window.repaint()
    return time.perf_counter() - started, window, database


def window_figures(path: Path, runs: int) -> list[Figure]:
    bare = min(bare_window(path, 1) for _ in range(3))
    ours, window, database = our_window(path)
    figures = [ratio_target("window start-up", ours, "QMainWindow + 1 table", bare, 1.5)]
    agenda: list[float] = []
    for _ in range(runs):
        window.show_page(MeetingsPage)
        window.page(AgendaPage).mark_stale()
        QApplication.processEvents()
        agenda.append(ui.timed(lambda: window.show_page(AgendaPage), lambda: window))
    memory = resident_mb()
    window.close()
    database.dispose()
    steps = {step.name.strip(): step for step in ui.run(path, runs)}
    memory = max(memory, resident_mb())
    wanted = (
        ("first paint: delegations list (+ members)", "first paint: delegations (worst)"),
        ("first paint: person search, first of session", "first paint: persons, first search"),
        ("first paint: person search (all persons)", "first paint: persons (worst)"),
        ("open person form (from search result)", "open person form (worst)"),
        ("open city form (time-zone completer)", "open city form (worst)"),
    )
    for key, name in wanted:
        step = steps[key]
        figures.append(limit_target(name, max(step.times_ms), "ms", step.target_ms))
    keys = steps["search keystroke (all of them)"].times_ms
    figures.append(limit_target("search keystroke (median)", statistics.median(keys), "ms", 100))
    figures.append(limit_target("search keystroke (worst)", max(keys), "ms", 100))
    figures.append(limit_target("agenda page (worst)", max(agenda), "ms", 300))
    figures.append(limit_target("resident memory, meeting open", memory, "MB", 600))
    return figures


def export_figures(services: Services, path: Path, meeting_id: int) -> list[Figure]:
    exporter = services.delegation_list
    options = exchange.OPTIONS
    meeting = services.meetings.get(meeting_id)
    table = build_table(meeting.title, services.export_data.participants(meeting_id).participants,
                        options)  # fmt: skip
    bare_db = sqlite3.connect(path)
    ours, csv_bytes = exchange.timed(lambda: exporter.render(meeting_id, ExportFormat.CSV, options))
    bare, _ = exchange.timed(
        lambda: exchange.bare_csv(exchange.bare_export_rows(bare_db, meeting_id), table.headers)
    )
    figures = [ratio_target("CSV export", ours, "sqlite3 + csv", bare, 2)]
    ours, _ = once(lambda: exporter.render(meeting_id, ExportFormat.XLSX, options))
    bare, _ = once(
        lambda: exchange.bare_xlsx(exchange.bare_export_rows(bare_db, meeting_id), table.headers)
    )
    figures.append(ratio_target("XLSX export", ours, "sqlite3 + openpyxl w-o", bare, 2))
    bare_db.close()
    assert isinstance(csv_bytes, bytes)
    figures += import_figures(services, path, meeting_id, csv_bytes)
    figures += meeting_file_figures(services, path, meeting_id)
    return figures


def import_figures(services: Services, path: Path, meeting_id: int, data: bytes) -> list[Figure]:
    """Every person of the list imported as new into an empty meeting in the same cities."""
    folder = path.parent
    meeting = services.meetings.get(meeting_id)
    target = services.meetings.create(
        MeetingDraft("Import", meeting.host_city_id, meeting.first_day, meeting.last_day)
    ).id
    file = folder / "persons.csv"
    file.write_bytes(data)
    delegation_of_city = {
        d.city_name: d.id for d in services.delegations.list_delegations(meeting_id)
    }
    bare_db = exchange.bare_copy(services.database, folder, "bare-import.db")
    times = exchange.our_import(services.database, folder, file, target)
    bare = exchange.bare_insert(bare_db, data, delegation_of_city)
    return [ratio_target(f"import {times.created:,} persons (CSV)", times.total,
                         "csv + executemany", bare, 2)]  # fmt: skip


def meeting_file_figures(services: Services, path: Path, meeting_id: int) -> list[Figure]:
    transfer = MeetingTransferService(services.database)
    ours, data = once(lambda: transfer.export_meeting(meeting_id))
    assert isinstance(data, bytes)
    records = json.loads(data)
    connection = sqlite3.connect(path)

    def bare_export() -> bytes:
        connection.execute(
            "SELECT person.* FROM person JOIN delegation ON delegation.id ="
            " person.delegation_id WHERE delegation.meeting_id = ?",
            (meeting_id,),
        ).fetchall()
        return json.dumps(records, ensure_ascii=False).encode()

    bare, _ = once(bare_export)
    connection.close()
    figures = [ratio_target("meeting file export", ours, "SELECT + json.dumps", bare, 2)]
    ours, _ = once(lambda: transfer.import_meeting(data, "meeting.json", IfAlreadyThere.COPY))
    bare_db = exchange.bare_connection(exchange.bare_copy(services.database, path.parent, "m.db"))

    def bare_import() -> None:
        loaded = json.loads(data)
        persons = [
            (
                p["given_name"],
                p["family_name"],
                p["native_name"],
                p["position"],
                p["email"],
                str(uuid.uuid4()),
            )
            for d in loaded["delegations"]
            for p in d["persons"]
        ]
        bare_db.execute("BEGIN IMMEDIATE")
        bare_db.executemany(
            "INSERT INTO person (delegation_id, given_name, family_name, native_name, position,"
            " email, honorific, phone, dietary_needs, access_needs, notes, role, version,"
            " family_name_first, is_placeholder, search_text, uuid)"
            " VALUES (1, ?, ?, ?, ?, ?, '', '', '', '', '', 'member', 1, 0, 0, '', ?)",
            persons,
        )
        bare_db.execute("COMMIT")

    bare, _ = once(bare_import)
    bare_db.close()
    figures.append(ratio_target("meeting file import", ours, "json.loads + executemany", bare, 2))
    return figures


def print_figures(services: Services, meeting_id: int) -> list[Figure]:
    lists = services.print_data.delegations(meeting_id)
    persons = [p for d in lists.delegations for p in d.persons]
    texts = [t for p in persons for t in (p.latin_name, p.native_name, p.position)]
    bare, _ = print_benchmark._bare_canvas(texts, Face.SANS)
    documents: list[tuple[str, Callable[[], bytes]]] = [
        ("delegation list PDF", lambda: render_delegation_list(lists.meeting, lists.delegations)),
        ("badges PDF", lambda: render_badges(lists.meeting, lists.delegations)),
        ("place cards PDF", lambda: render_place_cards(lists.meeting, lists.delegations)),
    ]
    render_delegation_list(lists.meeting, lists.delegations[:1])  # the fonts, loaded once
    figures = [
        ratio_target(name, once(render)[0], "bare canvas, same glyphs", bare, 2)
        for name, render in documents
    ]
    # A badge also carries a QR code: the bare library making the same symbols (segno)
    # is part of the same work.
    payloads = [badge_payload(p.uuid) for p in persons if not p.is_placeholder]
    symbols, _ = once(lambda: [segno.make(payload, error="m").matrix for payload in payloads])
    badges = figures[1]
    figures.insert(2, ratio_target("badges PDF (QR codes too)", badges.ours,
                                   "bare canvas + segno", bare + symbols, 2))  # fmt: skip
    return figures


def measure(size: str, runs: int, with_print: bool, with_window: bool,
            generated: Path | None) -> list[Figure]:  # fmt: skip
    """Every figure at this size, each row printed as soon as it is measured."""
    folder = Path(tempfile.mkdtemp(prefix=f"anmc-scale-{size}-"))
    os.environ["ANMC_HOME"] = str(folder)
    path = folder / "meeting.db"
    if generated is not None:
        shutil.copyfile(generated / f"{size}.db", path)
    else:
        subprocess.run(
            [sys.executable, str(HERE / "generate_meeting.py"), str(path), "--size", size],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print_header(size)
    figures = print_rows(window_figures(path, runs)) if with_window else []
    gc.collect()
    database = open_database(sqlite_url(path))
    services = Services.on(database)
    figures += print_rows(export_figures(services, path, 1))
    if with_print:
        figures += print_rows(print_figures(services, 1))
    database.dispose()
    return figures


def print_header(size: str) -> None:
    counts = SIZES[size]
    print(f"\n{counts['persons']:,} persons, {counts['cities']:,} cities, "
          f"{counts['agenda_items']:,} agenda items")  # fmt: skip
    header = f"{'figure':<38}{'ours':>10}  {'bare library':<26}{'bare':>9}{'ratio':>8}  target"
    print(header)
    print("-" * (len(header) + 10))


def print_rows(figures: list[Figure]) -> list[Figure]:
    for f in figures:
        base = f"{f.base:>9.3f}" if f.base is not None else " " * 9
        ratio = f"{f.ours / f.base:>7.2f}x" if f.base else " " * 8
        verdict = "" if f.met is None else ("met" if f.met else "NOT MET")
        ours = f"{f.ours:>7.{3 if f.unit == 's' else 0}f} {f.unit:<2}"
        print(f"{f.name:<38}{ours:>10}  {f.baseline:<26}{base}{ratio}  {f.target} {verdict}")
    sys.stdout.flush()
    return figures


def print_growth(small: list[Figure], large: list[Figure]) -> None:
    factor = SIZES["large"]["persons"] / SIZES["default"]["persons"]
    print(f"\ngrowth from {SIZES['default']['persons']:,} to {SIZES['large']['persons']:,} "
          f"persons ({factor:g}x): at most linear")  # fmt: skip
    print(f"{'figure':<38}{'small':>10}{'large':>10}{'growth':>9}  linear?")
    by_name = {figure.name.split(" (")[0]: figure for figure in small}
    for figure in large:
        before = by_name.get(figure.name.split(" (")[0])
        if before is None or not before.ours:
            continue
        growth = figure.ours / before.ours
        verdict = "yes" if growth <= factor else "NO"
        print(f"{figure.name:<38}{before.ours:>10.3f}{figure.ours:>10.3f}{growth:>8.2f}x  "
              f"{verdict}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=(*SIZES, "both"), default="both")
    parser.add_argument("--runs", type=int, default=2, help="window runs per step")
    parser.add_argument("--no-print", action="store_true", help="skip the PDF documents")
    parser.add_argument("--jobs-only", action="store_true", help="skip the window's figures")
    parser.add_argument(
        "--generated", type=Path,
        help="a folder holding default.db and large.db made by generate_meeting.py, copied "
        "instead of generating each size again",
    )  # fmt: skip
    arguments = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    sizes = list(SIZES) if arguments.size == "both" else [arguments.size]
    results = {}
    for size in sizes:
        results[size] = measure(
            size, arguments.runs, not arguments.no_print, not arguments.jobs_only,
            arguments.generated,
        )  # fmt: skip
    if len(results) == len(SIZES):
        print_growth(results["default"], results["large"])
    print("\nseconds unless marked; exports the best of 3 runs, other jobs one run; the window "
          "offscreen; the machine is shared, so ratios within one run are what count.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
