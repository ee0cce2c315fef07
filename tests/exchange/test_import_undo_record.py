"""A command-line import whose undo record cannot be written says the import happened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from anmc_desktop import paths
from anmc_desktop.cli import main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.services import Services


def _persons(database: Path, meeting_id: int) -> int:
    opened = open_database(sqlite_url(database))
    try:
        delegations = Services.on(opened).delegations.list_delegations(meeting_id)
        return sum(d.person_count for d in delegations)
    finally:
        opened.dispose()


def test_an_unwritable_undo_record_is_reported_as_such_after_a_true_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    # GIVEN a database with the sample meeting, a sheet of two new persons, and a data
    # folder where the undo records' folder cannot be made (a file is in its place)
    database = tmp_path / "plenary.db"
    opened = open_database(sqlite_url(database))
    meeting_id = Services.on(opened).sample.load()
    opened.dispose()
    people = tmp_path / "people.csv"
    people.write_text("Город;Фамилия;Имя\nТомск;Попова;Ольга\nUlan Bator;Bat;Erdene\n", "utf-8")
    (paths.data_dir() / "imports").write_text("not a folder", encoding="utf-8")
    before = _persons(database, meeting_id)

    # WHEN the persons are imported on the command line
    out = io.StringIO()
    code = main(
        ["--database", str(database), "import", "persons", "--meeting", str(meeting_id),
         str(people)],
        out=out,
    )  # fmt: skip

    # THEN the import is applied and reported, and the error says only the record failed
    error = capsys.readouterr().err
    assert code != 0
    assert _persons(database, meeting_id) == before + 2
    assert "imported people.csv: 2 added" in out.getvalue()
    assert "imported people.csv, but the undo record could not be written" in error
