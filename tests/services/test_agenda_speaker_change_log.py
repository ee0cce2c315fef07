"""A change of an item's speakers alone is in its change log and makes a new version."""

from __future__ import annotations

from dataclasses import replace

import pytest

from anmc_desktop.errors import ConflictError
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of


def _two_persons(services: Services, meeting_id: int) -> list[tuple[int, str]]:
    """Two named persons of the meeting (not stand-ins for unnamed heads)."""
    named = [c for c in services.agenda.person_choices(meeting_id) if "to be confirmed" not in c[1]]
    return named[:2]


def test_changing_only_the_speakers_is_logged_by_name_with_a_new_version(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN an item of the sample programme without speakers
    item = services.agenda.list_items(sample_meeting_id)[1]
    (first_id, _), (second_id, _) = _two_persons(services, sample_meeting_id)
    # WHEN two speakers are added, then the second one is taken off
    with_two = services.agenda.update(
        item.id, replace(draft_of(item), speaker_ids=(first_id, second_id)), item.version
    )
    with_one = services.agenda.update(
        item.id, replace(draft_of(with_two), speaker_ids=(first_id,)), with_two.version
    )
    # THEN each edit made a new version
    assert (with_two.version, with_one.version) == (item.version + 1, item.version + 2)
    # AND the change log shows the speakers by name, and no other field changed
    *_, added, removed = services.change_log.for_record("agenda_item", item.id)
    names = with_two.speaker_names
    assert len(set(names)) == 2
    assert (added.action, added.record_version) == ("update", with_two.version)
    assert added.changes == {"speakers": (None, f"{names[0]}, {names[1]}")}
    assert removed.changes == {"speakers": (f"{names[0]}, {names[1]}", names[0])}


def test_a_form_loaded_before_a_speakers_change_is_refused(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN two organizers' forms on the same item; the first changes only its speakers
    item = services.agenda.list_items(sample_meeting_id)[1]
    (first_id, _), _ = _two_persons(services, sample_meeting_id)
    services.agenda.update(item.id, replace(draft_of(item), speaker_ids=(first_id,)), item.version)
    # WHEN the second saves a new title with the version it loaded
    with pytest.raises(ConflictError) as refused:
        services.agenda.update(item.id, replace(draft_of(item), title="Renamed"), item.version)
    # THEN the conflict names the speakers the first organizer changed
    assert [change.field for change in refused.value.changes] == ["speakers"]


def test_a_new_item_logs_its_speakers_with_its_creation(
    services: Services, sample_meeting_id: int
) -> None:
    item = services.agenda.list_items(sample_meeting_id)[1]
    (first_id, _), _ = _two_persons(services, sample_meeting_id)
    created = services.agenda.create(
        sample_meeting_id, replace(draft_of(item), title="Press point", speaker_ids=(first_id,))
    )
    actions = [(h.action, "speakers" in h.changes) for h in services.change_log.for_record(
        "agenda_item", created.id
    )]  # fmt: skip
    assert actions == [("insert", False), ("insert", True)]
