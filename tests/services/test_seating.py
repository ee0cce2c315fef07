"""The seating plan: the protocol rule's order, interpreters and the others behind the
head, and an order arranged by hand that is kept in the database."""

from __future__ import annotations

from anmc_desktop.db import open_database
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.records.seating import HostPlace, SeatingLayout
from anmc_desktop.services import Services

VISITORS = [
    "Bangkok", "Delhi", "Hanoi", "Jakarta", "Kuala Lumpur", "Manila",
    "Seoul", "Singapore", "Tokyo", "Ulaanbaatar", "Yangon",
]  # fmt: skip


def _cities(services: Services, meeting_id: int) -> list[str]:
    return [place.city_name for place in services.seating.plan(meeting_id).places]


def test_the_host_chairs_at_the_head_and_the_others_follow_alphabetically(
    services: Services, sample_meeting_id: int
) -> None:
    plan = services.seating.plan(sample_meeting_id)
    assert [p.city_name for p in plan.places] == ["Tomsk", *VISITORS]
    assert plan.places[0].is_chair and plan.places[0].head.family_name == "Zhvachkin"
    assert not plan.arranged_by_hand
    # the rest of the host delegation sits behind its head
    assert {p.family_name for p in plan.places[0].behind} >= {"Knorr", "Gurdin"}


def test_the_host_can_sit_last_or_among_the_others(
    services: Services, sample_meeting_id: int
) -> None:
    services.seating.set_rule(sample_meeting_id, SeatingLayout.U_SHAPE, HostPlace.LAST)
    assert _cities(services, sample_meeting_id) == [*VISITORS, "Tomsk"]
    services.seating.set_rule(sample_meeting_id, SeatingLayout.U_SHAPE, HostPlace.ALPHABETICAL)
    assert _cities(services, sample_meeting_id) == sorted(["Tomsk", *VISITORS])


def test_interpreters_have_their_own_seats_and_absent_cities_none(
    services: Services, sample_meeting_id: int
) -> None:
    tokyo = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tokyo"
    )  # fmt: skip
    services.delegations.add_person(
        tokyo.id, PersonDraft(given_name="Aiko", family_name="Sato", role=PersonRole.INTERPRETER)
    )
    yangon = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Yangon"
    )  # fmt: skip
    services.delegations.set_status(yangon.id, DelegationStatus.ABSENT)
    plan = services.seating.plan(sample_meeting_id)
    place = next(p for p in plan.places if p.city_name == "Tokyo")
    assert [p.family_name for p in place.interpreters] == ["Sato"]
    assert all(p.family_name != "Sato" for p in place.behind)
    assert "Yangon" not in [p.city_name for p in plan.places]


def test_an_order_arranged_by_hand_survives_a_restart(
    services: Services, sample_meeting_id: int
) -> None:
    plan = services.seating.plan(sample_meeting_id)
    order = [p.delegation_id for p in plan.places]
    order[1], order[5] = order[5], order[1]
    services.seating.arrange(sample_meeting_id, order, expected_version=plan.version)
    url = services.database.url
    services.database.dispose()
    reopened = Services.on(open_database(url))
    again = reopened.seating.plan(sample_meeting_id)
    reopened.database.dispose()
    assert again.arranged_by_hand
    assert [p.delegation_id for p in again.places] == order
    assert again.places[1].city_name == "Kuala Lumpur" and again.places[5].city_name == "Bangkok"


def test_back_to_the_protocol_order_and_a_new_host_place_drop_the_hand_order(
    services: Services, sample_meeting_id: int
) -> None:
    order = [p.delegation_id for p in services.seating.plan(sample_meeting_id).places]
    services.seating.arrange(sample_meeting_id, list(reversed(order)))
    assert services.seating.arrange(sample_meeting_id, None).places[0].city_name == "Tomsk"
    services.seating.arrange(sample_meeting_id, list(reversed(order)))
    plan = services.seating.set_rule(sample_meeting_id, SeatingLayout.ROUND, HostPlace.LAST)
    assert not plan.arranged_by_hand
    assert plan.places[-1].city_name == "Tomsk"
