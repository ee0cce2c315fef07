"""`anmc-desktop import persons` on files as cities send them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl

from anmc_desktop.cli import EXIT_USER_ERROR, main
from tests.exchange.import_helpers import persons_in_file


def _import(sample_file: tuple[Path, int], path: Path, *options: str) -> tuple[int, str]:
    database, meeting_id = sample_file
    out = io.StringIO()
    command = ["import", "persons", "--meeting", str(meeting_id), str(path), *options]
    code = main(["--database", str(database), *command], out=out)
    return code, out.getvalue()


def test_a_dry_run_of_a_workbook_with_a_sheet_per_city(sample_file, tmp_path):
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Read me"
    cover.append(["One sheet per city, please."])
    tokyo = book.create_sheet("東京")
    tokyo.append(["東京都 代表団"])
    tokyo.append(["番号", "姓", "名", "役職", "都市", "電話"])
    tokyo.append([1, "Yamada", "Taro", "副知事", "東京都", 81312345678])
    seoul = book.create_sheet("서울")
    seoul.append(["번호", "성", "이름", "직위", "도시", "전화"])
    seoul.append([1, "Kim", "Min-jun", "국장", "서울특별시", 8221234567])
    path = tmp_path / "delegations.xlsx"
    book.save(path)
    before = persons_in_file(*sample_file)

    code, printed = _import(sample_file, path, "--dry-run")

    assert code == 0, printed
    lines = printed.splitlines()
    assert "header in row 東京!2; 2 new" in lines[0]
    assert "ignored columns: 番号" in lines[1]
    assert lines[2].split()[:4] == ["row", "東京!3", "new", "Tokyo"]
    assert lines[3].split()[:4] == ["row", "서울!2", "new", "Seoul"]
    assert persons_in_file(*sample_file) == before


def test_an_ods_file_exits_non_zero_saying_what_to_do(sample_file, tmp_path, capsys):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    path = tmp_path / "list.ods"
    path.write_bytes(out.getvalue())

    code, _ = _import(sample_file, path)

    assert code == EXIT_USER_ERROR
    assert "list.ods is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv" in (
        capsys.readouterr().err
    )


def test_errors_name_the_row_and_the_column_and_nothing_is_written(sample_file, tmp_path, capsys):
    path = tmp_path / "tomsk.csv"
    path.write_bytes(
        "sep=;\r\nФИО;Город;Эл. почта;Дата прибытия\r\n"
        "Попова Ольга;Томск;popova@tomsk.example;02.10.2016\r\n"
        "Иванов Иван;Томск;ivanov-at-tomsk;2 октября\r\n".encode("cp1251")
    )
    before = persons_in_file(*sample_file)

    code, printed = _import(sample_file, path)

    assert code == EXIT_USER_ERROR
    assert "row     3  new" in printed
    row_4 = next(line for line in printed.splitlines() if line.startswith("row     4"))
    assert "Эл. почта: is not an e-mail address" in row_4
    assert "Дата прибытия: '2 октября' is not a date" in row_4
    assert "nothing was imported" in capsys.readouterr().err
    assert persons_in_file(*sample_file) == before
