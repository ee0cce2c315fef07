"""The command line's progress bar: on a terminal or with --progress, never in scripts;
its steps named in the language the window would speak."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from anmc_desktop.cli import main


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's locale is English unless a test says otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def sample_database(tmp_path: Path) -> Path:
    database = tmp_path / "x.db"
    assert main(["--database", str(database), "load-sample"], out=io.StringIO()) == 0
    return database


def _print_cards(database: Path, output: Path, *options: str) -> tuple[int, str]:
    out = io.StringIO()
    argv = ["--database", str(database), "print", "place-cards", "--meeting", "1"]
    code = main([*argv, "-o", str(output), *options], out=out)
    return code, out.getvalue()


def test_with_progress_the_steps_and_a_bar_go_to_stderr(
    sample_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cards.pdf"
    assert _print_cards(sample_database, output, "--progress") == (0, f"{output}\n")
    shown = capsys.readouterr().err
    assert "Gathering the records..." in shown
    assert "Drawing the pages [" in shown
    assert "]: 9 of 9" in shown  # a card for each of the 9 named persons
    assert shown.endswith("Writing the file...\n")
    assert output.read_bytes().startswith(b"%PDF")


def test_in_a_script_the_command_line_stays_quiet(
    sample_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for options in ((), ("--no-progress",)):
        output = tmp_path / "cards.pdf"
        assert _print_cards(sample_database, output, *options)[0] == 0
        assert capsys.readouterr().err == ""


def test_exports_and_imports_take_the_option_too(
    sample_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_file = tmp_path / "tomsk.json"
    base = ["--database", str(sample_database)]
    export = [*base, "export", "meeting", "--meeting", "1", "-o", str(meeting_file)]
    assert main([*export, "--progress"], out=io.StringIO()) == 0
    assert "Exporting the meeting file..." in capsys.readouterr().err
    again = [*base, "import", "meeting", str(meeting_file), "--as-copy", "--progress"]
    assert main(again, out=io.StringIO()) == 0
    assert "Importing the meeting..." in capsys.readouterr().err


def test_the_steps_are_named_in_the_language_chosen_on_the_command_line(
    sample_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cards.pdf"
    argv = ["--language", "ru", "--database", str(sample_database), "print", "place-cards"]
    assert main([*argv, "--meeting", "1", "-o", str(output), "--progress"], io.StringIO()) == 0
    shown = capsys.readouterr().err
    assert "Сбор данных..." in shown
    assert "Построение страниц [" in shown and "]: 9 из 9" in shown
    assert shown.endswith("Запись файла...\n")
    assert "Drawing" not in shown and "Writing" not in shown


def test_without_a_choice_the_steps_follow_the_system_locale(
    sample_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    output = tmp_path / "cards.pdf"
    assert _print_cards(sample_database, output, "--progress")[0] == 0
    shown = capsys.readouterr().err
    assert "ページを描画中 [" in shown and "]: 9 件中 9 件" in shown
    assert "Drawing" not in shown


def test_on_a_terminal_the_bar_is_drawn_without_asking(sample_database: Path, tmp_path: Path):
    output = tmp_path / "cards.pdf"
    controller, terminal = pty.openpty()
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "anmc_desktop", "--database", str(sample_database),
             "print", "place-cards", "--meeting", "1", "-o", str(output)],
            stdout=subprocess.PIPE, stderr=terminal, env={**os.environ}, check=False,
            timeout=120,
        )  # fmt: skip
        os.close(terminal)
        terminal = -1
        shown = b""
        while chunk := _read(controller):
            shown += chunk
    finally:
        if terminal >= 0:
            os.close(terminal)
        os.close(controller)
    assert finished.returncode == 0
    assert finished.stdout.decode() == f"{output}\n"
    assert b"Drawing the pages [" in shown


def _read(descriptor: int) -> bytes:
    try:
        return os.read(descriptor, 65536)
    except OSError:  # the terminal's other end is closed: everything was read
        return b""


@pytest.fixture
def guests(tmp_path: Path) -> Path:
    guests = tmp_path / "guests.csv"
    guests.write_text("City,Family name,Given name\nTomsk,Popova,Olga\n", encoding="utf-8")
    return guests


def test_person_imports_backups_and_restores_take_the_option_too(
    sample_database: Path, guests: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--database", str(sample_database)]
    importing = [*base, "import", "persons", "--meeting", "1", str(guests)]
    assert main([*importing, "--progress"], out=io.StringIO()) == 0
    shown = capsys.readouterr().err
    assert "Reading the file..." in shown
    assert "Checking the rows [" in shown
    assert "Writing the persons [" in shown and "]: 1 of 1" in shown
    copy = tmp_path / "copy.db"
    assert main([*base, "backup", "-o", str(copy), "--progress"], out=io.StringIO()) == 0
    shown = capsys.readouterr().err
    assert "Copying the pages [" in shown and shown.endswith("Checking the copy...\n")
    assert main([*base, "restore", str(copy), "--progress"], out=io.StringIO()) == 0
    shown = capsys.readouterr().err
    assert "Checking the backup..." in shown and "Replacing the database [" in shown


def test_person_imports_backups_and_restores_stay_quiet_in_a_script(
    sample_database: Path, guests: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--database", str(sample_database)]
    copy = tmp_path / "copy.db"
    for argv in (
        [*base, "import", "persons", "--meeting", "1", str(guests)],
        [*base, "backup", "-o", str(copy)],
        [*base, "restore", str(copy)],
    ):
        assert main(argv, out=io.StringIO()) == 0
        assert capsys.readouterr().err == ""


def test_the_undo_of_an_import_takes_the_option_too(
    sample_database: Path, guests: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--database", str(sample_database)]
    for options in (["--progress"], []):
        out = io.StringIO()
        assert main([*base, "import", "persons", "--meeting", "1", str(guests)], out=out) == 0
        record = out.getvalue().split("anmc-desktop import undo ")[1].strip()
        capsys.readouterr()
        assert main([*base, "import", "undo", record, *options], out=io.StringIO()) == 0
        shown = capsys.readouterr().err
        if options:
            assert "Checking the records have not changed..." in shown
            assert shown.endswith("Putting back what it changed [" + "#" * 30 + "]: 1 of 1\n")
        else:
            assert shown == ""
