"""Search as you type over every person of a meeting."""

from __future__ import annotations

import dataclasses

import pytest

from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services


def names(services: Services, meeting_id: int, query: str, sort: PersonSort = PersonSort.CITY
          ) -> list[str]:  # fmt: skip
    ids = services.person_search.search_ids(meeting_id, query, sort)
    return [row.latin_name for row in services.person_search.rows(ids)]


@pytest.mark.parametrize("query", ["le hong son", "Lê Hồng", "HONG SON", "hà nội"])
def test_accent_and_case_insensitive_queries_find_the_vice_chairman(
    services: Services, sample_meeting_id: int, query: str
) -> None:
    assert names(services, sample_meeting_id, query) == ["Le Hong Son"]


@pytest.mark.parametrize("query", ["zhvachkin", "Жвачкин", "жвачкин сергей"])
def test_latin_and_cyrillic_queries_find_the_governor_of_tomsk(
    services: Services, sample_meeting_id: int, query: str
) -> None:
    assert names(services, sample_meeting_id, query) == ["Sergey Zhvachkin"]


def test_a_city_name_in_its_own_script_finds_its_delegation(
    services: Services, sample_meeting_id: int
) -> None:
    assert names(services, sample_meeting_id, "서울") == ["Im Jong-seok"]
    assert len(names(services, sample_meeting_id, "томск")) == 5


def test_a_position_finds_persons(services: Services, sample_meeting_id: int) -> None:
    assert names(services, sample_meeting_id, "vice governor") == ["Yuri Gurdin", "Andrey Knorr"]


def test_wildcards_are_searched_literally(services: Services, sample_meeting_id: int) -> None:
    assert names(services, sample_meeting_id, "%") == []
    assert names(services, sample_meeting_id, "_") == []


def test_an_empty_query_lists_everyone_by_city_head_first(
    services: Services, sample_meeting_id: int
) -> None:
    rows = services.person_search.rows(services.person_search.search_ids(sample_meeting_id))
    assert len(rows) == 16
    tomsk = [r.latin_name for r in rows if r.city_name == "Tomsk"]
    assert tomsk[0] == "Sergey Zhvachkin"
    assert [r.city_name for r in rows] == sorted(r.city_name for r in rows)


def test_sorting_by_family_name_and_by_role(services: Services, sample_meeting_id: int) -> None:
    by_family = names(services, sample_meeting_id, "tomsk", PersonSort.FAMILY_NAME)
    assert by_family == [
        "Yuri Gurdin", "Anatoly Ivanov", "Andrey Knorr", "Alexey Knyazev", "Sergey Zhvachkin",
    ]  # fmt: skip
    by_role = names(services, sample_meeting_id, "tomsk", PersonSort.ROLE)
    assert by_role[0] == "Sergey Zhvachkin"
    assert by_role[-1] == "Anatoly Ivanov"


def test_rows_keep_the_order_asked_for_and_skip_missing_ids(
    services: Services, sample_meeting_id: int
) -> None:
    ids = services.person_search.search_ids(sample_meeting_id, "tomsk")
    rows = services.person_search.rows([ids[2], 999_999, ids[0]])
    assert [r.id for r in rows] == [ids[2], ids[0]]


def test_typing_on_narrows_and_deleting_widens_as_a_fresh_search_finds(
    services: Services, sample_meeting_id: int
) -> None:
    typed = ["t", "to", "tom", "to", "", "o", "tomsk gov", "gov", "gov tomsk", "gove"]
    found = [services.person_search.search_ids(sample_meeting_id, query) for query in typed]
    fresh = [
        Services.on(services.database).person_search.search_ids(sample_meeting_id, query)
        for query in typed
    ]
    assert found == fresh
    assert found[2] and len(found[2]) < len(found[1]) < len(found[4])


def test_a_change_written_by_another_organizer_is_found_at_the_next_keystroke(
    services: Services, sample_meeting_id: int
) -> None:
    search = services.person_search
    person_id = search.search_ids(sample_meeting_id, "zhvachkin")[0]
    assert search.search_ids(sample_meeting_id, "zzyzx") == []
    other = services.database.for_another_thread()  # a second connection to the database
    try:
        others = Services.on(other).delegations
        person = others.get_person(person_id)
        draft = PersonDraft(**{n: getattr(person, n) for n in PersonDraft.__dataclass_fields__})
        others.update_person(person_id, dataclasses.replace(draft, family_name="Zzyzx"))
    finally:
        other.dispose()
    assert search.search_ids(sample_meeting_id, "zzyzx") == [person_id]
    assert search.search_ids(sample_meeting_id, "zhvachkin") == []


@pytest.mark.parametrize("query", ["", "o", "tomsk"])
def test_a_search_found_lists_its_ids_and_finds_the_row_of_each(
    services: Services, sample_meeting_id: int, query: str
) -> None:
    # GIVEN what a search found, each id made only as it is read
    found = services.person_search.search(sample_meeting_id, query)
    ids = services.person_search.search_ids(sample_meeting_id, query)
    # THEN it holds the ids search_ids lists, in the same order, a slice of them too
    assert list(found) == ids and len(found) == len(ids) > 0
    assert found[1:3] == ids[1:3] and found[-1] == ids[-1]
    # AND the row of each id is found; an id it does not hold is not
    assert [found.index(person_id) for person_id in ids] == list(range(len(ids)))
    others = set(services.person_search.search_ids(sample_meeting_id)) - set(ids)
    for missing in [*sorted(others)[:3], 999_999]:
        with pytest.raises(ValueError, match="not found"):
            found.index(missing)


def test_a_forms_chooser_offers_the_first_persons_found_as_name_and_city(
    services: Services, sample_meeting_id: int
) -> None:
    ids = services.person_search.search_ids(sample_meeting_id, "tomsk")
    choices = services.person_search.choices(sample_meeting_id, "tomsk", limit=2)
    assert [choice.person_id for choice in choices] == ids[:2]
    assert all(choice.label.endswith("(Tomsk)") for choice in choices)
