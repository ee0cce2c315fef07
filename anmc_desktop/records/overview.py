"""What a meeting's overview page shows: counts, and what still needs doing."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from anmc_desktop.records.enums import DelegationStatus, PersonRole


class FixPlace(enum.Enum):
    """The page where a thing to do is put right."""

    DELEGATIONS = "delegations"
    AGENDA = "agenda"
    DECLARATION = "declaration"
    SIGNATORIES = "signatories"


@dataclass(frozen=True)
class ToDo:
    """One thing still to do, and the record to open for it: the delegation of
    ``city_name`` (and in it the person ``person_id``), or the agenda item ``item_id``."""

    text: str
    place: FixPlace
    city_name: str = ""
    person_id: int | None = None
    item_id: int | None = None


@dataclass(frozen=True)
class MeetingOverview:
    meeting_id: int
    delegations_by_status: tuple[tuple[DelegationStatus, int], ...]
    persons_by_role: tuple[tuple[PersonRole, int], ...]
    to_do: tuple[ToDo, ...]
