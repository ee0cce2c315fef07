"""A meeting of the network, as read and as edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from anmc_desktop.records.copying import copy_fields


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    title: str
    number: int | None
    host_city_id: int
    host_city_name: str
    time_zone: str
    venue: str
    first_day: dt.date
    last_day: dt.date
    theme: str
    version: int

    @property
    def days(self) -> list[dt.date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=offset) for offset in range(count)]


@dataclass(frozen=True)
class MeetingDraft:
    title: str
    host_city_id: int
    first_day: dt.date
    last_day: dt.date
    number: int | None = None
    venue: str = ""
    theme: str = ""


def draft_of(meeting: MeetingRecord) -> MeetingDraft:
    return copy_fields(MeetingDraft, meeting)
