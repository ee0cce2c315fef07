"""Undo records of imports: what they keep, and a command-line import whose undo record
cannot be written says the import happened."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from anmc_desktop import paths
from anmc_desktop.cli import main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import ImportResult, UpdatedPerson
from anmc_desktop.services import Services
from tests.exchange.import_helpers import persons_in_file


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
    before = persons_in_file(database, meeting_id)

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
    assert persons_in_file(database, meeting_id) == before + 2
    assert "imported people.csv: 2 added" in out.getvalue()
    assert "imported people.csv, but the undo record could not be written" in error


def test_an_undo_record_keeps_the_changed_fields_with_their_types() -> None:
    # GIVEN an import that changed a person's arrival and role
    before = {"arrival": dt.datetime(2014, 9, 4, 15, 30), "role": PersonRole.ADVISER}
    result = ImportResult(7, "people.xlsx", ((41, 1),), (UpdatedPerson(12, before, 3),), ())
    # WHEN it is written and read back
    again = ImportResult.from_json(result.to_json())
    # THEN the values come back as they were, as a moment and a role
    assert again == result


def test_an_undo_record_naming_a_field_no_person_has_is_refused() -> None:
    text = ImportResult(7, "people.csv", (), (UpdatedPerson(12, {"phone": ""}, 3),), ()).to_json()
    with pytest.raises(UserFacingError, match="not a record of an import"):
        ImportResult.from_json(text.replace('"phone"', '"__class__"'))
