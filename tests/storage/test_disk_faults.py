"""A full disk, a read-only disk and a lost server connection are named as what they are,
with what to do; nothing is written half, and none is an "unexpected error" (exit 70) or
a "damaged" database. The disks are real: a small tmpfs, remounted read-only."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import StorageFaultError
from anmc_desktop.files import write_atomically
from anmc_desktop.services import Services


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def test_a_full_disk_is_named_and_nothing_is_saved_half(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a database on a disk that is then filled up
    path = small_disk / "plenary.db"
    open_database(sqlite_url(path)).dispose()
    filler = _fill(small_disk)
    # WHEN the sample meeting is loaded
    code, error = _run(capsys, "--database", str(path), "load-sample")
    # THEN the organizer is told the disk is full and what to do
    assert code == EXIT_USER_ERROR, error
    assert "the disk is full" in error
    assert "free some space" in error
    # AND once space is freed, the database is whole and holds nothing of it
    filler.unlink()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM meeting").fetchone() == (0,)


def test_a_pdf_written_to_a_full_disk_is_named_and_leaves_no_partial_file(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "plenary.db")
    code, output = _run(capsys, "--database", database, "load-sample")
    assert code == 0, output
    meeting = output.strip().split()[-1]
    _fill(small_disk)
    code, error = _run(
        capsys, "--database", database, "print", "badges", "--meeting", meeting,
        "-o", str(small_disk / "badges.pdf"),
    )  # fmt: skip
    assert code == EXIT_USER_ERROR, error
    assert "the disk is full" in error
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler"]


def test_a_file_written_to_a_full_or_read_only_disk_is_a_named_fault(
    small_disk: Path, make_read_only: Callable[[Path], None]
) -> None:
    filler = _fill(small_disk)
    with pytest.raises(StorageFaultError, match="the disk is full"):
        write_atomically(small_disk / "list.csv", b"x" * 65536)
    filler.unlink()
    make_read_only(small_disk)
    with pytest.raises(StorageFaultError, match="read-only"):
        write_atomically(small_disk / "list.csv", b"x")
    assert list(small_disk.iterdir()) == []


def test_a_database_on_a_read_only_disk_is_not_called_damaged(
    small_disk: Path, make_read_only: Callable[[Path], None], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a database on a disk that is then mounted read-only
    path = small_disk / "plenary.db"
    open_database(sqlite_url(path)).dispose()
    before = path.read_bytes()
    make_read_only(small_disk)
    # WHEN it is opened to write
    code, error = _run(capsys, "--database", str(path), "load-sample")
    # THEN the organizer is told the disk is read-only and what to do
    assert code == EXIT_USER_ERROR, error
    assert "read-only" in error
    assert "damaged" not in error
    assert path.read_bytes() == before


def test_a_lost_server_connection_is_named(postgres_url: str) -> None:
    database = open_database(postgres_url)
    try:
        with (
            pytest.raises(StorageFaultError, match="connection to the database server"),
            database.writing() as session,
        ):
            session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        # AND the next unit of work connects again
        assert Services.on(database).cities.list_cities() == []
    finally:
        database.dispose()
