"""The delegation list as a table: which columns, which persons, in which order.

The services hand over every participant of a meeting as ``Participant`` records; the
organizer's choices (``ListOptions``) turn them into an ``ExportTable`` of text cells that
the CSV, XLSX and PDF writers share.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from anmc_desktop.errors import UserFacingError
from anmc_desktop.models.enums import DelegationStatus, PersonRole
from anmc_desktop.services.delegations import ROLE_ORDER, PersonRecord


@dataclass(frozen=True)
class Participant:
    """One person of a meeting with their delegation's city and status."""

    city_name: str
    city_local_name: str
    country: str
    delegation_id: int
    delegation_status: DelegationStatus
    person: PersonRecord


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    value: Callable[[Participant], str]


def _when(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _person(name: str) -> Callable[[Participant], str]:
    return lambda participant: getattr(participant.person, name)


COLUMNS: dict[str, Column] = {
    column.key: column
    for column in (
        Column("city", "City", lambda p: p.city_name),
        Column("city_local", "City (local name)", lambda p: p.city_local_name),
        Column("country", "Country", lambda p: p.country),
        Column("status", "Delegation status", lambda p: p.delegation_status.label),
        Column("role", "Role", lambda p: p.person.role.label),
        Column("honorific", "Honorific", _person("honorific")),
        Column("name", "Name", lambda p: p.person.name),
        Column("given_name", "Given name", _person("given_name")),
        Column("family_name", "Family name", _person("family_name")),
        Column(
            "family_name_first",
            "Family name first",
            lambda p: "yes" if p.person.family_name_first else "no",
        ),
        Column("native_name", "Name in native script", _person("native_name")),
        Column("position", "Position", _person("position")),
        Column("email", "E-mail", _person("email")),
        Column("phone", "Phone", _person("phone")),
        Column("arrival", "Arrival", lambda p: _when(p.person.arrival)),
        Column("departure", "Departure", lambda p: _when(p.person.departure)),
        Column("dietary_needs", "Dietary needs", _person("dietary_needs")),
        Column("access_needs", "Access needs", _person("access_needs")),
        Column("notes", "Notes", _person("notes")),
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


def _role_rank(participant: Participant) -> int:
    return ROLE_ORDER.index(participant.person.role)


def _name_key(participant: Participant) -> tuple[str, str]:
    person = participant.person
    return (
        (person.family_name or person.native_name).casefold(),
        person.given_name.casefold(),
    )


SORT_KEYS: dict[Order, Callable[[Participant], tuple[object, ...]]] = {
    Order.CITY: lambda p: (p.city_name.casefold(), _role_rank(p), *_name_key(p), p.person.id),
    Order.NAME: lambda p: (*_name_key(p), p.city_name.casefold(), p.person.id),
    Order.ROLE: lambda p: (_role_rank(p), p.city_name.casefold(), *_name_key(p), p.person.id),
}


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
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    # The city of each row, for one sheet per city.
    cities: list[str] = field(default_factory=list)


def build_table(
    title: str, participants: Sequence[Participant], options: ListOptions
) -> ExportTable:
    chosen = [
        p
        for p in participants
        if (options.delegation_ids is None or p.delegation_id in options.delegation_ids)
        and (options.statuses is None or p.delegation_status in options.statuses)
        and (options.roles is None or p.person.role in options.roles)
        and (options.include_placeholders or not p.person.is_placeholder)
    ]
    chosen.sort(key=SORT_KEYS[options.order])
    columns = [COLUMNS[key] for key in options.columns]
    return ExportTable(
        title=title,
        headers=tuple(column.header for column in columns),
        rows=[tuple(column.value(p) for column in columns) for p in chosen],
        cities=[p.city_name for p in chosen],
    )
