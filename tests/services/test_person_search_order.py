"""The sorted order a search keeps between keystrokes follows every change to the persons."""

from __future__ import annotations

import dataclasses

from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services


def _families(services: Services, meeting_id: int, sort: PersonSort) -> list[str]:
    ids = services.person_search.search_ids(meeting_id, "", sort)
    return [services.delegations.get_person(i).family_name for i in ids]


def _draft(services: Services, person_id: int) -> PersonDraft:
    person = services.delegations.get_person(person_id)
    return PersonDraft(**{n: getattr(person, n) for n in PersonDraft.__dataclass_fields__})


def test_renames_removals_restores_moves_and_city_renames_reorder_the_results(
    services: Services, sample_meeting_id: int
) -> None:
    search = services.person_search
    by_family = _families(services, sample_meeting_id, PersonSort.FAMILY_NAME)
    # WHEN Ivanov is renamed Zzyzx THEN he sorts last by family name
    ivanov = search.search_ids(sample_meeting_id, "ivanov")[0]
    services.delegations.update_person(
        ivanov, dataclasses.replace(_draft(services, ivanov), family_name="Zzyzx")
    )
    assert _families(services, sample_meeting_id, PersonSort.FAMILY_NAME)[-1] == "Zzyzx"
    # WHEN he is removed THEN he is gone; restored THEN he is back in his place
    removed = services.removals.remove_person(ivanov)
    assert ivanov not in search.search_ids(sample_meeting_id, "", PersonSort.FAMILY_NAME)
    services.removals.restore_person(removed)
    assert search.search_ids(sample_meeting_id, "", PersonSort.FAMILY_NAME)[-1] == ivanov
    # WHEN he moves from Tomsk to Bangkok THEN, by city, he is listed with Bangkok
    bangkok = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Bangkok"
    )  # fmt: skip
    services.delegations.move_person(ivanov, bangkok.id)
    by_city = search.search_ids(sample_meeting_id, "", PersonSort.CITY)
    cities = [row.city_name for row in search.rows(by_city)]
    assert cities[by_city.index(ivanov)] == "Bangkok"
    # WHEN Bangkok is renamed Zzz THEN its persons sort last by city
    city = services.cities.get(bangkok.city_id)
    services.cities.update(city.id, CityDraft("Zzz", time_zone=city.time_zone))
    by_city = search.search_ids(sample_meeting_id, "", PersonSort.CITY)
    assert [row.city_name for row in search.rows(by_city)][-1] == "Zzz"
    assert len(by_family) == len(by_city)
