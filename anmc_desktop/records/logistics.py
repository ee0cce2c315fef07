"""The protocol office's logistics lists as tables of text, grouped under headings.

One table per list (arrivals and departures by day, rooming by hotel, needs for the
caterer, transport by car or bus) is built here from the delegations' records, so that
the printed list (printing/logistics.py) and its CSV and XLSX files
(exchange/logistics_files.py) hold the same rows. No list holds passport data.

The fixed texts (column titles, "arrives", the group of those not assigned yet) and the
dates are written by a ``ListWords``: the printed list passes the wording of its document
language (printing/wording.py, whose catalogue takes the texts marked ``N_`` here); the
files keep the English texts as written.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from anmc_desktop.languages import N_
from anmc_desktop.records.persons import DelegationDetail, PersonRecord, person_sort_key

NOT_YET = N_("(not assigned yet)")


class ListWords(Protocol):
    """The words and dates of a list in one language (printing/wording.py's ``Wording``)."""

    def gettext(self, text: str) -> str: ...

    def pgettext(self, context: str, text: str) -> str: ...

    def label(self, member: enum.Enum) -> str: ...

    def name(self, name: str, is_placeholder: bool = False) -> str: ...

    def long_day(self, day: dt.date) -> str: ...

    def moment(self, when: dt.datetime) -> str: ...


class AsWritten:
    """The English texts as written, and dates like "Thursday 4 September 2014"."""

    def gettext(self, text: str) -> str:
        return text

    def pgettext(self, context: str, text: str) -> str:
        return text

    def label(self, member: enum.Enum) -> str:
        return str(member.label)  # type: ignore[attr-defined]

    def name(self, name: str, is_placeholder: bool = False) -> str:
        return name

    def long_day(self, day: dt.date) -> str:
        return f"{day:%A} {day.day} {day:%B %Y}"

    def moment(self, when: dt.datetime) -> str:
        return f"{when:%d %b %H:%M}"


AS_WRITTEN = AsWritten()


class LogisticsKind(enum.StrEnum):
    ARRIVALS = "arrivals"
    ROOMING = "rooming"
    DIETARY = "dietary"
    TRANSPORT = "transport"

    @property
    def label(self) -> str:
        return {
            LogisticsKind.ARRIVALS: N_("Arrivals and departures"),
            LogisticsKind.ROOMING: N_("Rooming list"),
            LogisticsKind.DIETARY: N_("Dietary and access needs"),
            LogisticsKind.TRANSPORT: N_("Transport list"),
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
    name: str  # with the honorific; a placeholder's stand-in in the list's language


def _travellers(delegations: Sequence[DelegationDetail], words: ListWords) -> list[_Traveller]:
    """Every person, cities alphabetically, in each the head first, then by role."""
    ordered = sorted(delegations, key=lambda d: d.summary.city_name.casefold())
    return [
        _Traveller(d.summary.city_name, person, _name(person, words))
        for d in ordered
        for person in sorted(d.persons, key=person_sort_key)
    ]


def _name(person: PersonRecord, words: ListWords) -> str:
    name = words.name(person.name, person.is_placeholder)
    return " ".join(part for part in (person.honorific, name) if part)


def _time(moment: dt.datetime | None) -> str:
    return f"{moment:%H:%M}" if moment else ""


def _grouped(
    travellers: Iterable[_Traveller],
    group_of: Callable[[_Traveller], str],
    row_of: Callable[[_Traveller], tuple[str, ...]],
    sort_key: Callable[[_Traveller], object],
    words: ListWords,
) -> tuple[ListGroup, ...]:
    """Groups by name (the one of persons not assigned yet last), rows by ``sort_key``."""
    groups: dict[str, list[_Traveller]] = defaultdict(list)
    for traveller in travellers:
        groups[group_of(traveller)].append(traveller)
    names = sorted(groups, key=lambda name: (not name, name.casefold()))
    return tuple(
        ListGroup(
            name or words.gettext(NOT_YET),
            tuple(row_of(t) for t in sorted(groups[name], key=sort_key)),
        )
        for name in names
    )


def _titles(words: ListWords, *titles: str) -> tuple[str, ...]:
    return tuple(words.gettext(title) if title else "" for title in titles)


def _day_and_time(moment: dt.datetime | None, words: ListWords) -> str:
    return words.moment(moment) if moment else ""


def arrivals(
    delegations: Sequence[DelegationDetail], words: ListWords = AS_WRITTEN
) -> LogisticsTable:
    """Each day's arrivals and departures in time order, then by flight: who meets whom."""
    movements: dict[dt.date, list[tuple[dt.datetime, str, str, tuple[str, ...]]]] = defaultdict(
        list
    )
    arrives, leaves = _titles(words, N_("arrives"), N_("leaves"))
    for traveller in _travellers(delegations, words):
        person = traveller.person
        if person.arrival:
            row = (_time(person.arrival), arrives, person.arrival_flight,
                   person.arrival_point, traveller.name, traveller.city, person.met_by)  # fmt: skip
            movements[person.arrival.date()].append(
                (person.arrival, person.arrival_flight, "0", row)
            )
        if person.departure:
            row = (_time(person.departure), leaves, person.departure_flight, "",
                   traveller.name, traveller.city, "")  # fmt: skip
            movements[person.departure.date()].append(
                (person.departure, person.departure_flight, "1", row)
            )
    groups = tuple(
        ListGroup(words.long_day(day), tuple(m[3] for m in sorted(moves, key=lambda m: m[:3])))
        for day, moves in sorted(movements.items())
    )
    return LogisticsTable(
        LogisticsKind.ARRIVALS,
        words.gettext(N_("Day")),
        _titles(
            words, N_("Time"), "", N_("Flight"), N_("At"), N_("Name"), N_("City"), N_("Met by")
        ),
        (0.7, 0.8, 1.0, 1.4, 2.6, 1.4, 1.8),
        groups,
    )


def rooming(
    delegations: Sequence[DelegationDetail], words: ListWords = AS_WRITTEN
) -> LogisticsTable:
    """Per hotel, by room: who stays there, from when to when."""

    def row(t: _Traveller) -> tuple[str, ...]:
        p = t.person
        return (p.room, t.name, t.city, words.label(p.role), _day_and_time(p.arrival, words),
                _day_and_time(p.departure, words), p.access_needs)  # fmt: skip

    return LogisticsTable(
        LogisticsKind.ROOMING,
        words.gettext(N_("Hotel")),
        (
            words.pgettext("hotel", "Room"),  # not a programme's room (a hall)
            *_titles(
                words,
                N_("Name"),
                N_("City"),
                N_("Role"),
                N_("Check-in"),
                N_("Check-out"),
                N_("Access needs"),
            ),
        ),
        (0.8, 2.6, 1.4, 1.3, 1.1, 1.1, 1.8),
        _grouped(
            _travellers(delegations, words),
            lambda t: t.person.hotel,
            row,
            lambda t: (t.person.room.casefold(), t.city.casefold()),
            words,
        ),
    )


def dietary(
    delegations: Sequence[DelegationDetail], words: ListWords = AS_WRITTEN
) -> LogisticsTable:
    """For the caterer: every person with a dietary or access need, by city."""
    needing = [
        t
        for t in _travellers(delegations, words)
        if t.person.dietary_needs.strip() or t.person.access_needs.strip()
    ]

    def row(t: _Traveller) -> tuple[str, ...]:
        return (t.name, t.person.dietary_needs, t.person.access_needs, t.person.hotel)

    return LogisticsTable(
        LogisticsKind.DIETARY,
        words.gettext(N_("City")),
        _titles(words, N_("Name"), N_("Dietary needs"), N_("Access needs"), N_("Hotel")),
        (2.6, 2.6, 2.2, 1.6),
        _grouped(needing, lambda t: t.city, row, lambda t: 0, words),
        _need_counts(t.person.dietary_needs for t in needing),
    )


def _need_counts(needs: Iterable[str]) -> str:
    """ "vegetarian: 3 · halal: 2": each dietary need (case aside) and how many have it."""
    counts = Counter(" ".join(need.split()).casefold() for need in needs if need.strip())
    return " · ".join(f"{need}: {count}" for need, count in counts.most_common())


def transport(
    delegations: Sequence[DelegationDetail], words: ListWords = AS_WRITTEN
) -> LogisticsTable:
    """Per car or bus: who rides in it, with their flights and hotel."""

    def row(t: _Traveller) -> tuple[str, ...]:
        p = t.person
        arrival = " ".join(filter(None, (_day_and_time(p.arrival, words), p.arrival_flight)))
        departure = " ".join(filter(None, (_day_and_time(p.departure, words), p.departure_flight)))
        return (t.name, t.city, arrival, departure, p.hotel, p.phone)

    return LogisticsTable(
        LogisticsKind.TRANSPORT,
        words.gettext(N_("Car or bus")),
        _titles(
            words, N_("Name"), N_("City"), N_("Arrival"), N_("Departure"), N_("Hotel"), N_("Phone")
        ),
        (2.6, 1.3, 1.6, 1.6, 1.6, 1.4),
        _grouped(
            _travellers(delegations, words),
            lambda t: t.person.transport,
            row,
            lambda t: (t.person.arrival or dt.datetime.max, t.city.casefold()),
            words,
        ),
    )


Builder = Callable[[Sequence[DelegationDetail], ListWords], LogisticsTable]
BUILDERS: dict[LogisticsKind, Builder] = {
    LogisticsKind.ARRIVALS: arrivals,
    LogisticsKind.ROOMING: rooming,
    LogisticsKind.DIETARY: dietary,
    LogisticsKind.TRANSPORT: transport,
}


def logistics_table(
    kind: LogisticsKind, delegations: Sequence[DelegationDetail], words: ListWords = AS_WRITTEN
) -> LogisticsTable:
    """The list of ``kind``; ``words``: its texts and dates in a document language."""
    return BUILDERS[kind](delegations, words)
