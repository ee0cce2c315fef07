"""The agenda as iCalendar (RFC 5545) for organizers' calendars, written with ``icalendar``.

Times are wall-clock times in the host city's zone, so every event carries that zone
(TZID) and the calendar holds its VTIMEZONE definition. An event's UID is its agenda item's
stored identity, the same in every database the meeting goes to, and its SEQUENCE the
item's count of changes, so that a calendar that took the file before updates the event
instead of adding a second one. Properties without a value are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from anmc_desktop import __version__
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.cities import is_time_zone
from anmc_desktop.records.meetings import MeetingRecord

PRODUCT_ID = f"-//ANMC Desktop//anmc-desktop {__version__}//EN"


def write_ics(
    meeting: MeetingRecord,
    items: Sequence[AgendaItemRecord],
    *,
    stamp: dt.datetime | None = None,
) -> bytes:
    """One VEVENT per agenda item; ``stamp`` (UTC) is when the file was made."""
    if not is_time_zone(meeting.time_zone):
        raise UserFacingError(
            f"The host city's time zone {meeting.time_zone!r} is unknown; set it on the city."
        )
    zone = ZoneInfo(meeting.time_zone)
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", meeting.title)
    calendar.add("x-wr-timezone", meeting.time_zone)
    for item in items:
        event = Event()
        event.add("uid", f"{item.uuid}@anmc-desktop")
        event.add("sequence", item.sequence)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.starts_at.replace(tzinfo=zone))
        event.add("dtend", item.ends_at.replace(tzinfo=zone))
        event.add("summary", item.title)
        location = ", ".join(part for part in (item.room, meeting.venue) if part)
        if location:
            event.add("location", location)
        description = _description(item)
        if description:
            event.add("description", description)
        event.add("categories", [item.kind.label])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _description(item: AgendaItemRecord) -> str:
    lines = [item.description] if item.description else []
    if item.moderator_name:
        lines.append(f"Moderator: {item.moderator_name}")
    if item.speaker_names:
        lines.append("Speakers: " + ", ".join(item.speaker_names))
    return "\n".join(lines)
