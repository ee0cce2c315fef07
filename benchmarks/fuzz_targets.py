"""The entry points of issue 15, each a Hypothesis strategy of inputs and a run that judges
one input: command-line arguments, database URLs, meeting files, CSV and XLSX files, the
declaration's text, form fields, and restore files.

``tests/fuzzing/`` runs each with a few dozen examples; ``benchmarks/fuzz.py`` with many.
The declaration enters as a file (``import declaration``, .txt or .docx), through the
meeting file, and through the fields of the declaration editor's service.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import sqlite3
import traceback
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from fuzz_values import (
    byte_mutations,
    datetimes,
    json_paths,
    json_values,
    mutated,
    mutated_zip_member,
    texts,
    with_edit,
)
from fuzz_workspace import CommandRun, Outcome, Verdict, Workspace, judge, run_command
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.delegation_list import COLUMNS, Order
from anmc_desktop.exchange.known_headers import KNOWN_HEADERS
from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.declaration import Originals
from anmc_desktop.printing.delegations import CityOrder
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.printing.page import Paper
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.enums import CityStatus, DelegationStatus, PersonRole, SigningOrderRule
from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services


@dataclass(frozen=True)
class Target:
    name: str
    inputs: st.SearchStrategy[Any]
    run: Callable[[Workspace, Any], Verdict]


def _values(*choices: object) -> st.SearchStrategy[str]:
    return st.sampled_from([str(choice) for choice in choices]) | texts


# Placeholders for the workspace's own files, put in by ``_resolved`` when the command runs.
FILES = ("@meeting.json", "@persons.csv", "@persons.xlsx", "@database", "@missing", "@folder")
OUTPUTS = ("@out", "@out.pdf", "@out.csv", "@no-folder/out.pdf", "@folder")
meeting_ids = _values(1, 2, 0, -1, 10**30)
files = _values(*FILES)
outputs = _values(*OUTPUTS)
flag = None

# Each command: its words, the options it always gets, the options it may get.
GRAMMAR: list[tuple[tuple[str, ...], list[tuple[str | None, Any]], list[tuple[str, Any]]]] = [
    (("meetings",), [], []),
    (("load-sample",), [], []),
    (("overview",), [("--meeting", meeting_ids)], []),
    (("backups",), [], []),
    (("backup",), [], [("-o", outputs)]),
    (("restore",), [(None, files)], []),
    (("organizer",), [], [("", texts)]),
    (("fonts",), [], [("--face", _values("sans", "serif"))]),
    (
        ("city", "aliases"),
        [(None, _values("Tomsk", "tomsk", "Томск", "1", "Atlantis"))],
        [("--add", _values("Томская область", "Tokyo", "")), ("--remove", _values("Tomsk-7"))],
    ),
    (
        ("print",),
        [(None, _values(*DocumentKind)), ("--meeting", meeting_ids), ("-o", outputs)],
        [
            ("--paper", _values(*Paper)),
            ("--originals", _values(*Originals)),
            ("--alternat", flag),
            ("--columns", _values(1, 2, 3)),
            ("--initials", flag),
            ("--order", _values(*CityOrder)),
            ("--contacts", flag),
            ("--travel", flag),
            ("--layout", _values(*BadgeLayout)),
        ],
    ),
    (
        ("export", "delegations"),
        [("--meeting", meeting_ids), ("--format", _values("csv", "xlsx", "pdf")), ("-o", outputs)],
        [
            ("--columns", _values(*COLUMNS, ",".join(COLUMNS))),
            ("--status", _values(*DelegationStatus)),
            ("--roles", _values(*PersonRole)),
            ("--cities", _values("Tomsk", "Seoul,Tokyo", "tomsk")),
            ("--order", _values(*Order)),
            ("--sheet-per-city", flag),
            ("--include-placeholders", flag),
        ],
    ),
    (
        ("export", "agenda"),
        [("--meeting", meeting_ids), ("--format", _values("ics")), ("-o", outputs)],
        [],
    ),
    (("export", "meeting"), [("--meeting", meeting_ids), ("-o", outputs)], []),
    (
        ("import", "persons"),
        [("--meeting", meeting_ids), (None, files)],
        [("--dry-run", flag), ("--column", _values("Guest=family_name", "x=y", "=given_name"))],
    ),
    (("import", "undo"), [(None, files)], []),
    (("import", "meeting"), [(None, files)], [("--as-copy", flag), ("--update", flag)]),
]
OPTION_WORDS = sorted({o for _, _, optional in GRAMMAR for o, _ in optional if o} | {"-h"})


def _safe(word: str) -> str:
    """A generated word that could name a path outside the workspace, made relative."""
    if word.startswith(("/", "~")) or ".." in word:
        return f"x{word.replace('..', '_')}"
    return word


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    words, required, optional = draw(st.sampled_from(GRAMMAR))
    argv = list(words)
    chosen = list(required)
    if optional:
        chosen += draw(st.lists(st.sampled_from(optional), max_size=4))
    for option, values in chosen:
        if option:
            argv.append(option)
        if values is not None:
            argv.append(_safe(draw(values)))
    for _ in range(draw(st.integers(0, 2))):
        junk = draw(st.sampled_from(OPTION_WORDS) | texts.map(_safe))
        argv.insert(draw(st.integers(len(words), len(argv))), junk)
    where = draw(st.sampled_from([["--database", "@database"], ["--database-url", "@url"], []]))
    return [*where, *argv]


def _resolved(workspace: Workspace, argv: list[str]) -> list[str]:
    places = {
        "@database": str(workspace.database),
        "@url": sqlite_url(workspace.database),
        "@meeting.json": str(workspace.file("meeting.json", workspace.meeting_file)),
        "@persons.csv": str(workspace.file("persons.csv", workspace.csv_file)),
        "@persons.xlsx": str(workspace.file("persons.xlsx", workspace.xlsx_file)),
        "@missing": str(workspace.files / "missing.json"),
        "@folder": str(workspace.files),
    }
    return [
        places.get(word, str(workspace.files / word[1:]) if word.startswith("@") else word)
        for word in argv
    ]


def _command(workspace: Workspace, argv: list[str]) -> Verdict:
    workspace.fresh_database()
    before = workspace.digest()
    run = run_command(argv)
    return judge(run, before, workspace.digest())


def _run_command_line(workspace: Workspace, argv: list[str]) -> Verdict:
    return _command(workspace, _resolved(workspace, argv))


# --- database URLs ------------------------------------------------------------------

SECRET = "Zq9SECRET"
password_tails = st.text(alphabet=st.sampled_from("abcXYZ019!#$%^&*()-_+=@:/?~ "), max_size=10)


@st.composite
def database_urls(draw: st.DrawFn) -> str:
    scheme = draw(
        _values(
            "postgresql",
            "postgres",
            "postgresql+psycopg",
            "postgresql+psycopg2",
            "sqlite",
            "mysql",
            "PostgreSQL",
            "postgresql+nothing",
        )
    )
    user = draw(_values("anmc_test", "postgres", "us@er", "us:er", ""))
    password = SECRET + draw(password_tails)
    host = draw(_values("127.0.0.1", "localhost", "[::1]", "", "no-such-host.invalid", "höst"))
    port = draw(_values(5432, 1, 0, 65535, 65536, "port", -1))
    database = draw(_values("anmc_test", "anmc", "", "a/b"))
    query = draw(_values("", "sslmode=disable", "sslmode=nonsense", "connect_timeout=x", "a=b&a=c"))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{scheme}://{user}:{password}@{host}:{port}/{database}?{query}"
    if shape == 1:
        return f"{scheme}://{user}:{password}@{host}/{database}"
    if shape == 2:
        return f"{user}:{password}@{host}:{port}/{database}"
    return f"{scheme}://{user}:{password}@{draw(texts)}"


def _run_database_url(workspace: Workspace, url: str) -> Verdict:
    run = run_command(["--database-url", url, "meetings"])
    verdict = judge(run)
    logs = (
        "".join(
            path.read_text(encoding="utf-8", errors="replace")
            for path in (Path(os.environ["ANMC_HOME"]) / "logs").glob("*")
            if path.is_file()
        )
        if os.environ.get("ANMC_HOME")
        else ""
    )
    if SECRET in run.output or SECRET in logs:
        return Verdict(Outcome.CRASH, f"the password was shown: {run.output}")
    return verdict


# --- meeting files -------------------------------------------------------------------

meeting_file_inputs = st.one_of(
    st.tuples(
        st.just("structure"),
        st.lists(
            st.tuples(
                st.integers(0, 10**6), st.sampled_from(["replace", "delete", "add"]), json_values
            ),
            min_size=1,
            max_size=3,
        ),
    ),
    st.tuples(st.just("bytes"), byte_mutations()),
    st.tuples(st.just("whole"), json_values),
)
if_already_there = st.sampled_from([[], ["--as-copy"], ["--update"]])


def _meeting_file_bytes(workspace: Workspace, example: tuple[str, Any]) -> bytes:
    kind, edits = example
    if kind == "bytes":
        return mutated(workspace.meeting_file, edits)
    if kind == "whole":
        return json.dumps(edits, ensure_ascii=False).encode("utf-8", "surrogatepass")
    document = json.loads(workspace.meeting_file)
    for selector, edit, value in edits:
        places = json_paths(document)
        document = with_edit(document, places[selector % len(places)], edit, copy.deepcopy(value))
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _run_meeting_file(workspace: Workspace, example: tuple[tuple[str, Any], list[str]]) -> Verdict:
    content, flags = example
    path = workspace.file("meeting.json", _meeting_file_bytes(workspace, content))
    return _command(
        workspace, ["--database", str(workspace.database), "import", "meeting", str(path), *flags]
    )


# --- CSV and XLSX files --------------------------------------------------------------

headers = st.sampled_from(sorted(KNOWN_HEADERS)) | texts
cells = st.one_of(
    texts,
    st.sampled_from(["Tomsk", "Seoul", "Томск", "head", "member", "=1+1"]),
    st.integers().map(str),
)
sheets = st.tuples(
    st.lists(headers, min_size=1, max_size=8),
    st.lists(st.lists(cells, max_size=9), max_size=6),
)
csv_inputs = st.one_of(
    st.tuples(
        st.just("cells"),
        sheets,
        st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "shift_jis"]),
        st.sampled_from([",", ";", "\t", "|"]),
    ),
    st.tuples(st.just("bytes"), byte_mutations()),
)
xlsx_cells = st.one_of(
    cells,
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.integers(-(2**60), 2**60),
    datetimes.filter(lambda moment: moment.tzinfo is None),
)
xlsx_inputs = st.one_of(
    st.tuples(
        st.just("cells"),
        st.lists(headers, min_size=1, max_size=8),
        st.lists(st.lists(xlsx_cells, max_size=9), max_size=6),
        texts,
    ),
    st.tuples(st.just("bytes"), byte_mutations()),
    st.tuples(st.just("inner"), st.integers(0, 100), byte_mutations()),
)


def _csv_bytes(workspace: Workspace, example: tuple[Any, ...]) -> bytes:
    if example[0] == "bytes":
        return mutated(workspace.csv_file, example[1])
    _, (header, rows), encoding, delimiter = example
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter).writerows([header, *rows])
    return text.getvalue().encode(encoding, "replace")


def _clean(value: object) -> object:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value.encode("utf-8", "replace").decode())
    return value


def _xlsx_bytes(workspace: Workspace, example: tuple[Any, ...]) -> bytes:
    if example[0] == "bytes":
        return mutated(workspace.xlsx_file, example[1])
    if example[0] == "inner":
        return mutated_zip_member(workspace.xlsx_file, example[1], example[2])
    _, header, rows, title = example
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    try:
        sheet.title = str(_clean(title))[:31] or "Sheet"
    except ValueError:
        sheet.title = "Sheet"
    for row in [header, *rows]:
        sheet.append([_clean(value) for value in row])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _person_import(name: str, content: bytes, workspace: Workspace, dry_run: bool) -> Verdict:
    path = workspace.file(name, content)
    argv = [
        "--database",
        str(workspace.database),
        "import",
        "persons",
        "--meeting",
        str(workspace.meeting_id),
        str(path),
    ] + (["--dry-run"] if dry_run else [])
    return _command(workspace, argv)


def _run_csv(workspace: Workspace, example: tuple[tuple[Any, ...], bool]) -> Verdict:
    return _person_import("persons.csv", _csv_bytes(workspace, example[0]), workspace, example[1])


def _run_xlsx(workspace: Workspace, example: tuple[tuple[Any, ...], bool]) -> Verdict:
    return _person_import("persons.xlsx", _xlsx_bytes(workspace, example[0]), workspace, example[1])


# --- form fields and the declaration's text, through their validating services ---------

city_drafts = st.builds(
    CityDraft,
    name_en=texts,
    name_local=texts,
    country=texts,
    member_since=st.none() | st.dates(),
    status=st.sampled_from(CityStatus),
    time_zone=_values("Asia/Tokyo", "UTC", "Europe/Moscow", "Mars/Olympus"),
    aliases=st.lists(_values("Tomsk Region", "Tokyo", "東京都", ""), max_size=3).map(tuple),
)
person_drafts = st.builds(
    PersonDraft,
    given_name=texts,
    family_name=texts,
    family_name_first=st.booleans(),
    native_name=texts,
    honorific=texts,
    position=texts,
    role=st.sampled_from(PersonRole),
    email=_values("a@b.example", "@", "a@"),
    phone=_values("+7 3822 123456", "++"),
    arrival=st.none() | datetimes,
    departure=st.none() | datetimes,
    dietary_needs=texts,
    access_needs=texts,
    notes=texts,
    is_placeholder=st.booleans(),
    arrival_flight=texts,
    hotel=texts,
    room=texts,
    passport_number=texts,
    passport_expiry=st.none() | st.dates(),
    nationality=texts,
)
declaration_drafts = st.builds(
    DeclarationDraft,
    title=texts,
    opening=texts,
    preamble=st.lists(texts, min_size=1, max_size=3).map(tuple),
    transition=texts,
    clauses=st.lists(texts, min_size=1, max_size=3).map(tuple),
    place=texts,
    signing_date=st.none() | st.dates(),
    # Mostly a language the app knows, so that some drafts are saved, not all refused.
    language=_values(*LANGUAGES, *LANGUAGES),
    originals_count=st.integers(-3, 300),
    testimonium_override=texts,
    signing_order_rule=st.sampled_from(SigningOrderRule),
)
form_inputs = st.one_of(
    st.tuples(st.just("city"), city_drafts),
    st.tuples(st.just("person"), person_drafts),
    st.tuples(st.just("person update"), person_drafts),
)
declaration_inputs = st.tuples(st.sampled_from(["create", "update"]), declaration_drafts)


def _save(workspace: Workspace, save: Callable[[Services], object]) -> Verdict:
    workspace.fresh_database()
    before = workspace.digest()
    database = open_database(sqlite_url(workspace.database))
    try:
        save(Services.on(database))
        code, output = 0, ""
    except UserFacingError as error:
        code, output = 1, str(error)
    except Exception:
        code, output = -1, traceback.format_exc()
    finally:
        database.dispose()
    return judge(CommandRun(code, output), before, workspace.digest())


def _first_delegation(services: Services, meeting_id: int) -> int:
    return services.delegations.list_delegations(meeting_id)[0].id


def _run_form(workspace: Workspace, example: tuple[str, Any]) -> Verdict:
    kind, draft = example

    def save(services: Services) -> object:
        if kind == "city":
            return services.cities.create(draft)
        delegation = _first_delegation(services, workspace.meeting_id)
        if kind == "person":
            return services.delegations.add_person(delegation, draft)
        person = services.delegations.get_delegation(delegation).persons[0]
        return services.delegations.update_person(person.id, draft, person.version)

    return _save(workspace, save)


def _run_declaration(workspace: Workspace, example: tuple[str, DeclarationDraft]) -> Verdict:
    kind, draft = example

    def save(services: Services) -> object:
        if kind == "create":
            return services.declarations.create(workspace.meeting_id, draft)
        current = services.declarations.get_for_meeting(workspace.meeting_id)
        assert current is not None
        return services.declarations.update(current.id, draft, current.version)

    return _save(workspace, save)


# --- declaration files: drafts as .txt or .docx, through ``import declaration`` ----------

declaration_file_inputs = st.tuples(
    st.one_of(
        st.tuples(st.just("txt bytes"), byte_mutations()),
        st.tuples(st.just("txt lines"), st.lists(texts, max_size=12)),
        st.tuples(st.just("docx bytes"), byte_mutations()),
        st.tuples(st.just("docx inner"), st.integers(0, 100), byte_mutations()),
    ),
    st.sampled_from([[], ["--language", "ru"], ["--language", "en"], ["--language", "xx"]]),
    st.booleans(),
)


def _declaration_file(workspace: Workspace, example: tuple[Any, ...]) -> Path:
    kind = example[0]
    if kind == "txt bytes":
        return workspace.file("draft.txt", mutated(workspace.declaration_text, example[1]))
    if kind == "txt lines":
        text = "\n".join(example[1]).encode("utf-8", "surrogateescape")
        return workspace.file("draft.txt", text)
    if kind == "docx bytes":
        return workspace.file("draft.docx", mutated(workspace.declaration_docx, example[1]))
    content = mutated_zip_member(workspace.declaration_docx, example[1], example[2])
    return workspace.file("draft.docx", content)


def _run_declaration_file(
    workspace: Workspace, example: tuple[tuple[Any, ...], list[str], bool]
) -> Verdict:
    content, language, dry_run = example
    try:
        path = _declaration_file(workspace, content)
    except UnicodeEncodeError:
        return Verdict(Outcome.SUCCESS, "not a file this fuzzer can make")
    meeting = ["--meeting", str(workspace.meeting_id)]
    argv = ["--database", str(workspace.database), "import", "declaration", *meeting, *language]
    return _command(workspace, [*argv, *(["--dry-run"] if dry_run else []), str(path)])


# --- restore files ---------------------------------------------------------------------

restore_inputs = st.one_of(
    st.tuples(st.just("random"), st.binary(max_size=4096)),
    st.tuples(st.just("truncated"), st.integers(0, 999_999)),
    st.tuples(st.just("mutated"), byte_mutations()),
    st.tuples(
        st.just("foreign"),
        st.lists(st.tuples(texts, st.lists(texts, min_size=1, max_size=3)), min_size=0, max_size=3),
    ),
    st.tuples(st.just("revision"), _values("9999", "0001", "", "head")),
)


def _restore_file(workspace: Workspace, example: tuple[str, Any]) -> Path:
    kind, detail = example
    path = workspace.files / "backup.sqlite"
    template = workspace.template.read_bytes()
    if kind == "random":
        path.write_bytes(b"SQLite format 3\0" + detail if detail[:1] == b"S" else detail)
    elif kind == "truncated":
        path.write_bytes(template[: len(template) * detail // 1_000_000])
    elif kind == "mutated":
        path.write_bytes(mutated(template, detail))
    elif kind == "foreign":
        path.unlink(missing_ok=True)
        with closing(sqlite3.connect(path)) as connection:
            for index, (table, columns) in enumerate(detail):
                names = ", ".join(f'"c{n}_{c.replace(chr(34), "")}"' for n, c in enumerate(columns))
                connection.execute(
                    f'CREATE TABLE "t{index}_{table.replace(chr(34), "")}" ({names})'
                )
            connection.commit()
    else:
        path.write_bytes(template)
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (detail,))
            connection.commit()
    return path


def _run_restore(workspace: Workspace, example: tuple[str, Any]) -> Verdict:
    try:
        path = _restore_file(workspace, example)
    except (sqlite3.Error, ValueError):
        return Verdict(Outcome.SUCCESS, "not a file this fuzzer can make")
    verdict = _command(workspace, ["--database", str(workspace.database), "restore", str(path)])
    if verdict.outcome is Outcome.SUCCESS:
        reopened = run_command(["--database", str(workspace.database), "meetings"])
        if reopened.code != 0:
            return Verdict(Outcome.CRASH, f"restored a file that does not open: {reopened}")
    return verdict


TARGETS = (
    Target("command-line arguments", command_lines(), _run_command_line),
    Target("database URLs", database_urls(), _run_database_url),
    Target("meeting files", st.tuples(meeting_file_inputs, if_already_there), _run_meeting_file),
    Target("CSV files", st.tuples(csv_inputs, st.booleans()), _run_csv),
    Target("XLSX files", st.tuples(xlsx_inputs, st.booleans()), _run_xlsx),
    Target("declaration fields", declaration_inputs, _run_declaration),
    Target("declaration files", declaration_file_inputs, _run_declaration_file),
    Target("form fields", form_inputs, _run_form),
    Target("restore files", restore_inputs, _run_restore),
)
