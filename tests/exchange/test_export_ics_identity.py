"""Calendars recognise an agenda item again: a UID of its own that travels with the meeting,
a SEQUENCE raised on every change, a DTSTAMP, and no empty properties; strict parsers
(icalendar and vobject) read the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import icalendar
import vobject
from meeting_files import exported, imported

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.records.meetings import draft_of as meeting_draft_of
from anmc_desktop.records.persons import draft_of as person_draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of
from anmc_desktop.services.meeting_transfer import MeetingTransferService

STAMP = dt.datetime(2014, 9, 1, 8, 30, tzinfo=dt.UTC)


def _calendar(services: Services, meeting_id: int) -> bytes:
    meeting = services.meetings.get(meeting_id)
    return write_ics(meeting, services.agenda.list_items(meeting_id), stamp=STAMP)


def _events(data: bytes) -> dict[str, icalendar.Event]:
    """The events by title, read by both strict parsers."""
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert all(not event.errors for event in events)
    strict = vobject.readOne(data.decode("utf-8"), validate=True, ignoreUnreadable=False)
    assert len(strict.vevent_list) == len(events)
    assert {e.uid.value for e in strict.vevent_list} == {str(e["uid"]) for e in events}
    return {str(event["summary"]): event for event in events}


def test_an_agenda_item_has_the_same_uid_on_every_laptop(
    services: Services, sample_meeting_id: int, tmp_path: Path
):
    # GIVEN the sample meeting taken to another laptop with its meeting file
    here = _events(_calendar(services, sample_meeting_id))
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        document = exported(MeetingTransferService(services.database), sample_meeting_id)
        copy_id = imported(MeetingTransferService(other), document).meeting_id
        # WHEN each laptop writes the agenda as a calendar
        there = _events(_calendar(Services.on(other), copy_id))
    finally:
        other.dispose()

    # THEN each item has the same UID in both, built from its stored identity
    assert {title: str(e["uid"]) for title, e in here.items()} == {
        title: str(e["uid"]) for title, e in there.items()
    }
    items = {i.title: i for i in services.agenda.list_items(sample_meeting_id)}
    assert all(str(e["uid"]) == f"{items[t].uuid}@anmc-desktop" for t, e in here.items())


def test_every_change_that_a_calendar_shows_raises_the_sequence(
    services: Services, sample_meeting_id: int
):
    # GIVEN an agenda item, never changed
    item = services.agenda.list_items(sample_meeting_id)[0]
    assert _events(_calendar(services, sample_meeting_id))[item.title]["sequence"] == 0

    # WHEN its time changes, then it is saved unchanged, then the change is undone
    moved = replace(draft_of(item), starts_at=item.starts_at + dt.timedelta(minutes=30))
    services.agenda.update(item.id, moved)
    first = _events(_calendar(services, sample_meeting_id))[item.title]
    services.agenda.update(item.id, moved)
    unchanged = _events(_calendar(services, sample_meeting_id))[item.title]
    services.agenda.update(item.id, draft_of(item))
    undone = _events(_calendar(services, sample_meeting_id))[item.title]

    # THEN each change raised the SEQUENCE, and saving without a change did not
    assert [first["sequence"], unchanged["sequence"], undone["sequence"]] == [1, 1, 2]
    assert undone.decoded("dtstart").replace(tzinfo=None) == item.starts_at


def test_a_change_of_speakers_raises_the_sequence(services: Services, sample_meeting_id: int):
    item = services.agenda.list_items(sample_meeting_id)[1]
    someone = services.agenda.person_choices(sample_meeting_id)[0][0]

    changed = services.agenda.update(item.id, replace(draft_of(item), speaker_ids=(someone,)))

    assert changed.sequence == item.sequence + 1


def test_an_event_carries_dtstamp_and_no_empty_property(services: Services, sample_meeting_id: int):
    # GIVEN a meeting without venue and an item without room or description
    meeting = services.meetings.get(sample_meeting_id)
    services.meetings.update(sample_meeting_id, replace(meeting_draft_of(meeting), venue=""))
    services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            kind=AgendaKind.OTHER,
            title="Free time",
            starts_at=dt.datetime(2014, 9, 5, 18, 0),
            ends_at=dt.datetime(2014, 9, 5, 19, 0),
        ),
    )

    # WHEN the agenda is written as a calendar
    data = _calendar(services, sample_meeting_id)

    # THEN every event has its DTSTAMP in UTC, and no property is written empty
    events = _events(data)
    assert all(event.decoded("dtstamp") == STAMP for event in events.values())
    assert "location" not in events["Free time"] and "description" not in events["Free time"]
    unfolded = data.decode("utf-8").replace("\r\n ", "").splitlines()
    assert not [line for line in unfolded if line.endswith(":")]


def test_removing_or_renaming_a_speaker_raises_the_sequence_of_their_items(
    services: Services, sample_meeting_id: int
):
    # GIVEN an item with a speaker, and another without
    item, other = services.agenda.list_items(sample_meeting_id)[1:3]
    speaker = services.agenda.person_choices(sample_meeting_id)[0][0]
    services.agenda.update(item.id, replace(draft_of(item), speaker_ids=(speaker,)))
    before = {i.id: i.sequence for i in services.agenda.list_items(sample_meeting_id)}

    # WHEN the speaker is renamed, then removed, then put back (undo)
    record = next(
        p
        for d in services.delegations.list_delegations(sample_meeting_id)
        for p in services.delegations.get_delegation(d.id).persons
        if p.id == speaker
    )
    services.delegations.update_person(speaker, replace(person_draft_of(record), given_name="Zed"))
    renamed = services.agenda.get(item.id).sequence
    removed = services.removals.remove_person(speaker)
    gone = services.agenda.get(item.id).sequence
    services.removals.restore_person(removed)
    back = services.agenda.get(item.id)

    # THEN each raised the item's sequence (its event names the speaker), not the other's
    assert [renamed, gone, back.sequence] == [before[item.id] + n for n in (1, 2, 3)]
    assert back.speaker_ids == (speaker,)
    assert services.agenda.get(other.id).sequence == before[other.id]


def test_an_item_put_back_after_a_delete_keeps_its_uid_and_sequence(
    services: Services, sample_meeting_id: int
):
    item = services.agenda.list_items(sample_meeting_id)[0]

    restored = services.agenda.restore(services.agenda.delete(item.id))

    assert (restored.uuid, restored.sequence) == (item.uuid, item.sequence)


def test_a_new_venue_or_time_zone_raises_the_sequence_of_every_event(
    services: Services, sample_meeting_id: int
):
    from anmc_desktop.records.cities import draft_of as city_draft_of

    # GIVEN the sample's calendar as organizers' calendars received it
    sent = {t: e["sequence"] for t, e in _events(_calendar(services, sample_meeting_id)).items()}
    meeting = services.meetings.get(sample_meeting_id)

    # WHEN the meeting moves to another venue (every event's LOCATION changes)
    services.meetings.update(meeting.id, replace(meeting_draft_of(meeting), venue="City Hall"))
    moved = _events(_calendar(services, sample_meeting_id))
    # AND the host city's time zone is corrected (every event's time changes)
    host = services.cities.get(meeting.host_city_id)
    services.cities.update(host.id, replace(city_draft_of(host), time_zone="Asia/Novosibirsk"))
    rezoned = _events(_calendar(services, sample_meeting_id))

    # THEN each change raised every event's SEQUENCE, so calendars take the new version
    assert all(e["location"].endswith("City Hall") for e in moved.values())
    assert {t: e["sequence"] for t, e in moved.items()} == {t: s + 1 for t, s in sent.items()}
    assert {t: e["sequence"] for t, e in rezoned.items()} == {t: s + 2 for t, s in sent.items()}
