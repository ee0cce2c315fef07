"""Every test gets its own user folders and its own SQLite file under tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.services import Services


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ANMC_HOME", str(home))
    monkeypatch.delenv("ANMC_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "plenary.db"


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    opened = open_database(sqlite_url(database_path))
    yield opened
    opened.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services.on(database)


@pytest.fixture
def sample_meeting_id(services: Services) -> int:
    return services.sample.load()
