"""The storage tests run on SQLite and on a real PostgreSQL server (``postgres_url``, in
tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.db import sqlite_url

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "shared.db")
    return str(request.getfixturevalue("postgres_url"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
