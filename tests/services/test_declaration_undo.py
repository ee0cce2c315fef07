"""What undo on the Declaration and Signatories pages builds on: restore, delete, re-create."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.declarations import (
    DeclarationDraft,
    DeclarationRecord,
    choices_of,
    declaration_draft_of,
)
from anmc_desktop.records.enums import SignatoryStatus, SigningOrderRule
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services


@pytest.fixture
def declaration(services: Services, sample_meeting_id: int) -> DeclarationRecord:
    record = services.declarations.get_for_meeting(sample_meeting_id)
    assert record is not None
    return record


def _cities(services: Services, declaration_id: int) -> list[str]:
    return [s.city_name for s in services.declarations.list_signatories(declaration_id)]


def test_a_hand_made_order_comes_back_after_a_rule_change(
    services: Services, declaration: DeclarationRecord
) -> None:
    # GIVEN an order set by hand: Tokyo first
    tokyo = services.declarations.list_signatories(declaration.id)[2]
    services.declarations.move_signatory(tokyo.id, 1)
    before = choices_of(services.declarations.list_signatories(declaration.id))
    # WHEN the rule becomes "host first" and the earlier order is restored
    current = services.declarations.get_for_meeting(declaration.meeting_id)
    assert current is not None
    services.declarations.update(
        declaration.id,
        replace(declaration_draft_of(current), signing_order_rule=SigningOrderRule.HOST_FIRST),
    )
    assert _cities(services, declaration.id)[0] == "Tomsk"
    restored = services.declarations.restore_signing(
        declaration.id, SigningOrderRule.MANUAL, before
    )
    # THEN the hand-made order, its rule and every status are back
    assert [s.city_name for s in restored] == ["Tokyo", "Hanoi", "Seoul", "Ulaanbaatar", "Tomsk"]
    record = services.declarations.get_for_meeting(declaration.meeting_id)
    assert record is not None and record.signing_order_rule is SigningOrderRule.MANUAL
    assert {s.status for s in restored} == {SignatoryStatus.SIGNED}


def test_a_rule_made_order_is_made_again_from_the_rule(
    services: Services, declaration: DeclarationRecord
) -> None:
    choices = list(reversed(choices_of(services.declarations.list_signatories(declaration.id))))
    services.declarations.restore_signing(
        declaration.id, SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST, choices
    )
    assert _cities(services, declaration.id) == ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"]


def test_restoring_on_a_final_declaration_is_refused_and_changes_nothing(
    services: Services, declaration: DeclarationRecord
) -> None:
    services.declarations.mark_final(declaration.id)
    with pytest.raises(ValidationError, match="reopen"):
        services.declarations.restore_signing(declaration.id, SigningOrderRule.MANUAL, [])
    assert len(_cities(services, declaration.id)) == 5


def test_the_draft_of_a_record_saves_back_unchanged(
    services: Services, declaration: DeclarationRecord
) -> None:
    saved = services.declarations.update(declaration.id, declaration_draft_of(declaration))
    assert declaration_draft_of(saved) == declaration_draft_of(declaration)


def test_a_new_declaration_is_deleted_and_created_again_with_its_id(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a meeting with a new, empty declaration
    meeting = services.meetings.get(sample_meeting_id)
    other = services.meetings.create(
        MeetingDraft(
            title="Another meeting", host_city_id=meeting.host_city_id,
            first_day=dt.date(2030, 1, 1), last_day=dt.date(2030, 1, 1),
        )
    )  # fmt: skip
    created = services.declarations.create(other.id, DeclarationDraft(title="Draft"))
    # WHEN it is deleted THEN the meeting has none; WHEN created again with its id THEN it is back
    services.declarations.delete(created.id)
    assert services.declarations.get_for_meeting(other.id) is None
    again = services.declarations.create(other.id, DeclarationDraft(title="Draft"), created.id)
    assert again == created


def test_a_declaration_with_signatories_is_not_deleted(
    services: Services, declaration: DeclarationRecord
) -> None:
    with pytest.raises(ValidationError, match="signatories"):
        services.declarations.delete(declaration.id)
    assert services.declarations.get_for_meeting(declaration.meeting_id) == declaration
