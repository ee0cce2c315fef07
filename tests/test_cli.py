"""The command line: each command and each kind of user error."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from anmc_desktop import __version__
from anmc_desktop.cli import EXIT_USAGE, EXIT_USER_ERROR, main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_load_sample_prints_the_new_meetings_id(tmp_path: Path) -> None:
    database = tmp_path / "x.db"
    code, output = run("--database", str(database), "load-sample")
    assert (code, output) == (0, "1\n")
    with sqlite3.connect(database) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("city", "delegation", "signatory")
        ]
        order = connection.execute(
            "SELECT city.name_en FROM signatory JOIN delegation ON delegation.id = "
            "signatory.delegation_id JOIN city ON city.id = delegation.city_id "
            "ORDER BY signatory.position"
        ).fetchall()
    assert counts == [13, 12, 5]
    assert [row[0] for row in order] == ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"]


def test_meetings_lists_id_title_and_days(tmp_path: Path) -> None:
    database = str(tmp_path / "x.db")
    run("--database", database, "load-sample")
    code, output = run("--database", database, "meetings")
    assert code == 0
    assert output == "1\t13th Plenary Meeting of the ANMC21\t2014-09-04\t2014-09-06\n"


def test_overview_lists_what_still_needs_doing_in_english(tmp_path: Path) -> None:
    database = str(tmp_path / "x.db")
    run("--database", database, "load-sample")
    code, output = run("--database", database, "overview", "--meeting", "1")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "Delegations: Attending: 12"
    assert "- Bangkok: head of delegation not named yet" in lines
    assert "- Tomsk: Sergey Zhvachkin has no arrival or departure" in lines
    assert "- The declaration is still a draft" in lines


def test_database_url_and_environment_variable_select_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    assert run("--database-url", url, "load-sample") == (0, "1\n")
    monkeypatch.setenv("ANMC_DATABASE_URL", url)
    code, output = run("meetings")
    assert code == 0
    assert "13th Plenary" in output


def test_without_options_the_default_database_is_in_the_user_data_folder(
    isolated_home: Path,
) -> None:
    assert run("load-sample") == (0, "1\n")
    assert (isolated_home / "data" / "anmc.db").exists()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"anmc-desktop {__version__}\n"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["frobnicate"], EXIT_USAGE, "invalid choice"),
        (["--database", "a.db", "--database-url", "sqlite://", "meetings"], EXIT_USAGE,
         "not allowed with"),
        (["--database-url", "nosuch://x", "meetings"], EXIT_USER_ERROR, "Cannot use database URL"),
        (["--database-url", "::::", "meetings"], EXIT_USER_ERROR, "Not a database URL"),
        (["--database", "/nonexistent/folder/x.db", "meetings"], EXIT_USER_ERROR,
         "Cannot open the database"),
    ],
)  # fmt: skip
def test_user_errors_print_one_line_and_exit_non_zero(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    error = capsys.readouterr().err
    assert message in error
    assert error.count("\n") == 1
    assert "Traceback" not in error


def test_a_file_that_is_not_a_database_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    assert main(["--database", str(junk), "meetings"]) == EXIT_USER_ERROR
    error = capsys.readouterr().err
    assert error.startswith("anmc-desktop: ")
    assert error.count("\n") == 1


def test_the_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "anmc_desktop", "--database", str(tmp_path / "x.db"), "meetings"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"ANMC_HOME": str(tmp_path / "home")},
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


WINDOW_HOLDING_THE_DATABASE = """
import sys
from anmc_desktop.db import open_database
database = open_database(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def held_database(tmp_path: Path):
    """A database with the sample meeting, held for writing by another process (as the
    window holds it)."""
    database = tmp_path / "held.db"
    assert run("--database", str(database), "load-sample")[0] == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", WINDOW_HOLDING_THE_DATABASE, f"sqlite:///{database}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        yield database
    finally:
        holder.communicate("", timeout=60)


def test_reading_commands_work_while_the_window_holds_the_database(
    held_database: Path, tmp_path: Path
) -> None:
    database = str(held_database)
    code, output = run("--database", database, "meetings")
    assert (code, output.split("\t")[1]) == (0, "13th Plenary Meeting of the ANMC21")
    programme = tmp_path / "programme.pdf"
    assert (
        run("--database", database, "print", "programme", "--meeting", "1", "-o", str(programme))[0]
        == 0
    )
    assert programme.read_bytes().startswith(b"%PDF")
    agenda = tmp_path / "agenda.ics"
    assert (
        run(
            "--database",
            database,
            "export",
            "agenda",
            "--meeting",
            "1",
            "--format",
            "ics",
            "-o",
            str(agenda),
        )[0]
        == 0
    )
    assert "BEGIN:VCALENDAR" in agenda.read_text(encoding="utf-8")


def test_a_writing_command_says_plainly_that_the_window_holds_the_database(
    held_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("--database", str(held_database), "load-sample")
    error = capsys.readouterr().err
    assert code == EXIT_USER_ERROR
    assert "the ANMC Desktop window holds" in error and "cannot change it" in error
    assert "read-only" not in error
