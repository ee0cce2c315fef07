"""The import's drafts are made without PersonDraft's __init__ (services/bulk.py): each
must still hold every field, else a field added to PersonDraft later would read its
class default and an import would write that default over a stored value."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService
from tests.exchange.import_helpers import write_text


def test_every_draft_of_a_preview_holds_every_field(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    # GIVEN a file with a new person and an update of a placeholder head
    path = write_text(
        tmp_path,
        "people.csv",
        "City,Family name,Given name,Role\nTomsk,Popova,Olga,staff\nBangkok,Aswin,Kwanmuang,head\n",
        "utf-8",
    )
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None
    # WHEN it is previewed
    importer.preview(sample_meeting_id, sheet, mapping)
    # THEN each checked draft holds exactly PersonDraft's fields
    # (the drafts apply would write, as the preview left them for it)
    previewed = importer._last.previewed
    assert previewed is not None
    fields = {f.name for f in dataclasses.fields(PersonDraft)}
    drafts = [plan.checked for plan in previewed.plans]
    assert len(drafts) == 2
    for draft in drafts:
        assert draft is not None and set(vars(draft)) == fields
