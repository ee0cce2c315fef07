"""The export's participants are the same records the delegation screens read."""

from __future__ import annotations

import datetime as dt
import gc
import random

from exchange_records import participant

from anmc_desktop.exchange.delegation_list import ListOptions, Order, Participant, build_table
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportDataService


def _as_listed(moment: dt.datetime | None) -> str:
    """A moment as the delegation list has always written it."""
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def test_each_participant_equals_the_delegation_services_record(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample meeting, with a person whose every field is filled in (times with
    # seconds, one in a year before 1000) and one who travels on the last minute of a day
    delegation = services.delegations.list_delegations(sample_meeting_id)[0]
    services.delegations.add_person(
        delegation.id,
        PersonDraft(
            given_name="Olga",
            family_name="Petrova",
            family_name_first=True,
            native_name="Ольга Петрова",
            honorific="Dr",
            position="Mayor",
            role=PersonRole.INTERPRETER,
            email="olga@example.org",
            phone="+7 3822 00 00 00",
            arrival=dt.datetime(999, 9, 15, 8, 5, 59),
            departure=dt.datetime(2014, 9, 19, 17, 45, 30, 500),
            dietary_needs="vegetarian",
            access_needs="step-free",
            notes="arrives late",
            is_placeholder=True,
        ),
    )
    services.delegations.add_person(
        delegation.id, PersonDraft(given_name="Anna", departure=dt.datetime(2014, 9, 19, 23, 59))
    )
    summaries = services.delegations.list_delegations(sample_meeting_id)

    # WHEN the export reads its participants
    data = ExportDataService(services.database).participants(sample_meeting_id)

    # THEN each is the person as the delegation service reads them, with their city and
    # status, times to the minute, and nobody is missing
    expected = {
        person.id: (summary, person)
        for summary in summaries
        for person in services.delegations.get_delegation(summary.id).persons
    }
    assert sorted(p.id for p in data.participants) == sorted(expected)
    for read in data.participants:
        summary, person = expected[read.id]
        assert read == Participant(
            city_name=summary.city_name,
            city_local_name=summary.city_local_name,
            country=summary.city_country,
            delegation_id=summary.id,
            delegation_status=summary.status,
            id=person.id,
            role=person.role,
            honorific=person.honorific,
            given_name=person.given_name,
            family_name=person.family_name,
            family_name_first=person.family_name_first,
            native_name=person.native_name,
            position=person.position,
            email=person.email,
            phone=person.phone,
            arrival=_as_listed(person.arrival),
            departure=_as_listed(person.departure),
            dietary_needs=person.dietary_needs,
            access_needs=person.access_needs,
            notes=person.notes,
            is_placeholder=person.is_placeholder,
        )
    olga = next(p for p in data.participants if p.given_name == "Olga")
    assert (olga.arrival, olga.departure) == ("999-09-15 08:05", "2014-09-19 17:45")


def test_reading_leaves_the_garbage_collector_as_it_was(services: Services, sample_meeting_id: int):
    # GIVEN the collector on, then off
    reader = ExportDataService(services.database)
    assert gc.isenabled()

    # WHEN participants are read in each state
    reader.participants(sample_meeting_id)
    on_afterwards = gc.isenabled()
    gc.disable()
    try:
        reader.participants(sample_meeting_id)
        off_afterwards = not gc.isenabled()
    finally:
        gc.enable()

    # THEN the collector is as it was before each read
    assert on_afterwards and off_afterwards


def test_the_order_of_the_list_does_not_depend_on_the_order_read():
    # GIVEN participants in several cities, roles and scripts, and the same ones shuffled
    people = [
        participant(
            city,
            person_id=index,
            role=role,
            given_name=given,
            family_name=family,
            native_name=native,
        )
        for index, (city, role, given, family, native) in enumerate(
            [
                ("Tomsk", PersonRole.MEMBER, "Olga", "petrova", ""),
                ("tokyo", PersonRole.HEAD, "Sakura", "Sato", "佐藤さくら"),
                ("Tomsk", PersonRole.HEAD, "Ivan", "Ivanov", ""),
                ("Ulaanbaatar", PersonRole.MEMBER, "", "", "Батын Эрдэнэ"),
                ("Hanoi", PersonRole.ADVISER, "Thị Lan", "Nguyễn", ""),
                ("Tomsk", PersonRole.MEMBER, "Anna", "Petrova", ""),
                ("Tomsk", PersonRole.MEMBER, "anna", "PETROVA", ""),
            ]
        )
    ]
    shuffled = list(people)
    random.Random(5).shuffle(shuffled)

    for order in Order:
        # WHEN each is listed in that order
        options = ListOptions(columns=("city", "role", "name"), order=order)
        listed = build_table("", people, options)
        listed_shuffled = build_table("", shuffled, options)

        # THEN the rows and their cities are the same
        assert listed.rows == listed_shuffled.rows
        assert listed.cities == listed_shuffled.cities
    by_city = build_table("", people, ListOptions(columns=("family_name", "given_name")))
    assert by_city.rows == [
        ("Nguyễn", "Thị Lan"),
        ("Sato", "Sakura"),
        ("Ivanov", "Ivan"),  # the head first
        ("Petrova", "Anna"),  # names compare case-folded; the id settles a tie
        ("PETROVA", "anna"),
        ("petrova", "Olga"),
        ("", ""),  # by the name in native script
    ]
