"""The export dialog writes the file the save dialog asked about, whole, or says why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.export_delegations import ExportDelegationsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def export_dialog(qtbot, services: Services, sample_meeting_id: int) -> ExportDelegationsDialog:
    dialog = ExportDelegationsDialog(services, sample_meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _user_types(path: Path, shown: list[QDialog]):
    def run_modal(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(path))
        return QDialog.DialogCode.Accepted

    return run_modal


def test_the_export_never_writes_a_file_the_dialog_did_not_ask_about(
    qtbot, export_dialog, tmp_path: Path, monkeypatch
):
    # GIVEN a file beside the one the user will name, with the export's suffix added
    kept = tmp_path / "list.txt.csv"
    kept.write_text("keep me", encoding="utf-8")
    shown: list[QDialog] = []
    monkeypatch.setattr(messages, "run_modal", _user_types(tmp_path / "list.txt", shown))

    # WHEN the user exports the CSV to "list.txt"
    qtbot.mouseClick(export_dialog.export_button, Qt.MouseButton.LeftButton)

    # THEN the dialog offered .csv for a bare name, and wrote exactly the chosen file
    assert isinstance(shown[0], QFileDialog)
    assert shown[0].defaultSuffix() == "csv"
    assert export_dialog.saved_to == tmp_path / "list.txt"
    assert "Family name" in (tmp_path / "list.txt").read_bytes().decode("utf-8-sig")
    assert kept.read_text(encoding="utf-8") == "keep me"


def test_a_file_that_cannot_be_written_is_explained_in_an_error_box(
    qtbot, export_dialog, tmp_path: Path, monkeypatch
):
    # GIVEN the user names a file in a folder that does not exist
    shown: list[QDialog] = []
    target = tmp_path / "gone" / "list.csv"
    monkeypatch.setattr(messages, "run_modal", _user_types(target, shown))

    # WHEN they export
    qtbot.mouseClick(export_dialog.export_button, Qt.MouseButton.LeftButton)

    # THEN an error box and the dialog say why; the dialog stays open, nothing is written
    boxes = [dialog for dialog in shown if isinstance(dialog, QMessageBox)]
    assert len(boxes) == 1
    assert "does not exist" in boxes[0].informativeText()
    assert export_dialog.problem.text().startswith("Not exported:")
    assert export_dialog.isVisible()
    assert not (tmp_path / "gone").exists()
