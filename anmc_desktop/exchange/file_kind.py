"""What an imported file is, from its first bytes rather than its name: a workbook, text,
or something else, refused with a message saying what it is and what to do."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.text_decoding import decode_text

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 files, and encrypted workbooks
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_SNIFF_CHARS = 64 * 1024


def is_workbook(data: bytes, name: str) -> bool:
    """True for an .xlsx workbook, False for text; a clear refusal for anything else."""
    suffix = Path(name).suffix.casefold()
    if data.startswith(_ZIP):
        return _zip_is_workbook(data, name)
    if data.startswith(_OLE):
        raise _office_97(data, name)
    if data.startswith(b"%PDF"):
        raise UserFacingError(
            f"{name} is a PDF document, not a spreadsheet; ask for the list as .xlsx or .csv."
        )
    if suffix not in _TEXT_SUFFIXES | _WORKBOOK_SUFFIXES | {".xls"}:
        raise _unsupported(name, suffix)
    if suffix in _TEXT_SUFFIXES:
        return False
    # A workbook's name on other content: web systems save CSV or HTML as "list.xls(x)".
    try:
        head = decode_text(data, name)[:_SNIFF_CHARS].lstrip().casefold()
    except UserFacingError:
        if suffix == ".xls":
            raise _unsupported(name, suffix) from None
        raise UserFacingError(
            f"{name} is not an .xlsx workbook (it is neither a zip archive nor text)."
        ) from None
    if head.startswith("<") and ("<table" in head or "<html" in head):
        raise UserFacingError(
            f"{name} is a web page (HTML) named like a workbook; open it in Excel or "
            "LibreOffice and save it as .xlsx or .csv."
        )
    return False


def _zip_is_workbook(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            mimetype = b""
            if "mimetype" in members:
                with archive.open("mimetype") as stream:  # its first bytes only: no bomb
                    mimetype = stream.read(100)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
    if "xl/workbook.xml" in members or "xl/workbook.bin" in members:
        if "xl/workbook.bin" in members:
            raise UserFacingError(
                f"{name} is an Excel binary workbook (.xlsb); save it as .xlsx or .csv first."
            )
        return True
    if b"opendocument.spreadsheet" in mimetype:
        raise UserFacingError(
            f"{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv first."
        )
    if any(member.startswith("word/") for member in members) or b"opendocument.text" in mimetype:
        raise UserFacingError(
            f"{name} is a text document (Word or Writer), not a spreadsheet; "
            "ask for the list as .xlsx or .csv."
        )
    raise UserFacingError(f"{name} is a zip archive, not an .xlsx workbook.")


def _office_97(data: bytes, name: str) -> UserFacingError:
    """The refusal of a file in Microsoft's old compound format (OLE)."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return UserFacingError(
            f"{name} is protected by a password; open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password) and save it again."
        )
    if "WordDocument".encode("utf-16-le") in data:
        return UserFacingError(
            f"{name} is an old Word document, not a spreadsheet; ask for the list as .xlsx or .csv."
        )
    return UserFacingError(
        f"{name} is an old Excel 97-2003 workbook; save it as .xlsx or .csv first."
    )


def _unsupported(name: str, suffix: str) -> UserFacingError:
    if suffix == ".xls":
        return UserFacingError(
            f"{name} is an old Excel 97-2003 workbook; save it as .xlsx or .csv first."
        )
    if suffix in {".ods", ".numbers"}:
        return UserFacingError(f"{name}: save it as .xlsx or .csv first.")
    return UserFacingError(f"{name}: only .csv and .xlsx files can be imported.")
