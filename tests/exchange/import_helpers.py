"""Shared steps of the import tests: an empty meeting, a file on disk, an import, and how
many persons a meeting in a database file has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.exchange.person_fields import ColumnMapping
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.person_import import ImportPreview, ImportResult
from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService


def empty_meeting(services: Services, sample_meeting_id: int) -> int:
    """A second meeting in the sample's cities, without delegations."""
    host = services.meetings.get(sample_meeting_id).host_city_id
    return services.meetings.create(
        MeetingDraft("14th Plenary Meeting", host, dt.date(2016, 10, 3), dt.date(2016, 10, 5))
    ).id


def import_file(
    services: Services, meeting_id: int, path: Path
) -> tuple[ImportPreview, ImportResult]:
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None, "no header row recognised"
    preview = importer.preview(meeting_id, sheet, mapping)
    return preview, importer.apply(meeting_id, sheet, mapping)


def persons_of(services: Services, meeting_id: int) -> dict[str, list[PersonRecord]]:
    """By city name: the meeting's persons."""
    return {
        summary.city_name: services.delegations.get_delegation(summary.id).persons
        for summary in services.delegations.list_delegations(meeting_id)
    }


def write_text(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def persons_in_file(database: Path, meeting_id: int) -> int:
    """How many persons the meeting has in this SQLite file (opened and closed again, as
    the command line under test does)."""
    opened = open_database(sqlite_url(database))
    try:
        delegations = Services.on(opened).delegations.list_delegations(meeting_id)
        return sum(d.person_count for d in delegations)
    finally:
        opened.dispose()


def two_guests_of_tomsk(
    services: Services, folder: Path
) -> tuple[PersonImportService, SheetRows, ColumnMapping]:
    """A list of two new persons of Tomsk, read by the person import, ready to apply."""
    source = folder / "guests.csv"
    source.write_text("City,Family name,Given name\nTomsk,Ivanova,Anna\nTomsk,Petrov,Ivan\n")
    importer = services.person_import
    sheet, mapping = importer.read(source)
    assert isinstance(mapping, ColumnMapping)
    return importer, sheet, mapping
