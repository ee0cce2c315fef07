"""Every record that leaves a service carries the values of its row, field by field."""

from __future__ import annotations

import dataclasses

from anmc_desktop.models import AgendaItem, City, Meeting, Person
from anmc_desktop.records.cities import draft_of as city_draft_of
from anmc_desktop.records.meetings import draft_of as meeting_draft_of
from anmc_desktop.records.persons import draft_of as person_draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.mapping import (
    agenda_item_record,
    city_record,
    meeting_record,
    person_record,
)


def test_records_hold_their_rows_values(services: Services, sample_meeting_id: int):
    with services.database.reading() as session:
        meeting = session.get(Meeting, sample_meeting_id)
        assert meeting is not None
        item = session.query(AgendaItem).first()
        assert item is not None
        person = session.query(Person).first()
        assert person is not None
        rows = [
            (city_record(meeting.host_city), meeting.host_city),
            (meeting_record(meeting), meeting),
            (person_record(person), person),
            (agenda_item_record(item), item),
        ]
        derived = {
            "host_city_name": meeting.host_city.name_en,
            "time_zone": meeting.host_city.time_zone,
            "moderator_name": person_record(item.moderator).name if item.moderator else None,
            "speaker_ids": tuple(p.id for p in item.speakers),
            "speaker_names": tuple(person_record(p).name for p in item.speakers),
            "aliases": tuple(a.alias for a in meeting.host_city.aliases),
        }
        for record, row in rows:
            for field in dataclasses.fields(record):
                own = field.name not in derived or (
                    isinstance(row, City) and field.name != "aliases"
                )
                expected = getattr(row, field.name) if own else derived[field.name]
                assert getattr(record, field.name) == expected, (type(record), field.name)


def test_a_draft_is_the_editable_part_of_its_record(services: Services, sample_meeting_id: int):
    meeting = services.meetings.get(sample_meeting_id)
    city = services.cities.get(meeting.host_city_id)
    person = services.delegations.get_delegation(
        services.delegations.list_delegations(sample_meeting_id)[0].id
    ).persons[0]
    for record, draft in (
        (city, city_draft_of(city)),
        (meeting, meeting_draft_of(meeting)),
        (person, person_draft_of(person)),
    ):
        assert dataclasses.asdict(draft) == {
            field.name: getattr(record, field.name) for field in dataclasses.fields(draft)
        }
