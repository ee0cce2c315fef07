"""Undoing an import of a meeting file (issue 14): a new meeting goes with every record it
brought, an update puts back what it changed, in one transaction; an undo that is no
longer possible changes nothing."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.import_journal import (
    AddedRecord,
    ChangedRecord,
    ImportJournal,
    RemovedRecord,
)
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.persons import PersonDraft, draft_of
from anmc_desktop.services import Services
from tests.exchange.meeting_files import exported, imported


def _without_sequences(document: dict[str, Any]) -> dict[str, Any]:
    """The document but for the agenda's calendar sequences (an undo raises them)."""
    document = copy.deepcopy(document)
    for item in document["agenda"]:
        item.pop("sequence")
    return document


def _changed(document: dict[str, Any]) -> dict[str, Any]:
    """The file of the meeting after another organizer's changes of every kind."""
    changed = copy.deepcopy(document)
    changed["meeting"]["venue"] = "Another hall"
    persons = changed["delegations"][0]["persons"]
    persons[0]["position"] = "Acting Mayor"
    numbers = [p["number"] for d in changed["delegations"] for p in d["persons"]]
    newcomer = {
        **persons[-1],
        "number": max(numbers) + 1,
        "given_name": "Nomin",
        "family_name": "Newcomer",
        "native_name": "",
        "email": "",
        "role": "member",
    }
    persons.append(newcomer)
    changed["agenda"][0]["title"] += " (revised)"
    changed["agenda"][0]["speakers"] = [newcomer["number"]]
    signatories = changed["declarations"][0]["signatories"]
    changed["declarations"][0]["signatories"] = signatories[:-1]
    changed["cities"][0]["aliases"] = ["An Alias Of The First City"]
    return changed


def test_an_update_is_undone_to_the_meeting_as_it_was(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN the sample meeting and a file of it changed in many ways
    transfer = services.meeting_transfer
    before = exported(transfer, sample_meeting_id)
    cities_before = services.cities.list_cities()
    # WHEN the file updates the meeting
    result = imported(transfer, _changed(before), "changed.json", IfAlreadyThere.UPDATE)
    after = exported(transfer, sample_meeting_id)
    assert after["meeting"]["venue"] == "Another hall"
    assert result.journal is not None
    # AND the update is undone (from its record as text, as the command line keeps it)
    transfer.undo_import(ImportJournal.from_json(result.journal.to_json()))
    # THEN the meeting is exactly as it was, the cities too
    assert _without_sequences(exported(transfer, sample_meeting_id)) == _without_sequences(before)
    assert [(c.id, c.aliases) for c in services.cities.list_cities()] == [
        (c.id, c.aliases) for c in cities_before
    ]
    # AND the changed agenda item's calendars are told (its sequence rose)
    first_uuid = before["agenda"][0]["uuid"]
    item = next(
        i for i in exported(transfer, sample_meeting_id)["agenda"] if i["uuid"] == first_uuid
    )
    assert (
        item["sequence"] > next(i for i in after["agenda"] if i["uuid"] == first_uuid)["sequence"]
    )


def test_a_new_meeting_is_undone_with_every_record_it_brought(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    document = exported(services.meeting_transfer, sample_meeting_id)
    other = Services.on(open_database(sqlite_url(tmp_path / "other laptop.db")))
    try:
        result = imported(other.meeting_transfer, document)
        assert other.meetings.list_meetings() and other.cities.list_cities()
        assert result.journal is not None
        other.meeting_transfer.undo_import(result.journal)
        assert other.meetings.list_meetings() == []
        assert other.cities.list_cities() == []
        # AND the same file imports again afterwards (its identity is free again)
        again = imported(other.meeting_transfer, document)
        assert other.meetings.get(again.meeting_id).title == document["meeting"]["title"]
    finally:
        other.database.dispose()


def test_an_undo_after_a_later_change_is_refused_and_changes_nothing(
    services: Services, sample_meeting_id: int
) -> None:
    transfer = services.meeting_transfer
    before = exported(transfer, sample_meeting_id)
    result = imported(transfer, _changed(before), "changed.json", IfAlreadyThere.UPDATE)
    assert result.journal is not None
    # GIVEN a person the update changed, edited again since
    delegation = services.delegations.list_delegations(sample_meeting_id)[0]
    person = next(
        p for p in services.delegations.get_delegation(delegation.id).persons
        if p.position == "Acting Mayor"
    )  # fmt: skip
    services.delegations.update_person(person.id, replace(draft_of(person), position="Mayor"))
    after = exported(transfer, sample_meeting_id)
    # WHEN the update is undone THEN it is refused, and nothing changed
    with pytest.raises(UserFacingError, match="changed or removed since"):
        transfer.undo_import(result.journal)
    assert exported(transfer, sample_meeting_id) == after


def test_an_undo_is_refused_while_a_record_added_since_refers_to_what_it_added(
    services: Services, sample_meeting_id: int
) -> None:
    transfer = services.meeting_transfer
    document = exported(transfer, sample_meeting_id)
    result = imported(transfer, document, "copy.json", IfAlreadyThere.COPY)
    assert result.journal is not None
    # GIVEN a person added since to a delegation of the imported copy
    delegation = services.delegations.list_delegations(result.meeting_id)[0]
    services.delegations.add_person(delegation.id, PersonDraft("Late", "Arrival"))
    meetings = services.meetings.list_meetings()
    # WHEN the import is undone THEN it is refused, naming what refers to it
    with pytest.raises(UserFacingError, match="refer to what it added \\(person\\)"):
        transfer.undo_import(result.journal)
    assert services.meetings.list_meetings() == meetings


def test_a_dry_run_has_nothing_to_undo(services: Services, sample_meeting_id: int) -> None:
    data = services.meeting_transfer.export_meeting(sample_meeting_id)
    rehearsal = services.meeting_transfer.import_meeting(
        data, "m.json", IfAlreadyThere.COPY, dry_run=True
    )
    assert rehearsal.journal is None
    assert json.loads(data)["meeting"]["uuid"]


@pytest.mark.parametrize(
    "journal",
    [
        ImportJournal("x.json", 1, added=(AddedRecord("no_such_table", 1, 1),)),
        ImportJournal("x.json", 1, removed=(RemovedRecord("person", {"id": "one"}),)),
        ImportJournal(
            "x.json", 1, changed=(ChangedRecord("meeting", 1, None, {"first_day": "x"}),)
        ),
    ],
    ids=["unknown table", "an id that is no number", "a day that is no date"],
)
def test_a_record_made_by_hand_is_refused_with_a_message(
    services: Services, sample_meeting_id: int, journal: ImportJournal
) -> None:
    before = services.meeting_transfer.export_meeting(sample_meeting_id)
    with pytest.raises(UserFacingError):
        services.meeting_transfer.undo_import(journal)
    assert services.meeting_transfer.export_meeting(sample_meeting_id) == before
