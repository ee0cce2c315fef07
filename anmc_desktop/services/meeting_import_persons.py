"""The persons of a meeting file's delegations, checked by the rules of the person form
and written a few thousand at a time (services/meeting_import.py builds the rest)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import Delegation, Person
from anmc_desktop.models.base import new_identity
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
_PERSONS_PER_WRITE = 5_000  # persons held before they are written


class PersonsWritten:
    """The file's persons as they are read, written a few thousand at a time: the new
    ones inserted with one statement (once their delegations have ids), those here
    changed; what is kept of them is each one's id by number and the names of the
    speakers (for the log of the agenda's speakers)."""

    def __init__(self, speakers: set[int]) -> None:
        self.ids: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self._speakers = speakers
        self._pending: dict[int, Person | dict[str, Any]] = {}

    def add(self, session: Session, persons: dict[int, Person | dict[str, Any]]) -> None:
        self._pending |= persons
        if len(self._pending) >= _PERSONS_PER_WRITE:
            self.write(session)

    def write(self, session: Session) -> None:
        session.flush()
        pending, self._pending = self._pending, {}
        self.names |= _insert_new_persons(session, pending, self._speakers)
        self.ids |= {
            number: person["id"] if isinstance(person, dict) else person.id
            for number, person in pending.items()
        }


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
    (with the delegation, whose id the flush gives)."""
    drafts = [
        frozen_record(PersonDraft, read_columns(reader, Person, PERSON_FIELDS))
        for reader in readers
    ]
    # A delegation new here has none to match (and loading its persons would flush).
    here: dict[_NameKey, Person] = (
        {_name_key(p): p for p in delegation.persons} if delegation.id is not None else {}
    )
    matched = [here.pop(_name_key(draft), None) if here else None for draft in drafts]
    heads = sum(p.role is PersonRole.HEAD for p in here.values())  # kept, not in the file
    found: dict[int, Person | dict[str, Any]] = {}
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
            "delegation": delegation,
            "search_text": person_search_text(cleaned),
            "version": 1,
            "uuid": new_identity(),
        }
    return found


def _insert_new_persons(
    session: Session, persons: dict[int, Person | dict[str, Any]], speakers: set[int]
) -> dict[int, str]:
    """Insert the persons new here with one statement, once their delegations have ids,
    and log them; each gets its id. Returns the names of those among ``speakers`` (by
    number), by id (for the log of speakers)."""
    rows = [person for person in persons.values() if isinstance(person, dict)]
    delegations: dict[int, Delegation] = {}
    for values in rows:
        delegation = values.pop("delegation")
        delegations[delegation.id] = delegation
        values["delegation_id"] = delegation.id
    insert_rows(session.connection(), _PERSONS, rows)
    record_bulk_inserts(session, _PERSONS, rows)
    for delegation in delegations.values():
        session.expire(delegation, ["persons"])  # the ORM did not see them added
    change_log.record_inserts(session, _PERSONS, rows)
    return {
        values["id"]: display_name(
            values["given_name"], values["family_name"], values["family_name_first"]
        )
        or values["native_name"]
        for number, values in persons.items()
        if number in speakers and isinstance(values, dict)
    }
