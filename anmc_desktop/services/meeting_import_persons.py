"""The persons of a meeting file's delegations, checked by the rules of the person form
and written a few thousand at a time (services/meeting_import.py builds the rest)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import Delegation, Person
from anmc_desktop.models.base import new_identities
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PERSONAL_FIELDS, PersonDraft
from anmc_desktop.services.bulk import frozen_record, insert_rows
from anmc_desktop.services.import_journal import record_bulk_inserts
from anmc_desktop.services.meeting_document import PERSON_FIELDS
from anmc_desktop.services.meeting_file_records import checked, read_columns
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.storage import change_log
from anmc_desktop.text import display_name, person_search_text, search_key

_NameKey = tuple[str, str, str]
_PERSONS = cast(Table, Person.__table__)
_NUMBER = frozenset({"number"})  # read by delegation_persons itself
_PERSONS_PER_WRITE = 20_000  # persons held before they are written


class PersonsWritten:
    """The file's persons as they are read, written a few thousand at a time: the new
    ones inserted with one statement (once their delegations have ids), those here
    changed; what is kept of them is each one's id by number."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}
        self._pending: list[tuple[Delegation, dict[int, Person | dict[str, Any]]]] = []
        self._held = 0

    def add(
        self, session: Session, delegation: Delegation, persons: dict[int, Person | dict[str, Any]]
    ) -> None:
        """Hold the delegation's persons (``delegation_persons``) until they are written."""
        self._pending.append((delegation, persons))
        self._held += len(persons)
        if self._held >= _PERSONS_PER_WRITE:
            self.write(session)

    def write(self, session: Session) -> None:
        session.flush()
        pending, self._pending, self._held = self._pending, [], 0
        rows: list[dict[str, Any]] = []
        for delegation, persons in pending:
            new = [values for values in persons.values() if isinstance(values, dict)]
            if new:
                delegation_id = delegation.id
                for values in new:
                    values["delegation_id"] = delegation_id
                session.expire(delegation, ["persons"])  # the ORM does not see them added
            rows += new
        _insert_new_persons(session, rows)
        for _, persons in pending:
            for number, person in persons.items():
                self.ids[number] = person["id"] if isinstance(person, dict) else person.id


def _name_key(person: Person | PersonDraft) -> _NameKey:
    return (
        search_key(person.given_name),
        search_key(person.family_name),
        search_key(person.native_name),
    )


def delegation_persons(
    delegation: Delegation, readers: list[Reader]
) -> dict[int, Person | dict[str, Any]]:
    """The file's persons of the delegation by number, each checked by the rules of the
    person form: those here (by name) updated, the others as the values of a row to add
    (``PersonsWritten`` gives them the delegation's id, once a flush has given it one)."""
    drafts = [
        frozen_record(PersonDraft, read_columns(reader, Person, PERSON_FIELDS, _NUMBER))
        for reader in readers
    ]
    # A delegation new here has none to match (and loading its persons would flush).
    here: dict[_NameKey, Person] = (
        {_name_key(p): p for p in delegation.persons} if delegation.id is not None else {}
    )
    matched = [here.pop(_name_key(draft), None) if here else None for draft in drafts]
    heads = sum(p.role is PersonRole.HEAD for p in here.values())  # kept, not in the file
    found: dict[int, Person | dict[str, Any]] = {}
    identities = iter(new_identities(len(readers)))
    for reader, draft, person in zip(readers, drafts, matched, strict=True):
        if person is not None:
            # A file written without passport data leaves the data here as it is.
            kept = {n: getattr(person, n) for n in PERSONAL_FIELDS if not reader.has(n)}
            draft = replace(draft, **kept)
        cleaned = checked(reader, check_person, draft, partial(bool, heads))
        heads += cleaned.role is PersonRole.HEAD
        if person is not None:
            for name in PERSON_FIELDS:
                setattr(person, name, getattr(cleaned, name))
            found[reader.integer("number")] = person
            continue
        found[reader.integer("number")] = vars(cleaned) | {
            "search_text": person_search_text(cleaned),
            "version": 1,
            "uuid": next(identities),
        }
    return found


def _insert_new_persons(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert the persons new here with one statement and log them; each gets its id."""
    insert_rows(session.connection(), _PERSONS, rows)
    record_bulk_inserts(session, _PERSONS, rows)
    change_log.record_inserts(session, _PERSONS, rows)


_NAMES_PER_QUERY = 10_000  # well below the bound parameters a statement may hold


def names_by_id(session: Session, ids: set[int]) -> dict[int, str]:
    """The persons' names by id, as the log of speakers names them (``PersonRecord.name``),
    read as the few columns they are made of."""
    wanted = sorted(ids)
    names: dict[int, str] = {}
    for start in range(0, len(wanted), _NAMES_PER_QUERY):
        rows = session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.family_name_first,
                Person.native_name,
            ).where(Person.id.in_(wanted[start : start + _NAMES_PER_QUERY]))
        )
        for person_id, given, family, family_first, native in rows:
            names[person_id] = display_name(given, family, family_first) or native
    return names
