"""Cells holding Excel's errors (#N/A, #REF!...) in the columns an import uses."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from import_helpers import empty_meeting, write_text

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.exchange.sheet_rows import EXCEL_ERRORS, ExcelError
from anmc_desktop.records.person_import import ImportPreview, RowStatus
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import ImportRefusedError, PersonImportService

HEADER = ["City", "Given name", "Family name", "Phone", "Notes", "Lookup"]


def _workbook(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    return path


def _preview(services: Services, meeting_id: int, path: Path) -> ImportPreview:
    importer = PersonImportService(services.database, path.with_name("choices.json"))
    sheet, mapping = importer.read(path)
    assert mapping is not None
    return importer.preview(meeting_id, sheet, mapping)


@pytest.mark.parametrize("error", sorted(EXCEL_ERRORS))
def test_a_workbook_error_in_a_used_column_is_an_error_of_its_row(
    services, sample_meeting_id, tmp_path, error
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Tomsk", "Olga", "Popova", "+7 913 123 45 67"])
    sheet.append(["Tomsk", "Ivan", "Petrov"])
    sheet["D3"] = error
    sheet["D3"].data_type = "e"  # openpyxl knows Excel 2007's errors only, not #SPILL!...
    path = tmp_path / "list.xlsx"
    book.save(path)

    preview = _preview(services, meeting_id, path)

    assert [row.status for row in preview.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert preview.rows[1].summary == (
        f"Phone: the cell holds Excel's error {error}; correct it in the file."
    )


def test_the_reader_tells_an_error_value_from_the_same_text(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["City", "Notes"])
    sheet["A2"] = "#N/A"
    sheet.cell(row=2, column=2).value = "#N/A"
    sheet.cell(row=2, column=2).data_type = "s"
    path = tmp_path / "list.xlsx"
    book.save(path)

    rows = read_sheet(path).rows

    assert rows[1] == ["#N/A", "#N/A"]
    assert isinstance(rows[1][0], ExcelError)
    assert not isinstance(rows[1][1], ExcelError)


def test_an_error_in_a_workbook_notes_column_is_an_error_and_an_unused_one_is_not(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Tomsk", "Olga", "Popova", "", "", "x"])
    sheet.append(["Tomsk", "Ivan", "Petrov", "", "", "x"])
    sheet["F2"] = "#REF!"  # "Lookup": a column the import does not use
    sheet["E3"] = "#VALUE!"
    path = tmp_path / "list.xlsx"
    book.save(path)

    preview = _preview(services, meeting_id, path)

    assert preview.ignored_columns == ("Lookup",)
    assert preview.rows[0].status is RowStatus.NEW
    assert preview.rows[1].summary == (
        "Notes: the cell holds Excel's error #VALUE!; correct it in the file."
    )


def test_an_error_in_the_city_column_is_named_once(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = _workbook(tmp_path, [["Tomsk", "Ivan", "Petrov"]])
    book = openpyxl.load_workbook(path)
    book.active["A2"] = "#N/A"
    book.save(path)

    preview = _preview(services, meeting_id, path)

    assert preview.rows[0].status is RowStatus.ERROR
    assert preview.rows[0].summary == (
        "City: the cell holds Excel's error #N/A; correct it in the file."
    )


def test_error_text_in_a_csv_is_an_error_except_in_free_text_columns(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "list.csv",
        "City,Given name,Family name,Phone,Notes,Lookup\n"
        "Tomsk,Olga,Popova,#N/A,#N/A,#REF!\n"
        "Tomsk,Ivan,Petrov,+7 913 000 00 00,#N/A,#DIV/0!\n",
        "utf-8",
    )

    preview = _preview(services, meeting_id, path)

    assert preview.rows[0].status is RowStatus.ERROR
    assert preview.rows[0].summary == (
        "Phone: the cell holds Excel's error #N/A; correct it in the file."
    )
    # "#N/A" in notes may be what someone wrote ("not applicable"); Lookup is not imported.
    assert preview.rows[1].status is RowStatus.NEW


def test_apply_refuses_the_file_naming_row_and_column(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "list.csv",
        "City;Given name;Family name;Phone\nTomsk;Olga;Popova;#NAME?\n",
        "utf-8",
    )
    importer = PersonImportService(services.database, tmp_path / "choices.json")
    sheet, mapping = importer.read(path)
    assert mapping is not None

    with pytest.raises(ImportRefusedError) as refused:
        importer.apply(meeting_id, sheet, mapping)

    assert "row 2, Phone: the cell holds Excel's error #NAME?" in str(refused.value)
    assert services.delegations.list_delegations(meeting_id) == []


def test_the_command_line_dry_run_shows_the_error_and_exits_non_zero(tmp_path, capsys):
    database_path = tmp_path / "plenary.db"
    database = open_database(sqlite_url(database_path))
    meeting_id = Services.on(database).sample.load()
    database.dispose()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Город", "Фамилия", "Имя", "Телефон"])
    sheet.append(["Томск", "Попова", "Ольга", "+7 913 123 45 67"])
    sheet.append(["Томск", "Иванов", "Иван"])
    sheet["D3"] = "#N/A"
    path = tmp_path / "tomsk.xlsx"
    book.save(path)
    out = io.StringIO()

    code = main(
        [
            "--database",
            str(database_path),
            "import",
            "persons",
            "--meeting",
            str(meeting_id),
            str(path),
            "--dry-run",
        ],
        out=out,
    )

    assert code == EXIT_USER_ERROR
    row_3 = next(line for line in out.getvalue().splitlines() if line.startswith("row     3"))
    assert "error" in row_3
    assert "Телефон: the cell holds Excel's error #N/A; correct it in the file." in row_3


def test_an_error_value_on_a_later_sheet_stays_with_its_cell(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Tomsk"
    first.append(["City", "Given name", "Family name", "Phone"])
    first.append(["Tomsk", "Olga", "Popova", "+7 913 123 45 67"])
    later = book.create_sheet("Manila")
    later.append(["Phone", "Family name", "Given name", "City"])  # another order
    later.append(["#N/A", "Santos", "Maria", "Manila"])
    later["A2"].data_type = "e"
    path = tmp_path / "list.xlsx"
    book.save(path)

    preview = _preview(services, meeting_id, path)

    assert [(row.where, row.status) for row in preview.rows] == [
        ("Tomsk!2", RowStatus.NEW),
        ("Manila!2", RowStatus.ERROR),
    ]
    assert preview.rows[1].summary.startswith("Phone: the cell holds Excel's error #N/A")
