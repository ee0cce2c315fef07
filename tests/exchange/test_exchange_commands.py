"""The exchange commands as the issue gives them: files out, files in, errors non-zero."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import icalendar
import openpyxl
import pypdf

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.meeting_file import SCHEMA_VERSION
from anmc_desktop.services import Services
from tests.exchange.import_helpers import persons_in_file
from tests.exchange.meeting_files import check_against_schema


def _run(database: Path, *arguments: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", str(database), *arguments], out=out)
    return code, out.getvalue()


def test_export_delegations_as_csv_with_columns_and_statuses(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "list.csv"

    code, _ = _run(
        database, "export", "delegations", "--meeting", str(meeting_id), "--format", "csv",
        "-o", str(out), "--columns", "city,family_name,native_name", "--status", "attending",
    )  # fmt: skip

    assert code == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["City", "Family name", "Name in native script"]
    assert ["Tomsk", "Zhvachkin", "Сергей Жвачкин"] in rows


def test_columns_and_statuses_may_be_separated_by_spaces(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "list.csv"

    code, _ = _run(
        database, "export", "delegations", "--meeting", str(meeting_id), "--format", "csv",
        "--columns", "family_name", "city", "--status", "attending", "confirmed",
        "--cities", "Kuala Lumpur, Tomsk", "-o", str(out),
    )  # fmt: skip

    assert code == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Family name", "City"]
    assert {row[1] for row in rows[1:]} == {"Tomsk"}  # Kuala Lumpur's head is a placeholder


def test_export_delegations_as_xlsx_one_sheet_per_city(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "list.xlsx"

    code, _ = _run(
        database, "export", "delegations", "--meeting", str(meeting_id), "--format", "xlsx",
        "-o", str(out), "--sheet-per-city", "--roles", "head",
    )  # fmt: skip

    assert code == 0
    book = openpyxl.load_workbook(out)
    assert "Tomsk" in book.sheetnames
    assert book["Tomsk"].max_row == 2  # the header and the governor


def test_export_delegations_as_pdf_is_the_printed_list(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "list.pdf"

    code, _ = _run(
        database, "export", "delegations", "--meeting", str(meeting_id), "--format", "pdf",
        "-o", str(out), "--cities", "Tomsk,Seoul",
    )  # fmt: skip

    assert code == 0
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Zhvachkin" in text and "Seoul" in text
    assert "Tokyo" not in text


def test_unknown_columns_exit_non_zero_and_write_no_file(sample_file, tmp_path, capsys):
    database, meeting_id = sample_file
    out = tmp_path / "list.csv"

    code, _ = _run(
        database, "export", "delegations", "--meeting", str(meeting_id), "--format", "csv",
        "-o", str(out), "--columns", "city,shoe_size",
    )  # fmt: skip

    assert code == EXIT_USER_ERROR
    assert "shoe_size" in capsys.readouterr().err
    assert not out.exists()


def test_export_agenda_as_ics(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "agenda.ics"

    code, _ = _run(
        database, "export", "agenda", "--meeting", str(meeting_id), "--format", "ics",
        "-o", str(out),
    )  # fmt: skip

    assert code == 0
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and all("Asia/Tomsk" in str(e["dtstart"].params["TZID"]) for e in events)


def test_export_meeting_then_import_meeting_into_another_database(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "tomsk.json"
    other = tmp_path / "laptop.db"

    assert _run(database, "export", "meeting", "--meeting", str(meeting_id), "-o", str(out))[0] == 0
    code, printed = _run(other, "import", "meeting", str(out))

    assert code == 0
    new_id = int(printed.splitlines()[0])
    assert persons_in_file(other, new_id) == persons_in_file(database, meeting_id)
    assert check_against_schema(out.read_bytes())["schema_version"] == SCHEMA_VERSION == 3


def test_import_meeting_dry_run_lists_what_it_would_do_and_writes_nothing(sample_file, tmp_path):
    import json

    database, meeting_id = sample_file
    out = tmp_path / "tomsk.json"
    other = tmp_path / "laptop.db"
    assert _run(database, "export", "meeting", "--meeting", str(meeting_id), "-o", str(out))[0] == 0
    # GIVEN the file with a new venue, and a laptop that does not have the meeting yet
    document = json.loads(out.read_text(encoding="utf-8"))
    document["meeting"]["venue"] = "City Hall"
    out.write_text(json.dumps(document), encoding="utf-8")

    # WHEN a dry run imports it into the laptop, and a dry run updates the original with it
    new = _run(other, "import", "meeting", "--dry-run", str(out))
    update = _run(database, "import", "meeting", "--update", "--dry-run", str(out))

    # THEN each says what it would do
    assert new[0] == update[0] == 0
    assert "nothing was written" in new[1] and "nothing was written" in update[1]
    assert "added as a new meeting, with 12 delegations, 16 persons" in new[1]
    assert "meeting.venue: " in update[1] and "-> 'City Hall'" in update[1]
    # AND wrote nothing: the laptop has no meeting, the original keeps its venue
    assert _run(other, "meetings")[1].strip() == ""
    opened = open_database(sqlite_url(database))
    try:
        assert Services.on(opened).meetings.get(meeting_id).venue != "City Hall"
    finally:
        opened.dispose()


def test_import_persons_dry_run_prints_the_preview_and_writes_nothing(sample_file, tmp_path):
    database, meeting_id = sample_file
    people = tmp_path / "people.csv"
    people.write_text("Город;Фамилия;Имя\nТомск;Попова;Ольга\nUlan Bator;Bat;Erdene\n", "utf-8")
    before = persons_in_file(database, meeting_id)

    code, printed = _run(
        database, "import", "persons", "--meeting", str(meeting_id), str(people), "--dry-run"
    )

    assert code == 0
    assert "2 new" in printed
    assert "row     2  new" in printed and "Ulaanbaatar" in printed
    assert persons_in_file(database, meeting_id) == before

    code, printed = _run(database, "import", "persons", "--meeting", str(meeting_id), str(people))
    assert code == 0
    assert "2 added" in printed
    assert persons_in_file(database, meeting_id) == before + 2


def test_skip_errors_imports_the_good_rows_and_reports_the_others(sample_file, tmp_path, capsys):
    database, meeting_id = sample_file
    people = tmp_path / "guests.csv"
    people.write_text(
        "City,Family name,Given name,Role\n"
        "Tomsk,Popova,Olga,member\n"
        "Atlantis,Nemo,Captain,member\n"
        "Ulan Bator,Bat,Erdene,chief\n"
        "Seoul,Kim,Minji,adviser\n",
        "utf-8",
    )
    before = persons_in_file(database, meeting_id)
    arguments = ("import", "persons", "--meeting", str(meeting_id), str(people))

    # WHEN the import is asked to take the good rows
    code, printed = _run(database, *arguments, "--skip-errors")

    # THEN the two good rows are in, and the two bad ones are left out with a report
    assert code == 0
    assert "2 added" in printed
    assert persons_in_file(database, meeting_id) == before + 2
    report = tmp_path / "guests - rows left out.csv"
    assert f"2 row(s) left out; see {report}" in capsys.readouterr().err
    rows = list(csv.reader(io.StringIO(report.read_text("utf-8-sig"))))
    assert rows[0] == ["City", "Family name", "Given name", "Role", "Import problems"]
    assert [row[:4] for row in rows[1:]] == [
        ["Atlantis", "Nemo", "Captain", "member"],
        ["Ulan Bator", "Bat", "Erdene", "chief"],
    ]
    assert rows[1][4].startswith("3: City: ") and "Atlantis" in rows[1][4]
    assert rows[2][4].startswith("4: Role: ") and "'chief' is not a role" in rows[2][4]

    # AND once corrected, the report itself imports (its problems column is ignored)
    report.write_text(
        report.read_text("utf-8-sig").replace("Atlantis", "Tokyo").replace("chief", "adviser"),
        "utf-8",
    )
    code, printed = _run(database, "import", "persons", "--meeting", str(meeting_id), str(report))
    assert code == 0 and "2 added" in printed
    assert persons_in_file(database, meeting_id) == before + 4


def test_skip_errors_imports_nothing_when_its_report_cannot_be_written(
    sample_file, tmp_path, capsys
):
    database, meeting_id = sample_file
    people = tmp_path / "guests.csv"
    people.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", "utf-8")
    (tmp_path / "guests - rows left out.csv").mkdir()  # where the report would go
    before = persons_in_file(database, meeting_id)

    code, _ = _run(
        database, "import", "persons", "--meeting", str(meeting_id), str(people), "--skip-errors"
    )

    # THEN the import says why and writes nothing: no rows in without their report
    assert code == EXIT_USER_ERROR
    assert "rows left out.csv" in capsys.readouterr().err
    assert persons_in_file(database, meeting_id) == before


def test_a_near_miss_of_a_header_is_suggested_on_the_command_line(sample_file, tmp_path, capsys):
    database, meeting_id = sample_file
    people = tmp_path / "people.csv"
    people.write_text("City,Family name,Given name,E-mial\nTomsk,Popova,Olga,o@x.org\n", "utf-8")

    code, printed = _run(
        database, "import", "persons", "--meeting", str(meeting_id), str(people), "--dry-run"
    )

    assert code == 0
    assert "ignored columns: E-mial" in printed
    assert (
        "column 'E-mial' is not read; if it holds the e-mail, add --column 'E-mial=email'"
    ) in capsys.readouterr().err


def test_import_persons_with_errors_exits_non_zero_and_writes_nothing(
    sample_file, tmp_path, capsys
):
    database, meeting_id = sample_file
    people = tmp_path / "people.csv"
    people.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", "utf-8")
    before = persons_in_file(database, meeting_id)

    code, printed = _run(database, "import", "persons", "--meeting", str(meeting_id), str(people))

    assert code == EXIT_USER_ERROR
    assert "no member city matches 'Atlantis'" in printed
    assert "nothing was imported" in capsys.readouterr().err
    assert persons_in_file(database, meeting_id) == before


def test_import_of_a_hostile_file_exits_non_zero(sample_file, tmp_path, capsys):
    database, meeting_id = sample_file
    junk = tmp_path / "people.csv"
    junk.write_bytes(bytes(range(256)) * 100)

    code, _ = _run(database, "import", "persons", "--meeting", str(meeting_id), str(junk))

    assert code == EXIT_USER_ERROR
    assert "not a text CSV file" in capsys.readouterr().err


def test_import_persons_with_columns_named_on_the_command_line(sample_file, tmp_path, capsys):
    # GIVEN a hotel's list whose headers nobody recognises
    database, meeting_id = sample_file
    hotel = tmp_path / "hotel.csv"
    hotel.write_text("Guest surname,Town,Room\nPopova,Tomsk,101\n", "utf-8")
    before = persons_in_file(database, meeting_id)

    # WHEN imported without naming the columns, THEN it says how to name them
    code, _ = _run(database, "import", "persons", "--meeting", str(meeting_id), str(hotel))
    assert code == EXIT_USER_ERROR
    assert "--column 'HEADER=FIELD'" in capsys.readouterr().err

    # WHEN the columns are named, THEN the person is imported (the room column ignored)
    code, printed = _run(
        database, "import", "persons", "--meeting", str(meeting_id), str(hotel),
        "--column", "Guest surname=family_name", "--column", "Town=city",
    )  # fmt: skip
    assert code == 0, printed
    assert "ignored columns: Room" in printed
    assert persons_in_file(database, meeting_id) == before + 1

    # AND a malformed choice is refused
    code, _ = _run(
        database, "import", "persons", "--meeting", str(meeting_id), str(hotel),
        "--column", "Town=shoe_size",
    )  # fmt: skip
    assert code == EXIT_USER_ERROR
    assert "write HEADER=FIELD" in capsys.readouterr().err


def test_an_import_from_the_command_line_can_be_undone(sample_file, tmp_path, capsys):
    # GIVEN an import that updated the governor and added a person
    database, meeting_id = sample_file
    people = tmp_path / "people.csv"
    people.write_text(
        "City,Family name,Given name,Position,Arrival\n"
        "Tomsk,Zhvachkin,Sergey,Governor of Tomsk Oblast,2014-09-03 10:00\n"
        "Tomsk,Popova,Olga,Interpreter,\n",
        "utf-8",
    )
    before = persons_in_file(database, meeting_id)
    code, printed = _run(database, "import", "persons", "--meeting", str(meeting_id), str(people))
    assert code == 0
    record = printed.strip().splitlines()[-1].removeprefix("to undo: anmc-desktop import undo ")

    # WHEN the printed undo command is run
    code, printed = _run(database, "import", "undo", record)

    # THEN the meeting is as before, the governor's position too
    assert code == 0, printed
    assert "undone: the import of people.csv" in printed
    assert persons_in_file(database, meeting_id) == before
    opened = open_database(sqlite_url(database))
    try:
        tomsk = next(
            d
            for d in Services.on(opened).delegations.list_delegations(meeting_id)
            if d.city_name == "Tomsk"
        )
        governor = Services.on(opened).delegations.get_delegation(tomsk.id).persons[0]
    finally:
        opened.dispose()
    assert (governor.position, governor.arrival) == ("Governor", None)

    # AND undoing twice is refused
    code, _ = _run(database, "import", "undo", record)
    assert code == EXIT_USER_ERROR
    assert "cannot be undone" in capsys.readouterr().err


def test_import_meeting_is_undone_from_its_undo_record(sample_file, tmp_path):
    database, meeting_id = sample_file
    out = tmp_path / "tomsk.json"
    assert _run(database, "export", "meeting", "--meeting", str(meeting_id), "-o", str(out))[0] == 0
    # GIVEN the meeting imported as a copy, which prints how to undo it
    code, printed = _run(database, "import", "meeting", "--as-copy", str(out))
    assert code == 0
    copy_id = int(printed.splitlines()[0])
    undo_line = next(line for line in printed.splitlines() if line.startswith("to undo: "))
    record = undo_line.removeprefix("to undo: anmc-desktop import undo ")
    assert persons_in_file(database, copy_id) == persons_in_file(database, meeting_id)
    # WHEN the import is undone from its record
    code, printed = _run(database, "import", "undo", record)
    # THEN the copy is gone, the original kept
    assert code == 0 and printed == "undone: the import of tomsk.json\n"
    meetings = _run(database, "meetings")[1].splitlines()
    assert [line.split("\t")[0] for line in meetings] == [str(meeting_id)]
    # AND a second undo is refused: its records are gone
    code, _ = _run(database, "import", "undo", record)
    assert code == EXIT_USER_ERROR
