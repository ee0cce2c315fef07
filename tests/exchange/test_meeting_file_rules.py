"""A meeting file is checked by the rules of the forms before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from meeting_files import exported, imported, refused

from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService

Change = Callable[[dict[str, Any]], None]


def _new_city(document: dict[str, Any], **values: object) -> None:
    document["cities"].append({**document["cities"][0], "name_en": "Olympus Mons", **values})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["delegations"][0]["persons"][0].update(given_name="A\x07<b>" + "a" * 599),
            "delegations[0].persons[0].given_name: is 604 characters long",
        ),
        (
            lambda d: _new_city(d, time_zone="Mars/Olympus"),
            "cities[12].time_zone: 'Mars/Olympus' is not a time zone",
        ),
        (lambda d: d["meeting"].update(number=2**70), "meeting.number: the number is out of range"),
        (
            lambda d: d["agenda"][0].update(title="Opening\x1b[31m"),
            "agenda[0].title: contains control characters",
        ),
        (
            lambda d: d["meeting"].update(theme="Cities\x00of the future"),
            "meeting.theme: contains control characters",
        ),
        (
            lambda d: d["declarations"][0]["versions"][0]["paragraphs"][0].update(
                text="We\x00 declare"
            ),
            "declarations[0].paragraphs: contains control characters",
        ),
        (
            lambda d: d["delegations"][1].update(notes="\x00"),
            "delegations[1].notes: contains control characters",
        ),
        (
            lambda d: d["declarations"][0].update(originals_count=0),
            "declarations[0].originals_count: must be at least one",
        ),
        (
            lambda d: d["agenda"][0].update(starts_at="2030-01-01T09:00:00"),
            "agenda[0].starts_at: must fall within the meeting's days",
        ),
    ],
    ids=[
        "over-long name",
        "unknown time zone",
        "huge number",
        "control character",
        "NUL in a short text",
        "NUL in a paragraph",
        "NUL in delegation notes",
        "no original",
        "agenda outside the meeting",
    ],
)
def test_a_file_breaking_a_rule_of_the_forms_is_refused_and_nothing_is_written(
    services: Services, sample_meeting_id: int, change: Change, message: str
):
    # GIVEN the exported sample meeting with one value that no form would accept
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    change(document)

    # WHEN it is imported THEN nothing at all is written (refused() checks), and the error
    # names the record and the field
    error = refused(services, document)
    assert message in error
    assert error.startswith("meeting file, ")


def test_two_problems_of_one_record_are_told_in_one_sentence(
    services: Services, sample_meeting_id: int
):
    # GIVEN a person with an over-long name and an e-mail address that is none
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    document["delegations"][0]["persons"][0].update(given_name="a" * 300, email="not-mail")

    # WHEN it is imported THEN both problems are named, joined, with one full stop at the end
    error = refused(services, document)
    assert ".; " not in error
    assert error.count("delegations[0].persons[0].") == 2
    assert error.endswith(".") and not error.endswith("..")


def test_imported_texts_are_stored_as_the_forms_store_them(
    services: Services, sample_meeting_id: int
):
    # GIVEN a file whose names carry stray spaces and whose city is new
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    document["delegations"][0]["persons"][0]["given_name"] = "  Anna  "
    _new_city(document, time_zone="Asia/Tomsk")

    # WHEN it is imported
    new_id = imported(transfer, document, if_already_there=IfAlreadyThere.COPY).meeting_id

    # THEN the texts are cleaned as a form cleans them, and the new city is there
    delegation = services.delegations.list_delegations(new_id)[0]
    persons = services.delegations.get_delegation(delegation.id).persons
    assert "Anna" in {p.given_name for p in persons}
    assert "Olympus Mons" in {c.name_en for c in services.cities.list_cities()}
