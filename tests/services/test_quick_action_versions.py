"""Quick actions (status, make head, move, who signs) never silently undo a colleague's change.

Each takes the version of what the organizer acted on: a stale one is refused with
ConflictError naming what the colleague changed, and nothing is written; the current one,
or None (undo, the command line), goes through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from anmc_desktop.errors import ConflictError
from anmc_desktop.records.declarations import (
    DeclarationRecord,
    SignatoryChoice,
    SignatoryRecord,
    choices_of,
    declaration_draft_of,
    signatory_versions,
)
from anmc_desktop.records.enums import DelegationStatus, PersonRole, SignatoryStatus
from anmc_desktop.records.persons import PersonRecord, draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.delegations import UNCHECKED

# The version handed to the action: stale (read before the colleague's change), current
# (read after it), or none at all.
VERSIONS = ["stale", "current", "none"]


@contextmanager
def as_colleague(services: Services) -> Iterator[None]:
    """What is written inside is written by another organizer, Olga."""
    services.database.actor = "Olga"
    try:
        yield
    finally:
        services.database.actor = "Me"


@pytest.fixture
def delegations(services: Services, sample_meeting_id: int) -> dict[str, int]:
    return {d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)}


def _person(services: Services, delegation_id: int, family_name: str) -> PersonRecord:
    persons = services.delegations.get_delegation(delegation_id).persons
    return next(p for p in persons if p.family_name == family_name)


def _declaration(services: Services, meeting_id: int) -> DeclarationRecord:
    declaration = services.declarations.get_for_meeting(meeting_id)
    assert declaration is not None
    return declaration


def _refused_or_done(
    which: str, stale: int | None, current: int | None, act: Callable[[int | None], object]
) -> ConflictError | None:
    """Run ``act`` with the version ``which`` names; the ConflictError if it was refused."""
    version = {"stale": stale, "current": current, "none": None}[which]
    if which != "stale":
        act(version)
        return None
    with pytest.raises(ConflictError) as refused:
        act(version)
    return refused.value


@pytest.mark.parametrize("which", VERSIONS)
def test_a_status_set_on_a_stale_delegation_is_refused(
    services: Services, delegations: dict[str, int], which: str
) -> None:
    # GIVEN I opened Yangon's status, then Olga confirmed Yangon
    yangon = delegations["Yangon"]
    shown = services.delegations.get_delegation(yangon).summary
    with as_colleague(services):
        theirs = services.delegations.set_status(yangon, DelegationStatus.CONFIRMED)
    # WHEN I set it to attending with the version of my choice
    conflict = _refused_or_done(
        which,
        shown.version,
        theirs.version,
        lambda version: services.delegations.set_status(
            yangon, DelegationStatus.ATTENDING, expected_version=version
        ),
    )
    stored = services.delegations.get_delegation(yangon).summary
    if conflict is None:
        assert stored.status is DelegationStatus.ATTENDING
        return
    # THEN a stale version is refused, naming Olga's change, and hers stays
    assert [(c.field, c.after, c.by) for c in conflict.changes] == [("status", "confirmed", "Olga")]
    assert conflict.current_version == theirs.version
    assert stored == theirs


@pytest.mark.parametrize("which", VERSIONS)
def test_make_head_of_a_stale_person_is_refused(
    services: Services, delegations: dict[str, int], which: str
) -> None:
    # GIVEN the page shows Knorr, then Olga gives him a new phone number
    tomsk = delegations["Tomsk"]
    shown = _person(services, tomsk, "Knorr")
    with as_colleague(services):
        theirs = services.delegations.update_person(
            shown.id, dataclasses.replace(draft_of(shown), phone="+7 3822 510 001")
        )
    # WHEN I make him head
    conflict = _refused_or_done(
        which,
        shown.version,
        theirs.version,
        lambda version: services.delegations.set_head(shown.id, expected_version=version),
    )
    roles = {p.family_name: p.role for p in services.delegations.get_delegation(tomsk).persons}
    if conflict is None:
        assert (roles["Knorr"], roles["Zhvachkin"]) == (PersonRole.HEAD, PersonRole.MEMBER)
        return
    # THEN a stale version is refused, naming the phone, and nobody's role changed
    assert [(c.field, c.after, c.by) for c in conflict.changes] == [
        ("phone", "+7 3822 510 001", "Olga")
    ]
    assert roles["Zhvachkin"] is PersonRole.HEAD
    assert services.delegations.get_person(shown.id) == theirs


@pytest.mark.parametrize("which", VERSIONS)
def test_make_head_after_a_colleague_chose_another_head_is_refused(
    services: Services, delegations: dict[str, int], which: str
) -> None:
    # GIVEN the page shows Tomsk headed by Zhvachkin, then Olga makes Knyazev head
    tomsk = delegations["Tomsk"]
    zhvachkin = _person(services, tomsk, "Zhvachkin")
    knorr = _person(services, tomsk, "Knorr")
    knyazev = _person(services, tomsk, "Knyazev")
    with as_colleague(services):
        services.delegations.set_head(knyazev.id)
    # WHEN I make Knorr head, with the head the page showed (reloaded for "current": then
    # it shows Knyazev), or without a head to check ("none": undo and redo)
    conflict = _refused_or_done(
        which,
        zhvachkin.id,
        knyazev.id,
        lambda head: services.delegations.set_head(
            knorr.id, knorr.version, expected_head_id=UNCHECKED if head is None else head
        ),
    )
    roles = {p.family_name: p.role for p in services.delegations.get_delegation(tomsk).persons}
    if conflict is None:
        assert (roles["Knorr"], roles["Knyazev"]) == (PersonRole.HEAD, PersonRole.MEMBER)
        return
    # THEN a stale head is refused, naming Olga's choice, and Knyazev stays head
    [change] = conflict.changes
    assert (change.field, change.before, change.after, change.by) == (
        "head of Tomsk", "Sergey Zhvachkin", "Alexey Knyazev", "Olga",
    )  # fmt: skip
    assert change.at is not None
    assert "Olga changed the delegation of Tomsk since you opened it" in str(conflict)
    assert (roles["Knorr"], roles["Knyazev"], roles["Zhvachkin"]) == (
        PersonRole.MEMBER, PersonRole.HEAD, PersonRole.MEMBER,
    )  # fmt: skip


def test_make_head_of_a_delegation_shown_without_head_after_a_colleague_chose_one_is_refused(
    services: Services, delegations: dict[str, int]
) -> None:
    # GIVEN Tomsk has no head (Zhvachkin became a member) and the page shows it so
    tomsk = delegations["Tomsk"]
    zhvachkin = _person(services, tomsk, "Zhvachkin")
    services.delegations.update_person(
        zhvachkin.id, dataclasses.replace(draft_of(zhvachkin), role=PersonRole.MEMBER)
    )
    knorr = _person(services, tomsk, "Knorr")
    # AND Olga then makes Knyazev head
    with as_colleague(services):
        services.delegations.set_head(_person(services, tomsk, "Knyazev").id)
    # WHEN I make Knorr head, expecting no head THEN I am told Olga chose Knyazev
    with pytest.raises(ConflictError) as refused:
        services.delegations.set_head(knorr.id, knorr.version, expected_head_id=None)
    assert [(c.field, c.before, c.after, c.by) for c in refused.value.changes] == [
        ("head of Tomsk", None, "Alexey Knyazev", "Olga")
    ]
    assert services.delegations.get_person(knorr.id).role is PersonRole.MEMBER


def test_make_head_after_a_colleague_took_the_shown_head_off_goes_through(
    services: Services, delegations: dict[str, int]
) -> None:
    # GIVEN the page shows Tomsk headed by Zhvachkin, then Olga makes him a member
    tomsk = delegations["Tomsk"]
    zhvachkin = _person(services, tomsk, "Zhvachkin")
    knorr = _person(services, tomsk, "Knorr")
    with as_colleague(services):
        services.delegations.update_person(
            zhvachkin.id, dataclasses.replace(draft_of(zhvachkin), role=PersonRole.MEMBER)
        )
    # WHEN I make Knorr head THEN it is done: nobody's choice of head is overwritten
    change = services.delegations.set_head(knorr.id, knorr.version, expected_head_id=zhvachkin.id)
    assert change.former_head_id is None
    assert services.delegations.get_person(knorr.id).role is PersonRole.HEAD


@pytest.mark.parametrize("which", VERSIONS)
def test_a_move_of_a_stale_person_is_refused(
    services: Services, delegations: dict[str, int], which: str
) -> None:
    # GIVEN the page shows Knorr, then Olga changes his position
    shown = _person(services, delegations["Tomsk"], "Knorr")
    with as_colleague(services):
        theirs = services.delegations.update_person(
            shown.id, dataclasses.replace(draft_of(shown), position="First Vice Governor")
        )
    # WHEN I move him to Seoul
    conflict = _refused_or_done(
        which,
        shown.version,
        theirs.version,
        lambda version: services.delegations.move_person(
            shown.id, delegations["Seoul"], expected_version=version
        ),
    )
    stored = services.delegations.get_person(shown.id)
    if conflict is None:
        assert stored.delegation_id == delegations["Seoul"]
        return
    # THEN a stale version is refused, naming the position, and he stays in Tomsk
    assert [(c.field, c.after, c.by) for c in conflict.changes] == [
        ("position", "First Vice Governor", "Olga")
    ]
    assert stored == theirs


@pytest.mark.parametrize("which", VERSIONS)
def test_who_signs_after_a_colleague_replaced_the_signatories_is_refused(
    services: Services, sample_meeting_id: int, which: str
) -> None:
    # GIVEN the page shows the five signatories, then Olga takes Seoul off
    declaration = _declaration(services, sample_meeting_id)
    shown = services.declarations.list_signatories(declaration.id)
    with as_colleague(services):
        theirs = services.declarations.set_signatories(declaration.id, _without("Seoul", shown))
    # WHEN I take Tokyo off the signatories as the page showed them (reloaded for
    # "current": then it shows Olga's)
    seen = theirs if which == "current" else shown
    conflict = _refused_or_done(
        which,
        None,
        None,
        lambda _version: services.declarations.set_signatories(
            declaration.id,
            _without("Tokyo", seen),
            None if which == "none" else signatory_versions(seen),
        ),
    )
    cities = [s.city_name for s in services.declarations.list_signatories(declaration.id)]
    if conflict is None:
        # without a version, the page's view wins (today's behaviour: Seoul is back)
        assert "Tokyo" not in cities and ("Seoul" in cities) == (which == "none")
        return
    # THEN a stale view is refused, naming Seoul's signatory only (the others were
    # replaced by the same persons), and Olga's signatories stay
    [change] = conflict.changes
    assert (change.field, change.after, change.by) == ("Seoul signatory", None, "Olga")
    assert change.before == "Im Jong-seok (signed)"
    assert "Olga changed who signs \u201c" in str(conflict)
    assert cities == [s.city_name for s in theirs]


def test_a_signatorys_new_status_makes_the_page_stale(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN the page shows the signatories, then Olga marks Hanoi's as absent
    declaration = _declaration(services, sample_meeting_id)
    shown = services.declarations.list_signatories(declaration.id)
    hanoi = next(s for s in shown if s.city_name == "Hanoi")
    with as_colleague(services):
        services.declarations.set_signatory_status(hanoi.id, SignatoryStatus.ABSENT)
    # WHEN I tick a delegation off, THEN I am told about Hanoi's status, which stays
    with pytest.raises(ConflictError) as refused:
        services.declarations.set_signatories(
            declaration.id, choices_of(shown[1:]), signatory_versions(shown)
        )
    assert [(c.field, c.after) for c in refused.value.changes] == [("Hanoi status", "absent")]
    after = services.declarations.list_signatories(declaration.id)
    assert len(after) == len(shown) and after[0].status is SignatoryStatus.ABSENT


def test_an_edit_of_the_declarations_text_does_not_make_the_signatories_stale(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN the page shows the signatories, then Olga renames the declaration
    declaration = _declaration(services, sample_meeting_id)
    shown = services.declarations.list_signatories(declaration.id)
    with as_colleague(services):
        services.declarations.update(
            declaration.id,
            dataclasses.replace(declaration_draft_of(declaration), title="Tomsk Declaration 2014"),
            declaration.version,
        )
    # WHEN I take the first signatory off THEN it is done
    placed = services.declarations.set_signatories(
        declaration.id, choices_of(shown[1:]), signatory_versions(shown)
    )
    assert len(placed) == len(shown) - 1


def _without(city: str, signatories: list[SignatoryRecord]) -> list[SignatoryChoice]:
    """Who signs as ``signatories`` show it, but for ``city``."""
    return choices_of([s for s in signatories if s.city_name != city])
