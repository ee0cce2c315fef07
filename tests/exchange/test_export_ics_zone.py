"""A host city whose time zone is a folder of the zone database is refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.records.meetings import MeetingRecord


@pytest.mark.parametrize("zone", ["Asia", "Mars/Olympus", ""])
def test_an_unknown_time_zone_is_a_user_error_naming_it(zone: str):
    # GIVEN a meeting whose host city has a time zone that is no zone
    meeting = MeetingRecord(
        id=1, title="Plenary", number=None, host_city_id=1, host_city_name="Tomsk",
        time_zone=zone, venue="", first_day=dt.date(2014, 9, 4),
        last_day=dt.date(2014, 9, 5), theme="", version=1,
    )  # fmt: skip

    # WHEN its agenda is written as iCalendar THEN the error says what to fix
    with pytest.raises(UserFacingError, match=r"time zone .* is unknown; set it on the city"):
        write_ics(meeting, [])
