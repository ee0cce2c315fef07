"""The programme read a day at a time, and the counts the day tabs show."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services import Services

SEP_4, SEP_5, SEP_6 = dt.date(2014, 9, 4), dt.date(2014, 9, 5), dt.date(2014, 9, 6)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def add(services: Services, meeting_id: int, title: str, starts: dt.datetime,
        ends: dt.datetime, room: str = "") -> int:  # fmt: skip
    draft = AgendaItemDraft(AgendaKind.OTHER, title, starts, ends, room=room)
    return services.agenda.create(meeting_id, draft).id


def test_a_day_lists_the_items_taking_place_on_it_and_no_other(
    services: Services, sample_meeting_id: int
):
    # GIVEN an exhibition over the three days, one ending at midnight of the 6th, and
    # a moment without length at midnight of the 6th
    exhibition = add(services, sample_meeting_id, "Exhibition", at(SEP_4, 10), at(SEP_6, 18))
    evening = add(services, sample_meeting_id, "Evening", at(SEP_5, 20), at(SEP_6, 0))
    moment = add(services, sample_meeting_id, "Midnight toast", at(SEP_6, 0), at(SEP_6, 0))
    every = services.agenda.list_items(sample_meeting_id)
    for day in (SEP_4, SEP_5, SEP_6):
        # THEN each day lists what its tab always listed, in time order
        on_day = services.agenda.list_items(sample_meeting_id, day)
        assert on_day == [item for item in every if day in item.days]
    ids_on_6th = {item.id for item in services.agenda.list_items(sample_meeting_id, SEP_6)}
    assert exhibition in ids_on_6th and moment in ids_on_6th and evening not in ids_on_6th


def test_items_and_clashing_items_are_counted_per_day(services: Services, sample_meeting_id: int):
    # GIVEN an item over two days, and an item in the Plenary Hall during a panel on the 6th
    add(services, sample_meeting_id, "Exhibition", at(SEP_5, 10), at(SEP_6, 18))
    add(services, sample_meeting_id, "Rehearsal", at(SEP_6, 11), at(SEP_6, 12), "Plenary Hall")
    # THEN the two-day item counts on both days
    counts = services.agenda.items_per_day(sample_meeting_id)
    assert counts == {SEP_4: 1, SEP_5: 5, SEP_6: 4}
    # AND the rehearsal and the panel it overlaps clash on the 6th, nothing else does
    assert services.agenda.clashing_per_day(sample_meeting_id) == {SEP_6: 2}
    # WHEN a person speaks at one item of the 4th while moderating another at that time
    person = services.agenda.person_choices(sample_meeting_id)[0][0]
    for title, role in (("Talk", "speaker_ids"), ("Debate", "moderator_id")):
        draft = AgendaItemDraft(AgendaKind.OTHER, title, at(SEP_4, 9), at(SEP_4, 10))
        value = (person,) if role == "speaker_ids" else person
        services.agenda.create(sample_meeting_id, replace(draft, **{role: value}))
    # THEN both clash on the 4th
    assert services.agenda.clashing_per_day(sample_meeting_id) == {SEP_4: 2, SEP_6: 2}


def test_a_cancel_stops_the_count_of_clashes_at_its_next_step(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a count that hears of each step, and one cancelled at its first step
    heard: list[str] = []
    assert services.agenda.clashing_per_day(
        sample_meeting_id, Progress(lambda name, _done, _total: heard.append(name))
    ) == services.agenda.clashing_per_day(sample_meeting_id)
    assert len(heard) == 2
    progress = Progress(lambda _name, _done, _total: progress.cancel())
    # WHEN it goes on THEN its next step stops it
    with pytest.raises(JobCancelledError):
        services.agenda.clashing_per_day(sample_meeting_id, progress)


def test_a_chooser_of_cities_offers_those_without_a_delegation(
    services: Services, sample_meeting_id: int
):
    every = services.cities.names()
    assert [c.name_en for c in every] == sorted((c.name_en for c in every), key=str.casefold)
    assert {c.id for c in every} == {c.id for c in services.cities.list_cities()}
    taken = {d.city_id for d in services.delegations.list_delegations(sample_meeting_id)}
    free = services.cities.names(free_in_meeting=sample_meeting_id)
    assert {c.id for c in free} == {c.id for c in every} - taken


def test_the_programme_stamp_moves_with_every_change_and_only_then(
    services: Services, sample_meeting_id: int
):
    # GIVEN the stamp of the programme as it is
    stamp = services.agenda.programme_stamp()
    assert services.agenda.programme_stamp() == stamp
    # WHEN an item is added, moved, then deleted
    item = add(services, sample_meeting_id, "Briefing", at(SEP_4, 9), at(SEP_4, 10))
    after_add = services.agenda.programme_stamp()
    services.agenda.move(item, at(SEP_5, 9))
    after_move = services.agenda.programme_stamp()
    services.agenda.delete(item)
    after_delete = services.agenda.programme_stamp()
    # THEN each change gave a stamp never seen before
    assert len({stamp, after_add, after_move, after_delete}) == 4
