"""The protocol office's logistics lists as tables of text, grouped under headings.

One table per list (arrivals and departures by day, rooming by hotel, needs for the
caterer, transport by car or bus) is built here from the delegations' records, so that
the printed list (printing/logistics.py) and its CSV and XLSX files
(exchange/logistics_files.py) hold the same rows. No list holds passport data.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from anmc_desktop.records.persons import DelegationDetail, PersonRecord, person_sort_key

NOT_YET = "(not assigned yet)"


class LogisticsKind(enum.StrEnum):
    ARRIVALS = "arrivals"
    ROOMING = "rooming"
    DIETARY = "dietary"
    TRANSPORT = "transport"

    @property
    def label(self) -> str:
        return {
            LogisticsKind.ARRIVALS: "Arrivals and departures",
            LogisticsKind.ROOMING: "Rooming list",
            LogisticsKind.DIETARY: "Dietary and access needs",
            LogisticsKind.TRANSPORT: "Transport list",
        }[self]


@dataclass(frozen=True)
class ListGroup:
    heading: str  # a day, a hotel, a city, a car
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class LogisticsTable:
    kind: LogisticsKind
    group_title: str  # what the headings are ("Day", "Hotel"): the first column of a file
    headers: tuple[str, ...]
    weights: tuple[float, ...]  # each column's share of a printed page's width
    groups: tuple[ListGroup, ...]
    summary: str = ""  # printed under the title, e.g. the caterer's counts per need

    @property
    def row_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)


@dataclass(frozen=True)
class _Traveller:
    city: str
    person: PersonRecord

    @property
    def name(self) -> str:
        person = self.person
        return " ".join(part for part in (person.honorific, person.name) if part)


def _travellers(delegations: Sequence[DelegationDetail]) -> list[_Traveller]:
    """Every person, cities alphabetically, in each the head first, then by role."""
    ordered = sorted(delegations, key=lambda d: d.summary.city_name.casefold())
    return [
        _Traveller(d.summary.city_name, person)
        for d in ordered
        for person in sorted(d.persons, key=person_sort_key)
    ]


def _time(moment: dt.datetime | None) -> str:
    return f"{moment:%H:%M}" if moment else ""


def _day_and_time(moment: dt.datetime | None) -> str:
    return f"{moment:%d %b %H:%M}" if moment else ""


def day_heading(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _grouped(
    travellers: Iterable[_Traveller],
    group_of: Callable[[_Traveller], str],
    row_of: Callable[[_Traveller], tuple[str, ...]],
    sort_key: Callable[[_Traveller], object],
) -> tuple[ListGroup, ...]:
    """Groups by name (the one of persons not assigned yet last), rows by ``sort_key``."""
    groups: dict[str, list[_Traveller]] = defaultdict(list)
    for traveller in travellers:
        groups[group_of(traveller) or NOT_YET].append(traveller)
    names = sorted(groups, key=lambda name: (name == NOT_YET, name.casefold()))
    return tuple(
        ListGroup(name, tuple(row_of(t) for t in sorted(groups[name], key=sort_key)))
        for name in names
    )


def arrivals(delegations: Sequence[DelegationDetail]) -> LogisticsTable:
    """Each day's arrivals and departures in time order, then by flight: who meets whom."""
    movements: dict[dt.date, list[tuple[dt.datetime, str, str, tuple[str, ...]]]] = defaultdict(
        list
    )
    for traveller in _travellers(delegations):
        person = traveller.person
        if person.arrival:
            row = (_time(person.arrival), "arrives", person.arrival_flight,
                   person.arrival_point, traveller.name, traveller.city, person.met_by)  # fmt: skip
            movements[person.arrival.date()].append(
                (person.arrival, person.arrival_flight, "0", row)
            )
        if person.departure:
            row = (_time(person.departure), "leaves", person.departure_flight, "",
                   traveller.name, traveller.city, "")  # fmt: skip
            movements[person.departure.date()].append(
                (person.departure, person.departure_flight, "1", row)
            )
    groups = tuple(
        ListGroup(day_heading(day), tuple(m[3] for m in sorted(moves, key=lambda m: m[:3])))
        for day, moves in sorted(movements.items())
    )
    return LogisticsTable(
        LogisticsKind.ARRIVALS,
        "Day",
        ("Time", "", "Flight", "At", "Name", "City", "Met by"),
        (0.7, 0.8, 1.0, 1.4, 2.6, 1.4, 1.8),
        groups,
    )


def rooming(delegations: Sequence[DelegationDetail]) -> LogisticsTable:
    """Per hotel, by room: who stays there, from when to when."""

    def row(t: _Traveller) -> tuple[str, ...]:
        p = t.person
        return (p.room, t.name, t.city, p.role.label, _day_and_time(p.arrival),
                _day_and_time(p.departure), p.access_needs)  # fmt: skip

    return LogisticsTable(
        LogisticsKind.ROOMING,
        "Hotel",
        ("Room", "Name", "City", "Role", "Check-in", "Check-out", "Access needs"),
        (0.8, 2.6, 1.4, 1.3, 1.1, 1.1, 1.8),
        _grouped(
            _travellers(delegations),
            lambda t: t.person.hotel,
            row,
            lambda t: (t.person.room.casefold(), t.city.casefold()),
        ),
    )


def dietary(delegations: Sequence[DelegationDetail]) -> LogisticsTable:
    """For the caterer: every person with a dietary or access need, by city."""
    needing = [
        t
        for t in _travellers(delegations)
        if t.person.dietary_needs.strip() or t.person.access_needs.strip()
    ]

    def row(t: _Traveller) -> tuple[str, ...]:
        return (t.name, t.person.dietary_needs, t.person.access_needs, t.person.hotel)

    return LogisticsTable(
        LogisticsKind.DIETARY,
        "City",
        ("Name", "Dietary needs", "Access needs", "Hotel"),
        (2.6, 2.6, 2.2, 1.6),
        _grouped(needing, lambda t: t.city, row, lambda t: 0),
        _need_counts(t.person.dietary_needs for t in needing),
    )


def _need_counts(needs: Iterable[str]) -> str:
    """ "vegetarian: 3 · halal: 2": each dietary need (case aside) and how many have it."""
    counts = Counter(" ".join(need.split()).casefold() for need in needs if need.strip())
    return " · ".join(f"{need}: {count}" for need, count in counts.most_common())


def transport(delegations: Sequence[DelegationDetail]) -> LogisticsTable:
    """Per car or bus: who rides in it, with their flights and hotel."""

    def row(t: _Traveller) -> tuple[str, ...]:
        p = t.person
        arrival = " ".join(filter(None, (_day_and_time(p.arrival), p.arrival_flight)))
        departure = " ".join(filter(None, (_day_and_time(p.departure), p.departure_flight)))
        return (t.name, t.city, arrival, departure, p.hotel, p.phone)

    return LogisticsTable(
        LogisticsKind.TRANSPORT,
        "Car or bus",
        ("Name", "City", "Arrival", "Departure", "Hotel", "Phone"),
        (2.6, 1.3, 1.6, 1.6, 1.6, 1.4),
        _grouped(
            _travellers(delegations),
            lambda t: t.person.transport,
            row,
            lambda t: (t.person.arrival or dt.datetime.max, t.city.casefold()),
        ),
    )


BUILDERS: dict[LogisticsKind, Callable[[Sequence[DelegationDetail]], LogisticsTable]] = {
    LogisticsKind.ARRIVALS: arrivals,
    LogisticsKind.ROOMING: rooming,
    LogisticsKind.DIETARY: dietary,
    LogisticsKind.TRANSPORT: transport,
}


def logistics_table(kind: LogisticsKind, delegations: Sequence[DelegationDetail]) -> LogisticsTable:
    return BUILDERS[kind](delegations)
