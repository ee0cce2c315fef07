"""Phones that Excel wrote as "7.9E+10" when it saved a CSV: their digits are lost."""

from __future__ import annotations

import openpyxl
import pytest
from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services.person_import import PersonImportService


@pytest.mark.parametrize(
    ("separator", "phone"),
    [(",", "7.9E+10"), (",", "7.91313E+10"), (";", "7,91E+10"), (";", "8E+10"), (",", "7.9e+10")],
)
def test_a_phone_in_scientific_notation_is_an_error_saying_what_to_do(
    services, sample_meeting_id, tmp_path, separator, phone
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    quoted = f'"{phone}"' if separator in phone else phone
    path = write_text(
        tmp_path,
        "list.csv",
        separator.join(["City", "Given name", "Family name", "Phone"])
        + "\n"
        + separator.join(["Tomsk", "Olga", "Popova", quoted])
        + "\n"
        + separator.join(["Tomsk", "Ivan", "Petrov", "+7 (913) 123-45-67"])
        + "\n",
        "utf-8",
    )
    importer = PersonImportService(services.database, tmp_path / "choices.json")
    sheet, mapping = importer.read(path)
    assert mapping is not None

    preview = importer.preview(meeting_id, sheet, mapping)

    assert [row.status for row in preview.rows] == [RowStatus.ERROR, RowStatus.NEW]
    (problem,) = preview.rows[0].problems
    assert problem.column == "Phone"
    assert problem.reason.startswith(f"{phone!r} is a number Excel shortened")
    assert "format the column as Text in Excel and save the file again" in problem.reason


def test_a_phone_stored_as_a_number_in_a_workbook_keeps_its_digits(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["City", "Given name", "Family name", "Phone"])
    sheet.append(["Tomsk", "Olga", "Popova", 79131234567])
    sheet.append(["Tomsk", "Ivan", "Petrov", 7.9131234567e10])
    path = tmp_path / "list.xlsx"
    book.save(path)

    preview, _ = import_file(services, meeting_id, path)

    assert preview.count(RowStatus.NEW) == 2
    phones = sorted(person.phone for person in persons_of(services, meeting_id)["Tomsk"])
    assert phones == ["79131234567", "79131234567"]
