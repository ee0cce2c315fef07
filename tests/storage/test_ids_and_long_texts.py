"""Ids are never handed out twice, and search texts of long valid records are stored, on
SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from anmc_desktop.db import open_database
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services


@pytest.fixture
def services_on(database_url: str) -> Iterator[Services]:
    database = open_database(database_url)
    yield Services.on(database)
    database.dispose()


def test_a_new_person_never_gets_the_id_of_a_removed_one(services_on: Services) -> None:
    services = services_on
    meeting_id = services.sample.load()
    delegation_id = services.delegations.list_delegations(meeting_id)[0].id
    # GIVEN a person added last, then removed
    added = services.delegations.add_person(delegation_id, PersonDraft(given_name="Anna"))
    services.removals.remove_person(added.id)
    # WHEN another person is added
    other = services.delegations.add_person(delegation_id, PersonDraft(given_name="Boris"))
    # THEN the new person has an id of its own, so the change logs of the two stay apart
    assert other.id != added.id
    assert [entry.action for entry in services.change_log.for_record("person", other.id)] == [
        "insert"
    ]


def test_the_search_text_of_a_city_with_long_names_is_stored(services_on: Services) -> None:
    # GIVEN a city whose three names are each as long as allowed (600 characters together)
    draft = CityDraft(name_en="A" * 200, name_local="Б" * 200, country="C" * 200)
    # WHEN it is saved
    city_id = services_on.cities.create(draft).id
    # THEN it is stored
    assert services_on.cities.get(city_id).name_local == "Б" * 200


def test_the_search_text_of_a_person_with_a_long_position_is_stored(
    services_on: Services,
) -> None:
    services = services_on
    meeting_id = services.sample.load()
    delegation_id = services.delegations.list_delegations(meeting_id)[0].id
    # GIVEN a person with full names and a position as long as allowed
    draft = PersonDraft(
        given_name="G" * 200, family_name="F" * 200, native_name="N" * 200, position="P" * 4000
    )
    # WHEN the person is added
    person = services.delegations.add_person(delegation_id, draft)
    # THEN the person is stored
    assert services.delegations.get_person(person.id).position == "P" * 4000
