"""These tests run on SQLite and on PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from anmc_desktop.db import Database


@pytest.fixture
def database(database_on_either: Database) -> Database:
    return database_on_either
