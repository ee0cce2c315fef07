"""What apply checks again after a preview, and what an import leaves in the change log."""

from __future__ import annotations

from dataclasses import replace

import pytest
from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import ImportRefusedError, PersonImportService

HEADER = "City,Family name,Given name,Name in native script,Position,Role,Phone\n"


def _tomsk_head(services: Services, meeting_id: int):
    return next(p for p in persons_of(services, meeting_id)["Tomsk"] if p.role is PersonRole.HEAD)


def test_every_imported_person_is_in_the_change_log_with_who_and_what(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN an organizer's name and a file that updates Tomsk's governor and adds a person
    services.database.actor = "Olga Ivanova"
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Tomsk,Zhvachkin,Sergey,,Governor of Tomsk Oblast,head,\n"
        + "Tomsk,Popova,Olga,Попова Ольга,Interpreter,interpreter,+7 3822 000\n",
        "utf-8",
    )
    governor = _tomsk_head(services, sample_meeting_id)

    # WHEN it is imported
    _, result = import_file(services, sample_meeting_id, path)

    # THEN the added person's change log is one insert by her, with every field
    ((added_id, version),) = result.created
    (insert,) = services.change_log.for_record("person", added_id)
    assert (insert.action, insert.changed_by, insert.record_version) == (
        "insert",
        "Olga Ivanova",
        version,
    )
    assert insert.changes["family_name"] == (None, "Popova")
    assert insert.changes["role"] == (None, "interpreter")
    assert insert.changes["phone"] == (None, "+7 3822 000")
    # AND the governor's last entry is an update of the position only, with the new version
    last = services.change_log.for_record("person", governor.id)[-1]
    assert (last.action, last.changed_by, last.record_version) == (
        "update",
        "Olga Ivanova",
        governor.version + 1,
    )
    assert last.changes == {"position": ("Governor", "Governor of Tomsk Oblast")}
    assert services.delegations.get_person(governor.id).version == governor.version + 1


def test_a_head_added_after_the_preview_makes_apply_refuse_the_file(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a preview naming Tomsk's head in a meeting where Tomsk has no delegation yet
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "people.csv", HEADER + "Tomsk,Popova,Olga,,,head,\n", "utf-8")
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None
    assert importer.preview(meeting_id, sheet, mapping).rows[0].status is RowStatus.NEW

    # WHEN another organizer then creates the delegation with a head
    tomsk_city = next(c for c in services.cities.list_cities() if c.name_en == "Tomsk")
    delegation = services.delegations.create_delegation(meeting_id, tomsk_city.id)
    services.delegations.add_person(
        delegation.id, PersonDraft(given_name="Ivan", family_name="Orlov", role=PersonRole.HEAD)
    )

    # THEN apply checks the rows again, refuses them and writes nothing
    with pytest.raises(ImportRefusedError, match="this delegation has a head already"):
        importer.apply(meeting_id, sheet, mapping)
    assert [p.family_name for p in persons_of(services, meeting_id)["Tomsk"]] == ["Orlov"]


def test_a_person_edited_after_the_preview_keeps_that_edit(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a preview that gives Tomsk's governor a phone number
    path = write_text(
        tmp_path, "people.csv", HEADER + "Tomsk,Zhvachkin,Sergey,,,,+7 3822 510 813\n", "utf-8"
    )
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None
    importer.preview(meeting_id=sample_meeting_id, sheet=sheet, mapping=mapping)

    # WHEN someone corrects his position in the form before the import is applied
    governor = _tomsk_head(services, sample_meeting_id)
    draft = PersonDraft(**{n: getattr(governor, n) for n in PersonDraft.__dataclass_fields__})
    services.delegations.update_person(governor.id, replace(draft, position="Governor (acting)"))
    result = importer.apply(sample_meeting_id, sheet, mapping)

    # THEN the import adds the phone to the corrected record instead of undoing the correction
    after = services.delegations.get_person(governor.id)
    assert (after.phone, after.position) == ("+7 3822 510 813", "Governor (acting)")
    # AND its undo would put back only the phone, leaving the correction
    assert result.updated[0].before == {"phone": governor.phone}
    assert result.updated[0].version == after.version == governor.version + 2


def test_rows_changed_after_the_preview_are_checked_again(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a previewed file without errors
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "people.csv", HEADER + "Tomsk,Popova,Olga,,,,\n", "utf-8")
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None
    assert not importer.preview(meeting_id, sheet, mapping).has_errors

    # WHEN the caller changes a cell of the same rows before applying them
    sheet.rows[1][0] = "Atlantis"

    # THEN apply sees the change, refuses the row and writes nothing
    with pytest.raises(ImportRefusedError, match="no member city matches 'Atlantis'"):
        importer.apply(meeting_id, sheet, mapping)
    assert services.delegations.list_delegations(meeting_id) == []


def test_apply_without_a_preview_checks_and_writes_every_row(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    rows = "".join(f"Tomsk,Person{n},Olga,,,,\n" for n in range(30))
    path = write_text(tmp_path, "people.csv", HEADER + rows + "Atlantis,Nemo,,,,,\n", "utf-8")
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None

    with pytest.raises(ImportRefusedError, match="row 32, City"):
        importer.apply(meeting_id, sheet, mapping)
    assert services.delegations.list_delegations(meeting_id) == []

    sheet.rows.pop()
    result = importer.apply(meeting_id, sheet, mapping)
    assert len(result.created) == 30
    assert len(persons_of(services, meeting_id)["Tomsk"]) == 30
