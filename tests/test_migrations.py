"""The schema comes from Alembic and matches the models; foreign databases are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import TextClause, text

from anmc_desktop.db import Database, head_revision, open_database, sqlite_url
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.models import Base


def test_an_empty_file_is_migrated_to_the_models_schema(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "new.db"))
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        revision = MigrationContext.configure(connection).get_current_revision()
    database.dispose()
    assert differences == []
    assert revision == head_revision()


def test_opening_twice_leaves_the_data(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    first = open_database(sqlite_url(path))
    with first.writing() as session:
        session.execute(
            text(
                "INSERT INTO city (name_en, name_local, country, status, time_zone, "
                "search_text, version) VALUES ('Tomsk', '', '', 'member', 'UTC', '', 1)"
            )
        )
    first.dispose()
    second = open_database(sqlite_url(path))
    with second.reading() as session:
        assert session.scalar(text("SELECT name_en FROM city")) == "Tomsk"
    second.dispose()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(sqlite_url(path)).dispose()
    database = Database(sqlite_url(path))
    with database.writing() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(sqlite_url(path))


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    database = Database(sqlite_url(path))
    with database.writing() as session:
        session.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    database.dispose()
    with pytest.raises(DatabaseOpenError, match="not an ANMC Desktop database"):
        open_database(sqlite_url(path))


def test_sqlite_runs_with_foreign_keys_wal_and_full_sync(database: Database) -> None:
    with database.engine.connect() as connection:
        settings = [
            connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous")
        ]
    assert settings == [1, "wal", 2]


def test_a_write_that_breaks_a_rule_is_a_user_error_and_writes_nothing(database: Database) -> None:
    from anmc_desktop.errors import UserFacingError

    def city(name: str) -> TextClause:
        return text(
            "INSERT INTO city (name_en, name_local, country, status, time_zone, search_text, "
            f"version) VALUES ('{name}', '', '', 'member', 'UTC', '', 1)"
        )

    with database.writing() as session:
        session.execute(city("Tomsk"))
    clash = pytest.raises(UserFacingError, match="clashes with a change saved meanwhile")
    with clash, database.writing() as session:
        session.execute(city("Seoul"))
        session.execute(city("Tomsk"))
    with database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM city")) == 1
