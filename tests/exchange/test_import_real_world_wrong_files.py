"""Files that are not what their name says: read when they are a list, else a clear refusal."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import empty_meeting
from real_world_files import cities, imported

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.services import Services

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _compound_file(*streams: str) -> bytes:
    """The start of an Office 97-2003 compound file naming its streams."""
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\0") for name in streams)
    return OLE + b"\0" * 504 + directory + bytes(range(256)) * 20


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name.replace("__", "/"), data)
    return out.getvalue()


def _refusal(path: Path) -> str:
    """The message refusing the file (read as the import reads it, without a database)."""
    with pytest.raises(UserFacingError) as raised:
        read_sheet(path)
    return str(raised.value)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "old.xls",
            _compound_file("Root Entry", "Workbook", "SummaryInformation"),
            "old.xls is an old Excel 97-2003 workbook; save it as .xlsx or .csv",
        ),
        (
            "renamed.xlsx",
            _compound_file("Root Entry", "Workbook"),
            "renamed.xlsx is an old Excel 97-2003 workbook; save it as .xlsx or .csv",
        ),
        (
            "secret.xlsx",
            _compound_file("Root Entry", "EncryptionInfo", "EncryptedPackage"),
            "secret.xlsx is protected by a password",
        ),
        (
            "list.ods",
            _zip(mimetype=b"application/vnd.oasis.opendocument.spreadsheet", content__xml=b"<x/>"),
            "list.ods is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv",
        ),
        (
            "list.xlsx",
            _zip(mimetype=b"application/vnd.oasis.opendocument.spreadsheet", content__xml=b"<x/>"),
            "list.xlsx is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv",
        ),
        (
            "letter.xlsx",
            _zip(word__document__xml=b"<w/>", **{"[Content_Types].xml": b"<t/>"}),
            "letter.xlsx is a text document (Word or Writer), not a spreadsheet",
        ),
        (
            "letter.csv",
            _compound_file("Root Entry", "WordDocument"),
            "letter.csv is an old Word document, not a spreadsheet",
        ),
        ("scan.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "scan.xlsx is a PDF document"),
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "scan.pdf is a PDF document"),
        ("photos.xlsx", _zip(a__jpg=b"\xff\xd8"), "photos.xlsx is a zip archive, not an .xlsx"),
        (
            "report.xls",
            b"<html><body><table><tr><td>City</td></tr></table></body></html>",
            "report.xls is a web page (HTML)",
        ),
        ("list.numbers", b"anything", "list.numbers: save it as .xlsx or .csv"),
        ("notes.docx", b"plain words", "notes.docx: only .csv and .xlsx files"),
    ],
)
def test_a_file_that_is_no_list_is_refused_with_a_clear_message(
    name: str, data: bytes, message: str, tmp_path
):
    path = tmp_path / name
    path.write_bytes(data)

    assert message in _refusal(path)


def test_a_damaged_workbook_is_refused(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Family name", "City"])
    whole = io.BytesIO()
    book.save(whole)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole.getvalue()[:2000])

    assert "cut.xlsx" in _refusal(path)


@pytest.mark.parametrize("name", ["list.xlsx", "list.xls"])
def test_csv_text_named_like_a_workbook_is_read_as_csv(
    name: str, services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / name
    path.write_bytes("Фамилия;Город\r\nПопова;Томск\r\n".encode("cp1251"))

    imported(services, meeting_id, path)

    assert cities(services, meeting_id) == {"Попова": "Tomsk"}


def test_a_workbook_named_csv_is_read_as_a_workbook(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    book = openpyxl.Workbook()
    book.active.append(["Family name", "City", "Phone"])
    book.active.append(["Popova", "Tomsk", 79131234567])
    path = tmp_path / "list.csv"
    book.save(path)

    imported(services, meeting_id, path)

    assert cities(services, meeting_id) == {"Popova": "Tomsk"}


def test_a_long_csv_named_xlsx_is_read_whole(tmp_path):
    # GIVEN a CSV named .xlsx, long enough that its first 64 KB end inside a letter
    rows = "".join(f"Попова{n};Томск\r\n" for n in range(6_000))
    path = tmp_path / "list.xlsx"
    path.write_bytes(("Фамилия;Город \r\n" + rows).encode("utf-8"))

    sheet = read_sheet(path)

    assert len(sheet.rows) == 6_001
    assert sheet.rows[-1] == ["Попова5999", "Томск"]
