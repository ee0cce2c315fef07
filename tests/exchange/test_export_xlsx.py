"""Delegation lists as XLSX: header, filter, widths, sheets per city, never a formula."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from exchange_records import participant
from injection_corpus import PAYLOADS

from anmc_desktop.exchange.delegation_list import ListOptions, build_table
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.records.enums import PersonRole

COLUMNS = ("city", "given_name", "family_name", "position", "notes")


def _people() -> list:
    return [
        participant(
            "Tomsk",
            person_id=1,
            family_name="Zhvachkin",
            native_name="Жвачкин",
            role=PersonRole.HEAD,
            position="Governor of Tomsk Oblast",
        ),
        participant(
            "Seoul",
            person_id=2,
            delegation_id=2,
            family_name="Park",
            given_name="Won-soon",
            native_name="박원순",
            role=PersonRole.HEAD,
        ),
        participant(
            "Seoul", person_id=3, delegation_id=2, family_name="Kim", role=PersonRole.STAFF
        ),
    ]


def test_one_sheet_has_a_bold_frozen_header_an_auto_filter_and_fitting_widths():
    # GIVEN three participants
    table = build_table("Delegations of the 13th Plenary", _people(), ListOptions(columns=COLUMNS))

    # WHEN written as one sheet
    book = openpyxl.load_workbook(io.BytesIO(write_xlsx(table)))

    # THEN the header is bold and frozen, the filter covers every row, widths fit the text
    sheet = book.active
    assert book.sheetnames == ["Delegations"]
    assert book.properties.title == "Delegations of the 13th Plenary"
    assert [c.value for c in sheet[1]] == ["City", "Given name", "Family name", "Position", "Notes"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E4"
    assert sheet.column_dimensions["D"].width >= len("Governor of Tomsk Oblast")
    assert sheet.column_dimensions["A"].width < 20
    assert [c.value for c in sheet[2]][:3] == ["Seoul", "Won-soon", "Park"]


def test_one_sheet_per_city_splits_the_rows():
    table = build_table("Delegations", _people(), ListOptions(columns=COLUMNS))

    book = openpyxl.load_workbook(io.BytesIO(write_xlsx(table, sheet_per_city=True)))

    assert book.sheetnames == ["Seoul", "Tomsk"]
    assert book["Seoul"].max_row == 3
    assert book["Tomsk"]["C2"].value == "Zhvachkin"


def test_no_exported_cell_is_a_formula_and_every_payload_stays_text():
    # GIVEN the injection corpus in every text column
    people = [
        participant(person_id=i, given_name=p, family_name=p, position=p, notes=p)
        for i, p in enumerate(PAYLOADS)
    ]
    table = build_table("Delegations", people, ListOptions(columns=COLUMNS))

    # WHEN written as XLSX
    data = write_xlsx(table)

    # THEN every cell is a string cell holding the payload itself
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    values = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row[1:]:
            assert cell.data_type == "s", (cell.coordinate, cell.value)
            values.append(cell.value)
    stored = {p.replace("\r", "") for p in PAYLOADS}  # Excel keeps no carriage returns
    assert {v.replace("\r", "") for v in values} == stored
    # AND the sheet's XML holds no formula element at all
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml
