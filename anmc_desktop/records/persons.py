"""Persons and delegations, as read and as edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from anmc_desktop.records.copying import copy_fields
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.text import display_name

# A person's passport data, for visa support letters: personal data, written to a meeting
# file or a list only when the organizer asks for it, and never to the change log or logs.
PERSONAL_FIELDS = ("passport_number", "passport_expiry", "nationality")
# How a person comes, goes and stays: what the logistics lists print.
TRAVEL_TEXTS = (
    "arrival_flight",
    "arrival_point",
    "departure_flight",
    "met_by",
    "hotel",
    "room",
    "transport",
)


@dataclass(frozen=True)
class PersonDraft:
    given_name: str = ""
    family_name: str = ""
    family_name_first: bool = False
    native_name: str = ""
    honorific: str = ""
    position: str = ""
    role: PersonRole = PersonRole.MEMBER
    email: str = ""
    phone: str = ""
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    arrival_flight: str = ""
    arrival_point: str = ""
    departure_flight: str = ""
    met_by: str = ""
    hotel: str = ""
    room: str = ""
    transport: str = ""
    dietary_needs: str = ""
    access_needs: str = ""
    notes: str = ""
    is_placeholder: bool = False
    passport_number: str = ""
    passport_expiry: dt.date | None = None
    nationality: str = ""


@dataclass(frozen=True)
class PersonRecord(PersonDraft):
    id: int = 0
    delegation_id: int = 0
    version: int = 0
    uuid: str = ""  # the identity a badge's QR code carries

    @property
    def latin_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.family_name_first)

    @property
    def name(self) -> str:
        """The name to show: Latin if there is one, else the native name."""
        return self.latin_name or self.native_name


def draft_of(person: PersonRecord) -> PersonDraft:
    """The editable part of a person's record."""
    return copy_fields(PersonDraft, person)


@dataclass(frozen=True)
class DelegationSummary:
    id: int
    meeting_id: int
    city_id: int
    city_name: str
    city_local_name: str
    status: DelegationStatus
    proxy_to_id: int | None
    proxy_to_city: str | None
    head_name: str | None
    head_is_placeholder: bool
    person_count: int
    notes: str
    version: int
    # The city's country: printing reads names of Japanese cities with a Japanese font.
    city_country: str = ""


@dataclass(frozen=True)
class HeadChange:
    """What set_head changed, so that it can be undone."""

    person_id: int
    previous_role: PersonRole
    former_head_id: int | None


@dataclass(frozen=True)
class DelegationDetail:
    summary: DelegationSummary
    persons: list[PersonRecord] = field(default_factory=list)


ROLE_ORDER = list(PersonRole)


def person_sort_key(person: PersonRecord) -> tuple[int, str]:
    """Head first, then by role, then by family name."""
    return (ROLE_ORDER.index(person.role), person.family_name.casefold())
