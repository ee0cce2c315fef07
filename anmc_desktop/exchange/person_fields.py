"""The fields of a person an imported column can hold, and which column holds which."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property


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


class DateOrder(enum.StrEnum):
    """How the user says a file writes dates such as 03/04/2014 (3 April, or March 4)."""

    UNKNOWN = ""
    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


@dataclass(frozen=True)
class ColumnMapping:
    """The header row (0-based index into the sheet's rows) and each column's field."""

    header_row: int
    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]  # None: not recognised yet
    remembered: Mapping[str, Field] = field(default_factory=dict)
    date_order: DateOrder = DateOrder.UNKNOWN

    @property
    def unmapped(self) -> list[str]:
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def with_choice(self, column: int, chosen: Field | None) -> ColumnMapping:
        fields = list(self.fields)
        fields[column] = chosen
        return replace(self, fields=tuple(fields))

    def columns_of(self, wanted: Field) -> list[int]:
        return self._columns.get(wanted, [])

    @cached_property
    def _columns(self) -> dict[Field, list[int]]:
        found: dict[Field, list[int]] = {}
        for index, chosen in enumerate(self.fields):
            if chosen is not None:
                found.setdefault(chosen, []).append(index)
        return found
