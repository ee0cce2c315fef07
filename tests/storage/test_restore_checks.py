"""A restore checks the file before replacing anything: an ANMC Desktop database, of a
schema this version knows, whole; otherwise it refuses, says why, and leaves the current
database exactly as it was. An older schema is migrated once restored."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from anmc_desktop.cli import main
from anmc_desktop.db import Database, head_revision, open_database, sqlite_url
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services
from anmc_desktop.services.database_files import create_backup, recover
from anmc_desktop.storage.backups import BackupError

from .test_upgrades import _database_at, _revision


@pytest.fixture
def closed_database(database: Database, database_path: Path) -> Path:
    Services.on(database).cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    database.dispose()
    return database_path


def _restore(database_path: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = database_path.read_bytes()
    assert main(["--database", str(database_path), "restore", str(file)]) == 1
    assert database_path.read_bytes() == before
    return capsys.readouterr().err


def test_another_applications_database_is_refused(
    closed_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "notes.db"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
        connection.commit()
    error = _restore(closed_database, foreign, capsys)
    assert "not an ANMC Desktop database" in error
    assert "left as it was" in error


def test_an_empty_sqlite_file_is_refused(
    closed_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    assert "is empty" in _restore(closed_database, empty, capsys)


def test_a_database_of_a_newer_version_is_refused(
    closed_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = create_backup(closed_database, destination=tmp_path / "newer.db").path
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        connection.commit()
    error = _restore(closed_database, newer, capsys)
    assert "newer version of ANMC Desktop" in error
    assert "ffff_from_the_future" in error


def test_a_damaged_database_is_refused(
    closed_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = create_backup(closed_database, destination=tmp_path / "damaged.db").path
    with closing(sqlite3.connect(damaged)) as connection:
        root_page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'city'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    content = bytearray(damaged.read_bytes())
    start = (root_page - 1) * page_size
    content[start : start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    damaged.write_bytes(bytes(content))
    assert "is damaged" in _restore(closed_database, damaged, capsys)


def test_a_database_of_an_older_schema_is_restored_and_migrated(
    closed_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = tmp_path / "older.db"
    _database_at(older, "0001")
    assert main(["--database", str(closed_database), "restore", str(older)]) == 0, (
        capsys.readouterr().err
    )
    assert _revision(closed_database) == head_revision()
    database = open_database(sqlite_url(closed_database))
    try:
        names = [city.name_en for city in Services.on(database).cities.list_cities()]
    finally:
        database.dispose()
    assert names == ["Tomsk"]


def test_recovering_from_a_foreign_backup_is_refused_before_anything_moves(
    closed_database: Path, tmp_path: Path
) -> None:
    backup = create_backup(closed_database)
    backup.path.write_bytes(b"")
    before = closed_database.read_bytes()
    with pytest.raises(BackupError, match="Not restored"):
        recover(closed_database, backup)
    assert closed_database.read_bytes() == before
