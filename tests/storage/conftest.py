"""The storage tests run on SQLite and on a real PostgreSQL server.

``.ci/setup test`` starts the server and writes its URL to ``.venv/anmc-test-postgres.url``;
``ANMC_TEST_POSTGRES_URL`` overrides it. Each test gets a database of its own on the server
(dropped afterwards), so the tests stay parallel-safe. Without a server the PostgreSQL
variants skip, except on CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from anmc_desktop.db import sqlite_url

POSTGRES_URL_VARIABLE = "ANMC_TEST_POSTGRES_URL"
POSTGRES_URL_FILE = Path(__file__).resolve().parents[2] / ".venv" / "anmc-test-postgres.url"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def postgres_server_url() -> str | None:
    from_environment = os.environ.get(POSTGRES_URL_VARIABLE)
    if from_environment:
        return from_environment
    if POSTGRES_URL_FILE.exists():
        return POSTGRES_URL_FILE.read_text(encoding="utf-8").strip() or None
    return None


def _no_server(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required on CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database of this test's own."""
    server = postgres_server_url()
    if server is None:
        _no_server(
            f"no PostgreSQL test server (run `bash .ci/setup test` or set {POSTGRES_URL_VARIABLE})"
        )
    assert server is not None
    name = f"anmc_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as error:
        admin.dispose()
        _no_server(
            f"the PostgreSQL test server at {make_url(server)!r} is unreachable: {error.orig}"
        )
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


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
