"""These tests run on SQLite and on PostgreSQL (see tests/conftest.py); the command-line
tests get a database file holding the sample meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.services import Services


@pytest.fixture
def database(database_on_either: Database) -> Database:
    return database_on_either


@pytest.fixture
def sample_file(tmp_path: Path) -> tuple[Path, int]:
    """A database file holding the sample meeting (closed again, as a user's would be)."""
    path = tmp_path / "plenary.db"
    database = open_database(sqlite_url(path))
    meeting_id = Services.on(database).sample.load()
    database.dispose()
    return path, meeting_id
