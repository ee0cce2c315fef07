"""The logistics lists of issue 18 (arrivals, rooming, dietary, transport): the same rows
in the printed PDF and in the CSV and XLSX files, read back."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from anmc_desktop.cli import main
from anmc_desktop.exchange.logistics_files import logistics_csv, logistics_xlsx
from anmc_desktop.printing.logistics import render_logistics_list
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.logistics import NOT_YET, LogisticsKind, logistics_table
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, DelegationSummary, PersonRecord
from tests.printing.conftest import pdf_text

MEETING = MeetingRecord(
    id=1, title="14th Plenary", number=14, host_city_id=1, host_city_name="Tomsk",
    time_zone="Asia/Tomsk", venue="Hall", first_day=dt.date(2030, 5, 2),
    last_day=dt.date(2030, 5, 3), theme="", version=1,
)  # fmt: skip


def _delegation(city_id: int, city: str, persons: list[PersonRecord]) -> DelegationDetail:
    summary = DelegationSummary(
        id=city_id, meeting_id=1, city_id=city_id, city_name=city, city_local_name=city,
        status=DelegationStatus.CONFIRMED, proxy_to_id=None, proxy_to_city=None,
        head_name=None, head_is_placeholder=False, person_count=len(persons), notes="",
        version=1,
    )  # fmt: skip
    return DelegationDetail(summary, persons)


SEOUL = _delegation(2, "Seoul", [
    PersonRecord(given_name="Jong-seok", family_name="Im", native_name="임종석",
                 honorific="H.E.", role=PersonRole.HEAD,
                 arrival=dt.datetime(2030, 5, 1, 18, 5), arrival_flight="KE 981",
                 arrival_point="Airport T1", met_by="Olga Petrova",
                 departure=dt.datetime(2030, 5, 4, 9, 0), departure_flight="KE 982",
                 hotel="Hotel Magistrat", room="301", transport="Car 1",
                 dietary_needs="halal", passport_number="M12345678"),
    PersonRecord(given_name="Min", family_name="Park", role=PersonRole.INTERPRETER,
                 arrival=dt.datetime(2030, 5, 1, 7, 30), arrival_flight="OZ 571",
                 hotel="Hotel Toyan", room="12", access_needs="wheelchair"),
])  # fmt: skip
BANGKOK = _delegation(3, "Bangkok", [
    PersonRecord(given_name="Somchai", family_name="Wong", native_name="สมชาย วงศ์",
                 role=PersonRole.HEAD, arrival=dt.datetime(2030, 5, 1, 18, 5),
                 arrival_flight="TG 100", transport="Bus 2"),
])  # fmt: skip
DELEGATIONS = [SEOUL, BANGKOK]


def _pdftotext(pdf: bytes) -> str:
    """The text as read back, its spaces made single."""
    return " ".join(pdf_text(pdf).split())


def test_arrivals_are_by_day_then_time_then_flight_with_who_meets_whom(all_scripts_fonts):
    table = logistics_table(LogisticsKind.ARRIVALS, DELEGATIONS)
    assert [g.heading for g in table.groups] == ["Wednesday 1 May 2030", "Saturday 4 May 2030"]
    first_day = table.groups[0].rows
    assert [(r[0], r[2]) for r in first_day] == [("07:30", "OZ 571"), ("18:05", "KE 981"),
                                                 ("18:05", "TG 100")]  # fmt: skip
    assert first_day[1][6] == "Olga Petrova"
    text = _pdftotext(render_logistics_list(MEETING, table))
    assert "18:05 arrives KE 981 Airport T1 H.E. Jong-seok Im Seoul Olga Petrova" in text
    assert "Saturday 4 May 2030 · 1 person 09:00 leaves KE 982" in text
    assert "M12345678" not in text  # passport data is in no list


def test_rooming_groups_by_hotel_and_puts_those_without_one_last(all_scripts_fonts):
    table = logistics_table(LogisticsKind.ROOMING, DELEGATIONS)
    assert [g.heading for g in table.groups] == ["Hotel Magistrat", "Hotel Toyan", NOT_YET]
    text = _pdftotext(render_logistics_list(MEETING, table))
    assert "Hotel Toyan · 1 person 12 Min Park Seoul Interpreter" in text
    assert "สมชาย" not in text  # the Latin name is listed


def test_dietary_lists_only_persons_with_needs_in_csv_and_xlsx(tmp_path, all_scripts_fonts):
    table = logistics_table(LogisticsKind.DIETARY, DELEGATIONS)
    assert "halal: 1" in _pdftotext(render_logistics_list(MEETING, table))
    rows = list(csv.reader(io.StringIO(logistics_csv(table, "Needs").decode("utf-8-sig"))))
    assert rows == [
        ["City", "Name", "Dietary needs", "Access needs", "Hotel"],
        ["Seoul", "H.E. Jong-seok Im", "halal", "", "Hotel Magistrat"],
        ["Seoul", "Min Park", "", "wheelchair", "Hotel Toyan"],
    ]
    workbook = load_workbook(io.BytesIO(logistics_xlsx(table, "Needs")))
    sheet = workbook["Dietary and access needs"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        [cell or None for cell in row] for row in rows
    ]


def test_transport_lists_each_car_with_flights(all_scripts_fonts):
    table = logistics_table(LogisticsKind.TRANSPORT, DELEGATIONS)
    assert [g.heading for g in table.groups] == ["Bus 2", "Car 1", NOT_YET]
    assert table.groups[1].rows[0][2] == "01 May 18:05 KE 981"


@pytest.mark.parametrize("kind", list(LogisticsKind))
@pytest.mark.parametrize("file_format", ["csv", "xlsx", "pdf"])
def test_each_list_is_exported_from_the_command_line(
    kind, file_format, database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    output = tmp_path / f"{kind.value}.{file_format}"
    arguments = ["--database", str(database_path), "export", kind.value, "--meeting",
                 str(sample_meeting_id), "--format", file_format, "-o", str(output)]  # fmt: skip
    assert main(arguments, out=io.StringIO()) == 0
    data = output.read_bytes()
    if file_format == "csv":
        text = data.decode("utf-8-sig")
    elif file_format == "xlsx":
        sheet = load_workbook(io.BytesIO(data)).active
        text = "\n".join(
            ",".join(c or "" for c in row) for row in sheet.iter_rows(values_only=True)
        )
    else:
        text = _pdftotext(data)
    assert "Tseyen" in text  # the sample's Ulaanbaatar head travels, needs and rides
