"""What changed in who signs since a page showed the signatories: a conflict in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from anmc_desktop.errors import ChangedField
from anmc_desktop.models import Declaration, Delegation, Person
from anmc_desktop.records.enums import SignatoryStatus
from anmc_desktop.services.concurrency import changes_since
from anmc_desktop.services.mapping import person_record
from anmc_desktop.storage.change_log import INSERT, entries_for


def signatory_changes(
    session: Session, declaration: Declaration, shown: dict[int, int]
) -> list[ChangedField]:
    """What changed in who signs since the signatories ``shown`` (id: version) were read.

    Per city, who signed then and who signs now (set_signatories replaces every row, so a
    row gone and one added for the same city are one change, none if the same person
    signs with the same status); and each field changed in a row that stayed. A row gone
    leaves no entry of its own in the change log (rows dropped from the declaration's
    list are deleted by the flush itself), so its removal is told as the work of whoever
    added the rows that replaced it.
    """
    current = {s.id: s for s in declaration.signatories}
    added = {s.delegation_id: s for s in current.values() if s.id not in shown}
    inserted = {
        delegation_id: next(
            (e for e in entries_for(session, "signatory", row.id) if e.action == INSERT), None
        )
        for delegation_id, row in added.items()
    }
    replacement = max(
        (e for e in inserted.values() if e is not None), key=lambda e: e.changed_at, default=None
    )
    changes: list[ChangedField] = []
    signed_then: dict[int, str] = {}
    for signatory_id, version in shown.items():
        row = current.get(signatory_id)
        if row is None:
            then = _values_at(session, signatory_id, version)
            if {"delegation_id", "person_id", "status"} <= then.keys():
                signed_then[then["delegation_id"]] = _signer(
                    session, then["person_id"], then["status"]
                )
            continue
        city = _city_name(session, row.delegation_id)
        changes += [
            replace(change, field=f"{city} {change.field}")
            for change in changes_since(session, "signatory", signatory_id, version)
        ]
    for delegation_id in signed_then.keys() | added.keys():
        row = added.get(delegation_id)
        before = signed_then.get(delegation_id)
        after = _signer(session, row.person_id, row.status) if row else None
        if before == after:
            continue
        entry = inserted.get(delegation_id) or replacement
        changes.append(
            ChangedField(
                field=f"{_city_name(session, delegation_id)} signatory",
                before=before,
                after=after,
                by=entry.changed_by if entry else "Another organizer",
                at=entry.changed_at.replace(tzinfo=dt.UTC) if entry else None,
            )
        )
    return sorted(changes, key=lambda change: change.field)


def _values_at(session: Session, signatory_id: int, version: int) -> dict[str, Any]:
    """A signatory's fields as they were at ``version``, from its change log."""
    values: dict[str, Any] = {}
    for entry in entries_for(session, "signatory", signatory_id):
        if entry.record_version is not None and entry.record_version <= version:
            values.update({field: after for field, (_before, after) in entry.changes.items()})
    return values


def _city_name(session: Session, delegation_id: int) -> str:
    delegation = session.get(Delegation, delegation_id)
    return delegation.city.name_en if delegation else f"Delegation {delegation_id}"


def _signer(session: Session, person_id: int, status: str) -> str:
    """Like "Sergey Zhvachkin (planned)"."""
    person = session.get(Person, person_id)
    name = person_record(person).name if person else f"person {person_id}"
    return f"{name} ({SignatoryStatus(status).label.lower()})"
