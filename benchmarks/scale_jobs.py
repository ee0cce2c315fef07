"""The jobs and the printed documents of ``scale.py``, each beside the bare library doing the
same work, each run in a child process of its own (``measured.in_child``): its time and
the peak memory it added."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import exchange
import print as print_benchmark
from measured import Figure, Measured, in_child, ratio_target

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.exchange.delegation_list import build_table
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.seating import badge_payload
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat
from anmc_desktop.services.meeting_transfer import IfAlreadyThere, MeetingTransferService

# Each job and its baseline, ours and bare alike, is timed this many times in its child
# and the best time counts: one run of a job varied by up to a tenth from one run to the
# next, enough to turn how it grows from 20,000 to 100,000 persons either way. The badges
# (five minutes a run at 100,000) are timed twice.
RUNS = 3
BADGE_RUNS = 2


def _measure(database: Database) -> Callable[..., Measured]:
    """``in_child`` with no SQLite connection open across the fork: SQLite's locks do not
    survive a fork, and a child writing beside connections it inherited corrupts the file
    ("database disk image is malformed"). The pools open new ones when next asked."""

    def measured(job: Callable[[], object], repeat: int) -> Measured:
        database.engine.dispose()
        return in_child(job, repeat)

    return measured


def job_figures(path: Path, meeting_id: int) -> list[Figure]:
    database = open_database(sqlite_url(path))
    services = Services.on(database)
    try:
        return [
            *export_figures(services, path, meeting_id),
            import_figure(services, path, meeting_id),
            *meeting_file_figures(services, path, meeting_id),
        ]
    finally:
        database.dispose()


def export_figures(services: Services, path: Path, meeting_id: int) -> list[Figure]:
    measured = _measure(services.database)
    render = services.delegation_list.render
    options = exchange.OPTIONS
    meeting = services.meetings.get(meeting_id)
    headers = build_table(meeting.title, (), options).headers

    def bare(
        write: Callable[[list[tuple[str, ...]], tuple[str, ...]], bytes],
    ) -> Callable[[], bytes]:
        def job() -> bytes:
            with sqlite3.connect(path) as connection:
                return write(exchange.bare_export_rows(connection, meeting_id), headers)

        return job

    return [
        ratio_target("CSV export",
                     measured(lambda: render(meeting_id, ExportFormat.CSV, options), RUNS),
                     "sqlite3 + csv", measured(bare(exchange.bare_csv), RUNS), 2),
        ratio_target("XLSX export",
                     measured(lambda: render(meeting_id, ExportFormat.XLSX, options), RUNS),
                     "sqlite3 + openpyxl w-o", measured(bare(exchange.bare_xlsx), RUNS), 2),
    ]  # fmt: skip


def _best_on_fresh_copies(
    database: Database, folder: Path, jobs: list[Callable[[Path], float]]
) -> list[Measured]:
    """Each job run ``RUNS`` times, the jobs in turn, each time in a child process on a
    fresh copy of the database (the imports change it; a job times itself, from after it
    has opened the copy): each job's best time and largest peak memory."""
    runs: list[list[Measured]] = [[] for _ in jobs]
    for number in range(RUNS):
        for job, measured in zip(jobs, runs, strict=True):
            run_folder = folder / f"run-{number}"
            run_folder.mkdir()
            copy = exchange.bare_copy(database, run_folder, "meeting.db")
            database.engine.dispose()  # no connection open across the fork
            measured.append(in_child(lambda job=job, copy=copy: job(copy)))
            shutil.rmtree(run_folder)
    return [Measured(min(m.seconds for m in each), max(m.peak_mb for m in each)) for each in runs]


def import_figure(services: Services, path: Path, meeting_id: int) -> Figure:
    """Every person of the list imported as new into an empty meeting in the same cities."""
    folder = path.parent
    meeting = services.meetings.get(meeting_id)
    data = services.delegation_list.render(meeting_id, ExportFormat.CSV, exchange.OPTIONS)
    target = services.meetings.create(
        MeetingDraft("Import", meeting.host_city_id, meeting.first_day, meeting.last_day)
    ).id
    file = folder / "persons.csv"
    file.write_bytes(data)
    delegation_of_city = {
        d.city_name: d.id for d in services.delegations.list_delegations(meeting_id)
    }

    def ours(copy: Path) -> float:
        return exchange.our_import(open_database(sqlite_url(copy)), folder, file, target).total

    def bare(copy: Path) -> float:
        return exchange.bare_insert(copy, data, delegation_of_city)

    ours_measured, bare_measured = _best_on_fresh_copies(services.database, folder, [ours, bare])
    return ratio_target("import of every person (CSV)", ours_measured, "csv + executemany",
                        bare_measured, 2)  # fmt: skip


def meeting_file_figures(services: Services, path: Path, meeting_id: int) -> list[Figure]:
    """The meeting file written to a file as it is read, and imported from it as a stream,
    beside ``exchange``'s bare json sides."""
    measured = _measure(services.database)
    transfer = MeetingTransferService(services.database)
    written = path.parent / "meeting.json"

    def export() -> None:
        with written.open("wb") as file:
            transfer.write_meeting(meeting_id, file)

    ours_export = measured(export, RUNS)
    records = json.loads(written.read_bytes())

    def bare_export() -> None:
        with sqlite3.connect(path) as connection:
            exchange.bare_meeting_export(connection, meeting_id, records, path.parent / "bare.json")

    figures = [ratio_target("meeting file export", ours_export, "SELECT + json.dumps",
                            measured(bare_export, RUNS), 2)]  # fmt: skip

    def ours(copy: Path) -> float:
        copy_transfer = MeetingTransferService(open_database(sqlite_url(copy)))
        started = time.perf_counter()
        copy_transfer.import_meeting(written, "meeting.json", IfAlreadyThere.COPY)
        return time.perf_counter() - started

    def bare(copy: Path) -> float:
        connection = exchange.bare_connection(copy)
        started = time.perf_counter()
        exchange.bare_meeting_import(connection, written)
        elapsed = time.perf_counter() - started
        connection.close()
        return elapsed

    ours_import, bare_import = _best_on_fresh_copies(services.database, path.parent, [ours, bare])
    figures.append(ratio_target("meeting file import", ours_import, "json.loads + executemany",
                                bare_import, 2))  # fmt: skip
    return figures


def print_figures(path: Path, meeting_id: int, sections: list[str]) -> list[Figure]:
    """The delegation list and place cards if ``sections`` has "print", the badges if it
    has "badges"."""
    database = open_database(sqlite_url(path))
    measured = _measure(database)
    services = Services.on(database)
    read = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        lists = services.print_data.delegations(meeting_id)
        read = min(read, time.perf_counter() - started)
    persons = [p for d in lists.delegations for p in d.persons]
    texts = [t for p in persons for t in (p.latin_name, p.native_name, p.position)]
    payloads = [badge_payload(p.uuid) for p in persons if not p.is_placeholder]
    fonts = FontSet(Face.SANS)  # every font the documents use, loaded once, before the children
    for bold in (False, True):
        fonts.check(((text, text) for text in texts), bold)
    bare = measured(lambda: print_benchmark._bare_canvas(texts, Face.SANS)[0], RUNS)
    canvas = "bare canvas, same glyphs"
    documents: list[tuple[str, Callable[[], bytes], int, str, Callable[[], Measured]]] = []
    if "print" in sections:
        documents += [
            ("delegation list PDF",
             lambda: render_delegation_list(lists.meeting, lists.delegations), RUNS, canvas,
             lambda: bare),
            ("place cards PDF", lambda: render_place_cards(lists.meeting, lists.delegations),
             RUNS, canvas, lambda: bare),
        ]  # fmt: skip
    if "badges" in sections:

        def bare_badges() -> Measured:
            # A badge also carries a QR code: the bare library making the same symbols
            # (segno) is part of the same work; the canvas is the one measured above.
            symbols = measured(lambda: print_benchmark._qr_symbols(payloads), BADGE_RUNS)
            return Measured(bare.seconds + symbols.seconds, max(bare.peak_mb, symbols.peak_mb))

        documents.append(("badges PDF (QR codes too)",
                          lambda: render_badges(lists.meeting, lists.delegations), BADGE_RUNS,
                          "bare canvas + segno", bare_badges))  # fmt: skip
    figures = [Figure("reading the print data (no target)", read, "s")]
    figures += [
        ratio_target(name, measured(render, runs), baseline, base(), 2)
        for name, render, runs, baseline, base in documents
    ]
    database.dispose()
    return figures
