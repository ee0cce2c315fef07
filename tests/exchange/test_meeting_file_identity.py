"""Each meeting carries a stable identity in the database and in its file: importing a meeting
that is already there is refused unless the organizer asks for a copy or an update."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from meeting_files import as_schema_2, exported, imported, refused, set_at

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind, DelegationStatus
from anmc_desktop.records.meeting_transfer import IfAlreadyThere, MeetingAlreadyThereError
from anmc_desktop.records.meetings import draft_of
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of as agenda_draft_of
from anmc_desktop.services.meeting_transfer import MeetingTransferService


def _is_uuid(text: object) -> bool:
    return isinstance(text, str) and str(uuid.UUID(text)) == text


def test_a_meeting_and_its_agenda_items_keep_their_identity_on_another_laptop(
    services: Services, sample_meeting_id: int, tmp_path: Path
):
    # GIVEN the sample meeting's file
    document = exported(MeetingTransferService(services.database), sample_meeting_id)

    # WHEN it is imported on another laptop and exported there again
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        transfer = MeetingTransferService(other)
        result = imported(transfer, document)
        again = exported(transfer, result.meeting_id)
    finally:
        other.dispose()

    # THEN the meeting and each agenda item have an identity, the same on both laptops
    assert _is_uuid(document["meeting"]["uuid"])
    assert all(_is_uuid(item["uuid"]) for item in document["agenda"])
    assert len({item["uuid"] for item in document["agenda"]}) == len(document["agenda"])
    assert again["meeting"]["uuid"] == document["meeting"]["uuid"]
    assert [i["uuid"] for i in again["agenda"]] == [i["uuid"] for i in document["agenda"]]


def test_importing_a_meeting_that_is_already_there_is_refused(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample meeting's own file
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)

    # WHEN it is imported into the database that holds the meeting
    with pytest.raises(MeetingAlreadyThereError) as raised:
        imported(transfer, document, "tomsk.json")

    # THEN the message names the meeting and the ways on; nothing was written
    message = str(raised.value)
    assert "tomsk.json holds 13th Plenary Meeting of the ANMC21, which is already here" in message
    assert "as a copy" in message and "update" in message
    assert raised.value.meeting_id == sample_meeting_id
    assert [m.id for m in services.meetings.list_meetings()] == [sample_meeting_id]


def test_a_copy_is_a_new_meeting_with_identities_of_its_own(
    services: Services, sample_meeting_id: int
):
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)

    result = imported(transfer, document, "tomsk.json", IfAlreadyThere.COPY)

    copy = exported(transfer, result.meeting_id)
    assert result.meeting_id != sample_meeting_id
    assert copy["meeting"]["uuid"] != document["meeting"]["uuid"]
    assert not {i["uuid"] for i in copy["agenda"]} & {i["uuid"] for i in document["agenda"]}
    for key in ("meeting", "agenda"):
        del copy[key], document[key]
    assert copy == document


def _change_elsewhere(services: Services, meeting_id: int) -> None:
    """What another organizer does with the meeting on their laptop."""
    services.meetings.update(
        meeting_id, replace(draft_of(services.meetings.get(meeting_id)), venue="Hall B")
    )
    item = services.agenda.list_items(meeting_id)[0]
    moved = item.starts_at + dt.timedelta(hours=1)
    services.agenda.update(item.id, replace(agenda_draft_of(item), starts_at=moved))
    services.agenda.create(
        meeting_id,
        AgendaItemDraft(
            kind=AgendaKind.RECEPTION,
            title="Farewell dinner",
            starts_at=dt.datetime(2014, 9, 6, 19, 0),
            ends_at=dt.datetime(2014, 9, 6, 21, 0),
        ),
    )
    seoul = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Seoul"
    )
    services.delegations.add_person(seoul.id, PersonDraft(given_name="Min-jun", family_name="Kim"))
    services.delegations.set_status(seoul.id, DelegationStatus.CONFIRMED)


def test_an_update_brings_the_files_changes_into_the_meeting_and_lists_them(
    services: Services, sample_meeting_id: int, tmp_path: Path
):
    # GIVEN the meeting taken to another laptop, changed there and sent back
    transfer = MeetingTransferService(services.database)
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        elsewhere = MeetingTransferService(other)
        copy_id = imported(elsewhere, exported(transfer, sample_meeting_id)).meeting_id
        _change_elsewhere(Services.on(other), copy_id)
        document = exported(elsewhere, copy_id)
    finally:
        other.dispose()
    first_item = services.agenda.list_items(sample_meeting_id)[0]
    meetings_before = len(services.meetings.list_meetings())

    # WHEN it is imported as an update
    result = imported(transfer, document, "back.json", IfAlreadyThere.UPDATE)

    # THEN the same meeting holds the changes, and each change is listed
    assert result.meeting_id == sample_meeting_id
    assert len(services.meetings.list_meetings()) == meetings_before
    assert exported(transfer, sample_meeting_id) == document
    assert "meeting.venue: 'Tomsk Region Administration' -> 'Hall B'" in result.changes
    assert "delegations[Seoul].status: 'attending' -> 'confirmed'" in result.changes
    assert "delegations[Seoul].persons[Min-jun Kim]: added" in result.changes
    assert any(c.startswith("agenda[Farewell dinner]: added") for c in result.changes)
    moved = [c for c in result.changes if c.startswith(f"agenda[{first_item.title}].starts_at")]
    assert moved == [f"agenda[{first_item.title}].starts_at: '2014-09-04T15:00:00' -> "
                     "'2014-09-04T16:00:00'"]  # fmt: skip
    # AND the moved item's calendar sequence went up
    assert services.agenda.get(first_item.id).sequence > first_item.sequence


def test_an_update_that_breaks_a_rule_changes_nothing(services: Services, sample_meeting_id: int):
    # GIVEN the meeting's file with a new title and an agenda item outside the meeting's days
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    document["meeting"]["title"] = "Renamed"
    document["agenda"][-1]["starts_at"] = "2030-01-01T09:00:00"

    # WHEN it is imported as an update THEN it is refused and the meeting is as it was
    with pytest.raises(MeetingFileError, match="must fall within the meeting's days"):
        imported(transfer, document, "bad.json", IfAlreadyThere.UPDATE)
    assert services.meetings.get(sample_meeting_id).title != "Renamed"


def test_an_update_of_a_meeting_that_is_not_there_imports_it(
    services: Services, sample_meeting_id: int
):
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    document["meeting"]["uuid"] = str(uuid.uuid4())
    for item in document["agenda"]:
        item["uuid"] = str(uuid.uuid4())

    result = imported(transfer, document, "new.json", IfAlreadyThere.UPDATE)

    assert result.meeting_id != sample_meeting_id
    assert result.changes == ()


def test_a_file_of_the_first_schema_imports_as_a_new_meeting(
    services: Services, sample_meeting_id: int
):
    # GIVEN a meeting file as version 1 wrote it: without identities or sequences
    transfer = MeetingTransferService(services.database)
    document = as_schema_2(exported(transfer, sample_meeting_id))
    document["schema_version"] = 1
    del document["meeting"]["uuid"]
    for item in document["agenda"]:
        del item["uuid"], item["sequence"]

    # WHEN it is imported where the meeting is
    result = imported(transfer, document, "old.json")

    # THEN it is a new meeting, with identities of its own, and nothing is unknown
    assert result.meeting_id != sample_meeting_id
    assert result.unknown_keys == ()
    assert _is_uuid(exported(transfer, result.meeting_id)["meeting"]["uuid"])


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("meeting", "uuid"), "not-a-uuid", "meeting.uuid: 'not-a-uuid' is not a UUID"),
        (("agenda", 0, "uuid"), 7, "agenda[0].uuid: expected str"),
        (("agenda", 0, "sequence"), -1, "agenda[0].sequence: must not be negative"),
    ],
)
def test_a_broken_identity_is_refused(
    services: Services, sample_meeting_id: int, where: tuple, value: object, message: str
):
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    set_at(document, where, value)

    assert message in refused(services, document)
