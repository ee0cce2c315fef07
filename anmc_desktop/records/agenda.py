"""An item of the meeting's programme, as read and as edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from anmc_desktop.records.enums import AgendaKind


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
        return self.starts_at.date()
