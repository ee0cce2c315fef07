"""Who signs a declaration and in what order: placing, re-ordering and reading signatories
(the declaration service's work on its signatories, shared with the sample)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from anmc_desktop.errors import ConflictError
from anmc_desktop.models import Declaration, Delegation, Signatory
from anmc_desktop.records.declarations import SignatoryChoice, SignatoryRecord, SignatoryVersion
from anmc_desktop.records.enums import DeclarationStatus, PersonRole
from anmc_desktop.services.mapping import person_record
from anmc_desktop.services.signatory_changes import signatory_changes
from anmc_desktop.services.signing_order import SigningCity, signing_order
from anmc_desktop.services.validation import Checker


def place_signatories(
    session: Session, declaration: Declaration, choices: Sequence[SignatoryChoice]
) -> None:
    check = Checker()
    check.check(
        "status", declaration.status is DeclarationStatus.DRAFT, "reopen the declaration first."
    )
    delegations: dict[int, Delegation] = {}
    for choice in choices:
        delegation = session.get(Delegation, choice.delegation_id)
        if delegation is None or delegation.meeting_id != declaration.meeting_id:
            check.fail(
                "delegation_id", f"delegation {choice.delegation_id} is not of this meeting."
            )
        elif choice.delegation_id in delegations:
            check.fail("delegation_id", f"{delegation.city.name_en} is chosen twice.")
        else:
            delegations[delegation.id] = delegation
    check.raise_if_any()
    signers: dict[int, int] = {}
    for choice in choices:
        delegation = delegations[choice.delegation_id]
        members = {p.id: p for p in delegation.persons}
        head = next((p.id for p in delegation.persons if p.role is PersonRole.HEAD), None)
        person_id = choice.person_id if choice.person_id is not None else head
        if person_id is None:
            check.fail("person_id", f"{delegation.city.name_en} has no head: choose who signs.")
        elif person_id not in members:
            check.fail("person_id", f"the signatory must be a member of {delegation.city.name_en}.")
        else:
            signers[delegation.id] = person_id
    check.raise_if_any()
    host_city_id = declaration.meeting.host_city_id
    order = signing_order(
        [
            SigningCity(
                delegation_id=choice.delegation_id,
                city_name=delegations[choice.delegation_id].city.name_en,
                is_host=delegations[choice.delegation_id].city_id == host_city_id,
                manual_position=index,
            )
            for index, choice in enumerate(choices)
        ],
        declaration.signing_order_rule,
    )
    chosen = {choice.delegation_id: choice for choice in choices}
    declaration.signatories.clear()
    session.flush()
    declaration.signatories.extend(
        Signatory(
            delegation_id=delegation_id,
            person_id=signers[delegation_id],
            position=position,
            status=chosen[delegation_id].status,
            credentials_received=chosen[delegation_id].credentials_received,
            ad_referendum=chosen[delegation_id].ad_referendum,
        )
        for position, delegation_id in enumerate(order, start=1)
    )


def check_signatories(
    session: Session, declaration: Declaration, expected: Sequence[SignatoryVersion] | None
) -> None:
    """Raise ConflictError if the signatories are no longer those of ``expected``."""
    if expected is None:
        return
    shown = dict(expected)
    if {s.id: s.version for s in declaration.signatories} != shown:
        changes = signatory_changes(session, declaration, shown)
        raise ConflictError(
            "Signatories of declaration",
            declaration.id,
            changes,
            label=f"who signs \u201c{declaration.title}\u201d",
        )


def reorder(session: Session, declaration: Declaration) -> None:
    """Apply the declaration's rule to its current signatories."""
    current = sorted(declaration.signatories, key=lambda s: s.position)
    host_city_id = declaration.meeting.host_city_id
    order = signing_order(
        [
            SigningCity(
                delegation_id=s.delegation_id,
                city_name=s.delegation.city.name_en,
                is_host=s.delegation.city_id == host_city_id,
                manual_position=s.position,
            )
            for s in current
        ],
        declaration.signing_order_rule,
    )
    by_delegation = {s.delegation_id: s for s in current}
    renumber(session, [by_delegation[delegation_id] for delegation_id in order])


def renumber(session: Session, ordered: list[Signatory]) -> None:
    """Give the signatories positions 1..n in this order (in two steps: no clash on the way)."""
    for offset, signatory in enumerate(ordered, start=1):
        signatory.position = len(ordered) + offset
    session.flush()
    for position, signatory in enumerate(ordered, start=1):
        signatory.position = position
    session.flush()


def signatory_record(signatory: Signatory, host_city_id: int) -> SignatoryRecord:
    person = person_record(signatory.person)
    city = signatory.delegation.city
    return SignatoryRecord(
        id=signatory.id,
        declaration_id=signatory.declaration_id,
        position=signatory.position,
        delegation_id=signatory.delegation_id,
        city_name=city.name_en,
        city_local_name=city.name_local,
        city_country=city.country,
        is_host=city.id == host_city_id,
        person_id=person.id,
        honorific=person.honorific,
        latin_name=person.latin_name,
        native_name=person.native_name,
        title=person.position,
        status=signatory.status,
        version=signatory.version,
        is_placeholder=person.is_placeholder,
        credentials_received=signatory.credentials_received,
        ad_referendum=signatory.ad_referendum,
    )


def signatory_records(declaration: Declaration) -> list[SignatoryRecord]:
    """The declaration's signatories, in signing order."""
    host_city_id = declaration.meeting.host_city_id
    return [
        signatory_record(s, host_city_id)
        for s in sorted(declaration.signatories, key=lambda s: s.position)
    ]
