"""Reading a meeting file's records as the services take them: a model's columns typed
as the columns are, and each record checked by the rules of the forms, a broken rule told
as a MeetingFileError naming the record (services/meeting_import.py)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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


def read_columns(
    reader: Reader,
    model: type[Base],
    names: Iterable[str],
    others: frozenset[str] = frozenset(),
) -> dict[str, object]:
    """The named columns of ``model`` from the file, typed as the columns are (the keys
    of ``others``, which the caller reads itself, left out). The texts
    of text columns (nearly every one of a file's values) are taken as they are, in one
    look at their types, and a value of another column converted at once where it is
    plainly right; any other value goes through its typed reading, which names what is
    wrong."""
    columns = _columns(model, tuple(names), others)
    values = reader.record(columns.default_of, columns.known)
    if values is None:
        found = reader.values(columns.names, columns.defaults)
        values = dict(zip(columns.names, found, strict=True))
    else:
        for key in others:
            values.pop(key, None)
    if not _ONLY_TEXT.issuperset(map(type, columns.texts_of(values))):
        for name, read in columns.texts:
            if type(values[name]) is not str:
                values[name] = read(reader, name)
    for name, convert, read in columns.typed:
        value = convert(values[name])
        values[name] = read(reader, name) if value is _NOT_PLAIN else value
    return values


_ReadValue = Callable[[Reader, str], object]
_ONLY_TEXT = frozenset({str})
_NOT_PLAIN = object()  # what a quick conversion gives for a value it leaves to the reading


@dataclass(frozen=True)
class _Columns:
    """How a model's named columns are read: the names and each one's value where the
    file has none (also by name); the text columns (name, typed reading) and the others
    (name, quick conversion, typed reading)."""

    names: tuple[str, ...]
    defaults: tuple[object, ...]
    default_of: dict[str, object]
    known: frozenset[str]  # the names and the keys the caller reads itself
    texts: tuple[tuple[str, _ReadValue], ...]
    typed: tuple[tuple[str, Callable[[object], object], _ReadValue], ...]
    text_names: tuple[str, ...]

    def texts_of(self, values: dict[str, object]) -> Iterator[object]:
        return map(values.__getitem__, self.text_names)


@cache
def _columns(model: type[Base], names: tuple[str, ...], others: frozenset[str]) -> _Columns:
    """How each named column is read, worked out once per model (a file has thousands of
    records of each)."""
    columns = inspect(model).columns
    defaults: list[object] = []
    texts: list[tuple[str, _ReadValue]] = []
    typed: list[tuple[str, Callable[[object], object], _ReadValue]] = []
    for name in names:
        column = columns[name]
        kind = column.type.python_type
        optional = column.nullable
        read: _ReadValue
        convert: Callable[[object], object] = _left_to_reading
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            read = partial(_choice, kind=kind)
            convert = partial(_member, members=kind._value2member_map_)
        elif kind is bool:
            read, convert = Reader.flag, _flag
        elif kind is int:
            read = Reader.optional_integer if optional else Reader.integer
        elif kind is dt.datetime:
            read = Reader.optional_moment if optional else Reader.moment
            convert = _wall_clock
        elif kind is dt.date:
            read = Reader.optional_day if optional else Reader.day
            convert = _day
        else:
            # A text the file leaves out is empty, or None where the column may be.
            texts.append((name, Reader.optional_text if optional else _text_or_empty))
            defaults.append(None if optional else "")
            continue
        typed.append((name, convert, read))
        defaults.append(None)
    default_of = dict(zip(names, defaults, strict=True))
    text_names = tuple(name for name, _ in texts)
    known = frozenset(names) | others
    return _Columns(
        names, tuple(defaults), default_of, known, tuple(texts), tuple(typed), text_names
    )


# Quick conversions of the values that are plainly right (as the typed reading would
# take them); any other value, even a missing or null one, is _NOT_PLAIN.
def _left_to_reading(_value: object) -> object:
    return _NOT_PLAIN


def _member(value: object, members: dict[object, enum.Enum]) -> object:
    return members.get(value, _NOT_PLAIN) if type(value) is str else _NOT_PLAIN


def _flag(value: object) -> object:
    return value if type(value) is bool else _NOT_PLAIN


def _wall_clock(value: object) -> object:
    if type(value) is str:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return _NOT_PLAIN
        if moment.tzinfo is None:
            return moment
    return _NOT_PLAIN


def _day(value: object) -> object:
    if type(value) is str:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return _NOT_PLAIN
    return _NOT_PLAIN


def _choice(reader: Reader, name: str, kind: type[enum.Enum]) -> object:
    return reader.choice(name, kind)


def _text_or_empty(reader: Reader, name: str) -> str:
    return reader.text(name, "")


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
