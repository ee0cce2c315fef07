"""A meeting file's size and nesting are checked while it is read, and values that are not
what the schema says are a message, never a crash."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from meeting_files import exported

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.exchange.meeting_file import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MeetingFileError,
    read_meeting_file,
)
from anmc_desktop.exchange.meeting_file_stream import file_outline
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService

DEV_ZERO = Path("/dev/zero")


def load(data: bytes, name: str) -> dict[str, object]:
    """The file's outline, as an import reads it first."""
    return file_outline(io.BytesIO(data), name)


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero on this system")
def test_an_endless_file_ends_with_a_message_at_the_size_limit():
    started = time.monotonic()
    with pytest.raises(MeetingFileError, match="larger than 200 MB"):
        read_meeting_file(DEV_ZERO)
    assert time.monotonic() - started < 10


def test_a_huge_file_is_refused_after_reading_no_more_than_the_limit(tmp_path: Path):
    # GIVEN a (sparse) file of 2 GB
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(2 * 1024**3)
    read: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        file = real_open(self, *args, **kwargs)  # type: ignore[arg-type]
        real_read = file.read

        def read_counted(size: int = -1) -> bytes:
            chunk = real_read(size)
            read.append(len(chunk))
            return chunk

        file.read = read_counted  # type: ignore[method-assign]
        return file

    # WHEN it is read THEN it is refused, having read only the limit and one byte more
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "open", counting_open)
        with pytest.raises(MeetingFileError, match="larger than"):
            read_meeting_file(path)
    assert sum(read) == MAX_FILE_BYTES + 1


def test_the_command_line_refuses_dev_zero_with_a_message(sample_file, capsys):
    database, _ = sample_file
    code = main(
        ["--database", str(database), "import", "meeting", str(DEV_ZERO)], out=io.StringIO()
    )
    assert code == EXIT_USER_ERROR
    assert "larger than 200 MB" in capsys.readouterr().err


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 200_000])
def test_nesting_deeper_than_the_limit_is_refused_before_parsing(depth: int):
    data = b'{"format": "anmc-desktop-meeting", "x": ' + b"[" * depth + b"]" * depth + b"}"
    with pytest.raises(MeetingFileError, match=f"nested more than {MAX_DEPTH} levels deep"):
        load(data, "deep.json")


def test_brackets_never_closed_count_as_nesting():
    data = b'{"format": "anmc-desktop-meeting", "x": ' + b"[" * 200_000
    with pytest.raises(MeetingFileError, match=f"nested more than {MAX_DEPTH} levels deep"):
        load(data, "open.json")


@pytest.mark.parametrize("junk", [b'"\\', b'\\"', b'"\\\n', b"[]"])
def test_the_nesting_check_of_a_file_of_junk_takes_seconds_not_minutes(junk: bytes):
    # quotes that open a string which escapes every later quote used to make the scan
    # for strings quadratic
    data = junk * (5 * 1024 * 1024 // len(junk))  # 5 MB: seconds if linear, hours if not
    started = time.monotonic()
    with pytest.raises(MeetingFileError):
        load(data, "junk.json")
    assert time.monotonic() - started < 10


def test_brackets_inside_texts_do_not_count_as_nesting():
    text = '[{"\\"' * (MAX_DEPTH * 2)
    data = json.dumps({"format": "other", "notes": text}).encode()
    with pytest.raises(MeetingFileError, match="not an ANMC Desktop meeting file"):
        load(data, "texts.json")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            lambda text: text.replace('"given_name": "', '"given_name": "\\ud800', 1),
            "delegations[0].persons[0].given_name: contains a lone surrogate (\\ud800)",
        ),
        (
            lambda text: text.replace('"number": 1,', '"number": "1",', 1),
            "delegations[0].persons[0].number: expected int",
        ),
        (
            lambda text: text.replace('"originals_count": 5', '"originals_count": "5"', 1),
            "declarations[0].originals_count: expected int",
        ),
        (
            lambda text: text.replace('"number": 13', '"number": 1.5', 1),
            "meeting.number: expected int",
        ),
        (
            lambda text: text.replace('"number": 13', '"number": NaN', 1),
            "not valid JSON",
        ),
        (lambda text: text.replace('"delegations": [', '"delegations": {"a": [', 1), "JSON"),
    ],
    ids=["lone surrogate", "number as text", "count as text", "fraction", "NaN", "broken"],
)
def test_a_value_of_the_wrong_kind_is_a_message_on_the_command_line(
    sample_file, tmp_path: Path, capsys, raw, message: str
):
    # GIVEN the sample meeting's file with one value of the wrong kind
    database, meeting_id = sample_file
    out = tmp_path / "tomsk.json"
    assert main(["--database", str(database), "export", "meeting", "--meeting", str(meeting_id),
                 "-o", str(out)], out=io.StringIO()) == 0  # fmt: skip
    out.write_text(raw(out.read_text(encoding="utf-8")), encoding="utf-8")
    capsys.readouterr()

    # WHEN it is imported (as a copy, so that only the value can stop it)
    code = main(
        ["--database", str(database), "import", "meeting", "--as-copy", str(out)],
        out=io.StringIO(),
    )

    # THEN the command says what is wrong and where, as a user error, not a crash
    assert code == EXIT_USER_ERROR
    assert message in capsys.readouterr().err


def test_an_exported_file_is_within_the_nesting_limit(services: Services, sample_meeting_id: int):
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    load(json.dumps(document).encode(), "tomsk.json")
