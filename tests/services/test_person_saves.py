"""A person's save from the form (services/person_saves.py): on SQLite and on PostgreSQL,
as few round trips as a hand-written save, with every guarantee of a save through the ORM."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select, text

from anmc_desktop.db import Database
from anmc_desktop.errors import ConflictError
from anmc_desktop.models import Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonRecord, draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of as agenda_draft_of
from anmc_desktop.services.person_rules import apply_person


def _members(services: Services, meeting_id: int) -> list[PersonRecord]:
    return [
        person
        for delegation in services.delegations.list_delegations(meeting_id)
        for person in services.delegations.get_delegation(delegation.id).persons
        if person.role is not PersonRole.HEAD
    ]


def _edited(person: PersonRecord) -> PersonRecord:
    return dataclasses.replace(
        person,
        given_name=f"{person.given_name}a",
        family_name_first=not person.family_name_first,
        role=PersonRole.ADVISER,
        arrival=dt.datetime(2030, 10, 6, 14, 30),
        notes="vegetarian; arrives by train",
        passport_number="C7654321",
        passport_expiry=dt.date(2034, 5, 1),
    )


def test_the_change_log_entry_is_the_one_a_flush_writes(
    services: Services, sample_meeting_id: int
) -> None:
    first, second = _members(services, sample_meeting_id)[:2]
    # WHEN one person is saved from the form and another gets the same edit through the ORM
    saved = services.delegations.update_person(first.id, draft_of(_edited(first)), first.version)
    with services.database.writing() as session:
        person = session.get(Person, second.id)
        assert person is not None
        apply_person(session, person, draft_of(_edited(second)), second.delegation_id)
    # THEN both are logged alike: each changed field, personal data hidden, the new version
    by_form = services.change_log.for_record("person", first.id)[-1]
    by_flush = services.change_log.for_record("person", second.id)[-1]
    assert (by_form.action, by_form.record_version) == ("update", first.version + 1)
    assert by_form.changes["notes"] == (first.notes, "vegetarian; arrives by train")
    renamed = by_form.changes.pop("given_name"), by_flush.changes.pop("given_name")
    assert renamed == ((first.given_name, saved.given_name),
                       (second.given_name, f"{second.given_name}a"))  # fmt: skip
    assert (by_form.changed_by, by_form.changes) == (by_flush.changed_by, by_flush.changes)
    # AND the record returned is what is stored, found by its new name
    assert saved == services.delegations.get_person(first.id)
    assert saved.version == first.version + 1
    with services.database.reading() as session:
        search_text = session.scalar(select(Person.search_text).where(Person.id == first.id))
    assert saved.given_name.lower() in str(search_text)


def test_a_save_that_changes_nothing_writes_nothing(
    services: Services, sample_meeting_id: int
) -> None:
    person = _members(services, sample_meeting_id)[0]
    logged = len(services.change_log.for_record("person", person.id))
    saved = services.delegations.update_person(person.id, draft_of(person), person.version)
    assert saved == person
    assert services.delegations.get_person(person.id).version == person.version
    assert len(services.change_log.for_record("person", person.id)) == logged


@contextmanager
def _statements(database: Database) -> Iterator[list[str]]:
    """The first word of each statement sent to the database inside."""
    sent: list[str] = []

    def count(*arguments: Any) -> None:
        sent.append(arguments[2].split()[0])

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_a_save_is_one_read_and_one_write(services: Services, sample_meeting_id: int) -> None:
    person = _members(services, sample_meeting_id)[0]
    with _statements(services.database) as sent:
        services.delegations.update_person(
            person.id, dataclasses.replace(draft_of(person), room="302"), person.version
        )
    # On PostgreSQL the change-log entry is written by the UPDATE's own statement (in
    # autocommit: no BEGIN or COMMIT); SQLite, without round trips, takes two.
    if services.database.is_sqlite:
        assert sent == ["BEGIN", "SELECT", "UPDATE", "INSERT"]
    else:
        assert sent == ["SELECT", "WITH"]


@pytest.fixture
def on_server(services: Services) -> Services:
    if services.database.is_sqlite:
        pytest.skip("on SQLite the writer lock keeps other saves out of a save's transaction")
    return services


def test_a_save_overtaken_between_its_read_and_its_write_is_refused(
    on_server: Services, sample_meeting_id: int
) -> None:
    services = on_server
    person = _members(services, sample_meeting_id)[0]
    database = services.database

    def colleague_saves_first(*arguments: Any) -> None:
        if arguments[2].startswith("WITH"):
            with database.engine.connect() as other:
                other.execute(text(
                    "UPDATE person SET notes = 'by Olga', version = version + 1 WHERE id = :id"
                ), {"id": person.id})  # fmt: skip
                other.commit()

    # GIVEN another organizer's save lands after this save read the person
    event.listen(database.engine, "before_cursor_execute", colleague_saves_first)
    try:
        with pytest.raises(ConflictError) as conflict:
            services.delegations.update_person(
                person.id, dataclasses.replace(draft_of(person), notes="by me"), person.version
            )
    finally:
        event.remove(database.engine, "before_cursor_execute", colleague_saves_first)
    # THEN this save is refused, offering the current version, and the colleague's stays
    assert conflict.value.current_version == person.version + 1
    stored = services.delegations.get_person(person.id)
    assert (stored.notes, stored.version) == ("by Olga", person.version + 1)
    assert [e.action for e in services.change_log.for_record("person", person.id)] == ["insert"]


def _backend_state(database: Database, connection: Any) -> str:
    """pg_stat_activity's state of the server process behind ``connection``, seen from
    another connection ("idle in transaction" while a transaction is open)."""
    backend = connection.connection.driver_connection.info.backend_pid
    with database.engine.connect() as observer:
        return str(observer.scalar(
            text("SELECT state FROM pg_stat_activity WHERE pid = :pid"), {"pid": backend}
        ))  # fmt: skip


def test_a_save_on_the_server_holds_no_transaction_open_between_its_read_and_write(
    on_server: Services, sample_meeting_id: int
) -> None:
    services = on_server
    person = _members(services, sample_meeting_id)[0]
    states: list[str] = []

    def observe(connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("WITH"):
            states.append(_backend_state(services.database, connection))

    event.listen(services.database.engine, "before_cursor_execute", observe)
    try:
        saved = services.delegations.update_person(
            person.id, dataclasses.replace(draft_of(person), room="302"), person.version
        )
    finally:
        event.remove(services.database.engine, "before_cursor_execute", observe)
    # The UPDATE is the save's only write: it is its own transaction, and the person's row
    # is locked only while it runs (no BEGIN before the read, no COMMIT after it)
    assert states == ["idle"]
    assert (saved.room, saved.version) == ("302", person.version + 1)
    assert services.delegations.get_person(person.id) == saved


def test_a_rename_writes_the_person_and_the_calendar_sequences_in_one_transaction(
    on_server: Services, sample_meeting_id: int
) -> None:
    services = on_server
    item = services.agenda.list_items(sample_meeting_id)[1]
    speaker = services.agenda.person_choices(sample_meeting_id)[0][0]
    services.agenda.update(
        item.id, dataclasses.replace(agenda_draft_of(item), speaker_ids=(speaker,))
    )
    item = services.agenda.get(item.id)
    person = services.delegations.get_person(speaker)
    seen: list[str] = []

    def observe(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("UPDATE agenda_item"):
            with services.database.engine.connect() as observer:
                seen.append(observer.scalar(
                    text("SELECT given_name FROM person WHERE id = :id"), {"id": speaker}
                ))  # fmt: skip

    # WHEN the speaker is renamed
    event.listen(services.database.engine, "before_cursor_execute", observe)
    try:
        saved = services.delegations.update_person(
            speaker, dataclasses.replace(draft_of(person), given_name="Zed"), person.version
        )
    finally:
        event.remove(services.database.engine, "before_cursor_execute", observe)
    # THEN the new name was not seen by others before the sequence was raised with it
    assert seen == [person.given_name]
    assert services.agenda.get(item.id).sequence == item.sequence + 1
    assert (saved.given_name, saved.version) == ("Zed", person.version + 1)
