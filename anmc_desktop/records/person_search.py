"""A row of the person search and its sort orders."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from anmc_desktop.records.enums import PersonRole


class PersonSort(enum.Enum):
    CITY = "city"
    FAMILY_NAME = "family_name"
    ROLE = "role"


@dataclass(frozen=True)
class PersonRow:
    id: int
    delegation_id: int
    city_name: str
    city_local_name: str
    honorific: str
    latin_name: str
    native_name: str
    position: str
    role: PersonRole
    is_placeholder: bool
