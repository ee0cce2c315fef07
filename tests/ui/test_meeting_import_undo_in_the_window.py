"""Edit > Undo takes back an import of a meeting file (issue 14): a copy goes with all it
brought, an update's changes go back; Redo imports the file again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import redo, undo

TITLE = "13th Plenary Meeting of the ANMC21"


@pytest.fixture
def renamed_file(
    services: Services, sample_meeting_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The window's own meeting, renamed in its file; the open dialog answers with it."""
    document = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    document["meeting"]["title"] = "Renamed in the file"
    document["delegations"][0]["persons"][0]["position"] = "Changed in the file"
    path = tmp_path / "tomsk.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *args, **kwargs: path)
    return path


def _import_from_the_menu(window: MainWindow) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == "A &meeting file...")
    action.trigger()


def _titles(services: Services) -> list[str]:
    return sorted(m.title for m in services.meetings.list_meetings())


def test_an_imported_copy_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int,
    renamed_file: Path, dialogs: object,
) -> None:  # fmt: skip
    persons = services.delegations.list_delegations(sample_meeting_id)
    # GIVEN the file imported as a separate copy, now the window's meeting
    dialogs.answer_no()  # type: ignore[attr-defined]
    _import_from_the_menu(window)
    assert _titles(services) == [TITLE, "Renamed in the file"]
    assert window.meeting is not None and window.meeting.id != sample_meeting_id
    # WHEN the organizer presses Ctrl+Z
    undo(qtbot, window)
    # THEN the copy is gone with its delegations and persons; the sample is current again
    assert _titles(services) == [TITLE]
    assert window.meeting is not None and window.meeting.id == sample_meeting_id
    assert services.delegations.list_delegations(sample_meeting_id) == persons
    # WHEN the organizer presses Ctrl+Shift+Z THEN the copy is back, and current
    redo(qtbot, window)
    assert _titles(services) == [TITLE, "Renamed in the file"]
    assert window.meeting is not None and window.meeting.title == "Renamed in the file"


def test_an_update_from_a_file_is_undone(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int,
    renamed_file: Path, dialogs: object,
) -> None:  # fmt: skip
    before = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    # GIVEN the file's changes brought into the meeting
    dialogs.answer_yes()  # type: ignore[attr-defined]
    _import_from_the_menu(window)
    assert _titles(services) == ["Renamed in the file"]
    # WHEN the organizer chooses Edit > Undo
    assert window.undo_history.undoText() == "Import tomsk.json"
    undo(qtbot, window)
    # THEN the meeting is as it was, and the window shows it so
    after = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    assert after == before
    assert window.meeting is not None and window.meeting.title == TITLE
