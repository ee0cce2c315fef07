"""A meeting file in the app's order is read once while it is imported, its outline checked
once its delegations are read; a file in another order is read twice (issue 21). Either
way, the same file imports as the same meeting and is refused with the same message."""

from __future__ import annotations

import json
from typing import Any

import pytest
from meeting_files import exported, imported, refused
from sqlalchemy import event, select

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.models import Person
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services, meeting_import_persons
from anmc_desktop.services.meeting_import_persons import names_by_id


def _with_speakers(services: Services, meeting_id: int) -> dict[str, Any]:
    """The sample's file, its first agenda item given the first persons of two delegations
    as speakers."""
    document = exported(services.meeting_transfer, meeting_id)
    numbers = [d["persons"][0]["number"] for d in document["delegations"] if d["persons"]]
    document["agenda"][0]["speakers"] = numbers[:2]
    return document


def _copied(services: Services, document: dict[str, Any]) -> dict[str, Any]:
    result = imported(services.meeting_transfer, document, "copy.json", IfAlreadyThere.COPY)
    return exported(services.meeting_transfer, result.meeting_id)


def test_a_file_in_another_order_imports_as_the_same_meeting(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample's file, and the same file with its delegations before its envelope,
    # cities and meeting (which the delegations refer to) and its agenda first of all
    document = _with_speakers(services, sample_meeting_id)
    first = ("agenda", "delegations", "declarations", "meeting", "cities")
    reordered = {key: document[key] for key in first} | {
        key: value for key, value in document.items() if key not in first
    }

    # WHEN each is imported as a copy THEN both copies hold the same records
    in_order, in_other_order = _copied(services, document), _copied(services, reordered)
    for key in ("cities", "delegations", "declarations"):
        assert in_other_order[key] == in_order[key] == document[key]
    assert [(i["title"], i["moderator"], i["speakers"]) for i in in_other_order["agenda"]] == [
        (i["title"], i["moderator"], i["speakers"]) for i in document["agenda"]
    ]


@pytest.mark.parametrize("reordered", [False, True], ids=["app-order", "other-order"])
def test_a_copy_logs_its_speakers_by_name(
    services: Services, sample_meeting_id: int, reordered: bool
):
    # GIVEN a file whose first item has two speakers (in either order of its keys)
    document = _with_speakers(services, sample_meeting_id)
    if reordered:
        document = {"agenda": document.pop("agenda")} | document

    # WHEN it is imported as a copy
    result = imported(services.meeting_transfer, document, "copy.json", IfAlreadyThere.COPY)

    # THEN the copied item's log names its speakers as the item shows them
    item = services.agenda.list_items(result.meeting_id)[0]
    assert len(item.speaker_names) == 2
    logged = [
        change.changes["speakers"]
        for change in services.change_log.for_record("agenda_item", item.id)
        if "speakers" in change.changes
    ]
    assert logged == [(None, ", ".join(item.speaker_names))]


def test_a_contradiction_after_the_delegations_refuses_the_file_with_nothing_written(
    services: Services, sample_meeting_id: int
):
    # GIVEN a file whose agenda, after its delegations, names a person it does not hold
    document = exported(services.meeting_transfer, sample_meeting_id)
    document["agenda"][0]["speakers"] = [987654]

    # WHEN it is imported THEN it is refused for that, nothing written (refused checks)
    message = refused(services, document)
    assert (
        message == "bad.json was not imported: agenda[0].speakers[0]: no person 987654 in the file."
    )


def test_a_contradiction_is_told_before_a_person_that_breaks_a_rule(
    services: Services, sample_meeting_id: int
):
    # GIVEN a file whose first person breaks a rule of the form (read, in a file read once,
    # before anything else is wrong) and whose agenda names a person it does not hold
    document = exported(services.meeting_transfer, sample_meeting_id)
    document["delegations"][0]["persons"][0]["email"] = "not an address"
    document["agenda"][0]["speakers"] = [987654]

    # WHEN it is imported THEN the contradiction is told, as a file read twice tells it
    message = refused(services, document)
    assert (
        message == "bad.json was not imported: agenda[0].speakers[0]: no person 987654 in the file."
    )

    # AND once the contradiction is mended, the person's broken rule is told
    document["agenda"][0]["speakers"] = []
    assert "delegations[0].persons[0].email" in refused(services, document)


def test_names_are_read_a_bounded_number_at_a_time(
    services: Services, sample_meeting_id: int, monkeypatch: pytest.MonkeyPatch
):
    # GIVEN persons of the sample, one named only in their own script
    delegation = services.delegations.list_delegations(sample_meeting_id)[0]
    native_only = services.delegations.add_person(
        delegation.id, PersonDraft(given_name="", family_name="", native_name="Сергей")
    )
    expected = {
        person.id: person.name
        for listed in services.delegations.list_delegations(sample_meeting_id)
        for person in services.delegations.get_delegation(listed.id).persons
    }
    with services.database.reading() as session:
        assert set(session.scalars(select(Person.id))) == expected.keys()
    # WHEN their names are read three at a time
    monkeypatch.setattr(meeting_import_persons, "_NAMES_PER_QUERY", 3)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(services.database.engine, "before_cursor_execute", seen)
    try:
        with services.database.reading() as session:
            names = names_by_id(session, set(expected))
    finally:
        event.remove(services.database.engine, "before_cursor_execute", seen)
    # THEN every person is named as the app names them, by one query per three persons
    assert names == expected
    assert names[native_only.id] == "Сергей"
    reads = [s for s in statements if "FROM person" in s]
    assert len(reads) == -(-len(expected) // 3)


def test_a_file_cut_short_among_its_delegations_is_refused_naming_its_place(
    services: Services, sample_meeting_id: int
):
    # GIVEN a file in the app's order (so read once) cut off in its last delegation,
    # after the persons of the others would have been written
    data = services.meeting_transfer.export_meeting(sample_meeting_id)
    cut = data[: data.index(b'"agenda"') - 40]
    try:
        json.loads(cut)
    except json.JSONDecodeError as whole_file_error:
        place = f"line {whole_file_error.lineno} column {whole_file_error.colno}"

    # WHEN it is imported THEN it is refused as a file read twice refuses it, naming the
    # place in the file, and nothing is written
    meetings_before = services.meetings.list_meetings()
    with pytest.raises(MeetingFileError) as refused_file:
        services.meeting_transfer.import_meeting(cut, "cut.json", IfAlreadyThere.COPY)
    assert "is not a meeting file (not valid JSON" in str(refused_file.value)
    assert place in str(refused_file.value)
    assert services.meetings.list_meetings() == meetings_before


@pytest.mark.parametrize("value", [None, 5, True], ids=["null", "number", "true"])
@pytest.mark.parametrize("delegations_first", [False, True], ids=["app-order", "other-order"])
def test_delegations_that_are_no_list_are_refused_not_a_crash(
    services: Services, sample_meeting_id: int, value: object, delegations_first: bool
):
    # GIVEN the sample's file whose delegations are no list (found by fuzzing: a TypeError)
    document = exported(services.meeting_transfer, sample_meeting_id)
    document["delegations"] = value
    if delegations_first:
        document = {"delegations": value} | document
    # WHEN it is imported THEN it is refused with what the file lacks, nothing written
    assert "no delegation of 'Tomsk' in the file" in refused(services, document)
