"""Every test gets its own user folders and its own SQLite file under tmp_path.

The service and exchange tests (and the storage tests, by ``database_url``) run on SQLite
and on a real PostgreSQL server too: ``.ci/setup test`` starts the server and writes its URL
to ``.venv/anmc-test-postgres.url``; ``ANMC_TEST_POSTGRES_URL`` overrides it. Each test gets
a database of its own on the server (dropped afterwards), so the tests stay parallel-safe.
Without a server the PostgreSQL variants skip, except on CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.models.base import Base
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


def _mount(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB disk of its own (skipped where this process may not mount one)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = _mount("-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _remount_read_only(disk: Path) -> None:
    remounted = _mount("-o", "remount,ro", str(disk))
    assert remounted.returncode == 0, remounted.stderr


@pytest.fixture
def make_read_only() -> Callable[[Path], None]:
    """Mount the ``small_disk`` again, read-only."""
    return _remount_read_only


POSTGRES_URL_VARIABLE = "ANMC_TEST_POSTGRES_URL"
POSTGRES_URL_FILE = Path(__file__).resolve().parents[1] / ".venv" / "anmc-test-postgres.url"


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


@contextmanager
def _new_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
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
            # template0 takes no connections: copying it never fails because another
            # process is connected to the template (as template1 can be).
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    except OperationalError as error:
        admin.dispose()
        _no_server(
            f"the PostgreSQL test server at {make_url(server)!r} is unreachable: {error.orig}"
        )
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Engine, name: str) -> None:
    """Drop a test database, waiting a little for the server's autovacuum: FORCE cannot
    end the superuser's worker, so a drop while one tidies the database fails."""
    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError:
            if attempt == 19:
                raise
            time.sleep(0.25)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database of this test's own (for tests of the schema
    itself: upgrades, migrations, several organizers at once)."""
    with _new_postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def _migrated_postgres_url() -> Iterator[str]:
    """One migrated PostgreSQL database per test process, emptied after each test that
    uses it: creating and migrating a database for each test took most of their time."""
    with _new_postgres_database() as url:
        open_database(url).dispose()
        yield url


def _empty_every_table(url: str) -> None:
    """Remove every row but the schema revision, and start the ids from 1 again (row by
    row: TRUNCATE replaces each table's files, many times slower on these few rows)."""
    engine = create_engine(url)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
        sequences = connection.execute(
            text("SELECT sequence_name FROM information_schema.sequences")
        ).scalars()
        for sequence in list(sequences):
            connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_on_either(request: pytest.FixtureRequest, database_path: Path) -> Iterator[Database]:
    """A migrated database: a SQLite file, then an empty PostgreSQL database."""
    if request.param == "sqlite":
        opened = open_database(sqlite_url(database_path))
        yield opened
        opened.dispose()
        return
    url = str(request.getfixturevalue("_migrated_postgres_url"))
    opened = open_database(url)
    try:
        yield opened
    finally:
        opened.dispose()
        _empty_every_table(url)
