"""Saving a person from the form: the save organizers make most, in the fewest round trips.

Through the ORM a save was five round trips to a team's server (BEGIN, loading the person,
the flush's UPDATE, the change log's INSERT, COMMIT) and its Python. Here it reads the
person's row, checks the form's version and the rules (``plan_save``), and writes the
changed columns with their change-log entry in one statement (storage/logged_updates.py)
at the version read (``write_save``). That statement is the save's only write, so on a
server it runs as its own transaction (``Database.writing(one_statement=True)``): SELECT
and UPDATE, two round trips, and the person's row is locked only while the UPDATE and its
commit run. A new name also raises the calendar sequences of the person's agenda items, a
second write: that save writes in a transaction of its own after the read. The guarantees
are those of every save: a stale save raises ConflictError naming what the other organizer
changed (services/concurrency.py), never overwrites it (the UPDATE writes only at the
version read); the change log gets the entry the flush event writes; the rules are the
form's (services/person_rules.py); all of a save's writes in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from anmc_desktop.errors import ConflictError, NotFoundError
from anmc_desktop.models import Person
from anmc_desktop.records.copying import copy_fields
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft, PersonRecord
from anmc_desktop.services.calendar_sequence import raise_sequences_naming
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.person_rules import PERSON_FIELDS, check_person
from anmc_desktop.storage.logged_updates import update_logged
from anmc_desktop.text import person_search_text

PERSON = Person.__table__
# Built once: the form loads and saves persons all day.
_PERSON_BY_ID = select(PERSON).where(PERSON.c.id == bindparam("person_id"))


def load_person(session: Session, person_id: int) -> PersonRecord:
    """The person as the form loads it (NotFoundError if gone), without the ORM."""
    return copy_fields(PersonRecord, _row(session, person_id))


def _row(session: Session, person_id: int) -> Row[Any]:
    row = session.execute(_PERSON_BY_ID, {"person_id": person_id}).one_or_none()
    if row is None:
        raise NotFoundError(f"Person {person_id} does not exist (it may have been deleted).")
    return row


@dataclass(frozen=True)
class PersonSave:
    """A checked save, ready to write: the changes (column -> [before, after]) over the
    row read at ``version``, the person as it will be, and whether the name shown changes
    (which also raises the calendar sequences of the person's agenda items)."""

    person_id: int
    version: int
    expected_version: int | None
    changes: dict[str, list[Any]]
    saved: PersonRecord
    renames: bool


def plan_save(
    session: Session, person_id: int, draft: PersonDraft, expected_version: int | None
) -> PersonSave:
    """Check ``draft`` against the person, who must still be at ``expected_version``
    (None: at whatever version it is now, as read)."""
    row = _row(session, person_id)
    if expected_version is not None and row.version != expected_version:
        _refuse(session, person_id, expected_version)

    def has_other_head() -> bool:
        others = select(func.count()).where(
            PERSON.c.delegation_id == row.delegation_id,
            PERSON.c.role == PersonRole.HEAD,
            PERSON.c.id != person_id,
        )
        return bool(session.scalar(others))

    checked = check_person(draft, has_other_head)
    after = {name: getattr(checked, name) for name in PERSON_FIELDS}
    before = copy_fields(PersonRecord, row)
    saved = copy_fields(PersonRecord, row, **after)
    changes = {name: [getattr(row, name), value] for name, value in after.items()
               if getattr(row, name) != value}  # fmt: skip
    renames = saved.name != before.name
    return PersonSave(person_id, row.version, expected_version, changes, saved, renames)


def write_save(session: Session, save: PersonSave) -> PersonRecord:
    """Write ``save`` if the person is still at the version read (ConflictError if not)."""
    if not save.changes:
        return save.saved
    search_text = {"search_text": person_search_text(save.saved)}
    person_id = save.person_id
    if not update_logged(session, PERSON, person_id, save.version, save.changes, search_text):
        _refuse(session, person_id, save.expected_version)  # another save came in between
    if save.renames:
        raise_sequences_naming(session, person_id)
    return copy_fields(PersonRecord, save.saved, version=save.version + 1)


def _refuse(session: Session, person_id: int, expected_version: int | None) -> None:
    """Raise ConflictError naming what another organizer changed (NotFoundError if they
    removed the person)."""
    person = get_or_raise(session, Person, person_id, "Person")
    check_version(session, person, expected_version, "Person")
    raise ConflictError("Person", person_id, current_version=person.version)
