"""A member city of the network, as read and as edited."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from anmc_desktop.records.copying import copy_fields
from anmc_desktop.records.enums import CityStatus


@dataclass(frozen=True)
class CityRecord:
    id: int
    name_en: str
    name_local: str
    country: str
    member_since: dt.date | None
    status: CityStatus
    time_zone: str
    version: int
    # Other names an import may meet for the city (official, historic, other scripts).
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityName:
    """A city as a chooser offers it."""

    id: int
    name_en: str
    country: str = ""


@dataclass(frozen=True)
class CityDraft:
    name_en: str
    name_local: str = ""
    country: str = ""
    member_since: dt.date | None = None
    status: CityStatus = CityStatus.MEMBER
    time_zone: str = "UTC"
    aliases: tuple[str, ...] = ()


def draft_of(city: CityRecord) -> CityDraft:
    return copy_fields(CityDraft, city)


def is_time_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a folder of the zone database, such as "Asia", is not a zone.
        return False
    return True
