"""One writer per file: a second instance is told who has it open and can read it only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from anmc_desktop.db import Database, ReadOnlyDatabaseError, open_database, sqlite_url
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services
from anmc_desktop.storage.backups import create_backup, list_backups, restore
from anmc_desktop.storage.lock import DatabaseInUseError

HOLDER = textwrap.dedent(
    """
    import sys, time
    from anmc_desktop.db import open_database, sqlite_url
    from anmc_desktop.services import Services
    from anmc_desktop.services.cities import CityDraft
    database = open_database(sqlite_url(sys.argv[1]))
    Services.on(database).cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    print("ready", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def other_window(database_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another app process that has the database open for writing."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.kill()
    process.wait()


def test_a_second_instance_is_told_the_file_is_open_and_by_whom(
    other_window: subprocess.Popen[str], database_path: Path
) -> None:
    # GIVEN another process has the database open
    # WHEN this one opens it for writing
    with pytest.raises(DatabaseInUseError) as refused:
        open_database(sqlite_url(database_path))
    # THEN it is refused, naming the file and the other process
    message = str(refused.value)
    assert str(database_path) in message
    assert f"process {other_window.pid}" in message
    assert "read-only" in message


def test_the_second_instance_can_read_but_not_write(
    other_window: subprocess.Popen[str], database_path: Path
) -> None:
    # GIVEN another process has the database open WHEN this one opens it read-only
    database = open_database(sqlite_url(database_path), read_only=True)
    services = Services.on(database)
    # THEN it reads what the other one wrote
    assert [city.name_en for city in services.cities.list_cities()] == ["Tomsk"]
    # AND every write is refused, through the services and below them
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        services.cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    with pytest.raises(OperationalError, match="readonly"), database.reading() as session:
        session.execute(text("DELETE FROM city"))
    database.dispose()
    assert [city.name_en for city in services.cities.list_cities()] == ["Tomsk"]


def test_a_killed_instance_leaves_no_stale_lock(
    other_window: subprocess.Popen[str], database_path: Path
) -> None:
    # GIVEN the other process dies without closing anything
    other_window.send_signal(signal.SIGKILL)
    other_window.wait()
    # WHEN this one opens the database THEN it may write
    database = open_database(sqlite_url(database_path))
    Services.on(database).cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    assert len(Services.on(database).cities.list_cities()) == 2
    database.dispose()


def test_one_process_may_open_the_same_file_twice(database: Database, database_path: Path) -> None:
    # GIVEN the database is open WHEN the same process opens it again
    again = open_database(sqlite_url(database_path))
    again.dispose()
    # THEN the first one still holds the file against other processes
    with pytest.raises(subprocess.CalledProcessError):
        subprocess.run(
            [sys.executable, "-c", HOLDER, str(database_path)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    Services.on(database).cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))


def test_a_read_only_window_cannot_create_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(sqlite_url(missing), read_only=True)
    assert not missing.exists()


def test_a_restore_waits_for_the_other_window_to_close(
    other_window: subprocess.Popen[str], database_path: Path, tmp_path: Path
) -> None:
    # GIVEN a backup, and another process that has the database open
    backup = create_backup(database_path, destination=tmp_path / "copy.db")
    # WHEN a restore into the database is attempted
    with pytest.raises(DatabaseInUseError):
        restore(backup.path, database_path)
    # THEN nothing was replaced under the other window
    assert not list(tmp_path.glob("*.restoring"))
    assert list_backups(database_path) == []
