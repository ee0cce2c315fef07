"""Which column of an imported sheet holds which field of a person.

Headers are recognised in English and Russian (and as our own export writes them); the
header row may sit anywhere in the first rows, below a title. Columns nobody recognises
can be mapped by the user; ``ColumnMemory`` keeps those choices for the next file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from anmc_desktop.exchange.limits import HEADER_SEARCH_ROWS
from anmc_desktop.text import search_key


class Field(enum.StrEnum):
    """What an imported column can hold."""

    CITY = "city"
    CITY_LOCAL = "city_local"
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    PATRONYMIC = "patronymic"
    FAMILY_NAME = "family_name"
    FAMILY_NAME_FIRST = "family_name_first"
    NATIVE_NAME = "native_name"
    HONORIFIC = "honorific"
    POSITION = "position"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    DIETARY_NEEDS = "dietary_needs"
    ACCESS_NEEDS = "access_needs"
    NOTES = "notes"
    IGNORE = "ignore"

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


_LABELS = {
    Field.CITY_LOCAL: "City (local name)",
    Field.FULL_NAME: "Full name",
    Field.NATIVE_NAME: "Name in native script",
    Field.EMAIL: "E-mail",
    Field.IGNORE: "(do not import)",
}

NAME_FIELDS = frozenset({Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME, Field.NATIVE_NAME})

_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.CITY: ("city", "member city", "delegation", "город", "делегация", "город делегации"),
    Field.CITY_LOCAL: ("city local name", "city in local language", "город на местном языке"),
    Field.FULL_NAME: (
        "name",
        "full name",
        "participant",
        "фио",
        "ф и о",
        "участник",
        "имя фамилия",
    ),
    Field.GIVEN_NAME: ("given name", "first name", "firstname", "forename", "given names", "имя"),
    Field.PATRONYMIC: ("patronymic", "middle name", "отчество"),
    Field.FAMILY_NAME: ("family name", "last name", "lastname", "surname", "фамилия"),
    Field.FAMILY_NAME_FIRST: ("family name first", "фамилия первой", "фамилия впереди"),
    Field.NATIVE_NAME: (
        "name in native script",
        "native name",
        "name native",
        "local name",
        "name in local language",
        "имя на родном языке",
        "фио на родном языке",
        "имя в оригинальном написании",
    ),
    Field.HONORIFIC: ("honorific", "title", "salutation", "prefix", "обращение", "титул"),
    Field.POSITION: (
        "position",
        "job title",
        "post",
        "function",
        "designation",
        "должность",
        "позиция",
    ),
    Field.ROLE: ("role", "role in delegation", "роль", "роль в делегации", "статус участника"),
    Field.EMAIL: (
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail address",
        "адрес электронной почты",
        "e mail адрес",
        "эл почта",
        "электронная почта",
        "почта",
    ),
    Field.PHONE: (
        "phone",
        "telephone",
        "mobile",
        "tel",
        "phone number",
        "mobile phone",
        "cell phone",
        "telephone number",
        "contact number",
        "мобильный телефон",
        "контактный телефон",
        "телефон",
        "тел",
        "мобильный",
    ),
    Field.ARRIVAL: ("arrival", "arrival date", "arrives", "прибытие", "дата прибытия", "приезд"),
    Field.DEPARTURE: ("departure", "departure date", "departs", "отъезд", "убытие", "дата отъезда"),
    Field.DIETARY_NEEDS: (
        "dietary needs",
        "dietary requirements",
        "diet",
        "meals",
        "питание",
        "диета",
    ),
    Field.ACCESS_NEEDS: ("access needs", "accessibility", "special needs", "доступность"),
    Field.NOTES: (
        "notes",
        "note",
        "remarks",
        "comments",
        "comment",
        "примечание",
        "примечания",
        "комментарий",
    ),
    # Columns our own export writes that an import does not need.
    Field.IGNORE: (
        "no",
        "nr",
        "#",
        "№",
        "country",
        "страна",
        "delegation status",
        "статус делегации",
    ),
}


_HEADER_PARTS = re.compile(r"[/|\\()\[\]\n,;]+")


def header_key(text: str) -> str:
    """Fold a header for matching: case, accents, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w#№]+", " ", search_key(text)).split())


KNOWN_HEADERS: dict[str, Field] = {
    header_key(synonym): known for known, synonyms in _SYNONYMS.items() for synonym in synonyms
}


@dataclass(frozen=True)
class ColumnMapping:
    """The header row (0-based index into the sheet's rows) and each column's field."""

    header_row: int
    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]  # None: not recognised yet
    remembered: Mapping[str, Field] = field(default_factory=dict)

    @property
    def unmapped(self) -> list[str]:
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def with_choice(self, column: int, chosen: Field | None) -> ColumnMapping:
        fields = list(self.fields)
        fields[column] = chosen
        return ColumnMapping(self.header_row, self.headers, tuple(fields), self.remembered)

    def columns_of(self, wanted: Field) -> list[int]:
        return self._columns.get(wanted, [])

    @cached_property
    def _columns(self) -> dict[Field, list[int]]:
        found: dict[Field, list[int]] = {}
        for index, chosen in enumerate(self.fields):
            if chosen is not None:
                found.setdefault(chosen, []).append(index)
        return found


def recognise(header: str, remembered: Mapping[str, Field]) -> Field | None:
    """The field a header names: as a whole, else by one of its parts, so that
    "Фамилия / Surname", "Family name (in English)" and "Должность:" are recognised."""
    key = header_key(header)
    if not key:
        return None
    found = remembered.get(key) or KNOWN_HEADERS.get(key)
    if found is not None:
        return found
    for part in _HEADER_PARTS.split(header):
        part_key = header_key(part)
        found = remembered.get(part_key) or KNOWN_HEADERS.get(part_key)
        if found is not None and found is not Field.IGNORE:
            return found
    return None


def locate_header(
    rows: Sequence[Sequence[str]], remembered: Mapping[str, Field] | None = None
) -> ColumnMapping | None:
    """The first of the top rows that names at least two fields, one of them a name."""
    remembered = remembered or {}
    best: ColumnMapping | None = None
    best_score = 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = tuple(recognise(cell, remembered) for cell in row)
        found = {f for f in fields if f is not None and f is not Field.IGNORE}
        score = len(found)
        if score >= 2 and found & NAME_FIELDS and score > best_score:
            best = ColumnMapping(index, tuple(row), fields, remembered)
            best_score = score
    return best
