"""Editing the programme: update, duplicate, move, delete and restore, clash warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of


@pytest.fixture
def first_item_id(services: Services, sample_meeting_id: int) -> int:
    return services.agenda.list_items(sample_meeting_id)[1].id  # the panel discussion


def test_an_item_moves_to_another_day_keeping_its_length(
    services: Services, first_item_id: int
) -> None:
    moved = services.agenda.move(first_item_id, dt.datetime(2014, 9, 6, 14))
    assert (moved.starts_at, moved.ends_at) == (
        dt.datetime(2014, 9, 6, 14), dt.datetime(2014, 9, 6, 16),
    )  # fmt: skip


def test_moving_outside_the_meeting_is_refused(services: Services, first_item_id: int) -> None:
    with pytest.raises(ValidationError, match="within the meeting's days"):
        services.agenda.move(first_item_id, dt.datetime(2014, 9, 8, 10))
    assert services.agenda.get(first_item_id).day == dt.date(2014, 9, 5)


def test_a_duplicate_is_a_copy_at_the_same_time(services: Services, first_item_id: int) -> None:
    original = services.agenda.get(first_item_id)
    copy = services.agenda.duplicate(first_item_id)
    assert copy.id != original.id
    assert copy.title == f"{original.title} (copy)"
    assert copy.starts_at == original.starts_at


def test_a_deleted_item_is_restored_with_its_id(
    services: Services, sample_meeting_id: int, first_item_id: int
) -> None:
    removed = services.agenda.delete(first_item_id)
    assert len(services.agenda.list_items(sample_meeting_id)) == 6
    restored = services.agenda.restore(removed)
    assert restored == removed


def test_two_items_in_one_room_at_once_give_a_warning(
    services: Services, sample_meeting_id: int, first_item_id: int
) -> None:
    panel = services.agenda.get(first_item_id)
    draft = AgendaItemDraft(
        AgendaKind.PRESENTATION, "Overlapping talk", dt.datetime(2014, 9, 5, 11),
        dt.datetime(2014, 9, 5, 11, 30), room="plenary hall",
    )  # fmt: skip
    warnings = [c.english() for c in services.agenda.warnings_for(sample_meeting_id, draft)]
    assert warnings == [f'plenary hall is also booked for "{panel.title}" (05 Sep 10:00-12:00).']
    services.agenda.create(sample_meeting_id, draft)
    assert first_item_id in services.agenda.all_warnings(sample_meeting_id)


def test_a_speaker_in_two_places_at_once_gives_a_warning(
    services: Services, sample_meeting_id: int, first_item_id: int
) -> None:
    tomsk = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )  # fmt: skip
    speaker = services.delegations.get_delegation(tomsk.id).persons[1]
    panel = services.agenda.get(first_item_id)
    services.agenda.update(first_item_id, replace(draft_of(panel), speaker_ids=(speaker.id,)))
    draft = AgendaItemDraft(
        AgendaKind.PRESENTATION, "Elsewhere", dt.datetime(2014, 9, 5, 11),
        dt.datetime(2014, 9, 5, 12), room="Room B", moderator_id=speaker.id,
    )  # fmt: skip
    warnings = services.agenda.warnings_for(sample_meeting_id, draft)
    assert [c.english() for c in warnings] == [
        f'{speaker.name} is also on "{panel.title}" (05 Sep 10:00-12:00).'
    ]


def test_back_to_back_items_do_not_clash(
    services: Services, sample_meeting_id: int, first_item_id: int
) -> None:
    draft = AgendaItemDraft(
        AgendaKind.PRESENTATION, "Right after", dt.datetime(2014, 9, 5, 13),
        dt.datetime(2014, 9, 5, 14), room="Plenary Hall",
    )  # fmt: skip
    assert services.agenda.warnings_for(sample_meeting_id, draft) == []
