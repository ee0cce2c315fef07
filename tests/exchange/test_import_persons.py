"""Importing persons: a preview of every row, all rows or none, updates, and undo."""

from __future__ import annotations

import pytest
from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import ImportRefusedError, PersonImportService

HEADER = "City,Family name,Given name,Position,Role,E-mail\n"


def _importer(services: Services) -> PersonImportService:
    return PersonImportService(services.database)


def test_preview_lists_every_row_as_new_update_unchanged_or_error_and_writes_nothing(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN the sample meeting (Tomsk's head is Sergey Zhvachkin) and a file with four kinds of row
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Tomsk,Zhvachkin,Sergey,Governor of Tomsk Oblast,head,\n"  # update (new position)
        + "Tomsk,Knorr,Andrey,Vice Governor,member,\n"  # unchanged
        + "Tomsk,Popova,Olga,Interpreter,interpreter,olga@example.org\n"  # new
        + "Atlantis,Nemo,,Captain,,\n"  # error: city
        + "Tomsk,Orlov,Ivan,,boss,not-an-address\n",  # error: role and e-mail
        "utf-8",
    )
    importer = _importer(services)
    sheet, mapping = importer.read(path)
    before = persons_of(services, sample_meeting_id)

    # WHEN it is previewed
    preview = importer.preview(sample_meeting_id, sheet, mapping)

    # THEN each row has its status, with the column and reason of every problem
    assert [(r.row, r.status) for r in preview.rows] == [
        (2, RowStatus.UPDATE),
        (3, RowStatus.UNCHANGED),
        (4, RowStatus.NEW),
        (5, RowStatus.ERROR),
        (6, RowStatus.ERROR),
    ]
    assert preview.rows[0].changed == ("position",)
    assert [(p.column, p.reason) for p in preview.rows[3].problems] == [
        ("City", "no member city matches 'Atlantis'.")
    ]
    assert {p.column for p in preview.rows[4].problems} == {"Role", "E-mail"}
    assert any("row     5  error" in line for line in preview.lines())
    # AND nothing was written
    assert persons_of(services, sample_meeting_id) == before

    # WHEN it is applied anyway
    with pytest.raises(ImportRefusedError, match=r"row 5, City: no member city"):
        importer.apply(sample_meeting_id, sheet, mapping)
    # THEN still nothing was written
    assert persons_of(services, sample_meeting_id) == before


def test_apply_updates_an_existing_person_instead_of_adding_a_second_one(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a file naming Tomsk's governor (city and given name in other case) with a phone
    path = write_text(
        tmp_path,
        "people.csv",
        "City,Family name,Given name,Phone\n TOMSK ,Zhvachkin, sergey ,+7 3822 510 813\n",
        "utf-8",
    )
    count_before = len(persons_of(services, sample_meeting_id)["Tomsk"])

    # WHEN it is imported
    preview, result = import_file(services, sample_meeting_id, path)

    # THEN the governor is updated, not added again, and keeps the fields the file lacks
    assert preview.rows[0].status is RowStatus.UPDATE
    tomsk = persons_of(services, sample_meeting_id)["Tomsk"]
    assert len(tomsk) == count_before
    governor = next(p for p in tomsk if p.family_name == "Zhvachkin")
    assert governor.phone == "+7 3822 510 813"
    assert governor.position == "Governor"
    assert governor.role is PersonRole.HEAD
    assert len(result.updated) == 1 and not result.created


def test_a_named_head_replaces_the_placeholder_head(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a delegation whose head is a placeholder
    placeholder_city = next(
        s for s in services.delegations.list_delegations(sample_meeting_id) if s.head_is_placeholder
    )
    path = write_text(
        tmp_path,
        "heads.csv",
        f"City,Family name,Given name,Role\n{placeholder_city.city_name},Rahman,Aziz,head\n",
        "utf-8",
    )

    # WHEN a file names the real head
    import_file(services, sample_meeting_id, path)

    # THEN the placeholder became that person (one head, no placeholder)
    summary = services.delegations.get_delegation(placeholder_city.id).summary
    assert summary.head_name == "Aziz Rahman"
    assert not summary.head_is_placeholder
    assert summary.person_count == placeholder_city.person_count


def test_two_heads_for_one_delegation_and_duplicate_rows_are_errors(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Seoul,Park,Won-soon,Mayor,head,\n"
        + "Seoul,Kim,Min-jun,Vice Mayor,head,\n"
        + "Seoul,park,won-soon,Mayor,head,\n",
        "utf-8",
    )
    importer = _importer(services)
    sheet, mapping = importer.read(path)

    preview = importer.preview(meeting_id, sheet, mapping)

    assert preview.rows[0].status is RowStatus.NEW
    assert "row 2 names this delegation's head." in preview.rows[1].summary
    assert "the same person as row 2." in preview.rows[2].summary


def test_an_import_into_a_city_without_a_delegation_creates_it_and_undo_removes_it(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a meeting without delegations
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path, "people.csv", HEADER + "Ulan Bator,Bat,Erdene,Governor,head,\n", "utf-8"
    )

    # WHEN a file with a person of Ulaanbaatar (spelled "Ulan Bator") is imported
    preview, result = import_file(services, meeting_id, path)

    # THEN the preview said so, and the delegation and person exist
    assert preview.rows[0].new_delegation
    assert preview.rows[0].city == "Ulaanbaatar"
    assert [p.family_name for p in persons_of(services, meeting_id)["Ulaanbaatar"]] == ["Bat"]

    # WHEN the import is undone
    _importer(services).undo(result)

    # THEN the meeting is as before
    assert services.delegations.list_delegations(meeting_id) == []


def test_undo_is_refused_once_an_imported_record_changed(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN an import that updated the governor and added a person
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Tomsk,Zhvachkin,Sergey,Governor of Tomsk Oblast,head,\n"
        + "Tomsk,Popova,Olga,Interpreter,interpreter,\n",
        "utf-8",
    )
    before = persons_of(services, sample_meeting_id)
    _, result = import_file(services, sample_meeting_id, path)

    # WHEN someone edits the added person, undo is refused and nothing changes
    added_id = result.created[0][0]
    added = services.delegations.get_person(added_id)
    services.delegations.update_person(
        added_id,
        PersonDraft(
            **{n: getattr(added, n) for n in PersonDraft.__dataclass_fields__} | {"phone": "1"}
        ),
    )
    with pytest.raises(UserFacingError, match="cannot be undone: 1 of its records"):
        _importer(services).undo(result)
    assert services.delegations.get_person(added_id).phone == "1"

    governor = next(
        p for p in persons_of(services, sample_meeting_id)["Tomsk"] if p.role.value == "head"
    )
    assert governor.position == "Governor of Tomsk Oblast"
    assert len(persons_of(services, sample_meeting_id)["Tomsk"]) == len(before["Tomsk"]) + 1


def test_undo_of_an_untouched_import_gives_back_the_meeting_exactly(
    services: Services, sample_meeting_id, tmp_path
):
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Tomsk,Zhvachkin,Sergey,Governor of Tomsk Oblast,head,s@example.org\n"
        + "Seoul,Park,Ha-eun,Interpreter,interpreter,\n",
        "utf-8",
    )
    before = persons_of(services, sample_meeting_id)
    _, result = import_file(services, sample_meeting_id, path)

    _importer(services).undo(result)

    after = persons_of(services, sample_meeting_id)

    def strip(persons):
        return {c: [(p.id, p.position, p.email) for p in ps] for c, ps in persons.items()}

    assert strip(after) == strip(before)


def test_a_file_without_a_recognisable_header_can_be_mapped_and_the_choice_is_remembered(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a file whose headers are a hotel's own words
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path, "hotel.csv", "Guest surname,Guest city,Room\nMasuzoe,Tokyo,101\n", "utf-8"
    )
    importer = _importer(services)
    sheet = read_sheet(path)
    mapping = importer.read(path)[1]
    assert mapping is None

    # WHEN the user maps the columns and the import runs
    from anmc_desktop.exchange.person_fields import ColumnMapping

    chosen = ColumnMapping(0, tuple(sheet.rows[0]), (Field.FAMILY_NAME, Field.CITY, Field.IGNORE))
    importer.apply(meeting_id, sheet, chosen)
    importer.remember(chosen)

    # THEN the person is in, and the next file with those headers is recognised by itself
    assert persons_of(services, meeting_id)["Tokyo"][0].family_name == "Masuzoe"
    again = importer.read(path)[1]
    assert again is not None
    assert again.fields == (Field.FAMILY_NAME, Field.CITY, Field.IGNORE)
    assert importer.choices_file.is_file()


def test_namesakes_with_different_e_mails_are_two_persons(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN two interpreters of the same name, told apart by their e-mail addresses
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + "Seoul,Kim,Min-jun,Interpreter,interpreter,minjun.kim@example.org\n"
        + "Seoul,Kim,Min-jun,Interpreter,interpreter,mj.kim@example.org\n",
        "utf-8",
    )

    # WHEN they are imported
    preview, result = import_file(services, meeting_id, path)

    # THEN both are added; importing the file again changes nothing
    assert [row.status for row in preview.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert len(result.created) == 2
    again, _ = import_file(services, meeting_id, path)
    assert [row.status for row in again.rows] == [RowStatus.UNCHANGED, RowStatus.UNCHANGED]


def test_a_refused_import_names_the_first_problems_only(
    services: Services, sample_meeting_id, tmp_path
):
    path = write_text(
        tmp_path, "people.csv", "City,Family name\n" + "Atlantis,Nemo\n" * 25, "utf-8"
    )
    importer = _importer(services)
    sheet, mapping = importer.read(path)

    with pytest.raises(ImportRefusedError) as refused:
        importer.apply(sample_meeting_id, sheet, mapping)

    assert len(refused.value.errors) == 25
    assert str(refused.value).startswith("Nothing was imported: row 2, City: no member city")
    assert str(refused.value).endswith("; and 15 more.")


def test_undo_is_refused_once_an_imported_person_speaks_in_the_agenda(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN an imported interpreter who was then made a speaker of an agenda item
    path = write_text(tmp_path, "people.csv", HEADER + "Tomsk,Popova,Olga,,,\n", "utf-8")
    _, result = import_file(services, sample_meeting_id, path)
    item = services.agenda.list_items(sample_meeting_id)[0]
    services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            kind=item.kind,
            title="Interpreting workshop",
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            speaker_ids=(result.created[0][0],),
        ),
    )

    # WHEN the import is undone, THEN it is refused and the person stays
    with pytest.raises(UserFacingError, match="appear in the agenda"):
        _importer(services).undo(result)
    assert services.delegations.get_person(result.created[0][0]).family_name == "Popova"
