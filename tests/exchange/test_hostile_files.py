"""Hostile or broken files get a clear message and write nothing.

(How fast each is refused is measured in benchmarks/exchange.py, not asserted here.)
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import persons_of

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.limits import MAX_FILE_BYTES, MAX_UNPACKED_BYTES
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService

SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def _workbook_with_sheet(sheet_xml: bytes, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A real workbook whose first sheet's XML is replaced by ``sheet_xml``."""
    book = openpyxl.Workbook()
    book.active.append(["City", "Family name"])
    plain = io.BytesIO()
    book.save(plain)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = sheet_xml if item.filename == SHEET else source.read(item)
            target.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def _row(number: int, *values: str) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in values)
    return f'<row r="{number}">{cells}</row>'


def _zip_bomb() -> bytes:
    padding = b" " * (MAX_UNPACKED_BYTES + 1024 * 1024)
    return _workbook_with_sheet(
        (SHEET_HEAD + _row(1, "City", "Family name")).encode() + padding + SHEET_TAIL.encode()
    )


def _billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        + SHEET_HEAD.split("?>", 1)[1]
        + _row(1, "City", "Family name")
        + _row(2, "Tomsk", "&lol9;")
        + SHEET_TAIL
    )
    return _workbook_with_sheet(xml.encode())


def _external_entity() -> bytes:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + SHEET_HEAD.split("?>", 1)[1]
        + _row(1, "City", "Family name")
        + _row(2, "Tomsk", "&xxe;")
        + SHEET_TAIL
    )
    return _workbook_with_sheet(xml.encode())


def _entity_in_shared_strings() -> bytes:
    strings = (
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a;</t></si></sst>'
    )
    return _workbook_with_sheet(
        (SHEET_HEAD + _row(1, "City", "Family name") + SHEET_TAIL).encode(),
        extra={"xl/sharedStrings.xml": strings.encode()},
    )


def _huge_cell_xlsx() -> bytes:
    return _workbook_with_sheet(
        (
            SHEET_HEAD
            + _row(1, "City", "Family name")
            + _row(2, "Tomsk", "x" * 1_048_576)
            + SHEET_TAIL
        ).encode()
    )


def _huge_cell_csv() -> bytes:
    return ("City,Family name\nTomsk," + "x" * 1_048_576 + "\n").encode()


def _garbage() -> bytes:
    return random.Random(7).randbytes(200_000)


HOSTILE = {
    "zip bomb": ("bomb.xlsx", _zip_bomb, "unpacks to more than 256 MB"),
    "billion laughs": ("laughs.xlsx", _billion_laughs, "XML document type declaration"),
    "external entity": ("xxe.xlsx", _external_entity, "XML document type declaration"),
    "entity in shared strings": ("strings.xlsx", _entity_in_shared_strings, "XML document type"),
    "1 MB cell in a workbook": ("cell.xlsx", _huge_cell_xlsx, "at most 10,000 are accepted"),
    "1 MB cell in a CSV": ("cell.csv", _huge_cell_csv, "characters"),
    "binary garbage named .csv": ("people.csv", _garbage, "is not a text CSV file"),
    "binary garbage named .xlsx": ("people.xlsx", _garbage, "not an .xlsx workbook"),
    "an empty .csv": ("empty.csv", lambda: b"", "is empty"),
    "an old .xls workbook": ("old.xls", _garbage, "save it as .xlsx or .csv"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_files_are_refused_with_a_clear_message_and_nothing_is_written(
    kind: str, services: Services, sample_meeting_id, tmp_path: Path
):
    # GIVEN a hostile file
    name, build, message = HOSTILE[kind]
    path = tmp_path / name
    path.write_bytes(build())
    before = persons_of(services, sample_meeting_id)
    importer = PersonImportService(services.database)

    # WHEN it is read for an import
    with pytest.raises(UserFacingError) as refused:
        importer.read(path)

    # THEN the message says what is wrong and names the file, and nothing was written
    assert message in str(refused.value)
    assert name in str(refused.value)
    assert persons_of(services, sample_meeting_id) == before


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(services: Services, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1024 * 1024)
    with pytest.raises(UserFacingError, match=r"huge.csv is 65 MB; files up to 64 MB"):
        PersonImportService(services.database).read(path)
