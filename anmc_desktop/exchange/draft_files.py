"""Drafts of a declaration as the cities send them, .txt or .docx, read into paragraphs.

Hostile or broken files are refused with a message before anything is parsed: an empty
file, binary data, a text larger than any declaration (``MAX_TEXT_BYTES``), a .docx that
unpacks to more than ``MAX_UNPACKED_BYTES`` (a zip bomb), carries an XML document type
declaration, or holds no paragraph.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
import zlib
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.declaration_draft import continues
from anmc_desktop.exchange.text_decoding import decode_text
from anmc_desktop.records.declarations import SourceLine

# A declaration runs to a few pages: a text draft of more is not one.
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
_DOCUMENT = "word/document.xml"


def read_draft(path: Path) -> list[SourceLine]:
    """The paragraphs of a .txt or .docx draft; UserFacingError if it cannot be one."""
    name = path.name
    try:
        size = path.stat().st_size
        limit = MAX_DOCX_BYTES if path.suffix.lower() == ".docx" else MAX_TEXT_BYTES
        if size > limit:
            raise UserFacingError(
                f"{name} is {size // 1024 // 1024} MB; a declaration's draft is at most "
                f"{limit // 1024 // 1024} MB. Nothing was imported."
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserFacingError(f"{name} could not be read ({error.strerror or error}).") from error
    return read_draft_bytes(data, name)


def read_draft_bytes(data: bytes, name: str) -> list[SourceLine]:
    if not data.strip():
        raise UserFacingError(f"{name} is empty. Nothing was imported.")
    if data.startswith(b"PK\x03\x04"):
        lines = _docx_paragraphs(data, name)
    elif name.lower().endswith(".docx"):
        raise UserFacingError(f"{name} is not a Word document (.docx). Nothing was imported.")
    else:
        if len(data) > MAX_TEXT_BYTES:
            raise UserFacingError(
                f"{name} is larger than {MAX_TEXT_BYTES // 1024 // 1024} MB: not a "
                "declaration's draft. Nothing was imported."
            )
        lines = _text_paragraphs(_text(data, name))
    if not any(line.text for line in lines):
        raise UserFacingError(f"{name} holds no paragraph of text. Nothing was imported.")
    return lines


def _text(data: bytes, name: str) -> str:
    try:
        return decode_text(data, name)
    except UserFacingError as error:
        raise UserFacingError(
            f"{name} is not a text file (it holds binary data): save the draft as plain text "
            "(.txt) or as a Word document (.docx). Nothing was imported."
        ) from error


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _text_paragraphs(text: str) -> list[SourceLine]:
    """A paragraph wrapped over several lines is joined; a blank line ends a paragraph.
    Once the signature blocks begin, every line stands alone (the name, the position)."""
    paragraphs: list[SourceLine] = []
    goes_on = False
    in_blocks = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _clean(raw)
        in_blocks = in_blocks or line.startswith(("For ", "За "))
        if goes_on and not in_blocks and continues(paragraphs[-1].text, line):
            paragraphs[-1] = SourceLine(paragraphs[-1].number, f"{paragraphs[-1].text} {line}")
        elif line:
            paragraphs.append(SourceLine(number, line))
        goes_on = bool(line)
    return paragraphs


def _docx_paragraphs(data: bytes, name: str) -> list[SourceLine]:
    _check_archive(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a broken package
        raise UserFacingError(
            f"{name} is not a readable Word document ({type(error).__name__}). "
            "Nothing was imported."
        ) from error
    lines: list[SourceLine] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_line(len(lines) + 1, block))
        elif tag == "tbl":  # signature blocks are often set in a table: cell by cell
            for paragraph in block.iter(block.tag.replace("tbl", "p")):
                lines.append(_docx_line(len(lines) + 1, paragraph))
    return [line for line in lines if line.text]


def _docx_line(number: int, paragraph: object) -> SourceLine:
    properties = getattr(paragraph, "pPr", None)
    style = (
        properties.pStyle.val if properties is not None and properties.pStyle is not None else ""
    )
    numbered = properties is not None and (properties.numPr is not None or "List" in style)
    return SourceLine(number, _clean(Paragraph(paragraph, None).text), numbered)


def _check_archive(data: bytes, name: str) -> None:
    """Refuse a zip bomb or an XML document type declaration before python-docx reads it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if _DOCUMENT not in {member.filename for member in members}:
                raise UserFacingError(f"{name} is a zip archive, not a Word document.")
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise _zip_bomb(name)
            unpacked = 0
            for member in members:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise _zip_bomb(name)
                        if member.filename.endswith(".xml") and b"<!DOCTYPE" in chunk:
                            raise UserFacingError(
                                f"{name} contains an XML document type declaration (a known "
                                "attack on document readers); it was not read."
                            )
    # zlib.error: a member's compressed data is damaged; ValueError: an offset the archive
    # records points before its start.
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        zlib.error,
        ValueError,
    ) as error:
        raise UserFacingError(f"{name} is a damaged Word document ({error}).") from error
    except NotImplementedError as error:
        raise UserFacingError(f"{name} uses an unsupported compression ({error}).") from error


def _zip_bomb(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB (it may be a "
        "zip bomb); it was not read. Nothing was imported."
    )
