"""How much memory each import and export takes at 20,000 and at 100,000 persons.

    python benchmarks/memory.py --generated FOLDER

FOLDER holds default.db and large.db made by generate_meeting.py. Each job runs in a
process of its own on a copy of the database: the table gives the growth of its peak
resident memory (VmHWM, after the database is open and the job's input read) at each
size, and how that growth grows. A job that streams stays flat; one that holds all of
its records grows with them (five times the persons: five times the memory).
``scale.py`` gives the same peak for each job (and its bare baseline) beside its time.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import exchange
from generate_meeting import SIZES
from measured import status_mb

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat
from anmc_desktop.services.meeting_transfer import IfAlreadyThere


def _job(services: Services, folder: Path, name: str) -> Callable[[], object]:
    """The job, its input prepared beforehand (not counted)."""
    export = services.delegation_list.render
    if name == "CSV export":
        return lambda: export(1, ExportFormat.CSV, exchange.OPTIONS)
    if name == "XLSX export":
        return lambda: export(1, ExportFormat.XLSX, exchange.OPTIONS)
    meeting_file = folder / "meeting.json"
    if name == "meeting file export":
        return lambda: _export_meeting(services, meeting_file)
    if name == "meeting file import":
        _export_meeting(services, meeting_file)
        return lambda: services.meeting_transfer.import_meeting(
            meeting_file, "m.json", IfAlreadyThere.COPY
        )
    file = folder / "persons.csv"
    file.write_bytes(export(1, ExportFormat.CSV, exchange.OPTIONS))
    meeting = services.meetings.get(1)
    target = services.meetings.create(
        MeetingDraft("Import", meeting.host_city_id, meeting.first_day, meeting.last_day)
    ).id
    return lambda: exchange.our_import(services.database, folder, file, target)


def _export_meeting(services: Services, path: Path) -> None:
    """The meeting file written as it is read, as the command line writes it."""
    with path.open("wb") as file:
        services.meeting_transfer.write_meeting(1, file)


JOBS = ("CSV export", "XLSX export", "import persons (CSV)", "meeting file export",
        "meeting file import")  # fmt: skip


def _measure(generated: Path, size: str, name: str) -> float:
    """In a process of its own: MB of peak resident memory the job added."""
    folder = Path(tempfile.mkdtemp(prefix="anmc-memory-"))
    os.environ["ANMC_HOME"] = str(folder)
    shutil.copyfile(generated / f"{size}.db", folder / "meeting.db")
    database = open_database(sqlite_url(folder / "meeting.db"))
    services = Services.on(database)
    job = _job(services, folder, name)
    Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
    before = status_mb("VmRSS")
    job()
    growth = status_mb("VmHWM") - before
    database.dispose()
    shutil.rmtree(folder)
    return growth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=Path, required=True)
    arguments = parser.parse_args(argv)
    small, large = SIZES["default"]["persons"], SIZES["large"]["persons"]
    print(f"peak resident memory a job adds (MB): {small:,} and {large:,} persons")
    print(f"{'job':<26}{'small':>9}{'large':>9}{'growth':>9}")
    context = multiprocessing.get_context("spawn")
    for name in JOBS:
        grown = []
        for size in ("default", "large"):
            with context.Pool(1) as pool:
                grown.append(pool.apply(_measure, (arguments.generated, size, name)))
        ratio = grown[1] / grown[0] if grown[0] > 0 else float("nan")
        print(f"{name:<26}{grown[0]:>9.0f}{grown[1]:>9.0f}{ratio:>8.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
