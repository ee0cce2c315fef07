"""How long the meeting overview takes to gather (the first page of a meeting, gathered on a
worker thread whose Python slows the window's thread meanwhile), beside bare sqlite3 running
the queries it needs on the same file: the meeting, its delegations with their cities, the
persons per delegation and the heads, the persons by role, the persons without travel dates,
the distinct names, the programme with its moderators and speakers (and, when some names
hold a character no font draws, the persons with those names).

    python benchmarks/overview.py [meeting.db] [--size large] [--gaps] [--repeat 5]

Without a file a meeting is generated into a temporary folder (``--size``, as
``generate_meeting.py``). A given file is copied first, never opened in place. ``--gaps``
measures the worst case too: a copy in which no one has travel dates (100,000 things to
do at ``--size large``) and every hundredth native name holds a character no font has.

The first overview in a process also loads the fonts the names need (once per process);
its row is apart. ``thread CPU`` is the processor time of the calling thread: Python, and
SQLite's own work, which runs without holding the interpreter.

``benchmarks/scale.py`` can add these rows with ``overview_figures(path, meeting_id,
repeat)``: (name, ours in seconds, bare in seconds or None) for a copy it owns.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.services import Services

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_meeting import add_size_arguments  # noqa: E402

_OF_MEETING = "JOIN delegation d ON d.id = p.delegation_id WHERE d.meeting_id = :meeting"
BARE_QUERIES = (
    "SELECT * FROM meeting WHERE id = :meeting",
    "SELECT d.*, c.name_en, c.name_local, c.country, hc.name_en FROM delegation d "
    "JOIN city c ON c.id = d.city_id LEFT JOIN delegation h ON h.id = d.proxy_to_id "
    "LEFT JOIN city hc ON hc.id = h.city_id WHERE d.meeting_id = :meeting",
    f"SELECT p.delegation_id, count(p.id) FROM person p {_OF_MEETING} GROUP BY p.delegation_id",
    f"SELECT p.* FROM person p {_OF_MEETING} AND p.role = 'head'",
    f"SELECT p.role, count(p.id) FROM person p {_OF_MEETING} GROUP BY p.role",
    "SELECT p.delegation_id, p.id, p.role, p.given_name, p.family_name, p.family_name_first, "
    "p.native_name, p.arrival IS NULL, p.departure IS NULL "
    f"FROM person p {_OF_MEETING} AND d.status NOT IN ('absent', 'proxy') "
    "AND p.is_placeholder = 0 AND (p.arrival IS NULL OR p.departure IS NULL)",
    " UNION ".join(
        f"SELECT p.{column} FROM person p {_OF_MEETING}"
        for column in ("given_name", "family_name", "native_name")
    ),
    "SELECT a.*, m.given_name, m.family_name, m.family_name_first, m.native_name "
    "FROM agenda_item a LEFT JOIN person m ON m.id = a.moderator_id "
    "WHERE a.meeting_id = :meeting ORDER BY a.starts_at, a.ends_at, a.id",
    "SELECT s.agenda_item_id, p.id, p.given_name, p.family_name, p.family_name_first, "
    "p.native_name FROM agenda_speaker s JOIN person p ON p.id = s.person_id "
    "JOIN agenda_item a ON a.id = s.agenda_item_id WHERE a.meeting_id = :meeting "
    "ORDER BY s.agenda_item_id, s.position",
)
NAMES = BARE_QUERIES.index(next(query for query in BARE_QUERIES if " UNION " in query))
UNPRINTABLE = "\U000f0001"  # a private character: no font has it


def bare(path: Path, meeting_id: int) -> tuple[float, float]:
    """sqlite3 running the overview's queries, fetching every row: wall and thread CPU."""

    def run() -> None:
        connection = sqlite3.connect(path)
        found = [connection.execute(query, {"meeting": meeting_id}).fetchall()
                 for query in BARE_QUERIES]  # fmt: skip
        unprintable = [name for (name,) in found[NAMES] if UNPRINTABLE in name]
        if unprintable:
            marks = ", ".join("?" * len(unprintable))
            connection.execute(
                "SELECT p.delegation_id, p.id, p.role, p.given_name, p.family_name, "
                "p.family_name_first, p.native_name FROM person p JOIN delegation d "
                "ON d.id = p.delegation_id WHERE d.meeting_id = ? AND (p.given_name IN "
                f"({marks}) OR p.family_name IN ({marks}) OR p.native_name IN ({marks}))",
                (meeting_id, *unprintable * 3),
            ).fetchall()
        connection.close()

    wall, cpu, _ = timed(run)
    return wall, cpu


def timed(action: Callable[[], object]) -> tuple[float, float, object]:
    """Wall time, the calling thread's processor time, and what the action returned."""
    wall, cpu = time.perf_counter(), time.thread_time()
    result = action()
    return time.perf_counter() - wall, time.thread_time() - cpu, result


def overview_figures(
    path: Path, meeting_id: int, repeat: int
) -> list[tuple[str, float, float | None]]:
    """The overview in this process, first and again (median), and bare sqlite3."""
    database = open_database(sqlite_url(path), read_only=True)
    services = Services.on(database)
    try:
        first, first_cpu, overview = timed(lambda: services.overview.overview(meeting_id))
        runs = [timed(lambda: services.overview.overview(meeting_id)) for _ in range(repeat)]
    finally:
        database.dispose()
    to_do = overview.to_do  # type: ignore[attr-defined]
    bare_runs = [bare(path, meeting_id) for _ in range(repeat)]
    base, base_cpu = (statistics.median(run[at] for run in bare_runs) for at in (0, 1))
    return [
        (f"overview, first ({len(to_do):,} to do)", first, base),
        ("  its thread CPU", first_cpu, base_cpu),
        ("overview, again (median)", statistics.median(run[0] for run in runs), base),
        ("  its thread CPU", statistics.median(run[1] for run in runs), base_cpu),
        ("bare sqlite3 queries (median)", base, None),
        ("  its thread CPU", base_cpu, None),
    ]


def with_gaps(path: Path) -> None:
    """No one has travel dates; every hundredth native name cannot be printed."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE person SET arrival = NULL, departure = NULL")
        connection.execute(
            "UPDATE person SET native_name = native_name || ? WHERE id % 100 = 0", (UNPRINTABLE,)
        )
    connection.close()


def print_table(title: str, rows: list[tuple[str, float, float | None]]) -> None:
    print(f"\n{title}")
    header = f"{'figure':<40}{'seconds':>9}{'ratio to bare':>15}"
    print(header)
    print("-" * len(header))
    for name, ours, base in rows:
        ratio = f"{ours / base:.1f}x" if base else ""
        print(f"{name:<40}{ours:>9.3f}{ratio:>15}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path, help="a meeting file to copy")
    parser.add_argument("--meeting", type=int, default=1, help="the meeting's id (1)")
    parser.add_argument("--gaps", action="store_true", help="also the worst case (see above)")
    parser.add_argument("--repeat", type=int, default=5)
    add_size_arguments(parser)
    arguments = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="anmc-overview-"))
    path = folder / "meeting.db"
    if arguments.database is not None:
        shutil.copyfile(arguments.database, path)
    else:
        subprocess.run(
            [sys.executable, str(HERE / "generate_meeting.py"), str(path),
             "--size", arguments.size],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    print_table("the meeting as it is", overview_figures(path, arguments.meeting, arguments.repeat))
    if arguments.gaps:
        with_gaps(path)
        print_table(
            "no travel dates, every 100th native name unprintable",
            overview_figures(path, arguments.meeting, arguments.repeat),
        )
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
