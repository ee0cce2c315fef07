"""The delegations list: the same summaries as one by one, in a fixed number of queries."""

from __future__ import annotations

from sqlalchemy import event

from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.services import Services


def _count_statements(services: Services, call: object) -> int:
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        call()  # type: ignore[operator]
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return len(statements)


def test_the_list_agrees_with_each_delegation_including_proxies_and_empty_ones(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN Yangon gave its proxy to Bangkok and a new, empty delegation
    ids = {d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)}
    services.delegations.set_status(ids["Yangon"], DelegationStatus.PROXY, ids["Bangkok"])
    # WHEN the list is read
    listed = services.delegations.list_delegations(sample_meeting_id)
    # THEN every summary equals the one read for that delegation alone
    for summary in listed:
        assert summary == services.delegations.get_delegation(summary.id).summary
    yangon = next(s for s in listed if s.city_name == "Yangon")
    assert yangon.proxy_to_city == "Bangkok"


def test_the_list_takes_as_many_queries_with_one_proxy_as_with_five(
    services: Services, sample_meeting_id: int
) -> None:
    ids = [d.id for d in services.delegations.list_delegations(sample_meeting_id)]
    services.delegations.set_status(ids[0], DelegationStatus.PROXY, ids[1])

    def read_list() -> object:
        return services.delegations.list_delegations(sample_meeting_id)

    one = _count_statements(services, read_list)
    for giver in ids[2:6]:
        services.delegations.set_status(giver, DelegationStatus.PROXY, ids[1])
    five = _count_statements(services, read_list)
    assert one == five


def test_the_list_is_in_the_order_of_the_city_names_whatever_their_case(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN cities whose names in bytes sort capitals before small letters
    for name in ("aachen", "Zwolle"):
        city = services.cities.create(CityDraft(name, country="Somewhere"))
        services.delegations.create_delegation(sample_meeting_id, city.id)
    # WHEN the list is read
    names = [d.city_name for d in services.delegations.list_delegations(sample_meeting_id)]
    # THEN it is sorted as the page shows it, "aachen" before "Zwolle"
    assert names == sorted(names, key=str.casefold)
    assert names.index("aachen") < names.index("Zwolle")


def test_the_details_agree_with_each_delegation_read_alone(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a proxy, a new empty delegation and a second meeting whose persons must not
    # be mixed in
    ids = {d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)}
    services.delegations.set_status(ids["Yangon"], DelegationStatus.PROXY, ids["Bangkok"])
    city = services.cities.create(CityDraft("Aachen", country="Germany"))
    services.delegations.create_delegation(sample_meeting_id, city.id)
    services.sample.load()
    # WHEN the details of the meeting are read
    details = services.delegations.details(sample_meeting_id)
    # THEN they are each delegation as read alone (its persons head first), in the
    # list's order, the empty one included
    listed = services.delegations.list_delegations(sample_meeting_id)
    assert [d.summary for d in details] == listed
    assert details == [services.delegations.get_delegation(s.id) for s in listed]
    assert next(d for d in details if d.summary.city_name == "Aachen").persons == []


def test_the_details_take_as_many_queries_with_ten_more_delegations(
    services: Services, sample_meeting_id: int
) -> None:
    def read_details() -> object:
        return services.delegations.details(sample_meeting_id)

    before = _count_statements(services, read_details)
    for number in range(10):
        city = services.cities.create(CityDraft(f"Town {number}", country="Somewhere"))
        services.delegations.create_delegation(sample_meeting_id, city.id)
    assert _count_statements(services, read_details) == before
