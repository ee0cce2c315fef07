"""The seating plan of the plenary hall and the check-in of persons, as read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from anmc_desktop.records.enums import LabelledEnum
from anmc_desktop.records.persons import PersonRecord


class SeatingLayout(LabelledEnum):
    ROUND = "round"
    U_SHAPE = "u_shape"
    THEATRE = "theatre"
    HEAD_TABLE = "head_table"

    @property
    def label(self) -> str:
        return {
            SeatingLayout.ROUND: "Round table",
            SeatingLayout.U_SHAPE: "U-shape",
            SeatingLayout.THEATRE: "Theatre rows",
            SeatingLayout.HEAD_TABLE: "Head table and rows",
        }[self]


class HostPlace(LabelledEnum):
    """Where the protocol rule seats the host city; the other cities sit alphabetically by
    English name. The place at the head of the table (position 0) is the chair's."""

    HEAD = "head"  # the host's head of delegation chairs, at the head of the table
    LAST = "last"  # after the visiting cities, as in the signing order
    ALPHABETICAL = "alphabetical"  # among the others

    @property
    def label(self) -> str:
        return {
            HostPlace.HEAD: "Host at the head (chairs)",
            HostPlace.LAST: "Host after the visiting cities",
            HostPlace.ALPHABETICAL: "Host among the others alphabetically",
        }[self]


@dataclass(frozen=True)
class TablePlace:
    """A delegation's place: its head at the table, the others behind, interpreters in
    their own seats behind the head."""

    position: int  # 0 is the head of the table, where the chair sits
    delegation_id: int
    city_name: str
    city_local_name: str
    city_country: str
    head: PersonRecord | None
    behind: tuple[PersonRecord, ...] = ()
    interpreters: tuple[PersonRecord, ...] = ()

    @property
    def is_chair(self) -> bool:
        return self.position == 0


@dataclass(frozen=True)
class SeatingPlanRecord:
    meeting_id: int
    layout: SeatingLayout
    host_place: HostPlace
    places: tuple[TablePlace, ...] = ()
    arranged_by_hand: bool = False  # an order saved in the window, not the protocol rule
    version: int = 0  # of the stored plan; 0: none stored yet


@dataclass(frozen=True)
class CheckInResult:
    """What a scan or a typed name did: the person checked in, or who it might have been."""

    person: PersonRecord | None
    city_name: str = ""
    checked_in_at: dt.datetime | None = None
    already: bool = False  # the person had checked in before
    candidates: tuple[tuple[int, str], ...] = ()  # (person id, "Name (City)") if unsure


@dataclass(frozen=True)
class DelegationAttendance:
    delegation_id: int
    city_name: str
    checked_in: int
    expected: int


@dataclass(frozen=True)
class Attendance:
    by_delegation: tuple[DelegationAttendance, ...] = field(default_factory=tuple)

    @property
    def checked_in(self) -> int:
        return sum(row.checked_in for row in self.by_delegation)

    @property
    def expected(self) -> int:
        return sum(row.expected for row in self.by_delegation)


BADGE_PAYLOAD_PREFIX = "ANMC-PERSON:"
_UUID_LENGTH = 36


def badge_payload(person_uuid: str) -> str:
    """What a badge's QR code says: the person's identity, nothing personal (a scanner
    types it into the check-in page)."""
    # In capitals the whole payload is QR's alphanumeric mode: a smaller symbol.
    return f"{BADGE_PAYLOAD_PREFIX}{person_uuid.upper()}"


def person_uuid_in(scanned: str) -> str | None:
    """The person's UUID if ``scanned`` is a badge's payload, else None (a typed name)."""
    text = scanned.strip()
    if not text.upper().startswith(BADGE_PAYLOAD_PREFIX):
        return None
    identity = text[len(BADGE_PAYLOAD_PREFIX) :].strip().lower()
    return identity if len(identity) == _UUID_LENGTH else None
