"""A bulk insert's change-log entry made by SQLite holds what the Python path writes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.models import AgendaItem, Person
from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import TRAVEL_TEXTS
from anmc_desktop.services import Services
from anmc_desktop.storage import change_log
from anmc_desktop.storage.logged_inserts import insert_entry_by_sqlite, one_run_of_ids

PERSONS = cast(Table, Person.__table__)
AGENDA_ITEMS = cast(Table, AgendaItem.__table__)
ODD_TEXTS = ['"quoted" \\ back /', "tab\tnew\nline \x01\x1f\x7f", "Томск 東京 😀 \u2028 %s", ""]
MOMENTS = [
    dt.datetime(2014, 9, 17, 14, 30, 5, 123456),
    dt.datetime(2014, 9, 17, 14, 30),
    dt.datetime(2014, 9, 17, 0, 0, 0, 1),
    None,
]


def _person(delegation_id: int, number: int, text: str) -> dict[str, Any]:
    """A person's values of every kind a column holds: texts with quotes, control
    characters and other scripts, None, both flags, enums, moments with and without
    microseconds, a date, and personal values set and empty."""
    return {
        "delegation_id": delegation_id,
        "given_name": text,
        "family_name": f"Bulk {number}",
        "family_name_first": number % 2 == 0,
        "native_name": text,
        "honorific": "",
        "position": text,
        "role": [PersonRole.INTERPRETER, PersonRole.STAFF][number % 2],
        "email": "",
        "phone": "+7 (3822) 000-000",
        "arrival": MOMENTS[number % 4],
        "departure": MOMENTS[number % 4] and dt.datetime(2014, 9, 20, 23, 59, 59),
        **dict.fromkeys(TRAVEL_TEXTS, text),
        "dietary_needs": "",
        "access_needs": text,
        "notes": text,
        "is_placeholder": number == 3,
        "passport_number": "AB 123" if number % 2 else "",  # personal: logged as changed
        "passport_expiry": dt.date(2030, 1, number + 1) if number % 3 else None,
        "nationality": text,
        "search_text": "",
        "uuid": f"00000000-0000-4000-8000-{number:012d}",
        "version": 1,
    }


def _sample_delegation(folder: Path) -> tuple[Database, int]:
    """A database holding the sample meeting, and the id of one of its delegations."""
    database = open_database(sqlite_url(folder / "log.db"))
    database.actor = "Ольга «Olga» Ivanova"
    services = Services.on(database)
    meeting_id = services.sample.load()
    return database, services.delegations.list_delegations(meeting_id)[0].id


def _insert_one_by_one(session: Session, records: list[dict[str, Any]]) -> None:
    """Insert the persons, each then holding its id (given in one run, as SQLite does)."""
    for record in records:
        insert_one = insert(PERSONS).returning(PERSONS.c.id)
        record["id"] = session.execute(insert_one, record).scalar_one()


def _logged_records(entry: ChangeLogEntry) -> tuple[list[str], dict[int, list[Any]]]:
    payload = json.loads(entry.changes)
    return payload["columns"], {record[0]: record for record in payload["records"]}


def test_sqlite_logs_inserted_persons_as_the_python_path_does(tmp_path: Path) -> None:
    # GIVEN persons inserted in one run of ids
    database, delegation_id = _sample_delegation(tmp_path)
    records = [_person(delegation_id, n, text) for n, text in enumerate(ODD_TEXTS * 3)]
    with database.writing() as session:
        _insert_one_by_one(session, records)
        ids = one_run_of_ids(records)
        assert ids is not None
        # WHEN SQLite logs them from the table, and the Python path from the records
        # (in another order, which keeps SQLite out of it)
        logged = sorted(c.key for c in PERSONS.columns if c.key not in change_log.IGNORED_COLUMNS)
        entry = {
            "changed_at": change_log.utc_now(),
            "changed_by": "Olga",
            "action": change_log.INSERT,
            "table_name": "person",
            "record_id": ids[0],
            "last_record_id": ids[-1],
            "record_version": None,
        }
        personal = frozenset(c.key for c in PERSONS.columns if c.info.get("personal"))
        assert personal  # the hiding is tested
        by_sqlite = insert_entry_by_sqlite(
            session.connection(), PERSONS, logged, personal, ids, entry
        )
        assert one_run_of_ids(records[::-1]) is None
        change_log.record_inserts(session, PERSONS, records[::-1])
    assert by_sqlite
    # THEN both entries hold the same columns and, for each person, the same values
    with database.reading() as session:
        made_by_sqlite, made_by_python = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.table_name == "person")
            .where(ChangeLogEntry.last_record_id.is_not(None))
            .order_by(ChangeLogEntry.id)
        ).all()
        assert _logged_records(made_by_sqlite) == _logged_records(made_by_python)
        columns, logged_records = _logged_records(made_by_sqlite)
    assert sorted(logged_records) == list(ids)
    # AND personal values are hidden, moments are as isoformat writes them
    person = dict(zip(columns, logged_records[ids[1]][2:], strict=True))
    assert person["passport_number"] == "(personal data)"
    assert person["arrival"] == "2014-09-17T14:30:00"
    assert person["family_name_first"] is False
    database.dispose()


def test_a_bulk_insert_is_logged_by_sqlite_and_reads_back_as_written(tmp_path: Path) -> None:
    # GIVEN persons inserted in one run of ids and logged with the bulk API
    database, delegation_id = _sample_delegation(tmp_path)
    records = [_person(delegation_id, n, text) for n, text in enumerate(ODD_TEXTS)]
    with database.writing() as session:
        _insert_one_by_one(session, records)
        change_log.record_inserts(session, PERSONS, records)
    # WHEN a person's change log is read
    (logged,) = Services.on(database).change_log.for_record("person", records[1]["id"])
    # THEN it shows every value as written
    assert logged.changes["given_name"] == (None, ODD_TEXTS[1])
    assert logged.changes["arrival"] == (None, "2014-09-17T14:30:00")
    assert logged.changes["passport_number"] == (None, "(personal data)")
    assert logged.changes["role"] == (None, "staff")
    assert logged.changes["passport_expiry"] == (None, "(personal data)")
    assert logged.changes["is_placeholder"] == (None, False)
    # AND the entry was made by SQLite, whose JSON has no spaces between values (Python's
    # encoder writes ", ")
    with database.reading() as session:
        changes = session.scalars(
            select(ChangeLogEntry.changes).where(ChangeLogEntry.last_record_id.is_not(None))
        ).one()
    assert "],[" in changes and "], [" not in changes
    database.dispose()


def test_a_run_of_ids_is_one_that_follows_from_the_first_in_order() -> None:
    assert one_run_of_ids([{"id": 4}, {"id": 5}, {"id": 6}]) == range(4, 7)
    assert one_run_of_ids([{"id": 4}, {"id": 6}]) is None
    assert one_run_of_ids([{"id": 5}, {"id": 4}]) is None
    assert one_run_of_ids([]) is None


def test_an_sqlite_that_may_lack_the_json_functions_is_logged_by_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an SQLite older than the one whose json functions are always built in
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 37, 2))
    database, delegation_id = _sample_delegation(tmp_path)
    records = [_person(delegation_id, n, text) for n, text in enumerate(ODD_TEXTS)]
    # WHEN persons inserted in one run of ids are logged
    with database.writing() as session:
        _insert_one_by_one(session, records)
        change_log.record_inserts(session, PERSONS, records)
    # THEN the entry is Python's (its encoder writes ", " between values), and reads back
    with database.reading() as session:
        changes = session.scalars(
            select(ChangeLogEntry.changes).where(ChangeLogEntry.last_record_id.is_not(None))
        ).one()
    assert "], [" in changes
    (logged,) = Services.on(database).change_log.for_record("person", records[1]["id"])
    assert logged.changes["arrival"] == (None, "2014-09-17T14:30:00")
    database.dispose()
