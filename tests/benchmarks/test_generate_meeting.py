"""The benchmark meeting generator builds a consistent meeting at small sizes."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from sqlalchemy import func, select

from anmc_desktop.models import AgendaItem, City, Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate_meeting import add_size_arguments, generate_meeting, sized


def test_generated_meeting_has_every_script_one_head_each_and_agenda_in_its_days(
    services: Services,
):
    # GIVEN an empty database
    # WHEN a small meeting is generated
    meeting_id = generate_meeting(services.database, cities=18, persons=90, agenda_items=20)

    # THEN it has a delegation per city, each with exactly one head
    delegations = services.delegations.list_delegations(meeting_id)
    assert len(delegations) == 18
    assert all(d.head_name for d in delegations)
    assert sum(d.person_count for d in delegations) == 90
    with services.database.reading() as session:
        heads = session.scalar(select(func.count(Person.id)).where(Person.role == PersonRole.HEAD))
        natives = "".join(session.scalars(select(Person.native_name)))
        locals_ = "".join(session.scalars(select(City.name_local)))
        search = session.scalar(select(Person.search_text).limit(1))
    assert heads == 18
    # AND names in every script
    scripts = {unicodedata.name(ch).split()[0] for ch in natives + locals_ if not ch.isspace()}
    assert {
        "LATIN",
        "CYRILLIC",
        "HANGUL",
        "HIRAGANA",
        "CJK",
        "THAI",
        "MYANMAR",
        "DEVANAGARI",
    } <= scripts
    assert any(unicodedata.name(ch).startswith("LATIN SMALL LETTER A WITH") for ch in natives)
    assert search
    # AND a title that reads right (it said "1th Plenary Meeting")
    meeting = services.meetings.get(meeting_id)
    assert meeting.title == "Plenary Meeting No. 1 (generated)"
    # AND agenda items within the meeting's days
    items = services.agenda.list_items(meeting_id)
    assert len(items) == 20
    assert all(meeting.first_day <= i.day <= meeting.last_day for i in items)
    assert all(i.starts_at <= i.ends_at for i in items)


def test_generating_twice_adds_a_second_meeting_without_clashing_city_names(services: Services):
    first = generate_meeting(services.database, cities=12, persons=24, agenda_items=2)
    second = generate_meeting(services.database, cities=12, persons=24, agenda_items=2)
    assert first != second
    with services.database.reading() as session:
        assert session.scalar(select(func.count(City.id))) == 24
        assert session.scalar(select(func.count(AgendaItem.id))) == 4


def test_size_large_is_the_meeting_of_issue_21_and_each_count_can_be_given_alone():
    parser = argparse.ArgumentParser()
    add_size_arguments(parser)

    large = sized(parser.parse_args(["--size", "large"]))
    assert (large.cities, large.persons, large.agenda_items) == (1_000, 100_000, 10_000)

    chosen = sized(parser.parse_args(["--size", "large", "--persons", "5000"]))
    assert (chosen.cities, chosen.persons, chosen.agenda_items) == (1_000, 5_000, 10_000)

    default = sized(parser.parse_args([]))
    assert (default.cities, default.persons, default.agenda_items) == (200, 20_000, 2_000)
