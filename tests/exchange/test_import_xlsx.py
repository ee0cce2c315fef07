"""Workbooks as organizers receive them: a title above a Russian header, dates, numbers."""

from __future__ import annotations

import datetime as dt

import openpyxl
from import_helpers import empty_meeting, import_file, persons_of

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services


def test_a_workbook_with_a_title_row_and_russian_headers(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a workbook with two title rows, Russian headers, real dates and a numeric phone
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Делегация города Улан-Батор"])
    sheet.append(["XIV пленарное заседание"])
    sheet.append([])
    sheet.append(["№", "ФИО", "Должность", "Город", "Телефон", "Дата прибытия", "Роль"])
    sheet.append(
        [
            1,
            "Батын Эрдэнэ",
            "Мэр",
            "Улан-Батор",
            97699112233,
            dt.datetime(2016, 10, 2, 14, 30),
            "глава делегации",
        ]
    )
    sheet.append(
        [2, "Доржийн Сувд", "Советник", "Ulan Bator", None, dt.datetime(2016, 10, 3), "советник"]
    )
    path = tmp_path / "делегация.xlsx"
    book.save(path)

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN the header was found below the titles and the values converted
    assert preview.header_row == 4
    assert preview.ignored_columns == ("№",)
    people = {p.family_name: p for p in persons_of(services, meeting_id)["Ulaanbaatar"]}
    assert people["Батын"].given_name == "Эрдэнэ"
    assert people["Батын"].role is PersonRole.HEAD
    assert people["Батын"].phone == "97699112233"
    assert people["Батын"].arrival == dt.datetime(2016, 10, 2, 14, 30)
    assert people["Доржийн"].arrival == dt.datetime(2016, 10, 3)
    assert people["Доржийн"].position == "Советник"


def test_a_form_whose_first_sheet_is_instructions(services: Services, sample_meeting_id, tmp_path):
    # GIVEN a workbook: instructions first, then the participants, then a sheet of notes
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    book.active.title = "Instructions"
    book.active.append(["Please fill in one row per participant."])
    book.active.append(["Contact", "protocol@tomsk.example"])
    people = book.create_sheet("Participants")
    people.append(["Family name", "Given name", "City"])
    people.append(["Popov", "Ivan", "Tomsk"])
    book.create_sheet("Notes").append(["Hotel", "Transfer"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN the participants sheet was found and read
    assert [row.where for row in preview.rows] == ["Participants!2"]
    assert preview.lines()[0].startswith("form.xlsx: header in row Participants!1;")
    assert persons_of(services, meeting_id)["Tomsk"][0].family_name == "Popov"
