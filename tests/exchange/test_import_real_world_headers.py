"""Headers in the languages of the network's cities; unknown ones left to the user."""

from __future__ import annotations

import openpyxl
import pytest
from import_helpers import empty_meeting
from real_world_files import cities, fields_of, imported, people, read, workbook

from anmc_desktop.exchange.header_recognition import locate_header, recognise
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService

F = Field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("First name", F.GIVEN_NAME),
        ("Last name", F.FAMILY_NAME),
        ("Surname", F.FAMILY_NAME),
        ("Title", F.HONORIFIC),
        ("Position", F.POSITION),
        ("Job title", F.POSITION),
        ("Position / Title", F.POSITION),
        ("Email address", F.EMAIL),
        ("E-mail", F.EMAIL),
        ("Mobile", F.PHONE),
        ("Tel.", F.PHONE),
        ("Phone number", F.PHONE),
        ("City", F.CITY),
        ("Country", F.IGNORE),
        ("Arrival date", F.ARRIVAL),
        ("Date of arrival", F.ARRIVAL),
        ("Departure", F.DEPARTURE),
        ("Ф.И.О.", F.FULL_NAME),
        ("ФИО", F.FULL_NAME),
        ("Фамилия, имя", F.FULL_NAME),
        ("Фамилия Имя Отчество", F.FULL_NAME),
        ("Имя Отчество", F.GIVEN_NAME),
        ("Имя, отчество", F.GIVEN_NAME),
        ("Отчество", F.PATRONYMIC),
        ("Должность / Position", F.POSITION),
        ("Эл. почта", F.EMAIL),
        ("E-mail/Эл. почта", F.EMAIL),
        ("Телефон", F.PHONE),
        ("Дата прибытия", F.ARRIVAL),
        ("Дата отъезда", F.DEPARTURE),
        ("Город", F.CITY),
        ("Фамилия / Surname", F.FAMILY_NAME),
        ("Имя / Name", F.GIVEN_NAME),
        ("Name / Surname", F.FULL_NAME),
        ("氏名", F.NATIVE_NAME),
        ("姓", F.FAMILY_NAME),
        ("名", F.GIVEN_NAME),
        ("役職", F.POSITION),
        ("都市", F.CITY),
        ("メール", F.EMAIL),
        ("メールアドレス", F.EMAIL),
        ("電話", F.PHONE),
        ("성명", F.NATIVE_NAME),
        ("성", F.FAMILY_NAME),
        ("직위", F.POSITION),
        ("도시", F.CITY),
        ("이메일", F.EMAIL),
        ("전화", F.PHONE),
        ("姓名", F.NATIVE_NAME),
        ("职务", F.POSITION),
        ("城市", F.CITY),
        ("电子邮件", F.EMAIL),
        ("电话", F.PHONE),
        ("Họ", F.FAMILY_NAME),
        ("Tên", F.GIVEN_NAME),
        ("Họ và tên", F.NATIVE_NAME),
        ("Chức vụ", F.POSITION),
        ("Thành phố", F.CITY),
        ("Điện thoại", F.PHONE),
        ("氏名（漢字）", F.NATIVE_NAME),
        ("氏名（ローマ字）", F.FULL_NAME),
        ("姓名(英文)", F.FULL_NAME),
        ("성명(영문)", F.FULL_NAME),
        ("Name (in native language)", F.NATIVE_NAME),
        ("役職・肩書", F.POSITION),
        ("Ｅメール", F.EMAIL),
        ("ＴＥＬ", F.PHONE),
        ("Ｎｏ．", F.IGNORE),
    ],
)
def test_headers_of_the_network_are_recognised(header: str, field: Field):
    assert recognise(header, {}) is field


@pytest.mark.parametrize(
    "header",
    [
        "Organization",
        "Organisation / Организация",
        "Passport No.",
        "Hotel",
        "Surname / Name",
        "Gender",
        "所属",
        "소속",
        "Дата рождения",
        "Date of birth",
    ],
)
def test_unknown_headers_are_left_for_the_user(header: str):
    assert recognise(header, {}) is None


def test_a_plain_name_beside_a_family_name_is_the_given_name():
    mapping = locate_header([["Name", "Family name", "City"], ["Olga", "Popova", "Tomsk"]])

    assert mapping is not None
    assert mapping.fields == (F.GIVEN_NAME, F.FAMILY_NAME, F.CITY)


def test_a_plain_name_alone_is_the_whole_name():
    mapping = locate_header([["Name", "City"], ["Olga Popova", "Tomsk"]])

    assert mapping is not None
    assert mapping.fields == (F.FULL_NAME, F.CITY)


def test_a_remembered_choice_wins_over_the_context():
    rows = [["Name", "Family name", "City"], ["Olga", "Popova", "Tomsk"]]

    mapping = locate_header(rows, {"name": F.NOTES})

    assert mapping is not None
    assert mapping.fields[0] is F.NOTES


def test_an_english_form(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "form.xlsx",
        [
            "Title",
            "First name",
            "Last name",
            "Organization",
            "Job title",
            "Email address",
            "Mobile",
            "City",
            "Country",
            "Arrival date",
            "Departure",
        ],
        [
            "Ms",
            "Maria",
            "Santos",
            "City Government",
            "Vice Mayor",
            "m.santos@manila.example",
            "+63 917 123 4567",
            "Manila",
            "Philippines",
            "2016-10-02 10:00",
            "2016-10-06",
        ],
    )
    _, mapping = read(services, path)

    imported(services, meeting_id, path)

    assert mapping.unmapped == ["Organization"]
    maria = people(services, meeting_id)["Santos"]
    assert (maria.honorific, maria.given_name, maria.position) == ("Ms", "Maria", "Vice Mayor")
    assert (maria.email, maria.phone) == ("m.santos@manila.example", "+63 917 123 4567")
    assert cities(services, meeting_id) == {"Santos": "Manila"}


def test_a_russian_form_with_full_names_family_first(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "томск.xlsx",
        ["№ п/п", "Фамилия, имя", "Должность / Position", "E-mail/Эл. почта", "Телефон", "Город"],
        [1, "Попова Ольга", "Мэр", "popova@tomsk.example", "+7 913 123-45-67", "г. Томск"],
    )

    imported(services, meeting_id, path)

    olga = people(services, meeting_id)["Попова"]
    assert (olga.given_name, olga.position, olga.email) == ("Ольга", "Мэр", "popova@tomsk.example")
    assert cities(services, meeting_id) == {"Попова": "Tomsk"}


def test_a_russian_form_with_separate_name_columns(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "томск.xlsx",
        [
            "Фамилия / Surname",
            "Имя Отчество",
            "Эл. почта",
            "Дата прибытия",
            "Дата отъезда",
            "Город",
        ],
        ["Попова", "Ольга Ивановна", "popova@tomsk.example", "02.10.2016", "06.10.2016", "Томск"],
    )

    imported(services, meeting_id, path)

    olga = people(services, meeting_id)["Попова"]
    assert olga.given_name == "Ольга Ивановна"
    assert (olga.arrival.day, olga.departure.day) == (2, 6)


def test_a_japanese_form(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "東京.xlsx",
        ["番号", "姓", "名", "氏名", "役職", "都市", "メール", "電話"],
        [1, "Yamada", "Taro", "山田 太郎", "副知事", "東京", "yamada@tokyo.example", "0312345678"],
    )
    _, mapping = read(services, path)

    imported(services, meeting_id, path)

    assert mapping.unmapped == []
    taro = people(services, meeting_id)["Yamada"]
    assert (taro.given_name, taro.native_name, taro.position) == ("Taro", "山田 太郎", "副知事")
    assert (taro.email, taro.phone) == ("yamada@tokyo.example", "0312345678")
    assert cities(services, meeting_id) == {"Yamada": "Tokyo"}


def test_a_korean_form_with_only_a_native_name(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "서울.xlsx",
        ["번호", "성명", "직위", "도시", "이메일", "전화"],
        [1, "김민준", "국장", "서울", "kim@seoul.example", "+82 2 123 4567"],
    )

    imported(services, meeting_id, path)

    kim = people(services, meeting_id)["김민준"]
    assert (kim.given_name, kim.family_name, kim.position) == ("", "", "국장")
    assert cities(services, meeting_id) == {"김민준": "Seoul"}


def test_a_korean_form_with_family_and_given_names(services: Services, tmp_path):
    path = workbook(
        tmp_path / "서울.xlsx",
        ["성", "이름", "도시"],
        ["Kim", "Min-jun", "Seoul"],
    )

    _, mapping = read(services, path)

    assert mapping.fields == (F.FAMILY_NAME, F.GIVEN_NAME, F.CITY)


def test_a_chinese_form(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "台北.xlsx",
        ["序号", "姓名", "职务", "城市", "电子邮件", "电话"],
        [1, "王伟", "副市长", "臺北", "wang@taipei.example", "+886 2 1234 5678"],
    )

    imported(services, meeting_id, path)

    wang = people(services, meeting_id)["王伟"]
    assert (wang.position, wang.email) == ("副市长", "wang@taipei.example")
    assert cities(services, meeting_id) == {"王伟": "Taipei"}


def test_a_vietnamese_form(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = workbook(
        tmp_path / "hanoi.xlsx",
        ["STT", "Họ", "Tên", "Chức vụ", "Thành phố"],
        [1, "Nguyễn", "Văn An", "Phó Chủ tịch", "Hà Nội"],
    )
    _, mapping = read(services, path)

    imported(services, meeting_id, path)

    assert mapping.fields[0] is F.IGNORE
    an = people(services, meeting_id)["Nguyễn"]
    assert (an.given_name, an.position) == ("Văn An", "Phó Chủ tịch")
    assert cities(services, meeting_id) == {"Nguyễn": "Hanoi"}


def test_unknown_columns_are_listed_not_guessed(services: Services, tmp_path):
    path = workbook(
        tmp_path / "form.xlsx",
        ["Family name", "Given name", "City", "Gender", "Date of birth", "Passport No."],
        ["Popova", "Olga", "Tomsk", "F", "1970-01-01", "7512345678"],
    )

    _, mapping = read(services, path)

    assert mapping.unmapped == ["Gender", "Date of birth", "Passport No."]
    assert fields_of(mapping)["Given name"] is F.GIVEN_NAME


def test_a_header_of_two_rows(services: Services, sample_meeting_id, tmp_path):
    # GIVEN "ФИО" merged over three columns, "№" and "Город" merged down over both rows
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Список делегации"])
    sheet.append(["№", "ФИО", None, None, "Город", "Должность"])
    sheet.append([None, "Фамилия", "Имя", "Отчество"])
    sheet.append([1, "Попова", "Ольга", "Ивановна", "Томск", "Мэр"])
    sheet.merge_cells("B2:D2")
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("E2:E3")
    sheet.merge_cells("F2:F3")
    path = tmp_path / "two_rows.xlsx"
    book.save(path)
    _, mapping = read(services, path)

    preview = imported(services, meeting_id, path)

    assert preview.header_row == 3
    assert mapping.headers == ("№", "Фамилия", "Имя", "Отчество", "Город", "Должность")
    olga = people(services, meeting_id)["Попова"]
    assert (olga.given_name, olga.position) == ("Ольга Ивановна", "Мэр")
    assert cities(services, meeting_id) == {"Попова": "Tomsk"}


def test_a_blank_row_below_the_header_is_no_second_header():
    rows = [["Family name", "City"], ["", ""], ["Popova", "Tomsk"]]

    mapping = locate_header(rows)

    assert mapping is not None
    assert mapping.header_row == 0


def test_a_choice_written_into_the_memory_file_by_hand_is_used(services: Services, tmp_path):
    # GIVEN a remembered-columns file edited by hand, with headers as the lists write them
    choices = tmp_path / "choices.json"
    choices.write_text('{"Guest Surname": "family_name", "  Town ": "city", "": "notes"}', "utf-8")
    path = workbook(tmp_path / "hotel.xlsx", ["Guest Surname", "Town"], ["Popova", "Tomsk"])

    _, mapping = PersonImportService(services.database, choices).read(path)

    assert mapping is not None
    assert mapping.fields == (F.FAMILY_NAME, F.CITY)
