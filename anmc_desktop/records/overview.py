"""What a meeting's overview page shows: counts, and what still needs doing.

A thing to do is a kind and the names it is about, not a sentence: the window words it in
its language, the command line in English (``ToDo.text``). The list of things to do is
made as it is read (``ToDoList``): a meeting of 100,000 persons without travel dates has
100,000 of them, and a window shows a few dozen.
"""

from __future__ import annotations

import datetime as dt
import enum
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar, overload

from anmc_desktop.records.agenda import Clash
from anmc_desktop.records.enums import DelegationStatus, PersonRole


class FixPlace(enum.Enum):
    """The page where a thing to do is put right."""

    DELEGATIONS = "delegations"
    AGENDA = "agenda"
    DECLARATION = "declaration"
    SIGNATORIES = "signatories"


class ToDoKind(enum.Enum):
    """What is missing or wrong; the fields of ``ToDo`` it uses are named in brackets."""

    NO_DECLARATION = "no_declaration"
    DECLARATION_DRAFT = "declaration_draft"
    DELEGATION_NOT_CONFIRMED = "delegation_not_confirmed"  # city
    NO_HEAD = "no_head"  # city
    HEAD_NOT_NAMED = "head_not_named"  # city
    NO_ARRIVAL = "no_arrival"  # city, person (its name)
    NO_DEPARTURE = "no_departure"  # city, person
    NO_ARRIVAL_OR_DEPARTURE = "no_arrival_or_departure"  # city, person
    NAME_UNPRINTABLE = "name_unprintable"  # city, person: the name in Latin letters
    NATIVE_NAME_UNPRINTABLE = "native_name_unprintable"  # city, person
    NAMES_UNPRINTABLE = "names_unprintable"  # city, person: both
    SIGNATORY_NOT_CONFIRMED = "signatory_not_confirmed"  # city, person
    FULL_POWERS_MISSING = "full_powers_missing"  # city, person
    NO_ROOM = "no_room"  # item (its title), starts_at
    NO_SPEAKER = "no_speaker"  # item, starts_at
    CLASH = "clash"  # item, starts_at, clash


@dataclass(frozen=True)
class ToDo:
    """One thing still to do, and the record to open for it: the delegation of
    ``city_name`` (and in it the person ``person_id``), or the agenda item ``item_id``.
    ``name`` is the person's name ("" for a person without one) or the agenda item's
    title."""

    kind: ToDoKind
    place: FixPlace
    city_name: str = ""
    person_id: int | None = None
    item_id: int | None = None
    name: str = ""
    starts_at: dt.datetime | None = None
    clash: Clash | None = None

    @property
    def text(self) -> str:
        """The entry in English, as the command line writes it; the window translates."""
        if self.kind in ENGLISH_PLAIN:
            return ENGLISH_PLAIN[self.kind]
        if self.kind in ENGLISH_OF_CITY:
            return f"{self.city_name}: {ENGLISH_OF_CITY[self.kind]}"
        if self.kind in ENGLISH_OF_PERSON:
            name = self.name or "unnamed person"
            return ENGLISH_OF_PERSON[self.kind].format(city=self.city_name, name=name)
        when = f"{self.name} ({self.starts_at:%d %b %H:%M})"
        if self.kind is ToDoKind.CLASH and self.clash is not None:
            return f"{when}: {self.clash.english()}"
        return f"{when}: {ENGLISH_OF_ITEM[self.kind]}"


ENGLISH_PLAIN = {
    ToDoKind.NO_DECLARATION: "No declaration yet",
    ToDoKind.DECLARATION_DRAFT: "The declaration is still a draft",
}
ENGLISH_OF_CITY = {
    ToDoKind.DELEGATION_NOT_CONFIRMED: "not confirmed",
    ToDoKind.NO_HEAD: "no head of delegation",
    ToDoKind.HEAD_NOT_NAMED: "head of delegation not named yet",
}
ENGLISH_OF_PERSON = {
    ToDoKind.NO_ARRIVAL: "{city}: {name} has no arrival",
    ToDoKind.NO_DEPARTURE: "{city}: {name} has no departure",
    ToDoKind.NO_ARRIVAL_OR_DEPARTURE: "{city}: {name} has no arrival or departure",
    ToDoKind.NAME_UNPRINTABLE: "{city}: {name}: no installed font prints the name",
    ToDoKind.NATIVE_NAME_UNPRINTABLE: "{city}: {name}: no installed font prints the native name",
    ToDoKind.NAMES_UNPRINTABLE: (
        "{city}: {name}: no installed font prints the name and native name"
    ),
    ToDoKind.SIGNATORY_NOT_CONFIRMED: "{city}: signatory {name} not confirmed",
    ToDoKind.FULL_POWERS_MISSING: "{city}: full powers of {name} not received",
}
ENGLISH_OF_ITEM = {ToDoKind.NO_ROOM: "no room", ToDoKind.NO_SPEAKER: "no speaker"}


Row = TypeVar("Row")


class _Entries(Sequence[ToDo]):
    """Read as a list is: by position, from the end, in slices."""

    def _at(self, position: int) -> ToDo:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> ToDo: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ToDo]: ...
    def __getitem__(self, index: int | slice) -> ToDo | Sequence[ToDo]:
        if isinstance(index, slice):
            return [self._at(position) for position in range(*index.indices(len(self)))]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return self._at(position)


class MadeOnDemand(_Entries, Generic[Row]):
    """Things to do made from plain rows when they are first read (a view reads a row's
    entry for each of its roles on every paint: it is made once)."""

    def __init__(self, rows: Sequence[Row], make: Callable[[Row], ToDo]) -> None:
        self._rows = rows
        self._make = make
        self._made: dict[int, ToDo] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def _at(self, position: int) -> ToDo:
        made = self._made.get(position)
        if made is None:
            made = self._made[position] = self._make(self._rows[position])
        return made

    def __iter__(self) -> Iterator[ToDo]:
        """Every entry, made afresh (not kept: the command line writes each once)."""
        return map(self._make, self._rows)


class ToDoList(_Entries):
    """The things to do in order: parts (each a tuple or ``MadeOnDemand``) read as one."""

    def __init__(self, parts: Iterable[Sequence[ToDo]] = ()) -> None:
        self._parts = [part for part in parts if len(part)]
        self._ends = list(accumulate(len(part) for part in self._parts))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def _at(self, position: int) -> ToDo:
        part = bisect_right(self._ends, position)
        return self._parts[part][position - (self._ends[part - 1] if part else 0)]

    def __iter__(self) -> Iterator[ToDo]:
        for part in self._parts:
            yield from part


@dataclass(frozen=True)
class MeetingOverview:
    meeting_id: int
    delegations_by_status: tuple[tuple[DelegationStatus, int], ...]
    persons_by_role: tuple[tuple[PersonRole, int], ...]
    to_do: Sequence[ToDo]
