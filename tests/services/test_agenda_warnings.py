"""Every item's clash warnings at once, found by a sweep in time order."""

from __future__ import annotations

import datetime as dt
import random

from anmc_desktop.records.agenda import AgendaItemRecord, Clash
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services.agenda_clashes import ClashFinder, clashes, warnings_among


def every_pair(items: list[AgendaItemRecord]) -> dict[int, list[Clash]]:
    """The obvious way: each item against all the others, in programme order."""
    ordered = sorted(items, key=lambda i: (i.starts_at, i.ends_at, i.id))
    found = {}
    for item in ordered:
        messages = clashes(item, [other for other in ordered if other.id != item.id])
        if messages:
            found[item.id] = messages
    return found


def programme(count: int, seed: int) -> list[AgendaItemRecord]:
    chance = random.Random(seed)
    items = []
    for item_id in range(1, count + 1):
        starts = dt.datetime(2014, 9, chance.choice([4, 5, 6]), chance.randrange(8, 20))
        starts += dt.timedelta(minutes=chance.choice([0, 15, 30]))
        length = dt.timedelta(minutes=chance.choice([0, 30, 60, 90, 600]))
        speakers = tuple(chance.sample(range(1, 30), chance.randrange(0, 3)))
        moderator = chance.choice([None, 1, 2])
        items.append(
            AgendaItemRecord(
                kind=AgendaKind.OTHER, title=f"Item {item_id}", starts_at=starts,
                ends_at=starts + length, room=chance.choice(["Hall A", "hall a", "Hall B", ""]),
                moderator_id=moderator, moderator_name=moderator and f"P{moderator}",
                speaker_ids=speakers, speaker_names=tuple(f"P{p}" for p in speakers),
                id=item_id,
            )
        )  # fmt: skip
    chance.shuffle(items)
    return items


def test_the_sweep_finds_exactly_what_comparing_every_pair_finds():
    for seed in range(5):
        items = programme(120, seed)
        found = warnings_among(items)
        assert found == every_pair(items)
        assert found  # the random programmes do clash


def test_the_finder_names_the_clashing_items_and_each_first_clash_without_the_rest():
    for seed in range(5):
        items = programme(120, seed)
        expected = every_pair(items)
        finder = ClashFinder(items)
        assert finder.clashing == set(expected)
        assert {i.id: finder.first_warning(i) for i in items if i.id in expected} == {
            item_id: messages[0] for item_id, messages in expected.items()
        }
        assert not finder._found  # the first clash alone wrote no item's whole list
        assert all(finder.warnings(i) == [] for i in items if i.id not in expected)


def test_items_that_only_touch_do_not_clash():
    start = dt.datetime(2014, 9, 5, 10)
    first = AgendaItemRecord(
        kind=AgendaKind.OTHER, title="First", starts_at=start,
        ends_at=start + dt.timedelta(hours=1), room="Hall", id=1,
    )  # fmt: skip
    second = AgendaItemRecord(
        kind=AgendaKind.OTHER, title="Second", starts_at=first.ends_at,
        ends_at=first.ends_at + dt.timedelta(hours=1), room="Hall", id=2,
    )  # fmt: skip
    assert warnings_among([second, first]) == {}
