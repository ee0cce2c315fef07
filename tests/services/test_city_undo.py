"""Undoing the creation of a city: an unused city can be deleted and put back as it was."""

from __future__ import annotations

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services


def test_an_unused_city_is_deleted_and_comes_back_with_its_id(services: Services) -> None:
    # GIVEN a new city
    city = services.cities.create(CityDraft("Ulaanbaatar", "Улаанбаатар", "Mongolia"))
    # WHEN it is deleted THEN it is gone
    services.cities.delete_unused(city.id)
    assert all(c.id != city.id for c in services.cities.list_cities())
    # WHEN it is created again with its id THEN it is back under that id
    again = services.cities.create(
        CityDraft("Ulaanbaatar", "Улаанбаатар", "Mongolia"), city_id=city.id
    )
    assert again.id == city.id
    assert services.cities.get(city.id).name_local == "Улаанбаатар"


def test_a_city_with_delegations_is_never_deleted(
    services: Services, sample_meeting_id: int
) -> None:
    tomsk = next(c for c in services.cities.list_cities() if c.name_en == "Tomsk")
    with pytest.raises(ValidationError, match="retire it instead"):
        services.cities.delete_unused(tomsk.id)
    assert services.cities.get(tomsk.id).name_en == "Tomsk"


def test_a_folder_of_the_zone_database_is_refused_as_a_time_zone(services: Services) -> None:
    with pytest.raises(ValidationError, match="not a time zone"):
        services.cities.create(CityDraft("Atlantis", time_zone="Asia"))
