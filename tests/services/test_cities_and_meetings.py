from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.errors import NotFoundError, ValidationError
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services


def test_a_city_is_created_and_listed_by_english_name(services: Services) -> None:
    services.cities.create(CityDraft("Tomsk", "Томск", "Russia", time_zone="Asia/Tomsk"))
    services.cities.create(CityDraft("Bangkok", "กรุงเทพมหานคร", "Thailand"))
    assert [c.name_en for c in services.cities.list_cities()] == ["Bangkok", "Tomsk"]
    assert services.cities.list_cities()[0].name_local == "กรุงเทพมหานคร"


def test_city_validation_names_every_field_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.cities.create(CityDraft("  ", country="x" * 500, time_zone="Mars/Olympus"))
    error = caught.value
    assert error.for_field("name_en") == "is required."
    assert "at most 200" in (error.for_field("country") or "")
    assert "not a time zone" in (error.for_field("time_zone") or "")


def test_city_names_are_unique_regardless_of_case(services: Services) -> None:
    services.cities.create(CityDraft("Tomsk"))
    with pytest.raises(ValidationError) as caught:
        services.cities.create(CityDraft(" tomsk "))
    assert "already named" in (caught.value.for_field("name_en") or "")


def test_input_is_trimmed_and_normalized(services: Services) -> None:
    # "Hà Nội" typed with combining marks is stored composed (NFC).
    city = services.cities.create(CityDraft("  Hanoi ", "Ha\u0300 No\u0302\u0323i"))
    assert city.name_en == "Hanoi"
    assert city.name_local == "Hà Nội"


def test_a_retired_city_keeps_its_record(services: Services) -> None:
    city = services.cities.create(CityDraft("Taipei", "臺北"))
    services.cities.retire(city.id)
    retired = services.cities.get(city.id)
    assert retired.status is CityStatus.FORMER
    assert retired.name_local == "臺北"
    assert retired.version == 2


def test_a_missing_city_is_reported(services: Services) -> None:
    with pytest.raises(NotFoundError, match="City 42"):
        services.cities.get(42)


def test_a_meeting_reads_back_as_it_was_saved_and_a_missing_one_is_reported(
    services: Services,
) -> None:
    tomsk = services.cities.create(CityDraft("Tomsk", time_zone="Asia/Tomsk"))
    created = services.meetings.create(
        MeetingDraft(
            "13th", tomsk.id, dt.date(2014, 9, 4), dt.date(2014, 9, 6), 13, "Hall", "Cities"
        )
    )
    assert services.meetings.get(created.id) == created
    assert services.meetings.list_meetings() == [created]
    with pytest.raises(NotFoundError, match="Meeting 42"):
        services.meetings.get(42)


def test_a_meeting_needs_ordered_days_and_a_host(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.meetings.create(
            MeetingDraft("", 999, dt.date(2014, 9, 6), dt.date(2014, 9, 4), number=0)
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"title", "host_city_id", "last_day", "number"}


def test_meetings_are_listed_newest_first_with_their_host(services: Services) -> None:
    tomsk = services.cities.create(CityDraft("Tomsk", time_zone="Asia/Tomsk"))
    services.meetings.create(
        MeetingDraft("12th", tomsk.id, dt.date(2013, 9, 1), dt.date(2013, 9, 2))
    )
    services.meetings.create(
        MeetingDraft("13th", tomsk.id, dt.date(2014, 9, 4), dt.date(2014, 9, 6))
    )
    meetings = services.meetings.list_meetings()
    assert [m.title for m in meetings] == ["13th", "12th"]
    assert meetings[0].host_city_name == "Tomsk"
    assert meetings[0].time_zone == "Asia/Tomsk"
    assert meetings[0].days == [dt.date(2014, 9, 4), dt.date(2014, 9, 5), dt.date(2014, 9, 6)]


def test_only_an_empty_meeting_can_be_deleted_and_it_comes_back_with_its_id(
    services: Services, sample_meeting_id: int
) -> None:
    from anmc_desktop.records.meetings import draft_of

    with pytest.raises(ValidationError, match="no longer empty"):
        services.meetings.delete_empty(sample_meeting_id)
    host = services.meetings.get(sample_meeting_id).host_city_id
    new = services.meetings.create(
        MeetingDraft("14th", host, dt.date(2015, 1, 1), dt.date(2015, 1, 2))
    )
    removed = services.meetings.delete_empty(new.id)
    again = services.meetings.create(draft_of(removed), meeting_id=removed.id)
    assert (again.id, again.title) == (new.id, "14th")


def test_city_names_differing_only_in_the_case_of_a_non_ascii_letter_clash(
    services: Services,
) -> None:
    services.cities.create(CityDraft("Ōsaka"))
    with pytest.raises(ValidationError, match="already named"):
        services.cities.create(CityDraft("ōsaka"))
