"""The delegation list as a table: which columns, which persons, in which order.

The services hand over every participant of a meeting as ``Participant`` records; the
organizer's choices (``ListOptions``) turn them into an ``ExportTable`` of text cells that
the CSV, XLSX and PDF writers share.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any, NamedTuple

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.enums import DelegationStatus, LabelledEnum, PersonRole
from anmc_desktop.records.persons import ROLE_ORDER
from anmc_desktop.text import display_name


class Participant(NamedTuple):
    """One person of a meeting with their delegation's city and status: the fields a list
    may show, choose or order its rows by.

    A tuple rather than a dataclass: the service makes one of each row its query returns,
    as it comes (``_make``), and ``build_table`` reads a field of every participant at
    once. The fields may be as the database driver reads them: the role and the status
    their enums' values (``PersonRole`` and ``DelegationStatus`` are ``StrEnum``s: a member
    equals its value, and hashes alike), the flags 0 or 1 (equal to False and True).
    """

    city_name: str
    city_local_name: str = ""
    country: str = ""
    delegation_id: int = 0
    delegation_status: str = DelegationStatus.ATTENDING
    id: int = 0
    role: str = PersonRole.MEMBER
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    family_name_first: bool = False
    native_name: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    arrival: str = ""  # to the minute, "2030-10-07 08:15"; "" when not known
    departure: str = ""
    dietary_needs: str = ""
    access_needs: str = ""
    notes: str = ""
    is_placeholder: bool = False


@dataclass(frozen=True)
class Column:
    """One column of the list: the fields of a participant it shows, and how they read as
    text. ``text`` makes the cell of those fields' values; without it, the column is its
    one field as it is. A column is made for every participant at once (``map`` over the
    fields' values).
    """

    key: str
    header: str
    fields: tuple[str, ...]
    text: Callable[..., str] | None = None


def _labels(enum_class: type[LabelledEnum]) -> Callable[[str], str]:
    return {member: member.label for member in enum_class}.__getitem__


def _name(given_name: str, family_name: str, family_name_first: bool, native_name: str) -> str:
    """The name to show: Latin if there is one, else the native name."""
    return display_name(given_name, family_name, family_name_first) or native_name


_YES_NO = {True: "yes", False: "no"}.__getitem__

COLUMNS: dict[str, Column] = {
    column.key: column
    for column in (
        Column("city", "City", ("city_name",)),
        Column("city_local", "City (local name)", ("city_local_name",)),
        Column("country", "Country", ("country",)),
        Column("status", "Delegation status", ("delegation_status",), _labels(DelegationStatus)),
        Column("role", "Role", ("role",), _labels(PersonRole)),
        Column("honorific", "Honorific", ("honorific",)),
        Column(
            "name",
            "Name",
            ("given_name", "family_name", "family_name_first", "native_name"),
            _name,
        ),
        Column("given_name", "Given name", ("given_name",)),
        Column("family_name", "Family name", ("family_name",)),
        Column("family_name_first", "Family name first", ("family_name_first",), _YES_NO),
        Column("native_name", "Name in native script", ("native_name",)),
        Column("position", "Position", ("position",)),
        Column("email", "E-mail", ("email",)),
        Column("phone", "Phone", ("phone",)),
        Column("arrival", "Arrival", ("arrival",)),
        Column("departure", "Departure", ("departure",)),
        Column("dietary_needs", "Dietary needs", ("dietary_needs",)),
        Column("access_needs", "Access needs", ("access_needs",)),
        Column("notes", "Notes", ("notes",)),
    )
}

DEFAULT_COLUMNS = (
    "city",
    "status",
    "role",
    "honorific",
    "given_name",
    "family_name",
    "native_name",
    "position",
    "email",
    "phone",
)
# Every column that an import reads back: a file with these loses nothing.
ROUND_TRIP_COLUMNS = tuple(key for key in COLUMNS if key not in {"name", "status"})


class Order(enum.StrEnum):
    CITY = "city"  # by city, the head first, then by role and family name
    NAME = "name"  # by family name, given name
    ROLE = "role"  # by role, then city, then family name


_ROLE_RANK = {role: rank for rank, role in enumerate(ROLE_ORDER)}
# The parts of each order's key, compared one after the other.
_KEY_PARTS = {
    Order.CITY: ("city", "role", "name", "given_name", "id"),
    Order.NAME: ("name", "given_name", "city", "id"),
    Order.ROLE: ("role", "city", "name", "given_name", "id"),
}


def _order(participants: Sequence[Participant], order: Order) -> list[int]:
    """The positions of the participants in the chosen order.

    Names compare case-folded, the family name (else the name in native script) before
    the given name; the person's id settles ties, so the order never depends on the
    order in which the participants came. Each part of the keys is made for every
    participant in one ``map`` (a part the order does not use is never made).
    """

    def field(name: str) -> Iterator[Any]:
        return map(attrgetter(name), participants)

    names = [p.family_name or p.native_name for p in participants]
    parts = {
        "city": map(str.casefold, field("city_name")),
        "role": map(_ROLE_RANK.__getitem__, field("role")),
        "name": map(str.casefold, names),
        "given_name": map(str.casefold, field("given_name")),
        "id": field("id"),
    }
    keys = list(zip(*(parts[part] for part in _KEY_PARTS[order]), strict=True))
    return sorted(range(len(keys)), key=keys.__getitem__)


@dataclass(frozen=True)
class ListOptions:
    """What to export. ``None`` for delegations, statuses or roles means all of them."""

    columns: Sequence[str] = DEFAULT_COLUMNS
    delegation_ids: frozenset[int] | None = None
    statuses: frozenset[DelegationStatus] | None = None
    roles: frozenset[PersonRole] | None = None
    order: Order = Order.CITY
    include_placeholders: bool = False

    def __post_init__(self) -> None:
        unknown = [key for key in self.columns if key not in COLUMNS]
        if unknown or not self.columns:
            raise UserFacingError(
                f"Unknown column(s): {', '.join(unknown) or 'none chosen'}. "
                f"Choose from: {', '.join(COLUMNS)}."
            )


@dataclass(frozen=True)
class ExportTable:
    """A list's text cells, column by column: the CSV writer guards a column (of a
    thousand rows) at a time, and the rows are made only for a writer that takes rows."""

    title: str
    headers: tuple[str, ...]
    columns: Sequence[Sequence[str]]
    # The city of each row, for one sheet per city.
    cities: Sequence[str] = ()

    @classmethod
    def of_rows(
        cls,
        title: str,
        headers: tuple[str, ...],
        rows: Sequence[tuple[str, ...]],
        cities: Sequence[str],
    ) -> ExportTable:
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in headers]
        return cls(title, headers, columns, cities)

    @cached_property
    def rows(self) -> list[tuple[str, ...]]:
        return list(zip(*self.columns, strict=True))


def build_table(
    title: str, participants: Sequence[Participant], options: ListOptions
) -> ExportTable:
    chosen = list(participants)
    if options.delegation_ids is not None:
        chosen = [p for p in chosen if p.delegation_id in options.delegation_ids]
    if options.statuses is not None:
        chosen = [p for p in chosen if p.delegation_status in options.statuses]
    if options.roles is not None:
        chosen = [p for p in chosen if p.role in options.roles]
    if not options.include_placeholders:
        chosen = [p for p in chosen if not p.is_placeholder]
    headers = tuple(COLUMNS[key].header for key in options.columns)
    if not chosen:
        return ExportTable(title, headers, [() for _ in headers])
    chosen = [chosen[position] for position in _order(chosen, options.order)]
    # Each field of every participant at once, then each column made of them in one go.
    values = dict(zip(Participant._fields, zip(*chosen, strict=True), strict=True))
    return ExportTable(
        title=title,
        headers=headers,
        columns=[_cells(COLUMNS[key], values) for key in options.columns],
        cities=values["city_name"],
    )


def _cells(column: Column, values: dict[str, tuple[Any, ...]]) -> Sequence[str]:
    """The cells of one column, of every participant, from their fields' ``values``."""
    fields = [values[name] for name in column.fields]
    if column.text is None:
        return fields[0]  # a field that is text already
    return list(map(column.text, *fields))
