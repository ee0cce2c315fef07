"""An item of the meeting's programme, as read and as edited."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from anmc_desktop.records.enums import AgendaKind


def days_of(starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[dt.date, ...]:
    """Every day an item from ``starts_at`` to ``ends_at`` takes place on: an exhibition
    from 4 to 6 September is on three days; an item that ends at midnight is not on the
    day that then begins."""
    first, last = starts_at.date(), ends_at.date()
    if ends_at.time() == dt.time(0) and last > first:
        last -= dt.timedelta(days=1)
    count = max((last - first).days, 0) + 1
    return tuple(first + dt.timedelta(days=offset) for offset in range(count))


def counted_per_day(times: Iterable[tuple[dt.datetime, dt.datetime, int]]) -> Counter[dt.date]:
    """Items counted per day from their count per distinct start and end (a programme has
    far fewer of those than items)."""
    per_day: Counter[dt.date] = Counter()
    for starts, ends, count in times:
        per_day.update(dict.fromkeys(days_of(starts, ends), count))
    return per_day


@dataclass(frozen=True)
class AgendaItemDraft:
    kind: AgendaKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    description: str = ""
    room: str = ""
    moderator_id: int | None = None
    speaker_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgendaItemRecord(AgendaItemDraft):
    id: int = 0
    meeting_id: int = 0
    moderator_name: str | None = None
    speaker_names: tuple[str, ...] = ()
    version: int = 0
    uuid: str = ""  # the calendar UID, the same on every laptop
    sequence: int = 0  # the calendar SEQUENCE: how often a calendar has seen it change

    @property
    def day(self) -> dt.date:
        """The day the item starts on."""
        return self.starts_at.date()

    @property
    def days(self) -> tuple[dt.date, ...]:
        """Every day the item takes place on (see ``days_of``)."""
        return days_of(self.starts_at, self.ends_at)

    @property
    def spans_days(self) -> bool:
        return len(self.days) > 1


@dataclass(frozen=True)
class Clash:
    """Another item at the same time as the one it is found for: booked in the same
    ``room``, or with the same person ``person_name`` (one of the two is set)."""

    other_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str = ""
    person_name: str = ""

    def english(self) -> str:
        """The clash in English, as the command line writes it; the window translates it."""
        when = f"{self.starts_at:%d %b %H:%M}-{self.ends_at:%H:%M}"
        if self.room:
            return f'{self.room} is also booked for "{self.other_title}" ({when}).'
        return f'{self.person_name} is also on "{self.other_title}" ({when}).'


@dataclass(frozen=True)
class PersonChoice:
    """A person one may pick as moderator or speaker: "Name (City)", and the text a typed
    name is matched against (the label and the name in its own script)."""

    person_id: int
    label: str
    match_text: str
