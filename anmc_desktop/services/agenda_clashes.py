"""Which agenda items clash (a room or a person booked twice at once), found without
listing every clash.

A programme of 10,000 items in five rooms has some 800,000 clashing pairs; writing each
pair's clash took seconds and hundreds of megabytes, though a window shows a few dozen
rows. ``ClashFinder`` tells at once which items clash (a sweep in time order per room and
per person, keeping only the latest end so far) and lists an item's clashes only when
asked (for the rows shown), from the items of its own rooms and persons that overlap it.
Clashes are ``Clash`` records: the window words them in its language, the command line
in English.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar

from anmc_desktop.progress import GATHERING, Progress
from anmc_desktop.records.agenda import AgendaItemDraft, AgendaItemRecord, Clash
from anmc_desktop.text import search_key

_Key = tuple[str, object]
_GROUPS_PER_STEP = 200  # rooms and persons swept between two steps of a progress


class Booking(Protocol):
    """What a clash depends on: an item's times, room and persons."""

    @property
    def id(self) -> int: ...
    @property
    def starts_at(self) -> dt.datetime: ...
    @property
    def ends_at(self) -> dt.datetime: ...
    @property
    def room(self) -> str: ...
    @property
    def moderator_id(self) -> int | None: ...
    @property
    def speaker_ids(self) -> tuple[int, ...]: ...


B = TypeVar("B", bound=Booking)


class Slot(NamedTuple):
    """An item's times, room and persons alone: a sweep of the whole programme reads only
    these (a tuple is made several times faster than a full record)."""

    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    moderator_id: int | None
    speaker_ids: tuple[int, ...]


def time_order(item: Booking) -> tuple[dt.datetime, dt.datetime, int]:
    """The programme's order, as ``AgendaService.list_items`` gives it."""
    return (item.starts_at, item.ends_at, item.id)


def overlap(first: Booking | AgendaItemDraft, second: Booking) -> bool:
    return first.starts_at < second.ends_at and second.starts_at < first.ends_at


def clashing_ids(items: Iterable[Booking], progress: Progress | None = None) -> frozenset[int]:
    """The ids of the items that clash with another (without listing any clash);
    ``progress`` hears of a step every few hundred rooms and persons swept, and a cancel
    stops the sweep there."""
    groups = _grouped(items)
    if progress is None:
        return frozenset(_sweep(groups))
    found: set[int] = set()
    keys = list(groups)
    for start in range(0, len(keys), _GROUPS_PER_STEP):
        progress.step(GATHERING)
        found.update(_sweep({key: groups[key] for key in keys[start : start + _GROUPS_PER_STEP]}))
    return frozenset(found)


class ClashFinder:
    """The clashes among ``items``: ``clashing`` at once, ``warnings(item)`` on demand."""

    def __init__(self, items: Sequence[AgendaItemRecord]) -> None:
        groups = _grouped(items)
        self._groups = groups
        self._starts = {key: [i.starts_at for i in group] for key, group in groups.items()}
        self._longest = {
            key: max(i.ends_at - i.starts_at for i in group) for key, group in groups.items()
        }
        self._found: dict[int, list[Clash]] = {}
        self.clashing: frozenset[int] = frozenset(_sweep(groups))

    def warnings(self, item: AgendaItemRecord) -> list[Clash]:
        """The item's clashes with the others, in programme order (remembered)."""
        if item.id not in self.clashing:
            return []
        found = self._found.get(item.id)
        if found is None:
            partners = {other.id: other for other in self._overlapping(item)}
            found = clashes(item, sorted(partners.values(), key=time_order))
            self._found[item.id] = found
        return found

    def first_warning(self, item: AgendaItemRecord) -> Clash | None:
        """The first of the item's clashes, without listing the others: each room's and
        person's items are in time order, so the first that overlaps is that one's first
        (at 10,000 items in five rooms, going on past it found some 800,000 partners)."""
        if item.id not in self.clashing:
            return None
        firsts = [next(self._overlapping_in(key, item), None) for key in _keys(item)]
        first = min((other for other in firsts if other is not None), key=time_order)
        return clashes(item, [first])[0]

    def _overlapping(self, item: AgendaItemRecord) -> Iterator[AgendaItemRecord]:
        """The other items of the item's rooms and persons that overlap it in time."""
        for key in _keys(item):
            yield from self._overlapping_in(key, item)

    def _overlapping_in(self, key: _Key, item: AgendaItemRecord) -> Iterator[AgendaItemRecord]:
        """The other items of one room or person that overlap the item, in time order."""
        group, starts = self._groups[key], self._starts[key]
        begin = bisect_left(starts, item.starts_at - self._longest[key])
        for index in range(begin, bisect_left(starts, item.ends_at)):
            other = group[index]
            if other.id != item.id and overlap(item, other):
                yield other


def _grouped(items: Iterable[B]) -> dict[_Key, list[B]]:
    """The items of each room and each person, in time order."""
    groups: dict[_Key, list[B]] = defaultdict(list)
    for item in sorted(items, key=time_order):
        for key in _keys(item):
            groups[key].append(item)
    return dict(groups)


def _sweep(groups: dict[_Key, list[B]]) -> Iterator[int]:
    """In each room's and person's time order, an item clashes when the item reaching
    furthest so far overlaps it (then both clash); an earlier item that overlaps it
    then overlaps that one too, except when items without length meet at one moment:
    those are checked against their neighbours one by one."""
    for group in groups.values():
        latest: B | None = None
        for item in group:
            if latest is not None and latest.ends_at > item.starts_at:
                if overlap(latest, item):
                    yield from (latest.id, item.id)
                elif any(o.id != item.id and overlap(item, o) for o in group):
                    yield item.id
            if latest is None or item.ends_at > latest.ends_at:
                latest = item


def _keys(item: Booking) -> Iterator[_Key]:
    if room := room_key(item.room):
        yield ("room", room)
    for person_id in {*item.speaker_ids, item.moderator_id} - {None}:
        yield ("person", person_id)


def clashes(draft: AgendaItemDraft, others: list[AgendaItemRecord]) -> list[Clash]:
    """The draft's clashes with ``others`` (in their order): the same room, or a person on
    both, at overlapping times."""
    found: list[Clash] = []
    room = room_key(draft.room)
    people = set(draft.speaker_ids) | ({draft.moderator_id} if draft.moderator_id else set())
    for other in others:
        if not overlap(draft, other):
            continue
        same_room = bool(room) and room == room_key(other.room)
        shared = people.intersection(other.speaker_ids)
        if other.moderator_id in people:
            shared.add(other.moderator_id)
        if not same_room and not shared:
            continue
        if same_room:
            found.append(Clash(other.title, other.starts_at, other.ends_at, room=draft.room))
        found += [
            Clash(other.title, other.starts_at, other.ends_at, person_name=name)
            for name in sorted(_names_of(other, shared))
        ]
    return found


def warnings_among(items: Sequence[AgendaItemRecord]) -> dict[int, list[Clash]]:
    """Each item's clashes with the others, by item id (items without any left out)."""
    finder = ClashFinder(items)
    return {
        item.id: finder.warnings(item)
        for item in sorted(items, key=time_order)
        if item.id in finder.clashing
    }


@lru_cache(maxsize=4096)
def room_key(room: str) -> str:
    """Rooms compare like searches ("plenary hall" is "Plenary Hall"); few, so cached."""
    return search_key(room)


def _names_of(item: AgendaItemRecord, person_ids: set[int]) -> list[str]:
    names = dict(zip(item.speaker_ids, item.speaker_names, strict=True))
    if item.moderator_id is not None and item.moderator_name is not None:
        names[item.moderator_id] = item.moderator_name
    return [names[pid] for pid in person_ids if pid in names]
