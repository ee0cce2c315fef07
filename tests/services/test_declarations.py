from __future__ import annotations

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.enums import SigningOrderRule
from anmc_desktop.services import Services
from anmc_desktop.services.signing_order import SigningCity, signing_order

CITIES = [
    SigningCity(1, "Tomsk", True, 0),
    SigningCity(2, "Ulaanbaatar", False, 1),
    SigningCity(3, "Hanoi", False, 2),
    SigningCity(4, "Seoul", False, 3),
]


def test_default_order_is_visitors_alphabetically_then_the_host() -> None:
    order = signing_order(CITIES, SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST)
    assert order == [3, 4, 2, 1]


def test_host_first_order() -> None:
    assert signing_order(CITIES, SigningOrderRule.HOST_FIRST) == [1, 3, 4, 2]


def test_manual_order_keeps_the_given_positions() -> None:
    assert signing_order(CITIES, SigningOrderRule.MANUAL) == [1, 2, 3, 4]


def test_signatories_follow_the_declarations_rule(
    services: Services, sample_meeting_id: int
) -> None:
    delegations = {
        d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)
    }
    declaration = services.declarations.create(
        sample_meeting_id,
        DeclarationDraft(
            title="Second declaration", signing_order_rule=SigningOrderRule.HOST_FIRST
        ),
    )
    chosen = ["Seoul", "Tomsk", "Bangkok"]
    placed = services.declarations.set_signatories(
        declaration.id, [SignatoryChoice(delegations[name]) for name in chosen]
    )
    assert [s.city_name for s in placed] == ["Tomsk", "Bangkok", "Seoul"]
    assert [s.position for s in placed] == [1, 2, 3]
    assert placed[1].latin_name == "(to be confirmed)"


def test_a_signatory_from_another_delegation_is_refused(
    services: Services, sample_meeting_id: int
) -> None:
    delegations = {d.city_name: d for d in services.delegations.list_delegations(sample_meeting_id)}
    tomsk_members = services.delegations.get_delegation(delegations["Tomsk"].id).persons
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    with pytest.raises(ValidationError, match="must be a member of Seoul"):
        services.declarations.set_signatories(
            declaration.id, [SignatoryChoice(delegations["Seoul"].id, tomsk_members[0].id)]
        )
    assert len(services.declarations.list_signatories(declaration.id)) == 5
