"""Edits that the window can undo: removal and restore, head changes, moves."""

from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.errors import UserFacingError, ValidationError
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind, PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services


@pytest.fixture
def delegations(services: Services, sample_meeting_id: int) -> dict[str, int]:
    return {d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)}


def _person(services: Services, delegation_id: int, family_name: str) -> int:
    persons = services.delegations.get_delegation(delegation_id).persons
    return next(p.id for p in persons if p.family_name == family_name)


def test_undo_of_a_delete_restores_the_person_with_everything_they_had(
    services: Services, sample_meeting_id: int, delegations: dict[str, int]
) -> None:
    # GIVEN the Governor of Tomsk signs the declaration and speaks at an agenda item
    governor = _person(services, delegations["Tomsk"], "Zhvachkin")
    knorr = _person(services, delegations["Tomsk"], "Knorr")
    item = services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            AgendaKind.RECEPTION, "Reception", dt.datetime(2014, 9, 5, 20),
            dt.datetime(2014, 9, 5, 22), moderator_id=governor, speaker_ids=(knorr, governor),
        ),
    )  # fmt: skip
    before = services.delegations.get_person(governor)
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    # WHEN he is removed
    preview = services.removals.preview_person_removal(governor)
    removed = services.removals.remove_person(governor)
    # THEN the removal took his signature and agenda roles along
    assert len(preview.consequences()) == 3
    assert [s.city_name for s in services.declarations.list_signatories(declaration.id)] == [
        "Hanoi", "Seoul", "Tokyo", "Ulaanbaatar",
    ]  # fmt: skip
    assert services.agenda.get(item.id).speaker_ids == (knorr,)
    # WHEN the removal is undone THEN all of it is back
    restored = services.removals.restore_person(removed)
    assert restored == before
    signatories = services.declarations.list_signatories(declaration.id)
    assert [s.city_name for s in signatories][-1] == "Tomsk"
    assert signatories[-1].person_id == governor
    again = services.agenda.get(item.id)
    assert (again.moderator_id, again.speaker_ids) == (governor, (knorr, governor))


def test_a_removed_delegation_comes_back_with_its_persons_and_proxy(
    services: Services, delegations: dict[str, int]
) -> None:
    from anmc_desktop.records.enums import DelegationStatus

    services.delegations.set_status(
        delegations["Yangon"], DelegationStatus.PROXY, proxy_to_id=delegations["Tomsk"]
    )
    removed = services.removals.remove_delegation(delegations["Tomsk"])
    yangon = services.delegations.get_delegation(delegations["Yangon"]).summary
    assert yangon.status is DelegationStatus.INVITED
    services.removals.restore_delegation(removed)
    tomsk = services.delegations.get_delegation(delegations["Tomsk"])
    assert len(tomsk.persons) == 5
    assert tomsk.summary.head_name == "Sergey Zhvachkin"
    yangon = services.delegations.get_delegation(delegations["Yangon"]).summary
    assert yangon.proxy_to_city == "Tomsk"


def test_set_head_demotes_the_former_head_and_can_be_undone(
    services: Services, delegations: dict[str, int]
) -> None:
    knyazev = _person(services, delegations["Tomsk"], "Knyazev")
    change = services.delegations.set_head(knyazev)
    summary = services.delegations.get_delegation(delegations["Tomsk"]).summary
    assert summary.head_name == "Alexey Knyazev"
    services.delegations.undo_head_change(change)
    tomsk = services.delegations.get_delegation(delegations["Tomsk"])
    assert tomsk.summary.head_name == "Sergey Zhvachkin"
    assert next(p for p in tomsk.persons if p.id == knyazev).role is PersonRole.MEMBER


def test_a_person_moves_to_another_delegation(
    services: Services, delegations: dict[str, int]
) -> None:
    ivanov = _person(services, delegations["Tomsk"], "Ivanov")
    moved = services.delegations.move_person(ivanov, delegations["Seoul"])
    assert moved.delegation_id == delegations["Seoul"]
    assert services.delegations.get_delegation(delegations["Seoul"]).summary.person_count == 2


def test_a_head_moved_to_a_delegation_with_a_head_arrives_as_member(
    services: Services, delegations: dict[str, int]
) -> None:
    head = services.delegations.add_person(delegations["Jakarta"], PersonDraft(family_name="Moved"))
    services.delegations.set_head(head.id)
    moved = services.delegations.move_person(head.id, delegations["Bangkok"])
    assert moved.role is PersonRole.MEMBER


def test_a_signatory_cannot_move_away(services: Services, delegations: dict[str, int]) -> None:
    governor = _person(services, delegations["Tomsk"], "Zhvachkin")
    with pytest.raises(ValidationError, match="signs the declaration for Tomsk"):
        services.delegations.move_person(governor, delegations["Seoul"])


def test_a_removed_delegation_is_not_put_back_over_a_new_one(
    services: Services, sample_meeting_id: int, delegations: dict[str, int]
) -> None:
    removed = services.removals.remove_delegation(delegations["Delhi"])
    services.delegations.create_delegation(sample_meeting_id, removed.city_id)
    with pytest.raises(ValidationError, match="has a delegation in this meeting again"):
        services.removals.restore_delegation(removed)
    assert len(services.delegations.list_delegations(sample_meeting_id)) == 12


def test_moving_a_head_back_restores_the_head_in_one_step_or_not_at_all(
    services: Services, delegations: dict[str, int]
) -> None:
    head = services.delegations.add_person(delegations["Jakarta"], PersonDraft(family_name="Back"))
    services.removals.remove_person(
        next(
            p.id for p in services.delegations.get_delegation(delegations["Jakarta"]).persons
            if p.is_placeholder
        )
    )  # fmt: skip
    services.delegations.set_head(head.id)
    moved = services.delegations.move_person(head.id, delegations["Bangkok"])
    assert moved.role is PersonRole.MEMBER
    back = services.delegations.move_person(head.id, delegations["Jakarta"], PersonRole.HEAD)
    assert (back.delegation_id, back.role) == (delegations["Jakarta"], PersonRole.HEAD)
    # WHEN Jakarta has a new head meanwhile THEN moving him back as head is refused whole
    services.delegations.move_person(head.id, delegations["Bangkok"])
    newcomer = services.delegations.add_person(
        delegations["Jakarta"], PersonDraft(family_name="New", role=PersonRole.HEAD)
    )
    with pytest.raises(ValidationError, match="Jakarta has a head already"):
        services.delegations.move_person(head.id, delegations["Jakarta"], PersonRole.HEAD)
    assert services.delegations.get_person(head.id).delegation_id == delegations["Bangkok"]
    assert newcomer.role is PersonRole.HEAD


def test_undoing_make_head_after_another_organizer_changed_the_head_is_refused(
    services: Services, delegations: dict[str, int]
) -> None:
    # GIVEN Knyazev made head of Tomsk, then another organizer makes Knorr head
    knyazev = _person(services, delegations["Tomsk"], "Knyazev")
    change = services.delegations.set_head(knyazev)
    services.delegations.set_head(_person(services, delegations["Tomsk"], "Knorr"))
    # WHEN the first organizer undoes their Make head THEN it is refused, Knorr stays head
    with pytest.raises(UserFacingError, match="changed since by another organizer"):
        services.delegations.undo_head_change(change)
    summary = services.delegations.get_delegation(delegations["Tomsk"]).summary
    assert summary.head_name == "Andrey Knorr"
