"""A database that cannot be written here (a read-only disk, a read-only file, a folder
without write permission) is still read: the reading commands work, the writing ones say
why not and what to do, and nothing is written half. Missing permissions are real: the
command runs as a process without root's power to ignore them (``setpriv`` drops it when
the tests run as root), on files and folders made unwritable with chmod."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from anmc_desktop.cli import EXIT_USER_ERROR, main

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def test_reading_commands_work_on_a_database_on_a_read_only_disk(
    small_disk: Path,
    make_read_only: Callable[[Path], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # GIVEN a database with the sample meeting, on a disk then mounted read-only
    database = str(small_disk / "plenary.db")
    assert _run(capsys, "--database", database, "load-sample")[0] == 0
    make_read_only(small_disk)
    # WHEN the meetings are listed, the meeting exported and the database backed up
    # THEN each works from the read-only disk
    code, output = _run(capsys, "--database", database, "meetings")
    assert code == 0, output
    assert "13th Plenary Meeting" in output
    exported = tmp_path / "meeting.json"
    code, output = _run(
        capsys, "--database", database, "export", "meeting", "--meeting", "1", "-o", str(exported)
    )
    assert code == 0, output
    assert json.loads(exported.read_bytes())["meeting"]["title"].startswith("13th Plenary")
    code, output = _run(capsys, "--database", database, "backup", "-o", str(tmp_path / "b.db"))
    assert code == 0, output
    # AND a command that writes says that the disk is read-only and what to do
    code, output = _run(capsys, "--database", database, "load-sample")
    assert code == EXIT_USER_ERROR
    assert "read-only" in output
    assert "open the database read-only" in output


@pytest.fixture
def without_root_powers() -> list[str]:
    """The prefix that runs a command as a process that permissions apply to."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions are not enforced")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all"]


def _command(prefix: list[str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "anmc_desktop", *arguments],
        capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(), check=False,
    )  # fmt: skip


@pytest.fixture
def sample_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "plenary.db"
    assert _run(capsys, "--database", str(database), "load-sample")[0] == 0
    yield database
    folder.chmod(0o700)
    database.chmod(0o600)


def test_an_export_into_a_folder_without_permission_is_named_and_leaves_nothing(
    without_root_powers: list[str], sample_database: Path, tmp_path: Path
) -> None:
    # GIVEN a folder nobody may enter or write (chmod 000)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o000)
    try:
        # WHEN the meeting is exported into it
        done = _command(
            without_root_powers, "--database", str(sample_database),
            "export", "meeting", "--meeting", "1", "-o", str(locked / "meeting.json"),
        )  # fmt: skip
    finally:
        locked.chmod(0o700)
    # THEN the organizer is told there is no permission, and nothing is written
    assert done.returncode == EXIT_USER_ERROR, done.stderr
    assert "no permission" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(locked.iterdir()) == []


def test_a_read_only_database_file_is_read_and_never_written(
    without_root_powers: list[str], sample_database: Path
) -> None:
    # GIVEN a database file made read-only (chmod 444)
    sample_database.chmod(0o444)
    before = sample_database.read_bytes()
    # WHEN the meetings are listed THEN they are
    listed = _command(without_root_powers, "--database", str(sample_database), "meetings")
    assert listed.returncode == 0, listed.stderr
    assert "13th Plenary Meeting" in listed.stdout
    # AND WHEN the sample is loaded again THEN it is refused as read-only, nothing written
    loaded = _command(without_root_powers, "--database", str(sample_database), "load-sample")
    assert loaded.returncode == EXIT_USER_ERROR, loaded.stderr
    assert "read-only" in loaded.stderr
    assert "Traceback" not in loaded.stderr
    assert sample_database.read_bytes() == before


def test_a_database_in_a_folder_without_write_permission_is_read(
    without_root_powers: list[str], sample_database: Path
) -> None:
    # GIVEN a database in a folder that may be read but not written (chmod 555): no lock,
    # journal or shared-memory file can be made beside it
    sample_database.parent.chmod(0o555)
    # WHEN the meetings are listed THEN they are
    listed = _command(without_root_powers, "--database", str(sample_database), "meetings")
    assert listed.returncode == 0, listed.stderr
    assert "13th Plenary Meeting" in listed.stdout
    # AND a command that writes is refused for want of permission, with what to do
    loaded = _command(without_root_powers, "--database", str(sample_database), "load-sample")
    assert loaded.returncode == EXIT_USER_ERROR, loaded.stderr
    assert "no permission" in loaded.stderr or "read-only" in loaded.stderr
    assert "Traceback" not in loaded.stderr
