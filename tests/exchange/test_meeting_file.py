"""A whole meeting as one JSON file: export, import elsewhere, and get the same meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from meeting_files import exported, imported

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.meeting_file import SCHEMA_VERSION
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService


def _enrich(services: Services, meeting_id: int) -> None:
    """Give the sample what it lacks: a proxy, travel details, a moderator and speakers."""
    delegations = {d.city_name: d for d in services.delegations.list_delegations(meeting_id)}
    services.delegations.set_status(
        delegations["Yangon"].id, DelegationStatus.PROXY, delegations["Bangkok"].id
    )
    interpreter = services.delegations.add_person(
        delegations["Seoul"].id,
        PersonDraft(
            given_name="Ha-eun",
            family_name="Park",
            family_name_first=True,
            native_name="박하은",
            role=PersonRole.INTERPRETER,
            email="haeun@example.org",
            arrival=dt.datetime(2014, 9, 3, 22, 15),
            departure=dt.datetime(2014, 9, 7, 6, 0),
            dietary_needs="halal",
            notes="=not a formula",
        ),
    )
    heads = [
        services.delegations.get_delegation(delegations[c].id).persons[0].id
        for c in ("Tomsk", "Tokyo")
    ]
    item = services.agenda.list_items(meeting_id)[0]
    services.agenda.create(
        meeting_id,
        AgendaItemDraft(
            kind=item.kind,
            title="Панельная дискуссия 「都市の未来」",
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            room="Зал 2",
            moderator_id=interpreter.id,
            speaker_ids=(heads[1], heads[0]),
        ),
    )


def test_export_then_import_into_an_empty_database_gives_the_same_meeting(
    services: Services, sample_meeting_id, tmp_path: Path
):
    # GIVEN the sample meeting with a proxy, travel details, a moderator and speakers
    _enrich(services, sample_meeting_id)
    document = exported(MeetingTransferService(services.database), sample_meeting_id)

    # WHEN the file is imported into an empty database on another laptop
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        transfer = MeetingTransferService(other)
        new_id = imported(transfer, document, "tomsk.json").meeting_id
        again = exported(transfer, new_id)
        other_services = Services.on(other)
        cities = {c.name_en for c in other_services.cities.list_cities()}
    finally:
        other.dispose()

    # THEN exporting it there gives the very same document: every field of every record
    assert document["format"] == "anmc-desktop-meeting"
    assert document["schema_version"] == SCHEMA_VERSION
    assert again == document
    assert len(document["delegations"]) == 12
    assert any(item["speakers"] for item in document["agenda"])
    assert document["declarations"][0]["signatories"]
    # AND the cities were created there from the file
    assert "Tomsk" in cities and "Ulaanbaatar" in cities


def test_importing_into_the_same_database_reuses_the_cities(services: Services, sample_meeting_id):
    before = len(services.cities.list_cities())
    transfer = MeetingTransferService(services.database)

    new_id = imported(
        transfer, exported(transfer, sample_meeting_id), if_already_there=IfAlreadyThere.COPY
    ).meeting_id

    assert new_id != sample_meeting_id
    assert len(services.cities.list_cities()) == before
    copy, original = exported(transfer, new_id), exported(transfer, sample_meeting_id)
    for document in (copy, original):
        del document["meeting"]["uuid"]
        for item in document["agenda"]:
            del item["uuid"]
    assert copy == original


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "written by a newer ANMC Desktop"),
        (lambda d: d.update(format="something else"), "not an ANMC Desktop meeting file"),
        (lambda d: d["meeting"].update(first_day="4 Sept"), "meeting.first_day: '4 Sept' is not"),
        (lambda d: d["delegations"][0].update(status="asleep"), "delegations[0].status: 'asleep'"),
        (lambda d: d["delegations"][0].update(city="Atlantis"), "not among the file's cities"),
        (lambda d: d["agenda"][0].update(moderator=9999), "agenda[0].moderator: no person 9999"),
        (
            lambda d: d["delegations"][0]["persons"][0].update(role=7),
            "persons[0].role: expected str",
        ),
    ],
)
def test_a_broken_file_is_refused_and_nothing_is_written(
    services: Services, sample_meeting_id, change, message
):
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    change(document)
    meetings_before = services.meetings.list_meetings()

    with pytest.raises(UserFacingError, match=message.replace("[", r"\[").replace("]", r"\]")):
        imported(transfer, document, "broken.json", IfAlreadyThere.COPY)

    assert services.meetings.list_meetings() == meetings_before


def test_a_file_that_is_not_json_is_refused(services: Services):
    with pytest.raises(UserFacingError, match="not a meeting file"):
        MeetingTransferService(services.database).import_meeting(b"\x89PNG\r\n", "photo.json")
