"""Headers as member cities write them, in English, Russian, or both at once."""

from __future__ import annotations

import datetime as dt

import pytest
from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.exchange.header_recognition import locate_header, recognise
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.services import Services


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Фамилия", Field.FAMILY_NAME),
        ("Имя", Field.GIVEN_NAME),
        ("Отчество", Field.PATRONYMIC),
        ("Должность", Field.POSITION),
        ("Город", Field.CITY),
        ("ФИО", Field.FULL_NAME),
        ("Ф.И.О.", Field.FULL_NAME),
        ("Телефон", Field.PHONE),
        ("Электронная почта", Field.EMAIL),
        ("Дата прибытия", Field.ARRIVAL),
        ("Примечание", Field.NOTES),
        ("Фамилия / Surname", Field.FAMILY_NAME),
        ("Должность (Position)", Field.POSITION),
        ("Имя*", Field.GIVEN_NAME),
        ("Должность:", Field.POSITION),
        ("Last Name", Field.FAMILY_NAME),
        ("FIRST NAME", Field.GIVEN_NAME),
        ("First name(s)", Field.GIVEN_NAME),
        ("Family name (in English)", Field.FAMILY_NAME),
        ("Family\nname", Field.FAMILY_NAME),
        ("E-Mail Address", Field.EMAIL),
        ("Mobile phone", Field.PHONE),
        ("Job title", Field.POSITION),
        ("Name in native script", Field.NATIVE_NAME),
        ("Role", Field.ROLE),
    ],
)
def test_headers_are_recognised(header, field):
    assert recognise(header, {}) is field


def test_the_header_is_the_best_of_the_first_ten_rows_below_any_title():
    rows = [
        ["Delegation list"],
        ["Name of the meeting: 14th Plenary"],
        [],
        ["", "Фамилия / Surname", "Имя / Name", "Город / City", "Пол"],
        ["1", "Ivanov", "Ivan", "Tomsk", "м"],
    ]

    mapping = locate_header(rows)

    assert mapping is not None
    assert mapping.header_row == 3
    assert mapping.fields[1:4] == (Field.FAMILY_NAME, Field.GIVEN_NAME, Field.CITY)
    assert mapping.unmapped == ["Пол"]


def test_no_header_beyond_the_tenth_row():
    rows = [["title"]] * 10 + [["City", "Family name"], ["Tomsk", "Ivanov"]]
    assert locate_header(rows) is None


def test_a_bilingual_form_with_us_dates_and_a_full_name_column(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a bilingual form as a city's protocol office fills it in
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "form.csv",
        "ANMC21 participant form\n"
        "Город / City,ФИО / Full name,Должность / Position,Прибытие / Arrival,Пол / Sex\n"
        'Tomsk,"Кузнецова Наталья Сергеевна",Советник,9/17/2016 14:30,ж\n'
        "Seoul,Park Ha-eun,Interpreter,2016-10-02,f\n",
        "utf-8",
    )

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN the full names were split (family first under a Russian header) and dates read
    assert preview.ignored_columns == ("Пол / Sex",)
    persons = persons_of(services, meeting_id)
    tomsk = persons["Tomsk"][0]
    assert (tomsk.family_name, tomsk.given_name) == ("Кузнецова", "Наталья Сергеевна")
    assert tomsk.arrival == dt.datetime(2016, 9, 17, 14, 30)
    seoul = persons["Seoul"][0]  # a Russian "ФИО" column lists the family name first
    assert (seoul.family_name, seoul.given_name) == ("Park", "Ha-eun")
