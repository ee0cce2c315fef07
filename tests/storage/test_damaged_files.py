"""Damaged or foreign files are named, never overwritten, and the newest good backup offered."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services
from anmc_desktop.services.recovery import recover
from anmc_desktop.storage.automatic_backups import AutomaticBackups
from anmc_desktop.storage.backups import backup_folder, create_backup, list_backups
from anmc_desktop.storage.health import (
    DatabaseProblemError,
    ProblemKind,
    check_database_file,
    offered_backup,
)

START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _healthy(path: Path) -> None:
    database = open_database(sqlite_url(path))
    services = Services.on(database)
    services.sample.load()
    database.dispose()


def _truncate(path: Path) -> None:
    _healthy(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _not_sqlite(path: Path) -> None:
    path.write_text("name;city\nIvan Petrov;Tomsk\n", encoding="utf-8")


def _scribbled_pages(path: Path) -> None:
    _healthy(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 8 : start + page] = os.urandom(page - 8)
    path.write_bytes(bytes(data))


def _scribbled_with(seed: int, path: Path) -> None:
    """Pages scribbled over as ``_scribbled_pages`` does, the same bytes every run."""
    _healthy(path)
    data = bytearray(path.read_bytes())
    scribbles = random.Random(seed)
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 8 : start + page] = scribbles.randbytes(page - 8)
    path.write_bytes(bytes(data))


def _other_application(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
        connection.commit()


KINDS: dict[str, tuple[Callable[[Path], None], ProblemKind, str]] = {
    "truncated": (_truncate, ProblemKind.DAMAGED, "is damaged"),
    "random bytes": (_random_bytes, ProblemKind.NOT_SQLITE, "is not a database file"),
    "a text file": (_not_sqlite, ProblemKind.NOT_SQLITE, "is not a database file"),
    "scribbled pages": (_scribbled_pages, ProblemKind.DAMAGED, "is damaged"),
    "another application's": (_other_application, ProblemKind.FOREIGN, "not an ANMC Desktop"),
}


# The window's quick check of opening reads no data pages: damage there (scribbled pages
# may or may not hit the schema) is found by its backup on opening, tested below.
OPENINGS = [pytest.param(kind, True, id=f"{kind}, every page") for kind in KINDS] + [
    pytest.param(kind, False, id=f"{kind}, quick") for kind in KINDS if kind != "scribbled pages"
]


@pytest.mark.parametrize(("kind", "thorough"), OPENINGS)
def test_a_problem_file_is_refused_with_its_name_and_left_untouched(
    kind: str, thorough: bool, tmp_path: Path
) -> None:
    # GIVEN a file of this kind where the database should be
    path = tmp_path / "plenary.db"
    make, expected_kind, phrase = KINDS[kind]
    make(path)
    before = path.read_bytes()
    # WHEN the app opens it (the window leaves reading every page to its backup on opening)
    with pytest.raises(DatabaseProblemError) as refused:
        open_database(sqlite_url(path), thorough=thorough)
    # THEN the error names the file and says what is wrong, and the file is as it was
    assert refused.value.kind is expected_kind
    assert str(path) in str(refused.value)
    assert phrase in str(refused.value)
    assert path.read_bytes() == before
    assert {p.name for p in tmp_path.glob("plenary.db*")} <= {"plenary.db", "plenary.db.lock"}


@pytest.mark.parametrize("kind", KINDS)
def test_recovery_sets_the_file_aside_and_restores_the_newest_good_backup(
    kind: str, tmp_path: Path
) -> None:
    # GIVEN a database with two good backups and one damaged newer one
    path = tmp_path / "plenary.db"
    database = open_database(sqlite_url(path))
    services = Services.on(database)
    services.cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    create_backup(path, now=START)
    services.cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    good = create_backup(path, now=START + dt.timedelta(hours=1))
    broken = create_backup(path, now=START + dt.timedelta(hours=2))
    broken.path.write_bytes(broken.path.read_bytes()[:5000])
    database.dispose()
    # AND the database has become a problem file
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    KINDS[kind][0](elsewhere / path.name)
    (elsewhere / path.name).replace(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseProblemError) as refused:
        open_database(sqlite_url(path))
    # WHEN the organizer accepts the offered backup
    offered = offered_backup(refused.value.path)
    assert offered == good
    set_aside = recover(path, offered)
    # THEN the problem file is kept under a new name, unchanged
    assert set_aside.read_bytes() == damaged_bytes
    assert set_aside.name.startswith("plenary.db.set-aside-")
    # AND the database opens with the backup's contents
    reopened = open_database(sqlite_url(path))
    assert [c.name_en for c in Services.on(reopened).cities.list_cities()] == ["Busan", "Tomsk"]
    reopened.dispose()


def test_without_a_backup_the_organizer_can_start_afresh_and_keep_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plenary.db"
    _random_bytes(path)
    assert offered_backup(path) is None
    set_aside = recover(path, None)
    assert set_aside.exists()
    database = open_database(sqlite_url(path))
    assert Services.on(database).cities.list_cities() == []
    database.dispose()


def test_setting_aside_twice_never_overwrites_an_earlier_file(tmp_path: Path) -> None:
    path = tmp_path / "plenary.db"
    _not_sqlite(path)
    first = recover(path, None)
    _random_bytes(path)
    second = recover(path, None)
    assert first != second
    assert first.read_text(encoding="utf-8").startswith("name;city")


def test_an_emptied_database_that_had_backups_is_a_problem(tmp_path: Path) -> None:
    # GIVEN a database with a backup, whose file was then emptied
    path = tmp_path / "plenary.db"
    _healthy(path)
    create_backup(path)
    path.write_bytes(b"")
    # WHEN it is opened THEN it is not silently made a new empty database
    with pytest.raises(DatabaseProblemError, match="empty"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == b""


def test_a_missing_database_that_had_backups_is_a_problem_and_its_backup_restorable(
    tmp_path: Path,
) -> None:
    # GIVEN a database with a backup, whose file was then moved away
    path = tmp_path / "plenary.db"
    _healthy(path)
    create_backup(path)
    path.rename(tmp_path / "moved.db")
    # WHEN it is opened THEN it is refused with its name, rather than opened empty
    with pytest.raises(DatabaseProblemError, match="backups") as refused:
        open_database(sqlite_url(path))
    assert refused.value.kind is ProblemKind.MISSING
    assert str(path) in str(refused.value)
    assert not path.exists()
    # AND the newest backup can be put in its place
    backup = offered_backup(path)
    assert backup is not None
    assert recover(path, backup) is None
    database = open_database(sqlite_url(path))
    assert len(Services.on(database).meetings.list_meetings()) == 1
    database.dispose()


def test_an_organizer_may_start_afresh_where_a_database_with_backups_was(tmp_path: Path) -> None:
    # GIVEN a database with a backup, whose file was then deleted
    path = tmp_path / "plenary.db"
    _healthy(path)
    create_backup(path)
    path.unlink()
    # WHEN the organizer chooses to start an empty database there
    recover(path, None)
    # THEN it opens, empty, and the backup is still there
    database = open_database(sqlite_url(path))
    assert Services.on(database).meetings.list_meetings() == []
    database.dispose()
    assert offered_backup(path) is not None


def test_the_backup_on_opening_finds_damaged_pages_and_keeps_no_copy_of_them(
    tmp_path: Path,
) -> None:
    # GIVEN a database with a good backup, whose last page was then scribbled over: the
    # quick check of opening does not read it
    path = tmp_path / "plenary.db"
    _healthy(path)
    good = create_backup(path, now=START)
    data = bytearray(path.read_bytes())
    data[-4096 + 8 :] = os.urandom(4096 - 8)
    path.write_bytes(bytes(data))
    check_database_file(path, thorough=False)
    # WHEN the backup on opening copies it
    with pytest.raises(DatabaseProblemError) as found:
        AutomaticBackups(path).on_open()
    # THEN the damage is named as opening names it, the good backup is still the newest
    # one (the damaged copy was not kept) and offered
    assert found.value.kind is ProblemKind.DAMAGED
    assert str(path) in str(found.value)
    assert list_backups(path) == [good]
    assert offered_backup(path) == good
    assert not [p for p in backup_folder(path).iterdir() if p.name != good.path.name]


def test_damage_whose_report_quotes_bytes_that_are_no_utf8_is_refused_as_damaged(
    tmp_path: Path,
) -> None:
    # GIVEN a file whose scribbled pages make integrity_check quote bytes that are no UTF-8
    # (these scribbles once made the check itself fail with a UnicodeDecodeError)
    path = tmp_path / "plenary.db"
    _scribbled_with(73, path)
    # WHEN the file is checked as opening checks it
    with pytest.raises(DatabaseProblemError) as refused:
        check_database_file(path, thorough=True)
    # THEN it is refused as damaged, naming the file
    assert refused.value.kind is ProblemKind.DAMAGED
    assert "plenary.db" in str(refused.value)
