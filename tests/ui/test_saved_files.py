"""Saving and exporting: names that say what and which meeting, the folder last used, a
question before replacing a file, and a status-bar note with Open and Show in folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.ui import exchange_menu, messages
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.print_preview import PrintPreviewDialog
from anmc_desktop.ui.saved_files import SavedFileNotice
from tests.ui.conftest import OpenedUrls


@dataclass
class SaveDialogs:
    """Answers each file dialog with a file in ``folder`` (the name the dialog offered,
    or ``name``), and each question with ``replace``; keeps what was offered and asked."""

    folder: Path
    name: str | None = None
    replace: bool = False
    offered: list[Path] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    shown: list[QDialog] = field(default_factory=list)

    def run_modal(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        if isinstance(dialog, QFileDialog):
            offered = Path(dialog.directory().absolutePath()) / Path(dialog.selectedFiles()[0]).name
            self.offered.append(offered)
            dialog.selectFile(str(self.folder / (self.name or offered.name)))
            return QDialog.DialogCode.Accepted.value
        if isinstance(dialog, QMessageBox) and dialog.icon() is QMessageBox.Icon.Question:
            self.questions.append(dialog.text())
            button = (
                QMessageBox.StandardButton.Yes if self.replace else QMessageBox.StandardButton.No
            )
            return button.value
        return QDialog.DialogCode.Rejected.value


@pytest.fixture
def save_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveDialogs:
    folder = tmp_path / "exports"
    folder.mkdir()
    answers = SaveDialogs(folder)
    monkeypatch.setattr(messages, "run_modal", answers.run_modal)
    return answers


def _export_action(window: MainWindow, text: str) -> object:
    return next(a for a in window.meeting_actions if a.text().replace("&", "").startswith(text))


def test_the_agenda_export_offers_a_name_of_the_meeting_and_announces_the_file(
    qtbot: QtBot, window: MainWindow, save_dialogs: SaveDialogs, opened_urls: OpenedUrls
) -> None:
    # WHEN the user exports the agenda and takes the offered name
    _export_action(window, "Agenda as iCalendar").trigger()  # type: ignore[attr-defined]
    # THEN the name says which meeting and what
    assert save_dialogs.offered[0].name == "Tomsk 2014 - agenda.ics"
    written = save_dialogs.folder / "Tomsk 2014 - agenda.ics"
    assert "BEGIN:VEVENT" in written.read_text(encoding="utf-8")
    # AND the status bar says what was written where, with Open and Show in folder
    notice = window.statusBar().findChild(SavedFileNotice)
    assert notice is not None and notice.isVisible()
    assert notice.label.text() == f"Saved Tomsk 2014 - agenda.ics in {save_dialogs.folder}"
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls.paths == [
        written,
        save_dialogs.folder,
    ]


def test_the_next_export_starts_in_the_folder_last_used(
    window: MainWindow, save_dialogs: SaveDialogs
) -> None:
    _export_action(window, "Agenda as iCalendar").trigger()  # type: ignore[attr-defined]
    _export_action(window, "Whole meeting").trigger()  # type: ignore[attr-defined]
    assert save_dialogs.offered[0].parent == Path.home()
    assert save_dialogs.offered[1] == save_dialogs.folder / "Tomsk 2014 - meeting file.json"
    assert (save_dialogs.folder / "Tomsk 2014 - meeting file.json").stat().st_size > 1000


@pytest.mark.parametrize("replace", [False, True])
def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    window: MainWindow, save_dialogs: SaveDialogs, replace: bool
) -> None:
    existing = save_dialogs.folder / "agenda.ics"
    existing.write_text("keep me", encoding="utf-8")
    save_dialogs.name = existing.name
    save_dialogs.replace = replace
    _export_action(window, "Agenda as iCalendar").trigger()  # type: ignore[attr-defined]
    assert save_dialogs.questions == [
        f"agenda.ics already exists in {save_dialogs.folder}. Replace it?"
    ]
    replaced = existing.read_text(encoding="utf-8") != "keep me"
    assert replaced is replace
    assert (window.statusBar().findChild(SavedFileNotice) is not None) is replace


def _save_the_declaration_s_preview(
    qtbot: QtBot, window: MainWindow, save_dialogs: SaveDialogs
) -> None:
    window.print_actions[DocumentKind.DECLARATION].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None
    qtbot.keyClick(options, Qt.Key.Key_Return)
    preview = next(d for d in save_dialogs.shown if isinstance(d, PrintPreviewDialog))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)


def test_a_draft_declaration_is_saved_as_a_draft_of_its_meeting(
    qtbot: QtBot, window: MainWindow, save_dialogs: SaveDialogs
) -> None:
    # WHEN the user previews the sample's declaration (not final yet), clicks Save as PDF
    # and takes the offered name
    _save_the_declaration_s_preview(qtbot, window, save_dialogs)
    name = "Tomsk 2014 - Declaration with signing pages - draft.pdf"
    assert save_dialogs.offered[-1].name == name
    assert (save_dialogs.folder / name).read_bytes().startswith(b"%PDF")
    notice = window.statusBar().findChild(SavedFileNotice)
    assert notice is not None and notice.path == save_dialogs.folder / name


def test_saved_files_are_named_in_the_window_s_language(
    russian: None, qtbot: QtBot, make_window, sample_meeting_id: int, save_dialogs: SaveDialogs
) -> None:
    window: MainWindow = make_window()
    # WHEN the user, in Russian, exports the agenda and saves the draft declaration
    exchange_menu.export_agenda(window)
    _save_the_declaration_s_preview(qtbot, window, save_dialogs)
    # THEN the names offered say what in Russian (the meeting's city is its data)
    assert [path.name for path in save_dialogs.offered] == [
        "Tomsk 2014 - программа.ics",
        "Tomsk 2014 - Декларация с листами подписей - проект.pdf",
    ]
