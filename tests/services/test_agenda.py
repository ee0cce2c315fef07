from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services import Services


def test_an_item_with_moderator_and_speakers_is_created(
    services: Services, sample_meeting_id: int
) -> None:
    tomsk = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )  # fmt: skip
    persons = services.delegations.get_delegation(tomsk.id).persons
    item = services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            AgendaKind.RECEPTION, "Welcome reception", dt.datetime(2014, 9, 4, 19),
            dt.datetime(2014, 9, 4, 21), room="Hall", moderator_id=persons[1].id,
            speaker_ids=(persons[0].id,),
        ),
    )  # fmt: skip
    assert item.moderator_name == persons[1].name
    assert item.speaker_names == (persons[0].name,)
    titles = [i.title for i in services.agenda.list_items(sample_meeting_id)]
    assert titles[:2] == ["Children's painting exhibition", "Welcome reception"]


def test_times_outside_the_meetings_days_are_refused(
    services: Services, sample_meeting_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.agenda.create(
            sample_meeting_id,
            AgendaItemDraft(
                AgendaKind.EXCURSION, "Too late", dt.datetime(2014, 9, 6, 20),
                dt.datetime(2014, 9, 7, 2),
            ),
        )  # fmt: skip
    assert "within the meeting's days" in (caught.value.for_field("ends_at") or "")
    assert caught.value.for_field("starts_at") is None


def test_a_speaker_from_another_meeting_is_refused(
    services: Services, sample_meeting_id: int
) -> None:
    other_meeting = services.sample.load()
    stranger = services.delegations.list_delegations(other_meeting)[0]
    stranger_id = services.delegations.get_delegation(stranger.id).persons[0].id
    with pytest.raises(ValidationError, match="speaker"):
        services.agenda.create(
            sample_meeting_id,
            AgendaItemDraft(
                AgendaKind.PRESENTATION, "Talk", dt.datetime(2014, 9, 5, 9),
                dt.datetime(2014, 9, 5, 10), speaker_ids=(stranger_id,),
            ),
        )  # fmt: skip
