"""The inputs the fuzzers of issue 15 found crashing (or writing half), each made by hand
so that it stays the same whatever the fuzzers generate next. The password shown in clear
for URLs that do not parse is in tests/test_database_urls.py."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path, PureWindowsPath

import docx
import openpyxl
import pytest

from anmc_desktop.cli import EXIT_USAGE, EXIT_USER_ERROR, main
from anmc_desktop.database_urls import masked_path
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import ValidationError
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.database_files import create_backup


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["City", "Family name", "Given name"])
    sheet.append(["Tomsk", "Ivanov", "Ivan"])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _import_persons(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    database = tmp_path / "plenary.db"
    main(["--database", str(database), "load-sample"])
    capsys.readouterr()
    file = tmp_path / "persons.xlsx"
    file.write_bytes(content)
    code = main(["--database", str(database), "import", "persons", "--meeting", "1", str(file)])
    return code, capsys.readouterr().err


def _with_member_edited(content: bytes, member: str, old: bytes, new: bytes) -> bytes:
    """The archive ``content`` with ``old`` replaced by ``new`` (once) in its ``member``."""
    source = zipfile.ZipFile(io.BytesIO(content))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as rezipped:
        for name in source.namelist():
            data = source.read(name)
            rezipped.writestr(name, data.replace(old, new, 1) if name == member else data)
    return output.getvalue()


def _member_data_offset(content: bytes, name: str) -> int:
    """Where the compressed data of the archive's member ``name`` starts."""
    member = zipfile.ZipFile(io.BytesIO(content)).getinfo(name)
    header = content[member.header_offset : member.header_offset + 30]
    name_length = int.from_bytes(header[26:28], "little")
    extra_length = int.from_bytes(header[28:30], "little")
    return member.header_offset + 30 + name_length + extra_length


def test_a_workbook_with_damaged_compressed_data_is_named_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a workbook whose sheet's compressed data is garbage (zlib refuses it)
    content = bytearray(_workbook())
    start = _member_data_offset(bytes(content), "xl/worksheets/sheet1.xml")
    content[start : start + 4] = b"\xff\xff\xff\xff"
    # WHEN it is imported THEN a message says it is damaged (it was exit code 70)
    code, error = _import_persons(tmp_path, bytes(content), capsys)
    assert code == EXIT_USER_ERROR, error
    assert "damaged .xlsx workbook" in error


@pytest.mark.parametrize(
    ("member", "old", "new", "message"),
    [
        # The sheet's XML closes a tag it never opened, after its first row: the workbook
        # opens, the sheet fails only when its rows are read.
        ("xl/worksheets/sheet1.xml", b"</row>", b"</row></wrong>", "damaged .xlsx workbook"),
        # An element with an attribute openpyxl does not know (the fuzzer cut 'lit="1" '
        # out of a pane's ySplit): it was a TypeError, exit code 70.
        (
            "xl/worksheets/sheet1.xml",
            b"<sheetFormatPr ",
            b'<sheetFormatPr bogus="1" ',
            "damaged .xlsx workbook",
        ),
        # The list of sheets names its sheet in a misspelt namespace: the workbook opens
        # with no worksheet at all (it was an IndexError, exit code 70).
        ("xl/workbook.xml", b"2006/relationships", b"2006/relatiships", "has no worksheet"),
    ],
    ids=["sheet-xml-breaks-halfway", "unknown-attribute", "sheet-cannot-be-found"],
)
def test_a_workbook_damaged_inside_its_archive_is_named_damaged(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    member: str,
    old: bytes,
    new: bytes,
    message: str,
) -> None:
    # GIVEN a workbook with one of its members damaged as above
    content = _with_member_edited(_workbook(), member, old, new)
    # WHEN it is imported THEN a message says it is damaged
    code, error = _import_persons(tmp_path, content, capsys)
    assert code == EXIT_USER_ERROR, error
    assert message in error


def test_a_workbook_with_bytes_cut_from_its_start_is_named_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a workbook with 6 bytes cut out of its first member: every offset the archive
    # records now points 6 bytes too far, the first one before the archive's start
    content = _workbook()
    content = content[:10] + content[16:]
    # WHEN it is imported THEN a message says it is damaged (it was a ValueError, exit 70)
    code, error = _import_persons(tmp_path, content, capsys)
    assert code == EXIT_USER_ERROR, error
    assert "workbook" in error


def test_a_spreadsheet_given_as_an_undo_record_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a workbook (bytes that are no UTF-8) given where an undo record belongs
    record = tmp_path / "persons.xlsx"
    record.write_bytes(_workbook())
    # WHEN it is undone THEN a message says it is no record (it was UnicodeDecodeError, 70)
    code = main(["--database", str(tmp_path / "plenary.db"), "import", "undo", str(record)])
    assert code == EXIT_USER_ERROR
    assert "not a record of an import" in capsys.readouterr().err


@pytest.mark.parametrize("broken", ["\udcff", "Hanoi\ud800"])
def test_a_lone_surrogate_in_a_declaration_or_city_is_refused_beside_its_field(
    services: Services, sample_meeting_id: int, broken: str
) -> None:
    # GIVEN a text holding half of a UTF-16 pair (as an undecodable file name or a damaged
    # paste gives), WHEN a declaration or a city is saved with it, THEN the field says so
    # (it was a UnicodeEncodeError in the database driver)
    with pytest.raises(ValidationError) as raised:
        services.declarations.create(
            sample_meeting_id, DeclarationDraft(title="Declaration", clauses=(broken,))
        )
    assert "broken character" in str(raised.value.for_field("clauses"))
    with pytest.raises(ValidationError) as raised:
        services.cities.create(CityDraft(name_en=broken))
    assert "broken character" in str(raised.value.for_field("name_en"))


def test_an_arrival_with_a_time_zone_is_refused_beside_its_field(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN an arrival with a time zone and a departure without (the stored times are the
    # meeting place's local times)
    delegation = services.delegations.list_delegations(sample_meeting_id)[0].id
    draft = PersonDraft(
        family_name="Ivanov",
        arrival=dt.datetime(2014, 9, 3, 10, tzinfo=dt.UTC),
        departure=dt.datetime(2014, 9, 7, 12),
    )
    # WHEN the person is saved THEN the arrival's field says why (it was a TypeError
    # comparing the two)
    with pytest.raises(ValidationError) as raised:
        services.delegations.add_person(delegation, draft)
    assert "without a time zone" in str(raised.value.for_field("arrival"))


def test_a_backup_whose_tables_contradict_its_revision_replaces_nothing(
    tmp_path: Path, database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a database, and a backup of the newest schema that records an old revision, so
    # that upgrading it fails
    main(["--database", str(database_path), "load-sample"])
    backup = create_backup(database_path, destination=tmp_path / "backup.db").path
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
        connection.commit()
    with closing(sqlite3.connect(database_path)) as connection:
        before = connection.execute("SELECT * FROM alembic_version").fetchall()
    capsys.readouterr()
    # WHEN it is restored
    code = main(["--database", str(database_path), "restore", str(backup)])
    # THEN it is refused, and the database is the one it was (it was replaced by the
    # backup, then called "left unchanged")
    error = capsys.readouterr().err
    assert code == EXIT_USER_ERROR
    assert "could not be upgraded" in error
    assert "left as it was" in error
    with closing(sqlite3.connect(database_path)) as connection:
        assert connection.execute("SELECT * FROM alembic_version").fetchall() == before
    database = open_database(sqlite_url(database_path))
    assert len(Services.on(database).meetings.list_meetings()) == 1
    database.dispose()
    assert not list(database_path.parent.glob(".restoring-*"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "meeting", "\0", "--update"], "NUL character"),
        (["backup", "-o", "\udcff"], "no UTF-8"),
        (["export", "meeting", "--meeting", "1", "-o", "\ud800"], "no UTF-8"),
        (["print", "badges", "--meeting", "1" + "0" * 30, "-o", "b.pdf"], "too large"),
        (["import", "persons", "--meeting", "99999999999999999999999", "p.csv"], "too large"),
    ],
)
def test_arguments_no_file_or_database_can_take_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    # GIVEN a path holding a NUL character or bytes that are no UTF-8, or an id larger than
    # a database stores, WHEN the command runs THEN it is told as a usage error (they were
    # exit code 70: errors of the operating system, of SQLite's file names, an overflow)
    code = main(["--database", str(tmp_path / "plenary.db"), *argv])
    assert code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_a_server_url_whose_host_is_no_host_name_is_refused_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # GIVEN a PostgreSQL URL whose host name cannot even be encoded (a label over 63
    # characters), WHEN it is opened THEN a message says so (it was a UnicodeError, 70)
    url = f"postgresql://anmc:pw@{'ö' * 70}.example:5432/anmc"
    assert main(["--database-url", url, "meetings"]) == EXIT_USER_ERROR
    assert "not a valid host name" in capsys.readouterr().err


def test_a_sqlite_url_whose_file_name_is_no_utf8_is_refused_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # GIVEN a SQLite URL whose file name holds a lone surrogate, WHEN it is opened THEN a
    # message says so (it was a UnicodeEncodeError, exit code 70)
    assert main(["--database-url", "sqlite://\ud800:pw@host/plenary.db", "meetings"]) == 1
    assert "no UTF-8" in capsys.readouterr().err


def test_a_password_in_the_file_name_of_a_sqlite_url_is_not_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a SQLite URL written as a server's, with a slash in the user name, so that the
    # password lands in the file name, WHEN it is opened THEN the message about its folder
    # masks the password (it was shown in clear)
    monkeypatch.chdir(tmp_path)
    url = "sqlite://cc_/:Zq9SECRET/@höst/plenary.db"
    assert main(["--database-url", url, "meetings"]) == EXIT_USER_ERROR
    error = capsys.readouterr().err
    assert "does not exist" in error
    assert "Zq9SECRET" not in error


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("C:\\Users\\anna@example\\plenary.db", "C:\\Users\\anna@example\\plenary.db"),
        ("/home/anna/plenary.db", "/home/anna/plenary.db"),
        (":Zq9SECRET/@host/plenary.db", ":***@host/plenary.db"),
    ],
)
def test_a_file_name_is_shown_as_it_is_unless_it_holds_a_password(path: str, shown: str) -> None:
    assert masked_path(PureWindowsPath(path) if path[1] == ":" else Path(path)) == shown


def _word_document() -> bytes:
    document = docx.Document()
    document.add_paragraph("Declaration of Tomsk")
    document.add_paragraph("The cities of the network agree as follows.")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _with_document_data_damaged(content: bytes) -> bytes:
    damaged = bytearray(content)
    start = _member_data_offset(content, "word/document.xml")
    damaged[start : start + 4] = b"\xff\xff\xff\xff"
    return bytes(damaged)


@pytest.mark.parametrize(
    "damage",
    [
        # The document's compressed data is garbage: it was a zlib.error, exit code 70.
        _with_document_data_damaged,
        # 6 bytes cut out of its first member: the first offset the archive records points
        # before its start (it was a ValueError, exit code 70).
        lambda content: content[:10] + content[16:],
    ],
    ids=["compressed-data-damaged", "bytes-cut-from-its-start"],
)
def test_a_damaged_word_draft_of_a_declaration_is_named_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Callable[[bytes], bytes]
) -> None:
    # GIVEN the sample meeting and a damaged .docx draft of a declaration
    database = tmp_path / "plenary.db"
    main(["--database", str(database), "load-sample"])
    capsys.readouterr()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(damage(_word_document()))
    # WHEN it is imported THEN a message says it is damaged
    code = main(
        ["--database", str(database), "import", "declaration", "--meeting", "1", str(draft)]
    )
    error = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, error
    assert "damaged Word document" in error
