"""The kill harness: SIGKILL during imports and edits never damages or half-writes the file.

The full run (100 kills) is ``benchmarks/kill_harness.py``; here a few kills prove the
harness runs, and hand-made damage proves that its checks can fail.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "benchmarks" / "kill_harness.py"

sys.path.insert(0, str(HARNESS.parent))
import kill_harness  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_a_few_kills_leave_the_database_whole_and_exactly_as_committed(tmp_path: Path) -> None:
    # GIVEN the harness WHEN it kills the working app 4 times
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--kills", "4", "--seed", "7", "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # THEN it reports no damaged, partial or lost state
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("4 kills, 0 damaged, 0 partial, 0 lost"), result.stdout
    assert "units of work committed" in result.stdout
    assert "sample imports" in result.stdout and "person imports" in result.stdout


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, dict[str, int], kill_harness.Subjects]:
    database = tmp_path / "checked.db"
    per_import, subjects = kill_harness.prepare(database)
    return database, per_import, subjects


def test_the_check_finds_an_import_that_was_half_written(prepared) -> None:
    # GIVEN a database where the declaration lost one of its paragraphs
    database, per_import, subjects = prepared
    with closing(sqlite3.connect(database)) as connection:
        connection.execute(
            "DELETE FROM declaration_paragraph WHERE id = "
            "(SELECT min(id) FROM declaration_paragraph)"
        )
        connection.commit()
    # WHEN the harness checks it THEN it reports a partial import
    verdict = kill_harness.check(
        database, kill_harness.Expected(1, city_values={subjects.city_country},
        person_values={subjects.person_notes}), per_import, subjects,
    )  # fmt: skip
    assert "meeting" in verdict.partial
    assert not verdict.damaged


def _import_persons(database: Path, step: int, folder: Path) -> None:
    from anmc_desktop.db import open_database, sqlite_url
    from anmc_desktop.services import Services
    from anmc_desktop.services.person_import import PersonImportService

    sheet = folder / f"persons-{step}.csv"
    kill_harness.write_person_sheet(sheet, kill_harness.person_rows(), step)
    opened = open_database(sqlite_url(database))
    try:
        (meeting,) = Services.on(opened).meetings.list_meetings()
        kill_harness.import_person_sheet(PersonImportService(opened), sheet, meeting.id)
    finally:
        opened.dispose()


def test_a_committed_person_import_passes_the_check(prepared, tmp_path: Path) -> None:
    # GIVEN a person import the journal says was committed, all of it in the file
    database, per_import, subjects = prepared
    _import_persons(database, 1, tmp_path)
    journal = tmp_path / "journal.txt"
    journal.write_text("start 1 persons edit 1\ndone 1\n", encoding="utf-8")
    # WHEN the harness checks THEN it finds nothing wrong
    expected = kill_harness.expected_state(journal, subjects)
    assert kill_harness.check(database, expected, per_import, subjects) == kill_harness.Verdict()


def test_the_check_finds_a_person_import_that_was_half_written(prepared, tmp_path: Path) -> None:
    # GIVEN a person import in flight at the kill, of which one row is missing
    database, per_import, subjects = prepared
    _import_persons(database, 1, tmp_path)
    with closing(sqlite3.connect(database)) as connection:
        connection.execute(
            "DELETE FROM person WHERE id = "
            "(SELECT max(id) FROM person WHERE notes = 'kill-harness import 1')"
        )
        connection.commit()
    journal = tmp_path / "journal.txt"
    journal.write_text("start 1 persons edit 1\n", encoding="utf-8")
    # WHEN the harness checks THEN it reports a partial person import
    expected = kill_harness.expected_state(journal, subjects)
    verdict = kill_harness.check(database, expected, per_import, subjects)
    assert "unit 1: 299" in verdict.partial
    assert not verdict.damaged


def test_the_check_finds_a_person_import_that_should_not_be_there(prepared, tmp_path: Path) -> None:
    # GIVEN a journal where person import 1 was committed and import 2 rolled back,
    # and a file that holds import 2 but not import 1
    database, per_import, subjects = prepared
    _import_persons(database, 2, tmp_path)
    journal = tmp_path / "journal.txt"
    journal.write_text(
        "start 1 persons edit 1\ndone 1\nstart 2 persons edit 2\nresolved 2 rolled-back\n",
        encoding="utf-8",
    )
    # WHEN the harness checks THEN it reports both as lost state
    expected = kill_harness.expected_state(journal, subjects)
    verdict = kill_harness.check(database, expected, per_import, subjects)
    assert "committed person imports [1] are missing" in verdict.lost
    assert "person imports [2] are there but were not committed" in verdict.lost


def test_the_check_finds_a_committed_edit_that_is_missing(prepared, tmp_path: Path) -> None:
    # GIVEN a journal saying an edit of the city was committed, which the file lacks
    database, per_import, subjects = prepared
    journal = tmp_path / "journal.txt"
    journal.write_text("start 1 city edit 1\ndone 1\n", encoding="utf-8")
    # WHEN the harness checks THEN it reports lost state
    verdict = kill_harness.check(
        database, kill_harness.expected_state(journal, subjects), per_import, subjects
    )
    assert "city country" in verdict.lost


def test_the_check_finds_a_damaged_file(prepared) -> None:
    # GIVEN a database whose second half was cut off
    database, per_import, subjects = prepared
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])
    # WHEN the harness checks THEN it reports damage
    verdict = kill_harness.check(database, kill_harness.Expected(1), per_import, subjects)
    assert verdict.damaged
