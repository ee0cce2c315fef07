"""Upgrades: a database of every earlier schema is backed up, then migrated; a failed
migration leaves it as it was."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from uuid import UUID

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from anmc_desktop.db import alembic_config, head_revision, open_database, sqlite_url
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.storage.backups import list_backups
from anmc_desktop.storage.schema_revisions import revisions

EARLIER_REVISIONS = [
    revision.revision
    for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    if revision.revision != head_revision()
]


def test_the_revisions_read_from_the_scripts_text_are_alembics() -> None:
    # The start-up reads them without running the scripts: the same revisions, the same head
    scripts = ScriptDirectory.from_config(alembic_config())
    read = revisions()
    assert read.known == {script.revision for script in scripts.walk_revisions()}
    assert read.head == scripts.get_current_head()


def _database_at(path: Path, revision: str) -> None:
    """A database as that version of the app left it, holding one city."""
    engine = create_engine(sqlite_url(path))
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.exec_driver_sql(
            "INSERT INTO city (name_en, name_local, country, status, time_zone, search_text, "
            "version) VALUES ('Tomsk', 'Томск', 'Russia', 'member', 'Asia/Tomsk', 'tomsk', 1)"
        )
        connection.commit()
    engine.dispose()


def _downgrade(path: Path, revision: str) -> None:
    """Take a database of this version back to an earlier schema, as that version left it
    (the app's models can only fill a database of the newest schema)."""
    engine = create_engine(sqlite_url(path))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.downgrade(alembic_config(connection), revision)
        connection.commit()
    engine.dispose()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def test_the_first_schema_is_among_those_upgraded() -> None:
    assert "0001" in EARLIER_REVISIONS


@pytest.mark.parametrize("revision", EARLIER_REVISIONS)
def test_an_older_database_is_backed_up_then_upgraded_with_its_data(
    revision: str, tmp_path: Path
) -> None:
    # GIVEN a database written by an earlier version of the app
    path = tmp_path / "old.db"
    _database_at(path, revision)
    # WHEN this version opens it
    database = open_database(sqlite_url(path))
    # THEN it is on the newest schema, with its data, and its change log works
    assert _revision(path) == head_revision()
    services = Services.on(database)
    assert [city.name_en for city in services.cities.list_cities()] == ["Tomsk"]
    services.sample.load()
    database.dispose()
    # AND a backup of the old schema was taken first
    backups = [b for b in list_backups(path) if b.reason == "before-upgrade"]
    assert len(backups) == 1
    assert _revision(backups[0].path) == revision
    assert backups[0].meetings == 0


def _columns(path: Path) -> dict[str, list[str]]:
    """Each table's columns (the upgrade may add columns to a table)."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('alembic_version', 'sqlite_sequence')"
            )
        ]
        return {
            table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in tables
        }


def _rows(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    """The values of these columns in every row of their tables."""
    with closing(sqlite3.connect(path)) as connection:
        rows = {}
        for table, names in columns.items():
            quoted = ", ".join(f'"{name}"' for name in names)
            rows[table] = sorted(connection.execute(f'SELECT {quoted} FROM "{table}"'), key=repr)
        return rows


def test_the_upgrade_keeps_every_row_and_no_removed_persons_id_is_given_again(
    tmp_path: Path,
) -> None:
    # GIVEN a database of the previous schema holding the sample meeting (rows in every
    # table, referring to each other), whose last added person was then removed: made by
    # this version, then taken down to that schema (the services write only the newest)
    path = tmp_path / "old.db"
    old = open_database(sqlite_url(path))
    services = Services.on(old)
    meeting_id = services.sample.load()
    delegation_id = services.delegations.list_delegations(meeting_id)[0].id
    removed = services.delegations.add_person(delegation_id, PersonDraft(given_name="Anna"))
    services.removals.remove_person(removed.id)
    old.dispose()
    _downgrade(path, "0002")
    columns = _columns(path)
    before = _rows(path, columns)
    # WHEN this version opens it
    database = open_database(sqlite_url(path))
    # THEN every row of every table is still there, and every reference holds (the
    # declaration's text moved to its versions: test_upgrade_declaration_versions.py)
    kept = _kept_columns(columns, _columns(path))
    assert _rows(path, kept) == _rows_of(before, columns, kept)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    # AND a person added now gets an id of its own
    services = Services.on(database)
    added = services.delegations.add_person(delegation_id, PersonDraft(given_name="Boris"))
    database.dispose()
    assert added.id > removed.id


def test_meetings_and_agenda_items_get_identities_of_their_own_on_upgrade(
    tmp_path: Path,
) -> None:
    # GIVEN a database of the schema before identities, holding two meetings with agendas
    path = tmp_path / "old.db"
    old = open_database(sqlite_url(path))
    for _ in range(2):
        Services.on(old).sample.load()
    old.dispose()
    _downgrade(path, "0004")
    # WHEN this version opens it
    open_database(sqlite_url(path)).dispose()
    # THEN every meeting and every agenda item has an identity no other record has, and
    # no agenda item has been changed since (for calendars)
    with closing(sqlite3.connect(path)) as connection:
        meetings = [row[0] for row in connection.execute("SELECT uuid FROM meeting")]
        items = connection.execute("SELECT uuid, sequence FROM agenda_item").fetchall()
    assert len(meetings) == 2 and len(items) == 14
    identities = meetings + [uuid for uuid, _ in items]
    assert len(set(identities)) == len(identities)
    assert all(str(UUID(identity)) == identity for identity in identities)
    assert {sequence for _, sequence in items} == {0}


def _kept_columns(
    before: dict[str, list[str]], after: dict[str, list[str]]
) -> dict[str, list[str]]:
    """The columns of ``before`` that the upgrade kept."""
    return {table: [c for c in names if c in after[table]] for table, names in before.items()}


def _rows_of(
    rows: dict[str, list[tuple[object, ...]]],
    columns: dict[str, list[str]],
    kept: dict[str, list[str]],
) -> dict[str, list[tuple[object, ...]]]:
    """The ``kept`` columns' values of rows read with ``columns``."""
    return {
        table: sorted(
            (tuple(row[columns[table].index(name)] for name in kept[table]) for row in table_rows),
            key=repr,
        )
        for table, table_rows in rows.items()
    }


def test_persons_get_identities_and_no_one_is_seated_or_checked_in_on_upgrade(
    tmp_path: Path,
) -> None:
    # GIVEN a database of the schema before seating and check-in, holding the sample
    path = tmp_path / "old.db"
    old = open_database(sqlite_url(path))
    Services.on(old).sample.load()
    old.dispose()
    _downgrade(path, "0005")
    # WHEN this version opens it
    upgraded = open_database(sqlite_url(path))
    services = Services.on(upgraded)
    meeting_id = services.meetings.list_meetings()[0].id
    plan = services.seating.plan(meeting_id)
    attendance = services.check_in.attendance(meeting_id)
    upgraded.dispose()
    # THEN every person has an identity of their own for the badge's QR code
    with closing(sqlite3.connect(path)) as connection:
        identities = [row[0] for row in connection.execute("SELECT uuid FROM person")]
    assert len(identities) == len(set(identities)) > 0
    assert all(str(UUID(identity)) == identity for identity in identities)
    # AND the plan is the protocol rule's, and no one has checked in
    assert not plan.arranged_by_hand and plan.places[0].city_name == "Tomsk"
    assert attendance.checked_in == 0


def test_a_failed_migration_leaves_the_database_untouched(tmp_path: Path) -> None:
    # GIVEN a first-schema database that the next migration cannot upgrade (a table of
    # the name it creates is already there)
    path = tmp_path / "old.db"
    _database_at(path, "0001")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE change_log (note TEXT)")
        connection.commit()
    before = _dump(path)
    # WHEN this version opens it
    with pytest.raises(DatabaseOpenError, match="left unchanged"):
        open_database(sqlite_url(path))
    # THEN the database is exactly as it was, still on the first schema
    assert _dump(path) == before
    assert _revision(path) == "0001"
    # AND the backup taken before the attempt is there
    assert [b.reason for b in list_backups(path)] == ["before-upgrade"]


def test_a_read_only_window_does_not_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at(path, "0001")
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(sqlite_url(path), read_only=True)
    assert _revision(path) == "0001"


def _server_database_at(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.exec_driver_sql(
            "INSERT INTO city (name_en, name_local, country, status, time_zone, search_text, "
            "version) VALUES ('Tomsk', 'Томск', 'Russia', 'member', 'Asia/Tomsk', 'tomsk', 1)"
        )
        connection.commit()
    engine.dispose()


@pytest.mark.parametrize("revision", EARLIER_REVISIONS)
def test_organizers_starting_at_once_upgrade_a_team_server_once(
    revision: str, postgres_url: str
) -> None:
    # GIVEN a team's server database of an earlier schema
    _server_database_at(postgres_url, revision)
    # WHEN three organizers start the new version at the same moment
    with ThreadPoolExecutor(max_workers=3) as pool:
        opened = list(pool.map(lambda _: open_database(postgres_url), range(3)))
    # THEN each one opens it, on the newest schema, with the data
    for database in opened:
        services = Services.on(database)
        assert [city.name_en for city in services.cities.list_cities()] == ["Tomsk"]
        with database.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        database.dispose()


def test_a_failed_migration_leaves_a_team_server_untouched(postgres_url: str) -> None:
    _server_database_at(postgres_url, "0001")
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE change_log (note TEXT)")
        connection.commit()
    with pytest.raises(DatabaseOpenError, match="left unchanged"):
        open_database(postgres_url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0001"
        assert connection.exec_driver_sql("SELECT name_en FROM city").scalars().all() == ["Tomsk"]
        assert "change_log" in inspect(connection).get_table_names()
    engine.dispose()
