"""Workbooks as member cities fill them in: titles, several sheets, numbers, dates, formulas."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import empty_meeting
from real_world_files import cities, fields_of, imported, people, read, workbook

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService


def test_a_merged_title_and_a_blank_row_above_the_header(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Delegation of Tomsk to the 14th Plenary Meeting"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["No.", "Family name", "Given name", "Position", "City", "Mobile"])
    sheet.append([1, "Popova", "Olga", "Mayor", "Tomsk", 79131234567])
    path = tmp_path / "tomsk.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert preview.header_row == 3
    olga = people(services, meeting_id)["Popova"]
    assert (olga.given_name, olga.position, olga.phone) == ("Olga", "Mayor", "79131234567")


def test_phone_numbers_stored_as_numbers_keep_every_digit(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN phones typed into cells formatted as numbers: an int, a float, one with a format
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Family name", "City", "Phone", "Tel."])
    sheet.append(["Popova", "Tomsk", 79131234567, 73822123456.0])
    sheet.append(["Ivanov", "Tomsk", 8.2912345678e11, 1])
    sheet["C3"].number_format = "0"
    path = tmp_path / "phones.xlsx"
    book.save(path)

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert found["Popova"].phone == "79131234567 73822123456"
    assert found["Ivanov"].phone == "829123456780 1"
    assert not any("E+" in p.phone or ".0" in p.phone for p in found.values())


def test_numeric_looking_names_and_ids_stay_as_written(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "ids.xlsx",
        ["#", "Family name", "Given name", "City", "Notes"],
        [1, "Lee", 2024, "Seoul", 1234567890123],
        [2, "007", "Jim", "Seoul", 0.5],
    )

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert (found["Lee"].given_name, found["Lee"].notes) == ("2024", "1234567890123")
    assert (found["007"].given_name, found["007"].notes) == ("Jim", "0.5")


def test_arrival_and_departure_as_excel_dates_and_as_text(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "travel.xlsx",
        ["Family name", "City", "Arrival date", "Departure"],
        ["Sato", "Tokyo", dt.datetime(2016, 10, 2, 14, 30), dt.date(2016, 10, 6)],
        ["Kim", "Seoul", "02.10.2016 09:15", "2016-10-06"],
        ["Tan", "Singapore", dt.datetime(2016, 10, 2), "16/10/2016"],
    )

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert found["Sato"].arrival == dt.datetime(2016, 10, 2, 14, 30)
    assert found["Sato"].departure == dt.datetime(2016, 10, 6)
    assert found["Kim"].arrival == dt.datetime(2016, 10, 2, 9, 15)
    assert found["Kim"].departure == dt.datetime(2016, 10, 6)
    assert found["Tan"].departure == dt.datetime(2016, 10, 16)


def test_a_date_that_is_not_a_date_names_the_row_and_column(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "travel.xlsx",
        ["Family name", "City", "Arrival date"],
        ["Sato", "Tokyo", "early October"],
    )
    importer = PersonImportService(services.database)
    sheet, mapping = read(services, path)

    preview = importer.preview(meeting_id, sheet, mapping)

    assert preview.rows[0].where == "2"
    assert preview.rows[0].problems[0].column == "Arrival date"
    assert "'early October' is not a date" in preview.rows[0].problems[0].reason


def test_booleans_read_as_yes_and_no(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "order.xlsx",
        ["Family name", "Given name", "City", "Family name first"],
        ["Nguyen", "An", "Hanoi", True],
        ["Smith", "Ann", "Singapore", False],
    )

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert found["Nguyen"].family_name_first is True
    assert found["Smith"].family_name_first is False


def _with_cached_values(path: Path, cached: dict[str, str]) -> None:
    """Give formula cells the results Excel would have stored beside them."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in cached.items():
        xml = re.sub(
            # openpyxl writes an empty value as <v /> or, with lxml installed, as <v></v>
            rf'<c r="{cell}">(<f>.*?</f>)(?:<v\s*/>|<v></v>)',
            rf'<c r="{cell}" t="str">\1<v>{value}</v>',
            xml,
        )
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formula_cells_import_their_cached_values(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "formulas.xlsx",
        ["Family name", "Given name", "City", "Full name"],
        ["Popova", "Olga", "Tomsk", '=B2&" "&A2'],
    )
    _with_cached_values(path, {"D2": "Olga Popova"})
    sheet, _ = read(services, path)

    imported(services, meeting_id, path)

    assert sheet.rows[1][3] == "Olga Popova"
    assert people(services, meeting_id)["Popova"].given_name == "Olga"


def test_a_formula_without_a_computed_value_is_refused_naming_the_cell(
    services: Services, tmp_path
):
    path = workbook(
        tmp_path / "generated.xlsx",
        ["Family name", "Given name", "City"],
        ["Popova", '=UPPER("olga")', "Tomsk"],
    )

    with pytest.raises(UserFacingError, match=r"generated\.xlsx.*Sheet!B2.*formula"):
        PersonImportService(services.database).read(path)


def test_a_formula_whose_result_is_empty_text_is_no_problem(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a template whose formula column shows "" on rows nobody filled in
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "template.xlsx",
        ["Family name", "Given name", "City", "Badge"],
        ["Popova", "Olga", "Tomsk", '=IF(A2="","",B2&" "&A2)'],
        [None, None, None, '=IF(A3="","",B3&" "&A3)'],
    )
    _with_cached_values(path, {"D2": "Olga Popova", "D3": ""})

    preview = imported(services, meeting_id, path)

    assert [row.where for row in preview.rows] == ["2"]
    assert people(services, meeting_id)["Popova"].given_name == "Olga"


def test_empty_rows_between_and_trailing_empty_columns_are_skipped(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Family name", "City", None, None])
    sheet.append(["Popova", "Tomsk", None, None])
    sheet.append([])
    sheet.append([None, None, None, None])
    sheet.append(["Sato", "Tokyo"])
    sheet["H1"].fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    sheet["H9"] = ""
    path = tmp_path / "gaps.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert [row.where for row in preview.rows] == ["2", "5"]
    assert cities(services, meeting_id) == {"Popova": "Tomsk", "Sato": "Tokyo"}


def test_hidden_columns_keep_the_others_in_place(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Family name", "Internal code", "Given name", "City", "E-mail"])
    sheet.append(["Popova", "X-17", "Olga", "Tomsk", "olga@tomsk.example"])
    sheet.column_dimensions["B"].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    _, mapping = read(services, path)

    preview = imported(services, meeting_id, path)

    assert fields_of(mapping)["Internal code"] is None
    assert preview.ignored_columns == ("Internal code",)
    olga = people(services, meeting_id)["Popova"]
    assert (olga.given_name, olga.email) == ("Olga", "olga@tomsk.example")


def test_decorated_header_cells(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "form.xlsx",
        ["№", "Family\nname", "Name*", "City ", "Position (required)", "E-mail address *"],
        [1, "Popova", "Olga", "Tomsk", "Mayor", "olga@tomsk.example"],
    )
    _, mapping = read(services, path)

    imported(services, meeting_id, path)

    assert list(fields_of(mapping).values()) == [
        Field.IGNORE,
        Field.FAMILY_NAME,
        Field.GIVEN_NAME,
        Field.CITY,
        Field.POSITION,
        Field.EMAIL,
    ]
    olga = people(services, meeting_id)["Popova"]
    assert (olga.given_name, olga.position) == ("Olga", "Mayor")


def test_a_duplicated_header_joins_its_columns(services: Services, sample_meeting_id, tmp_path):
    # GIVEN two "Name" columns: the given names, then the middle names
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "dup.xlsx",
        ["Family name", "Given name", "Given name", "City"],
        ["Popova", "Olga", "Ivanovna", "Tomsk"],
    )

    imported(services, meeting_id, path)

    assert people(services, meeting_id)["Popova"].given_name == "Olga Ivanovna"


@pytest.mark.parametrize("number", ["No.", "№", "#", "№ п/п", "S/N", "Nr."])
def test_a_numbered_first_column_is_not_imported(number: str, services: Services, tmp_path):
    path = workbook(
        tmp_path / "numbered.xlsx",
        [number, "Family name", "City"],
        [1, "Popova", "Tomsk"],
    )

    _, mapping = read(services, path)

    assert mapping.fields == (Field.IGNORE, Field.FAMILY_NAME, Field.CITY)


def test_instructions_first_then_the_list(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Instructions"
    cover.append(["Registration form"])
    cover.append(["Name", "Write the name as in the passport"])
    cover.append(["City", "Your member city"])
    cover.append(["Deadline", dt.date(2016, 9, 1)])
    listing = book.create_sheet("Delegation")
    listing.append(["Please fill in below"])
    listing.append(["No.", "Family name", "Given name", "City", "Position"])
    listing.append([1, "Popova", "Olga", "Tomsk", "Mayor"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert preview.header_where == "Delegation!2"
    assert [row.where for row in preview.rows] == ["Delegation!3"]
    assert people(services, meeting_id)["Popova"].position == "Mayor"


def test_one_sheet_per_city(services: Services, sample_meeting_id, tmp_path):
    # GIVEN one sheet per city, the same columns but written a little differently
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    tomsk = book.active
    tomsk.title = "Tomsk"
    tomsk.append(["Family name", "Given name", "City", "Phone"])
    tomsk.append(["Popova", "Olga", "Tomsk", 79131234567])
    tokyo = book.create_sheet("Tokyo")
    tokyo.append(["Tokyo delegation"])
    tokyo.append(["Family name ", "Given name", "City", "Phone"])
    tokyo.append(["Sato", "Kenji", "Tokyo", "+81 3 1234 5678"])
    seoul = book.create_sheet("Seoul")
    seoul.append(["City", "Family name", "Given name"])
    seoul.append(["Seoul", "Kim", "Min-jun"])
    path = tmp_path / "by_city.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert [row.where for row in preview.rows] == ["Tomsk!2", "Tokyo!3", "Seoul!2"]
    assert cities(services, meeting_id) == {"Popova": "Tomsk", "Sato": "Tokyo", "Kim": "Seoul"}
    found = people(services, meeting_id)
    assert (found["Sato"].given_name, found["Sato"].phone) == ("Kenji", "+81 3 1234 5678")
    assert found["Kim"].given_name == "Min-jun"


def test_a_column_only_a_later_sheet_has_is_left_to_map(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    tomsk = book.active
    tomsk.title = "Tomsk"
    tomsk.append(["Family name", "Given name", "City"])
    tomsk.append(["Popova", "Olga", "Tomsk"])
    tokyo = book.create_sheet("Tokyo")
    tokyo.append(["Family name", "City", "Hotel"])
    tokyo.append(["Sato", "Tokyo", "Okura"])
    path = tmp_path / "by_city.xlsx"
    book.save(path)
    sheet, mapping = read(services, path)

    preview = imported(services, meeting_id, path)

    assert fields_of(mapping) == {
        "Family name": Field.FAMILY_NAME,
        "Given name": Field.GIVEN_NAME,
        "City": Field.CITY,
        "Hotel": None,
    }
    assert sheet.rows[-1] == ["Sato", "", "Tokyo", "Okura"]
    assert preview.ignored_columns == ("Hotel",)
    assert cities(services, meeting_id) == {"Popova": "Tomsk", "Sato": "Tokyo"}


def test_a_note_beyond_the_first_sheets_header_is_not_taken_for_a_later_sheets_column(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a note in an unheaded column of the first sheet, where the next sheet has Phone
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    tomsk = book.active
    tomsk.title = "Tomsk"
    tomsk.append(["City", "Family name", "Given name", "E-mail"])
    tomsk.append(["Tomsk", "Petrov", "Ivan", "ivan@example.org", "arrives late"])
    kazan = book.create_sheet("Tokyo")
    kazan.append(["City", "Family name", "Given name", "E-mail", "Phone"])
    kazan.append(["Tokyo", "Sato", "Kenji", "kenji@example.org", "+81 3 1234 5678"])
    path = tmp_path / "two_sheets.xlsx"
    book.save(path)
    # WHEN it is imported
    imported(services, meeting_id, path)
    # THEN the note is not Petrov's phone; Sato's phone is his
    found = people(services, meeting_id)
    assert (found["Petrov"].phone, found["Sato"].phone) == ("", "+81 3 1234 5678")


def test_a_hidden_list_sheet_for_drop_downs_is_not_imported(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    book.active.append(["Family name", "City", "Role"])
    book.active.append(["Popova", "Tomsk", "head"])
    lists = book.create_sheet("Lists")
    lists.sheet_state = "hidden"
    lists.append(["City", "Role"])
    lists.append(["Tokyo", "member"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert len(preview.rows) == 1
    assert people(services, meeting_id)["Popova"].role is PersonRole.HEAD


def test_a_workbook_declaring_a_wrong_size_is_read_whole(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a workbook written by a program that declares its sheet as the cell A1 only
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "generated.xlsx",
        ["Family name", "City", "Phone"],
        ["Popova", "Tomsk", 79131234567],
        ["Sato", "Tokyo", "+81 3 1234 5678"],
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = "xl/worksheets/sheet1.xml"
    parts[sheet_xml] = re.sub(
        rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', parts[sheet_xml]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

    imported(services, meeting_id, path)

    assert people(services, meeting_id)["Popova"].phone == "79131234567"
    assert cities(services, meeting_id) == {"Popova": "Tomsk", "Sato": "Tokyo"}


def test_a_hidden_sheet_with_an_old_copy_of_the_list_is_not_imported(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    book.active.append(["Family name", "City"])
    book.active.append(["Popova", "Tomsk"])
    old = book.create_sheet("Old list")
    old.sheet_state = "hidden"
    old.append(["Family name", "City"])
    old.append(["Ivanov", "Tomsk"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    preview = imported(services, meeting_id, path)

    assert [row.where for row in preview.rows] == ["2"]
    assert cities(services, meeting_id) == {"Popova": "Tomsk"}


def test_a_list_only_on_a_hidden_sheet_is_still_found(services: Services, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Please see the list."])
    listing = book.create_sheet("List")
    listing.sheet_state = "hidden"
    listing.append(["Family name", "City"])
    listing.append(["Popova", "Tomsk"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    sheet, mapping = read(services, path)

    assert sheet.label(mapping.header_row) == "List!1"
    assert sheet.rows[mapping.header_row + 1] == ["Popova", "Tomsk"]
