"""Refuse a hostile workbook before openpyxl parses it: zip bombs, XML document type
declarations (entity tricks, also blocked by defusedxml inside openpyxl), found by
streaming every part of the archive once."""

from __future__ import annotations

import io
import zipfile
import zlib

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.limits import MAX_UNPACKED_BYTES

_CHUNK = 1024 * 1024
# What a damaged archive raises while a member is read: ValueError when a member's recorded
# offset points before the archive's start, zlib.error for damaged compressed data.
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error)
_XML_DANGER = (
    b"<!DOCTYPE",
    b"<!ENTITY",
    b"<\x00!\x00D\x00O\x00C\x00",
    b"\x00<\x00!\x00D\x00O\x00C",
)
# A formula cell closed without a value after it: Excel always stores the result.
_UNCOMPUTED = (b"</f></c>", b"</f><v/></c>", b"</f><v /></c>", b"</f><v></v></c>", b'"/></c>')


def inspect_workbook(data: bytes, name: str) -> bool:
    """Refuse zip bombs and XML declarations by streaming every part once;
    True if a sheet may hold a formula without a computed value."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise UserFacingError(
            f"{name} is not an .xlsx workbook (it is not a zip archive)."
        ) from error
    uncomputed = False
    with archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > MAX_UNPACKED_BYTES:
            raise _unpacks_too_large(name)
        unpacked = 0
        for member in members:
            is_sheet = member.filename.startswith("xl/worksheets/")
            tail = b""
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise _unpacks_too_large(name)
                        window = tail + chunk
                        if any(marker in window for marker in _XML_DANGER):
                            raise UserFacingError(
                                f"{name} contains an XML document type declaration "
                                "(a known attack on spreadsheet readers); it was not read."
                            )
                        if is_sheet:
                            uncomputed = uncomputed or any(m in window for m in _UNCOMPUTED)
                        tail = chunk[-16:]
            except _DAMAGED as error:
                raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
            except NotImplementedError as error:
                raise UserFacingError(
                    f"{name} uses an unsupported compression ({error})."
                ) from error
    return uncomputed


def _unpacks_too_large(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB "
        "(it may be a zip bomb); it was not read."
    )
