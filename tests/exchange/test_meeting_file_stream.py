"""A meeting file is written as it is read from the database and read as a stream: a few
thousand persons at a time, whatever the meeting's size (issue 21)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_stream import sections
from anmc_desktop.models import Delegation, Person
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate_meeting import generate_meeting


class _InSmallPieces(io.BytesIO):
    """A file that gives at most a few bytes a read, as a slow disk or pipe may."""

    def read(self, size: int | None = -1) -> bytes:
        return super().read(7)


def _persons_of(services: Services, meeting_id: int) -> int:
    with services.database.reading() as session:
        return session.scalar(
            select(func.count(Person.id))
            .join(Delegation, Person.delegation_id == Delegation.id)
            .where(Delegation.meeting_id == meeting_id)
        )


def test_a_file_read_in_small_pieces_reads_as_the_whole_document():
    document = {
        "format": "anmc-desktop-meeting",
        "schema_version": 3,
        "cities": [{"name_en": "Tomsk", "aliases": ["Томск"]}],
        "delegations": [{"city": "Tomsk", "persons": [{"number": 1234567}]}, {"city": "Oslo"}],
        "count": 1234567890,
    }
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")

    read = {}
    for key, value in sections(_InSmallPieces(data), "small.json"):
        read[key] = list(value) if key == "delegations" else value

    assert read == document


def test_a_top_level_key_given_twice_is_refused(services: Services, sample_meeting_id: int):
    # GIVEN a file whose delegations are given twice, the second list empty (json would
    # keep the last one; a second reading of the file would meet both)
    data = services.meeting_transfer.export_meeting(sample_meeting_id)
    twice = data.rstrip()[:-1] + b', "delegations": []}'

    # WHEN it is imported THEN it is refused, nothing written
    with pytest.raises(MeetingFileError, match="delegations: given twice"):
        services.meeting_transfer.import_meeting(twice, "twice.json", IfAlreadyThere.COPY)
    assert len(services.meetings.list_meetings()) == 1


@pytest.mark.parametrize("pieces", [False, True], ids=["whole", "small-pieces"])
def test_a_file_cut_short_is_refused_naming_its_place_in_the_file(
    services: Services, sample_meeting_id: int, pieces: bool
):
    # GIVEN an exported meeting file cut off in the middle of a person (as a copy that
    # stopped), as json.loads would name the place
    data = services.meeting_transfer.export_meeting(sample_meeting_id)
    cut = data[: len(data) // 2]
    try:
        json.loads(cut)
    except json.JSONDecodeError as whole_file_error:
        expected = f"line {whole_file_error.lineno} column {whole_file_error.colno}"
        expected += f" (char {whole_file_error.pos})"
    source = _InSmallPieces(cut) if pieces else io.BytesIO(cut)

    # WHEN it is read THEN the message names the line and column in the file, not in the
    # part of it held at the time
    with pytest.raises(MeetingFileError) as refused:
        list(sections(source, "cut.json"))
    assert "is not a meeting file (not valid JSON" in str(refused.value)
    assert expected in str(refused.value)


def test_a_meeting_larger_than_one_write_is_exported_imported_and_undone_whole(
    services: Services, tmp_path: Path
):
    # GIVEN a meeting of more persons than are read or written at once
    meeting_id = generate_meeting(services.database, cities=20, persons=5_200, agenda_items=40)
    transfer = services.meeting_transfer

    # WHEN it is written to a file as it is read
    path = tmp_path / "large.json"
    with path.open("wb") as file:
        transfer.write_meeting(meeting_id, file)

    # THEN the file is the export, every person in it
    data = path.read_bytes()
    assert data == transfer.export_meeting(meeting_id)
    document = json.loads(data)
    assert sum(len(d["persons"]) for d in document["delegations"]) == 5_200

    # WHEN the file is imported, read as a stream, as a copy
    result = transfer.import_meeting(path, path.name, IfAlreadyThere.COPY)

    # THEN the copy holds every person, its agenda the same speakers
    assert _persons_of(services, result.meeting_id) == 5_200
    copied = json.loads(transfer.export_meeting(result.meeting_id))
    assert [d["persons"] for d in copied["delegations"]] == [
        d["persons"] for d in document["delegations"]
    ]
    assert [(i["title"], i["speakers"]) for i in copied["agenda"]] == [
        (i["title"], i["speakers"]) for i in document["agenda"]
    ]

    # WHEN the import is undone THEN everything it added is gone
    assert result.journal is not None
    transfer.undo_import(result.journal)
    assert _persons_of(services, result.meeting_id) == 0
    assert [m.id for m in services.meetings.list_meetings()] == [meeting_id]
