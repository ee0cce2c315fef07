"""The import dialog: a file, its columns, a preview of every row, then Import and Undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.import_persons import ImportPersonsDialog, PreviewModel

# The offscreen platform of the tests warns whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _persons(services: Services, meeting_id: int) -> int:
    return sum(d.person_count for d in services.delegations.list_delegations(meeting_id))


def _dialog(qtbot, services: Services, meeting_id: int) -> ImportPersonsDialog:
    dialog = ImportPersonsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, dialog: ImportPersonsDialog, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(messages, "open_file", lambda *_a: path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def test_preview_then_import_then_undo(qtbot, services, sample_meeting_id, tmp_path, monkeypatch):
    # GIVEN a Russian list with a title row
    path = tmp_path / "томск.csv"
    path.write_text(
        "Список делегации\nФамилия;Имя;Город;Роль\nПопова;Ольга;Томск;переводчик\n"
        "Zhvachkin;Sergey;Tomsk;глава\n",
        encoding="cp1251",
    )
    dialog = _dialog(qtbot, services, sample_meeting_id)
    before = _persons(services, sample_meeting_id)

    # WHEN the organizer chooses it
    _choose(qtbot, dialog, monkeypatch, path)

    # THEN the header row and columns are found and every row previewed; nothing written
    assert dialog.header_row.value() == 2
    assert dialog.field_combo(0).currentData() == Field.FAMILY_NAME
    assert dialog.preview_model.rowCount() == 2
    assert [dialog.preview_model.index(r, 1).data() for r in range(2)] == ["New", "Unchanged"]
    assert dialog.counts.text() == "New: 1, Update: 0, Unchanged: 1, Error: 0"
    assert dialog.import_button.isEnabled()
    assert _persons(services, sample_meeting_id) == before
    dialog.grab().save(str(tmp_path / "import_dialog.png"))

    # WHEN they confirm
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # THEN the person is added and the import can be undone
    assert _persons(services, sample_meeting_id) == before + 1
    assert dialog.counts.text() == "Imported: 1 added, 0 updated."
    assert dialog.undo_button.isEnabled() and not dialog.import_button.isEnabled()

    # WHEN they undo it
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    # THEN the meeting is as before
    assert _persons(services, sample_meeting_id) == before
    assert not dialog.undo_button.isEnabled()


def test_rows_with_errors_block_the_import(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    path = tmp_path / "people.csv"
    path.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", encoding="utf-8")
    dialog = _dialog(qtbot, services, sample_meeting_id)

    _choose(qtbot, dialog, monkeypatch, path)

    assert not dialog.import_button.isEnabled()
    assert "1 row has errors" in dialog.problem.text()
    assert dialog.preview_model.index(1, 4).data() == "City: no member city matches 'Atlantis'."


def test_the_good_rows_may_be_imported_and_the_others_reported(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    path = tmp_path / "people.csv"
    path.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", encoding="utf-8")
    dialog = _dialog(qtbot, services, sample_meeting_id)
    before = _persons(services, sample_meeting_id)
    _choose(qtbot, dialog, monkeypatch, path)
    assert not dialog.import_button.isEnabled()

    # WHEN the organizer chooses to leave out the rows with errors, and imports
    qtbot.mouseClick(dialog.skip_errors, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert "1 row has errors; they will be left out" in dialog.problem.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    # THEN the good row is in, and the other is in a report next to the file
    assert _persons(services, sample_meeting_id) == before + 1
    report = tmp_path / "people - rows left out.csv"
    assert dialog.problem.text() == f"1 row was left out; see {report}"
    lines = report.read_text("utf-8-sig").splitlines()
    assert lines[0] == "City,Family name,Import problems"
    assert lines[1].startswith("Atlantis,Nemo,3: City: ")


def test_a_near_miss_of_a_header_is_suggested_and_waits_for_the_user(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    path = tmp_path / "people.csv"
    path.write_text("City,Family name,Positon\nTomsk,Popova,Interpreter\n", encoding="utf-8")
    dialog = _dialog(qtbot, services, sample_meeting_id)
    _choose(qtbot, dialog, monkeypatch, path)

    # THEN the misspelt column is offered as what it looks like, but not read unasked
    combo = dialog.field_combo(2)
    assert combo.currentData() is None
    assert combo.currentText() == "(choose…) (looks like: Position)"
    # WHEN the organizer confirms it
    combo.setCurrentIndex(combo.findData(Field.POSITION))
    # THEN the column is read
    assert dialog.preview_model.index(0, 1).data() == "New"
    assert "Positon" not in (dialog.preview.ignored_columns if dialog.preview else ())


def test_unknown_columns_are_mapped_by_hand_and_remembered(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    # GIVEN a hotel's list whose headers nobody recognises
    path = tmp_path / "hotel.csv"
    path.write_text("Guest,Town,Room\nMasuzoe,Tokyo,101\n", encoding="utf-8")
    dialog = _dialog(qtbot, services, sample_meeting_id)
    _choose(qtbot, dialog, monkeypatch, path)
    assert not dialog.import_button.isEnabled()
    assert "no column holds the city or a name" in dialog.problem.text()

    # WHEN the organizer says which column is which and imports
    dialog.field_combo(0).setCurrentIndex(dialog.field_combo(0).findData(Field.FAMILY_NAME))
    dialog.field_combo(1).setCurrentIndex(dialog.field_combo(1).findData(Field.CITY))
    dialog.field_combo(2).setCurrentIndex(dialog.field_combo(2).findData(Field.NOTES))
    assert dialog.preview_model.index(0, 1).data() == "New"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    # THEN a second dialog recognises those headers by itself
    again = _dialog(qtbot, services, sample_meeting_id)
    _choose(qtbot, again, monkeypatch, path)
    assert again.field_combo(1).currentData() == Field.CITY
    assert again.field_combo(2).currentData() == Field.NOTES


def test_a_hostile_file_is_reported_in_the_dialog(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    path = tmp_path / "people.csv"
    path.write_bytes(bytes(range(256)) * 50)
    dialog = _dialog(qtbot, services, sample_meeting_id)

    _choose(qtbot, dialog, monkeypatch, path)

    assert "not a text CSV file" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()


def test_the_preview_model_is_a_well_behaved_qt_model(
    qtmodeltester, services, sample_meeting_id, tmp_path
):
    path = tmp_path / "people.csv"
    path.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", encoding="utf-8")
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    model = PreviewModel()
    model.set_rows(importer.preview(sample_meeting_id, sheet, mapping).rows)

    qtmodeltester.check(model)


def test_a_date_that_reads_two_ways_waits_for_the_organizer_s_choice_in_the_dialog(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    # GIVEN a list whose arrival "03/04/2014" is 3 April or March 4
    path = tmp_path / "arrivals.csv"
    path.write_text(
        "City,Family name,Given name,Arrival\nTomsk,Popova,Olga,03/04/2014 10:00\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, services, sample_meeting_id)
    _choose(qtbot, dialog, monkeypatch, path)
    # THEN the row is an error that asks, and nothing can be imported
    assert dialog.preview_model.index(0, 1).data() == "Error"
    assert "03/04/2014" in dialog.preview_model.index(0, 4).data()
    assert not dialog.import_button.isEnabled()
    # WHEN the organizer picks "day first" with the keyboard
    dialog.date_order.setFocus()
    qtbot.keyClick(dialog.date_order, Qt.Key.Key_Down)
    assert dialog.date_order.currentText() == "Dates like 03/04/2014: day first (3 April)"
    # THEN the row is new, and imports as 3 April
    assert dialog.preview_model.index(0, 1).data() == "New"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    tomsk = next(
        d
        for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )
    olga = next(
        p
        for p in services.delegations.get_delegation(tomsk.id).persons
        if p.family_name == "Popova"
    )
    assert (olga.arrival.month, olga.arrival.day) == (4, 3)


def test_a_report_that_cannot_be_written_is_named_and_the_import_kept(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    # GIVEN a list with a bad row, and a folder in the way of its report
    path = tmp_path / "people.csv"
    path.write_text("City,Family name\nTomsk,Popova\nAtlantis,Nemo\n", encoding="utf-8")
    report = tmp_path / "people - rows left out.csv"
    report.mkdir()
    dialog = _dialog(qtbot, services, sample_meeting_id)
    before = _persons(services, sample_meeting_id)
    _choose(qtbot, dialog, monkeypatch, path)
    # WHEN the organizer leaves out the bad row and imports
    qtbot.mouseClick(dialog.skip_errors, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # THEN the good row is in, the import can be undone, and the report's trouble is named
    assert _persons(services, sample_meeting_id) == before + 1
    assert dialog.undo_button.isEnabled()
    assert dialog.problem.text().startswith(
        f"1 row was left out, but their report could not be written to {report}: "
    )
