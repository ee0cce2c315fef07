from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import PersonDraft, draft_of
from anmc_desktop.services import Services


@pytest.fixture
def delegation_ids(services: Services, sample_meeting_id: int) -> dict[str, int]:
    return {d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)}


def test_a_person_is_added_with_every_field(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    draft = PersonDraft(
        given_name="Alexey", family_name="Knyazev", native_name="Алексей Князев",
        honorific="Mr", position="Deputy Governor", role=PersonRole.ADVISER,
        email="a.knyazev@example.org", phone="+7 3822 000000",
        arrival=dt.datetime(2014, 9, 3, 18), departure=dt.datetime(2014, 9, 7, 9),
        dietary_needs="vegetarian", access_needs="", notes="<b>&</b>",
    )  # fmt: skip
    person = services.delegations.add_person(delegation_ids["Seoul"], draft)
    stored = services.delegations.get_person(person.id)
    fields = dataclasses.asdict(stored)
    assert str(uuid.UUID(fields.pop("uuid"))) == stored.uuid  # the badge's identity
    assert fields | {"id": 0, "delegation_id": 0, "version": 0} == (
        dataclasses.asdict(draft) | {"id": 0, "delegation_id": 0, "version": 0}
    )
    assert stored.latin_name == "Alexey Knyazev"


def test_a_second_head_is_refused_with_a_reason(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.delegations.add_person(
            delegation_ids["Tokyo"], PersonDraft(family_name="Second", role=PersonRole.HEAD)
        )
    assert caught.value.for_field("role") == "this delegation has a head already."


def test_a_person_needs_some_name_and_a_valid_email(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.delegations.add_person(delegation_ids["Tokyo"], PersonDraft(email="not-mail"))
    assert {e.field for e in caught.value.errors} == {"family_name", "email"}


def test_departure_before_arrival_is_refused(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    draft = PersonDraft(
        family_name="Late", arrival=dt.datetime(2014, 9, 6), departure=dt.datetime(2014, 9, 4)
    )
    with pytest.raises(ValidationError, match="departure"):
        services.delegations.add_person(delegation_ids["Tokyo"], draft)


def test_a_person_can_be_updated_keeping_the_head(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    head = services.delegations.get_delegation(delegation_ids["Tokyo"]).persons[0]
    updated = services.delegations.update_person(
        head.id, dataclasses.replace(draft_of(head), phone="+81 3 0000")
    )
    assert updated.role is PersonRole.HEAD
    assert updated.phone == "+81 3 0000"
    assert updated.version == head.version + 1


def test_delegation_summaries_show_head_count_and_placeholders(
    services: Services, sample_meeting_id: int
) -> None:
    summaries = {d.city_name: d for d in services.delegations.list_delegations(sample_meeting_id)}
    assert summaries["Tomsk"].head_name == "Sergey Zhvachkin"
    assert summaries["Tomsk"].person_count == 5
    assert summaries["Delhi"].head_is_placeholder
    assert not summaries["Hanoi"].head_is_placeholder


def test_a_delegations_members_are_its_persons_head_first_as_its_detail_lists_them(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    tomsk = delegation_ids["Tomsk"]
    members = services.delegations.members(tomsk)
    assert members == services.delegations.get_delegation(tomsk).persons
    assert len(members) == 5 and members[0].role is PersonRole.HEAD
    assert services.delegations.members(max(delegation_ids.values()) + 1) == []


def test_a_proxy_is_given_to_another_delegation_of_the_meeting(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    summary = services.delegations.set_status(
        delegation_ids["Yangon"], DelegationStatus.PROXY, proxy_to_id=delegation_ids["Bangkok"]
    )
    assert summary.proxy_to_city == "Bangkok"
    back = services.delegations.set_status(delegation_ids["Yangon"], DelegationStatus.CONFIRMED)
    assert back.proxy_to_id is None


def test_a_proxy_to_itself_or_nobody_is_refused(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    for holder in (None, delegation_ids["Yangon"]):
        with pytest.raises(ValidationError, match="proxy_to_id"):
            services.delegations.set_status(
                delegation_ids["Yangon"], DelegationStatus.PROXY, proxy_to_id=holder
            )


def test_a_city_gets_only_one_delegation_per_meeting(
    services: Services, sample_meeting_id: int
) -> None:
    tokyo = next(c for c in services.cities.list_cities() if c.name_en == "Tokyo")
    with pytest.raises(ValidationError, match="has a delegation already"):
        services.delegations.create_delegation(sample_meeting_id, tokyo.id)
    taipei = next(c for c in services.cities.list_cities() if c.name_en == "Taipei")
    created = services.delegations.create_delegation(sample_meeting_id, taipei.id)
    assert created.status is DelegationStatus.INVITED
    assert created.person_count == 0


def test_a_proxy_holder_must_itself_take_part(
    services: Services, delegation_ids: dict[str, int]
) -> None:
    # GIVEN Yangon gave its proxy to Bangkok
    services.delegations.set_status(
        delegation_ids["Yangon"], DelegationStatus.PROXY, proxy_to_id=delegation_ids["Bangkok"]
    )
    # THEN Bangkok cannot give its own proxy away or be absent while it holds Yangon's
    with pytest.raises(ValidationError, match="holds 1 proxy"):
        services.delegations.set_status(
            delegation_ids["Bangkok"], DelegationStatus.PROXY, proxy_to_id=delegation_ids["Delhi"]
        )
    with pytest.raises(ValidationError, match="holds 1 proxy"):
        services.delegations.set_status(delegation_ids["Bangkok"], DelegationStatus.ABSENT)
    # AND Delhi cannot hand its proxy to Yangon, which gave its own away
    with pytest.raises(ValidationError, match="Yangon cannot hold a proxy: it is proxy given"):
        services.delegations.set_status(
            delegation_ids["Delhi"], DelegationStatus.PROXY, proxy_to_id=delegation_ids["Yangon"]
        )
