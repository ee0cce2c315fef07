"""CSV files as spreadsheet programs save them, in every separator, line end and encoding."""

from __future__ import annotations

import codecs

import pytest
from import_helpers import empty_meeting
from real_world_files import cities, imported, people, read

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService

ROWS = [
    ["Фамилия", "Имя", "Город", "Телефон", "Примечание"],
    ["Попова", "Ольга", "Томск", "79131234567", "вегетарианка"],
    ["Yamada", "Taro", "Tokyo", "+81 3 1234 5678", "arrives late; by train"],
]


def _csv(rows: list[list[str]], separator: str, line_end: str = "\r\n") -> str:
    return "".join(separator.join(row) + line_end for row in rows)


def _assert_both_imported(services: Services, meeting_id: int) -> None:
    found = people(services, meeting_id)
    assert (found["Попова"].given_name, found["Попова"].phone) == ("Ольга", "79131234567")
    assert found["Попова"].notes == "вегетарианка"
    assert found["Yamada"].notes == "arrives late; by train"
    assert cities(services, meeting_id) == {"Попова": "Tomsk", "Yamada": "Tokyo"}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("semicolon.csv", _csv([*ROWS[:2], [*ROWS[2][:4], '"arrives late; by train"']], ";")),
        ("tabs.txt", _csv(ROWS, "\t")),
        ("tabs.tsv", _csv(ROWS, "\t", "\n")),
        (
            "excel_sep.csv",
            "sep=;\r\n" + _csv([*ROWS[:2], [*ROWS[2][:4], '"arrives late; by train"']], ";"),
        ),
        ("old_mac.csv", _csv(ROWS, "\t", "\r")),
        ("crlf.csv", _csv([*ROWS[:2], [*ROWS[2][:4], '"arrives late; by train"']], ",")),
    ],
)
def test_separators_and_line_ends(
    name: str, data: str, services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8"))

    imported(services, meeting_id, path)

    _assert_both_imported(services, meeting_id)


def test_excel_separator_line_keeps_the_row_numbers(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\nFamily name,City\nPopova,Tomsk\nNemo,Atlantis\n", "utf-8")
    sheet, mapping = read(services, path)

    preview = PersonImportService(services.database).preview(meeting_id, sheet, mapping)

    assert preview.header_row == 2
    assert [(row.where, row.status.value) for row in preview.rows] == [
        ("3", "new"),
        ("4", "error"),
    ]


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8_bom.csv", lambda text: codecs.BOM_UTF8 + text.encode("utf-8")),
        ("cp1251.csv", lambda text: text.encode("cp1251")),
        ("unicode_text.txt", lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
    ],
)
def test_encodings(name: str, encode, services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    rows = [ROWS[0], ROWS[1], [*ROWS[2][:4], "arrives late, by train"]]
    text = _csv(rows, "\t" if name.endswith(".txt") else ";")
    path = tmp_path / name
    path.write_bytes(encode(text))

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert found["Попова"].given_name == "Ольга"
    assert found["Yamada"].notes == "arrives late, by train"


def test_shift_jis(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    text = _csv(
        [
            ["姓", "名", "氏名", "役職", "都市", "メール"],
            ["Yamada", "Taro", "山田 太郎", "副知事", "東京都", "yamada@tokyo.example"],
            ["Suzuki", "Hanako", "鈴木 花子", "国際交流課長", "東京", "suzuki@tokyo.example"],
        ],
        ",",
    )
    path = tmp_path / "tokyo.csv"
    path.write_bytes(text.encode("shift_jis"))

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert (found["Yamada"].native_name, found["Yamada"].position) == ("山田 太郎", "副知事")
    assert found["Suzuki"].position == "国際交流課長"
    assert cities(services, meeting_id) == {"Yamada": "Tokyo", "Suzuki": "Tokyo"}


def test_quoted_line_breaks_inside_cells(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "breaks.csv"
    path.write_text(
        "Family name,City,Position,Notes\r\n"
        'Popova,Tomsk,"Mayor\nof Tomsk","line one\r\nline two"\r\n'
        "Sato,Tokyo,Governor,\r\n",
        "utf-8",
    )

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert found["Popova"].notes.splitlines() == ["line one", "line two"]
    assert found["Sato"].position == "Governor"


def test_a_trailing_empty_column(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "trailing.csv"
    path.write_text("Family name;City;\nPopova;Tomsk;\nSato;Tokyo;\n", "utf-8")

    preview = imported(services, meeting_id, path)

    assert preview.ignored_columns == ()
    assert cities(services, meeting_id) == {"Popova": "Tomsk", "Sato": "Tokyo"}


def test_only_a_header_row_is_refused_clearly(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "header_only.csv"
    path.write_text("Family name;Given name;City\r\n", "utf-8")
    importer = PersonImportService(services.database)
    sheet, mapping = read(services, path)

    with pytest.raises(UserFacingError, match=r"header_only\.csv has no rows below its header"):
        importer.preview(meeting_id, sheet, mapping)


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", codecs.BOM_UTF8, b";;;\r\n;;;\r\n"])
def test_an_empty_file_is_refused_clearly(data: bytes, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(data)

    with pytest.raises(UserFacingError, match=r"empty\.csv is empty"):
        read_sheet(path)


def test_a_formula_guard_of_our_export_is_taken_off(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "guarded.csv"
    path.write_text("Family name,City,Notes\nO'Brien,Tokyo,'=1+1\nSato,Tokyo,'plain\n", "utf-8")

    imported(services, meeting_id, path)

    found = people(services, meeting_id)
    assert (found["O'Brien"].notes, found["Sato"].notes) == ("=1+1", "'plain")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("tab_with_commas.txt", "ФИО\tГород\tДолжность\nПопова, Ольга\tТомск\tМэр, глава\n"),
        ("tab_tied.txt", "ФИО\tГород\nПопова,Ольга\tТомск\n"),
        ("decimal_commas.csv", "ФИО;Город;Должность\nПопова,Ольга;Томск;Мэр 1,5\n"),
        ("comma_with_prose.csv", 'ФИО,Город,Должность\n"Попова, Ольга",Томск,Мэр; глава\n'),
    ],
)
def test_the_separator_is_not_taken_from_the_text_of_cells(
    name: str, text: str, services: Services, tmp_path
):
    path = tmp_path / name
    path.write_text(text, "utf-8")

    sheet, mapping = read(services, path)

    assert len(mapping.headers) == len(sheet.rows[1]) >= 2
    assert sheet.rows[1][1] == "Томск"
