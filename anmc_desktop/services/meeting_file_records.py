"""Reading a meeting file's records as the services take them: a model's columns typed
as the columns are, and each record checked by the rules of the forms, a broken rule told
as a MeetingFileError naming the record (services/meeting_import.py)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from functools import cache, partial
from typing import Any, TypeVar

from sqlalchemy import inspect

from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import DeclarationParagraph, DeclarationVersion
from anmc_desktop.models.base import Base
from anmc_desktop.records.declarations import DeclarationVersion as DeclarationText
from anmc_desktop.records.enums import ParagraphSection
from anmc_desktop.records.languages import language_code
from anmc_desktop.services.meeting_document import PARAGRAPH_FIELDS, VERSION_FIELDS
from anmc_desktop.services.validation import Checker

T = TypeVar("T")


def read_columns(reader: Reader, model: type[Base], names: Iterable[str]) -> dict[str, object]:
    """The named columns of ``model`` from the file, typed as the columns are. A text
    column that holds a text (nearly every one of a file's values) is taken as it is;
    any other value goes through its typed reading, which names what is wrong."""
    values: dict[str, object] = {}
    for name, read in _column_readers(model, tuple(names)):
        value = reader.peek(name)
        is_text = read in _TEXT_READERS and type(value) is str
        values[name] = value if is_text else read(reader, name)
    return values


_ReadValue = Callable[[Reader, str], object]


@cache
def _column_readers(model: type[Base], names: tuple[str, ...]) -> list[tuple[str, _ReadValue]]:
    """How each named column is read, worked out once per model (a file has thousands of
    records of each)."""
    columns = inspect(model).columns
    readers: list[tuple[str, _ReadValue]] = []
    for name in names:
        column = columns[name]
        kind = column.type.python_type
        optional = column.nullable
        read: _ReadValue
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            read = partial(_choice, kind=kind)
        elif kind is bool:
            read = Reader.flag
        elif kind is int:
            read = Reader.optional_integer if optional else Reader.integer
        elif kind is dt.datetime:
            read = Reader.optional_moment if optional else Reader.moment
        elif kind is dt.date:
            read = Reader.optional_day if optional else Reader.day
        else:
            read = Reader.optional_text if optional else _text_or_empty
        readers.append((name, read))
    return readers


def _choice(reader: Reader, name: str, kind: type[enum.Enum]) -> object:
    return reader.choice(name, kind)


def _text_or_empty(reader: Reader, name: str) -> str:
    return reader.text(name, "")


_TEXT_READERS = (Reader.optional_text, _text_or_empty)


# Fields whose name in the services differs from their key in the file.
_FILE_KEYS = {
    "host_city_id": "host_city",
    "moderator_id": "moderator",
    "speaker_ids": "speakers",
    "preamble": "paragraphs",
    "clauses": "paragraphs",
    "other_versions": "versions",
}


def checked(reader: Reader, apply: Callable[..., T], *arguments: Any) -> T:
    """``apply(*arguments)``, a ValidationError told as a MeetingFileError naming the record."""
    try:
        return apply(*arguments)
    except ValidationError as error:
        problems = "; ".join(  # each reason a sentence: one full stop, at the end
            f"{reader.where}.{_FILE_KEYS.get(e.field, e.field)}: {e.reason.rstrip('.')}"
            for e in error.errors
        )
        raise MeetingFileError(f"meeting file, {problems}.") from error


def checked_text(reader: Reader, field: str, text: object) -> str:
    check = Checker()
    cleaned = check.text(field, str(text), long=True)
    checked(reader, check.raise_if_any)
    return cleaned


def declaration_texts(reader: Reader) -> list[DeclarationText]:
    """The declaration's texts, in their order. A file of schema 1 or 2 holds one text in
    the declaration itself, in the first language its ``languages`` named (else English)."""
    if not reader.objects("versions"):
        language = language_code(reader.text("languages", "").split(",")[0]) or "en"
        return [_text(reader, language)]
    return [_text(version, version.text("language")) for version in reader.objects("versions")]


def _text(reader: Reader, language: str) -> DeclarationText:
    """One text: its fields and its preamble and clauses, each in the order of positions."""
    values = read_columns(
        reader, DeclarationVersion, [f for f in VERSION_FIELDS if f != "language"]
    )
    paragraphs = sorted(
        (
            read_columns(p, DeclarationParagraph, PARAGRAPH_FIELDS)
            for p in reader.objects("paragraphs")
        ),
        key=lambda p: (str(p["section"]), int(str(p["position"]))),
    )

    def texts(section: ParagraphSection) -> tuple[str, ...]:
        return tuple(str(p["text"]) for p in paragraphs if p["section"] is section)

    return DeclarationText(
        language=language,
        **values,  # type: ignore[arg-type]
        preamble=texts(ParagraphSection.PREAMBLE),
        clauses=texts(ParagraphSection.CLAUSE),
    )
