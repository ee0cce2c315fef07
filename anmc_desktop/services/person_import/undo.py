"""Revert an applied import, unless its records have changed since."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from anmc_desktop.errors import UserFacingError
from anmc_desktop.models import AgendaItem, Delegation, Person, Signatory, agenda_speaker
from anmc_desktop.progress import Progress
from anmc_desktop.records.person_import import ImportResult

_RecordT = TypeVar("_RecordT", Person, Delegation)


def undo_import(session: Session, result: ImportResult, progress: Progress) -> None:
    """Revert the import in the session's transaction; refuse if its records changed since.
    ``progress`` hears of each step, and its cancel raises JobCancelledError (the caller
    rolls back)."""
    progress.step("Checking the records have not changed")
    created = _load(session, Person, [pid for pid, _ in result.created])
    updated = _load(session, Person, [u.person_id for u in result.updated])
    delegations = _load(session, Delegation, [did for did, _ in result.created_delegations])
    changed = [pid for pid, version in result.created if _version(created.get(pid)) != version]
    changed += [
        u.person_id for u in result.updated if _version(updated.get(u.person_id)) != u.version
    ]
    changed_delegations = [
        did
        for did, version in result.created_delegations
        if _version(delegations.get(did)) != version
    ]
    if changed or changed_delegations:
        raise UserFacingError(
            f"The import of {result.source} cannot be undone: "
            f"{len(changed) + len(changed_delegations)} of its records were changed "
            "or removed since."
        )
    created_ids = set(created)
    if _referenced(session, created_ids):
        raise UserFacingError(
            f"The import of {result.source} cannot be undone: some of its persons "
            "now sign the declaration or appear in the agenda."
        )
    for delegation in delegations.values():
        others = [p for p in delegation.persons if p.id not in created_ids]
        if others:
            raise UserFacingError(
                f"The import of {result.source} cannot be undone: persons were added "
                f"to the delegation of {delegation.city.name_en} since."
            )
    progress.step("Removing what the import added")
    for person in created.values():
        session.delete(person)
    progress.step("Putting back what it changed", 0, 1)
    for change in result.updated:
        person = updated[change.person_id]
        for name, value in change.before.items():
            setattr(person, name, value)
    session.flush()
    for delegation in delegations.values():
        session.expire(delegation, ["persons"])  # its persons are gone already
        session.delete(delegation)
    session.flush()
    progress.step("Putting back what it changed", 1, 1)  # a cancel meanwhile still rolls back


def _referenced(session: Session, person_ids: set[int]) -> bool:
    """Whether any of these persons is a signatory, a moderator or a speaker."""
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for query in (
            select(Signatory.id).where(Signatory.person_id.in_(chunk)),
            select(AgendaItem.id).where(AgendaItem.moderator_id.in_(chunk)),
            select(agenda_speaker.c.person_id).where(agenda_speaker.c.person_id.in_(chunk)),
        ):
            if session.execute(query.limit(1)).first() is not None:
                return True
    return False


def _version(record: Person | Delegation | None) -> int | None:
    return record.version if record is not None else None


def _load(session: Session, model: type[_RecordT], ids: Sequence[int]) -> dict[int, _RecordT]:
    found: dict[int, _RecordT] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(chunk)))})
    return found
