"""Persons' travel and passport data (issue 18): the rules, and passport data kept out of
the change log and out of meeting files unless asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.models import Person
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.persons import PERSONAL_FIELDS, PersonDraft, draft_of
from anmc_desktop.services import Services
from anmc_desktop.storage.logged_values import PERSONAL_VALUE
from tests.exchange.meeting_files import check_against_schema

PASSPORT = {"passport_number": "B1234567", "passport_expiry": dt.date(2033, 1, 31),
            "nationality": "Vietnamese"}  # fmt: skip


def _traveller(services: Services, meeting_id: int) -> int:
    delegation = services.delegations.list_delegations(meeting_id)[0]
    draft = PersonDraft(
        given_name="Thu Ha", family_name="Nguyen", arrival=dt.datetime(2014, 9, 3, 6, 40),
        departure=dt.datetime(2014, 9, 7, 8, 35), arrival_flight="S7 5301", hotel="Magistrat",
        room="301", transport="Car 1", met_by="Anatoly Ivanov", **PASSPORT,
    )  # fmt: skip
    return services.delegations.add_person(delegation.id, draft).id


def test_the_personal_fields_are_the_columns_marked_personal():
    marked = {c.key for c in Person.__table__.columns if c.info.get("personal")}
    assert marked == set(PERSONAL_FIELDS)


def test_travel_and_passport_data_are_stored(services: Services, sample_meeting_id):
    person = services.delegations.get_person(_traveller(services, sample_meeting_id))
    assert (person.arrival_flight, person.room, person.transport) == ("S7 5301", "301", "Car 1")
    assert person.passport_expiry == dt.date(2033, 1, 31)


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"passport_number": "B12<34>"}, "passport_number", "Latin letters, digits"),
        ({"passport_expiry": dt.date(2014, 9, 5)}, "passport_expiry", "before the person's"),
        ({"hotel": "x" * 201}, "hotel", ""),
    ],
)
def test_bad_passport_data_is_refused_naming_the_field(
    services: Services, sample_meeting_id, changes, field, reason
):
    person = services.delegations.get_person(_traveller(services, sample_meeting_id))
    draft = dataclasses.replace(draft_of(person), **changes)
    with pytest.raises(ValidationError) as raised:
        services.delegations.update_person(person.id, draft, person.version)
    assert [(e.field, reason in e.reason) for e in raised.value.errors] == [(field, True)]


def test_the_change_log_says_passport_data_changed_never_what_it_is(
    services: Services, sample_meeting_id, caplog
):
    caplog.set_level(logging.DEBUG)
    person_id = _traveller(services, sample_meeting_id)
    person = services.delegations.get_person(person_id)
    draft = dataclasses.replace(draft_of(person), passport_number="C7654321", room="302")
    services.delegations.update_person(person_id, draft, person.version)
    entries = services.change_log.for_record("person", person_id)
    logged = json.dumps([e.changes for e in entries], default=str)
    assert "B1234567" not in logged and "C7654321" not in logged
    assert "2033-01-31" not in logged and "Vietnamese" not in logged
    assert entries[-1].changes["passport_number"] == (PERSONAL_VALUE, PERSONAL_VALUE)
    assert entries[-1].changes["room"] == ("301", "302")
    assert "B1234567" not in caplog.text and "C7654321" not in caplog.text


def test_a_meeting_file_holds_passport_data_only_when_asked(services: Services, sample_meeting_id):
    _traveller(services, sample_meeting_id)
    transfer = services.meeting_transfer
    ordinary = transfer.export_meeting(sample_meeting_id)
    assert b"B1234567" not in ordinary and b"passport_number" not in ordinary
    assert b"S7 5301" in ordinary
    full = transfer.export_meeting(sample_meeting_id, include_personal_data=True)
    document = check_against_schema(full)
    persons = [p for d in document["delegations"] for p in d["persons"]]
    assert {"passport_number": "B1234567", "passport_expiry": "2033-01-31",
            "nationality": "Vietnamese"}.items() <= next(
        p for p in persons if p["given_name"] == "Thu Ha").items()  # fmt: skip
    check_against_schema(ordinary)


def test_updating_from_a_file_without_passport_data_keeps_it(services: Services, sample_meeting_id):
    person_id = _traveller(services, sample_meeting_id)
    transfer = services.meeting_transfer
    document = json.loads(transfer.export_meeting(sample_meeting_id))
    for delegation in document["delegations"]:
        for person in delegation["persons"]:
            if person["given_name"] == "Thu Ha":
                person["room"] = "305"
    data = json.dumps(document).encode("utf-8")
    transfer.import_meeting(data, "update.json", IfAlreadyThere.UPDATE)
    person = services.delegations.get_person(person_id)
    assert person.room == "305"
    assert (person.passport_number, person.passport_expiry, person.nationality) == tuple(
        PASSPORT.values()
    )
