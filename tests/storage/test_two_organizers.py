"""Two organizers on one database (a shared file or a team's server): no silent overwrite."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import text

from anmc_desktop.db import Database, open_database
from anmc_desktop.errors import ConflictError
from anmc_desktop.models import City
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services

TOMSK = CityDraft(name_en="Tomsk", name_local="Томск", country="Russia", time_zone="Asia/Tomsk")


@pytest.fixture
def organizers(database_url: str) -> Iterator[tuple[Database, Database]]:
    alice = open_database(database_url)
    alice.actor = "Alice"
    bob = open_database(database_url)
    bob.actor = "Bob"
    yield alice, bob
    alice.dispose()
    bob.dispose()


def test_the_second_save_gets_a_conflict_naming_what_the_other_changed(organizers) -> None:
    alice, bob = (Services.on(database) for database in organizers)
    city_id = alice.cities.create(TOMSK).id
    # GIVEN both organizers opened the city for editing
    alice_form = alice.cities.get(city_id)
    bob_form = bob.cities.get(city_id)
    # WHEN Alice saves first
    alice.cities.update(
        city_id, replace(TOMSK, country="Russian Federation"), expected_version=alice_form.version
    )
    # AND Bob saves his own edit of what he loaded
    with pytest.raises(ConflictError) as conflict:
        bob.cities.update(
            city_id, replace(TOMSK, name_en="Tomsk (Siberia)"), expected_version=bob_form.version
        )
    # THEN Bob is told who changed which field from what to what
    error = conflict.value
    assert [(c.field, c.before, c.after, c.by) for c in error.changes] == [
        ("country", "Russia", "Russian Federation", "Alice")
    ]
    assert "Alice changed Tomsk since" in str(error)
    assert "'Russia' → 'Russian Federation'" in str(error)
    # AND nothing of Bob's edit was saved over Alice's
    saved = bob.cities.get(city_id)
    assert (saved.name_en, saved.country) == ("Tomsk", "Russian Federation")
    # WHEN Bob chooses to overwrite THEN his version is saved on top of the current one
    overwritten = bob.cities.update(
        city_id, replace(TOMSK, name_en="Tomsk (Siberia)"), expected_version=error.current_version
    )
    assert (overwritten.name_en, overwritten.country) == ("Tomsk (Siberia)", "Russia")


def test_saves_at_the_same_moment_are_caught_by_the_version_column(organizers) -> None:
    alice, bob = organizers
    city_id = Services.on(alice).cities.create(TOMSK).id
    # GIVEN Bob's unit of work has loaded the city
    with pytest.raises(ConflictError, match="changed by someone else"), bob.writing() as session:
        city = session.get(City, city_id)
        assert city is not None
        # WHEN Alice's save lands in between (here on Bob's connection, as a server would
        # interleave it) and Bob's change is flushed
        session.execute(text("UPDATE city SET country = 'RU', version = version + 1"))
        city.country = "Russia (Tomsk Oblast)"
    # THEN Bob's save is refused and rolled back, not written over Alice's
    assert Services.on(alice).cities.get(city_id).country == "Russia"


def test_an_edit_of_an_unchanged_record_saves_normally(organizers) -> None:
    alice, bob = (Services.on(database) for database in organizers)
    city = alice.cities.create(TOMSK)
    bob.cities.update(city.id, replace(TOMSK, country="RU"), expected_version=city.version)
    assert alice.cities.get(city.id).version == city.version + 1
