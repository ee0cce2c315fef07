"""Database.snapshot(): several reads that see the data of one moment."""

from __future__ import annotations

import pytest

from anmc_desktop.db import Database, open_database
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services


def test_reads_in_a_snapshot_see_one_moment_while_another_organizer_saves(
    database_url: str,
) -> None:
    # GIVEN a city, a reading window and a writing window on the same database
    writer = open_database(database_url)
    city = Services.on(writer).cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    reader = Database(database_url, read_only=True)
    cities = Services.on(reader).cities
    # WHEN the city is renamed between two reads of one snapshot
    with reader.snapshot():
        before = cities.get(city.id).name_en
        Services.on(writer).cities.update(
            city.id, CityDraft(name_en="Tomsk Oblast", time_zone="Asia/Tomsk")
        )
        during = cities.get(city.id).name_en
    after = cities.get(city.id).name_en
    # THEN both reads in the snapshot see the old name, and a read after it the new one
    assert (before, during, after) == ("Tomsk", "Tomsk", "Tomsk Oblast")
    reader.dispose()
    writer.dispose()


def test_a_snapshot_inside_a_snapshot_is_the_same_one(database_url: str) -> None:
    database = open_database(database_url)
    with (
        database.snapshot(),
        database.reading() as outer,
        database.snapshot(),
        database.reading() as inner,
    ):
        assert inner is outer
    with database.reading() as first, database.reading() as second:
        assert first is not second
    database.dispose()


def test_writing_inside_a_snapshot_is_refused(database_url: str) -> None:
    database = open_database(database_url)
    cities = Services.on(database).cities
    with database.snapshot(), pytest.raises(RuntimeError, match="inside a snapshot"):
        cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    assert cities.list_cities() == []
    database.dispose()
