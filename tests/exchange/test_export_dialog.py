"""The export dialog: choose, see how many persons, export; the file is what was chosen."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidget

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.export_delegations import ExportDelegationsDialog

# The offscreen platform of the tests warns whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _dialog(qtbot, services: Services, meeting_id: int) -> ExportDelegationsDialog:
    dialog = ExportDelegationsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _untick(list_widget: QListWidget, text: str) -> None:
    item = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Unchecked)


def test_the_choices_become_the_exported_csv(
    qtbot, services, sample_meeting_id, tmp_path, monkeypatch
):
    # GIVEN the export dialog on the sample meeting
    dialog = _dialog(qtbot, services, sample_meeting_id)
    asked: list[str] = []
    target = tmp_path / "heads"

    def choose_file(file_dialog: QDialog) -> int:
        assert isinstance(file_dialog, QFileDialog)
        asked.append(file_dialog.windowTitle())
        file_dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_file)

    # WHEN the organizer keeps only heads, drops Tokyo and the e-mail/phone columns,
    # moves "Family name" to the top and exports
    for role in ("Member", "Adviser", "Interpreter", "Staff", "Press"):
        _untick(dialog.roles, role)
    _untick(dialog.delegations, "Tokyo")
    _untick(dialog.columns, "E-mail")
    _untick(dialog.columns, "Phone")
    family = dialog.columns.findItems("Family name", Qt.MatchFlag.MatchExactly)[0]
    dialog.columns.setCurrentItem(family)
    for _ in range(dialog.columns.row(family)):
        qtbot.mouseClick(dialog.move_up, Qt.MouseButton.LeftButton)
    dialog.placeholders.setChecked(True)
    summary = dialog.summary.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    # THEN the summary counted the heads of the 11 other delegations before export
    assert summary.startswith("11 persons will be listed in 11 delegations")
    # AND the CSV holds exactly those columns and rows (the file dialog added the suffix)
    assert asked == ["Export delegations"]
    assert dialog.saved_to == tmp_path / "heads.csv"
    rows = list(csv.reader(io.StringIO(dialog.saved_to.read_bytes().decode("utf-8-sig"))))
    assert rows[0][0] == "Family name"
    assert "E-mail" not in rows[0]
    assert len(rows) == 12
    assert all(row[rows[0].index("Role")] == "Head of delegation" for row in rows[1:])
    assert not any("Masuzoe" in row for row in rows)
    dialog.grab().save(str(tmp_path / "export_dialog.png"))


def test_xlsx_one_sheet_per_city(qtbot, services, sample_meeting_id, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, services, sample_meeting_id)
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: tmp_path / "list.xlsx")

    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.sheet_per_city.isEnabled()
    dialog.sheet_per_city.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert "Tomsk" in openpyxl.load_workbook(tmp_path / "list.xlsx").sheetnames


def test_nothing_to_export_disables_the_button_and_says_why(qtbot, services, sample_meeting_id):
    dialog = _dialog(qtbot, services, sample_meeting_id)

    for row in range(dialog.statuses.count()):
        dialog.statuses.item(row).setCheckState(Qt.CheckState.Unchecked)

    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == "Nobody matches these choices."

    for row in range(dialog.columns.count()):
        dialog.columns.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert "Unknown column(s): none chosen" in dialog.problem.text()


def test_cancelling_the_file_dialog_writes_nothing(qtbot, services, sample_meeting_id, monkeypatch):
    dialog = _dialog(qtbot, services, sample_meeting_id)
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: None)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.saved_to is None
    assert dialog.isVisible()


def test_a_pdf_can_be_exported(qtbot, services, sample_meeting_id, tmp_path: Path, monkeypatch):
    dialog = _dialog(qtbot, services, sample_meeting_id)
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: tmp_path / "list.pdf")

    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert (tmp_path / "list.pdf").read_bytes().startswith(b"%PDF")
