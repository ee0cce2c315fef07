"""The agenda as iCalendar: an event per item, in the host city's zone, with room and text."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.services import Services


def test_every_agenda_item_is_an_event_in_the_host_citys_zone(
    services: Services, sample_meeting_id
):
    # GIVEN the sample meeting in Tomsk and its agenda
    meeting = services.meetings.get(sample_meeting_id)
    items = services.agenda.list_items(sample_meeting_id)
    assert meeting.time_zone == "Asia/Tomsk"

    # WHEN the agenda is written as .ics and parsed back by a calendar library
    data = write_ics(meeting, items, stamp=dt.datetime(2014, 9, 1, tzinfo=dt.UTC))
    calendar = icalendar.Calendar.from_ical(data)

    # THEN there is one event per item, at the same wall-clock time in Tomsk
    events = calendar.walk("VEVENT")
    assert len(events) == len(items)
    tomsk = ZoneInfo("Asia/Tomsk")
    for event, item in zip(events, items, strict=True):
        start = event.decoded("dtstart")
        assert start.tzinfo is not None
        assert start == item.starts_at.replace(tzinfo=tomsk)
        assert event.decoded("dtend") == item.ends_at.replace(tzinfo=tomsk)
        assert str(event["summary"]) == item.title
        assert item.room in str(event["location"])
        assert meeting.venue in str(event["location"])
        if item.description:
            assert item.description in str(event["description"])
    # AND the zone is defined in the file, so calendars need not know it
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tomsk"]
    assert b"DTSTART;TZID=Asia/Tomsk:" in data
    # AND UIDs are stable and unique
    assert len({str(e["uid"]) for e in events}) == len(events)
