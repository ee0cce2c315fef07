"""Editing the declaration and ordering its signatories."""

from __future__ import annotations

from dataclasses import asdict, replace

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.declarations import DeclarationDraft, DeclarationRecord
from anmc_desktop.records.enums import SignatoryStatus, SigningOrderRule
from anmc_desktop.services import Services


def _draft(record: DeclarationRecord) -> DeclarationDraft:
    return DeclarationDraft(**{k: v for k, v in asdict(record).items()
                               if k in DeclarationDraft.__dataclass_fields__})  # fmt: skip


@pytest.fixture
def declaration(services: Services, sample_meeting_id: int) -> DeclarationRecord:
    record = services.declarations.get_for_meeting(sample_meeting_id)
    assert record is not None
    return record


def test_clauses_are_reordered_and_numbers_follow(
    services: Services, declaration: DeclarationRecord
) -> None:
    clauses = list(declaration.clauses)
    clauses[0], clauses[5] = clauses[5], clauses[0]
    saved = services.declarations.update(
        declaration.id, replace(_draft(declaration), clauses=tuple(clauses))
    )
    assert saved.clauses == tuple(clauses)
    assert len(saved.clauses) == 6


def test_an_empty_clause_is_refused(services: Services, declaration: DeclarationRecord) -> None:
    with pytest.raises(ValidationError, match="clauses"):
        services.declarations.update(
            declaration.id, replace(_draft(declaration), clauses=(*declaration.clauses, "  "))
        )


def test_a_final_declaration_is_read_only_until_reopened(
    services: Services, declaration: DeclarationRecord
) -> None:
    services.declarations.mark_final(declaration.id)
    with pytest.raises(ValidationError, match="reopen"):
        services.declarations.update(declaration.id, replace(_draft(declaration), title="New"))
    services.declarations.reopen(declaration.id)
    saved = services.declarations.update(declaration.id, replace(_draft(declaration), title="New"))
    assert saved.title == "New"


def test_host_first_puts_tomsk_first_then_back_to_default(
    services: Services, declaration: DeclarationRecord
) -> None:
    services.declarations.update(
        declaration.id,
        replace(_draft(declaration), signing_order_rule=SigningOrderRule.HOST_FIRST),
    )
    cities = [s.city_name for s in services.declarations.list_signatories(declaration.id)]
    assert cities == ["Tomsk", "Hanoi", "Seoul", "Tokyo", "Ulaanbaatar"]
    services.declarations.update(declaration.id, _draft(declaration))
    cities = [s.city_name for s in services.declarations.list_signatories(declaration.id)]
    assert cities == ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"]


def test_moving_a_signatory_by_hand_sets_the_manual_rule(
    services: Services, sample_meeting_id: int, declaration: DeclarationRecord
) -> None:
    tokyo = services.declarations.list_signatories(declaration.id)[2]
    placed = services.declarations.move_signatory(tokyo.id, 1)
    assert [s.city_name for s in placed] == ["Tokyo", "Hanoi", "Seoul", "Ulaanbaatar", "Tomsk"]
    assert [s.position for s in placed] == [1, 2, 3, 4, 5]
    record = services.declarations.get_for_meeting(sample_meeting_id)
    assert record is not None
    assert record.signing_order_rule is SigningOrderRule.MANUAL


def test_a_signatory_status_changes_even_on_a_final_declaration(
    services: Services, declaration: DeclarationRecord
) -> None:
    services.declarations.mark_final(declaration.id)
    seoul = services.declarations.list_signatories(declaration.id)[1]
    changed = services.declarations.set_signatory_status(
        seoul.id, SignatoryStatus.SIGNED_AD_REFERENDUM
    )
    assert changed.status is SignatoryStatus.SIGNED_AD_REFERENDUM
