"""Shared steps of the real-world import tests: read, preview, apply, look at the persons."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from anmc_desktop.exchange.person_fields import ColumnMapping, Field
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.records.person_import import ImportPreview
from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService


def read(services: Services, path: Path) -> tuple[SheetRows, ColumnMapping]:
    sheet, mapping = PersonImportService(services.database).read(path)
    assert mapping is not None, "no header row recognised"
    return sheet, mapping


def fields_of(mapping: ColumnMapping) -> dict[str, Field | None]:
    """By header text: the field each column was given."""
    return dict(zip(mapping.headers, mapping.fields, strict=True))


def imported(services: Services, meeting_id: int, path: Path) -> ImportPreview:
    """Preview then apply the file; the preview, which must have no errors."""
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None, "no header row recognised"
    preview = importer.preview(meeting_id, sheet, mapping)
    assert not preview.has_errors, preview.lines()
    importer.apply(meeting_id, sheet, mapping)
    return preview


def people(services: Services, meeting_id: int) -> dict[str, PersonRecord]:
    """By family name (or native name): the meeting's persons."""
    found: dict[str, PersonRecord] = {}
    for summary in services.delegations.list_delegations(meeting_id):
        for person in services.delegations.get_delegation(summary.id).persons:
            found[person.family_name or person.native_name] = person
    return found


def cities(services: Services, meeting_id: int) -> dict[str, str]:
    """By family name (or native name): the city of each person's delegation."""
    found: dict[str, str] = {}
    for summary in services.delegations.list_delegations(meeting_id):
        for person in services.delegations.get_delegation(summary.id).persons:
            found[person.family_name or person.native_name] = summary.city_name
    return found


def workbook(path: Path, *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
