"""Where the fuzzers run one example: a fresh copy of a database holding the sample meeting,
real exported files to mutate, the command line run in-process, and the verdict.

The verdict (issue 15): an entry point either succeeds, or says why in a message with exit
code 1 or 2; it never ends with exit code 70 or a traceback, and a refused command leaves the
database exactly as it was (a digest of every table's rows before and after).
"""

from __future__ import annotations

import enum
import hashlib
import io
import shutil
import sqlite3
import traceback
from contextlib import closing, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from anmc_desktop.cli import EXIT_USAGE, EXIT_USER_ERROR, main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.draft_files import read_draft_bytes
from anmc_desktop.services import Services


class Outcome(enum.Enum):
    SUCCESS = "success"
    MESSAGE = "message"
    CRASH = "crash"
    PARTIAL_WRITE = "partial write"


ACCEPTABLE = frozenset({Outcome.SUCCESS, Outcome.MESSAGE})


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    detail: str = ""

    @property
    def acceptable(self) -> bool:
        return self.outcome in ACCEPTABLE


@dataclass(frozen=True)
class CommandRun:
    code: int
    output: str


def run_command(argv: list[str]) -> CommandRun:
    """``anmc-desktop ARGV`` in this process: its exit code and what it printed.

    An exception escaping ``main`` is a crash, reported with its traceback as the output."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv, out=out)
        except SystemExit as exit_:  # --help and --version print, then exit
            code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
        except Exception:
            return CommandRun(-1, err.getvalue() + traceback.format_exc())
    return CommandRun(code, out.getvalue() + err.getvalue())


def table_digest(path: Path) -> str:
    """A digest of every row of every table (the file's bytes may differ by a checkpoint)."""
    if not path.exists():
        return "missing"
    digest = hashlib.sha256()
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            tables = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
            for (table,) in tables:
                rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
                digest.update(table.encode())
                digest.update(repr(sorted(map(repr, rows))).encode())
    except sqlite3.DatabaseError as error:
        return f"unreadable: {error}"
    return digest.hexdigest()


def judge(run: CommandRun, before: str | None = None, after: str | None = None) -> Verdict:
    """The verdict on one command: ``before``/``after`` are table digests, for a command
    that must write nothing when it refuses."""
    if run.code not in (0, EXIT_USER_ERROR, EXIT_USAGE) or "Traceback" in run.output:
        return Verdict(Outcome.CRASH, f"exit code {run.code}: {run.output[-2000:]}")
    if run.code != 0 and before != after:
        return Verdict(Outcome.PARTIAL_WRITE, f"refused, yet the tables changed: {run.output}")
    return Verdict(Outcome.SUCCESS if run.code == 0 else Outcome.MESSAGE, run.output[-300:])


class Workspace:
    """A folder with a migrated database holding the sample meeting (made once), a fresh
    copy of it for each example, and the sample's exported files as seeds for mutations."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.template = folder / "template.sqlite"
        self.database = folder / "plenary.sqlite"
        self.files = folder / "files"
        self.files.mkdir(exist_ok=True)
        database = open_database(sqlite_url(self.template))
        services = Services.on(database)
        self.meeting_id = services.sample.load()
        database.dispose()
        self.fresh_database()
        self.meeting_file = self._exported("meeting.json", "meeting")
        self.csv_file = self._exported("persons.csv", "delegations", "--format", "csv")
        self.xlsx_file = self._exported("persons.xlsx", "delegations", "--format", "xlsx")
        self.declaration_docx = self._exported("declaration.docx", "declaration")
        self.declaration_text = "\n\n".join(
            line.text for line in read_draft_bytes(self.declaration_docx, "declaration.docx")
        ).encode()

    def _exported(self, name: str, what: str, *options: str) -> bytes:
        output = self.folder / name
        run = run_command(
            [
                "--database",
                str(self.database),
                "export",
                what,
                "--meeting",
                str(self.meeting_id),
                *options,
                "-o",
                str(output),
            ]
        )
        assert run.code == 0, run.output
        return output.read_bytes()

    def fresh_database(self) -> Path:
        """The sample database, as it was made, in place of whatever the last example did."""
        for leftover in self.folder.glob(f"{self.database.name}*"):
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        shutil.copyfile(self.template, self.database)
        return self.database

    def file(self, name: str, content: bytes) -> Path:
        path = self.files / name
        path.write_bytes(content)
        return path

    def digest(self) -> str:
        return table_digest(self.database)
