"""File > Import > A meeting file: a meeting that is already here is not copied unasked; the
organizer chooses an update or a copy, and sees what changed and which keys were unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService
from anmc_desktop.ui import messages
from anmc_desktop.ui.exchange_menu import import_meeting
from anmc_desktop.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


@pytest.fixture
def file_of_this_meeting(
    services: Services, sample_meeting_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The window's own meeting, renamed in its file; the open dialog answers with it."""
    document = json.loads(
        MeetingTransferService(services.database).export_meeting(sample_meeting_id)
    )
    document["meeting"]["title"] = "Renamed in the file"
    document["delegations"][0]["badge_colour"] = "red"
    path = tmp_path / "tomsk.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *args, **kwargs: path)
    return path


def test_the_organizer_is_asked_and_an_update_lists_its_changes(
    window: MainWindow, services: Services, sample_meeting_id: int, file_of_this_meeting: Path,
    dialogs: object,
) -> None:  # fmt: skip
    # WHEN the organizer imports the file of a meeting that is here and chooses the update
    dialogs.answer_yes()  # type: ignore[attr-defined]
    meeting_id = import_meeting(window)

    # THEN the question named the meeting and offered both ways
    question = dialogs.shown[0]  # type: ignore[attr-defined]
    assert "13th Plenary Meeting of the ANMC21 is already here" in question.text()
    assert question.button(Button.Yes).text() == "Update it from the file"
    assert question.button(Button.No).text() == "Import a separate copy"
    # AND the meeting was updated, not copied, and the changes and unknown keys were shown
    assert meeting_id == sample_meeting_id
    assert [m.title for m in services.meetings.list_meetings()] == ["Renamed in the file"]
    assert window.meeting is not None and window.meeting.title == "Renamed in the file"
    told = dialogs.texts[-1]  # type: ignore[attr-defined]
    assert "meeting.title: '13th Plenary Meeting of the ANMC21' -> 'Renamed in the file'" in told
    assert "delegations[0].badge_colour" in told


def test_the_organizer_may_import_a_copy_instead(
    window: MainWindow, services: Services, sample_meeting_id: int, file_of_this_meeting: Path,
    dialogs: object,
) -> None:  # fmt: skip
    # WHEN the organizer chooses File > Import > A meeting file... and then a copy
    dialogs.answer_no()  # type: ignore[attr-defined]
    action = next(a for a in window.findChildren(QAction) if a.text() == "A &meeting file...")
    action.trigger()

    # THEN the file is a new meeting, now the window's
    meeting_id = max(m.id for m in services.meetings.list_meetings())

    titles = sorted(m.title for m in services.meetings.list_meetings())
    assert titles == ["13th Plenary Meeting of the ANMC21", "Renamed in the file"]
    assert meeting_id != sample_meeting_id
    assert window.meeting is not None and window.meeting.id == meeting_id
    assert "imported as a new meeting" in dialogs.texts[-1]  # type: ignore[attr-defined]


def test_cancelling_the_question_imports_nothing(
    window: MainWindow, services: Services, sample_meeting_id: int, file_of_this_meeting: Path,
    dialogs: object,
) -> None:  # fmt: skip
    dialogs.answer = Button.Cancel.value  # type: ignore[attr-defined]

    assert import_meeting(window) is None

    assert [m.title for m in services.meetings.list_meetings()] == [
        "13th Plenary Meeting of the ANMC21"
    ]
    assert len(dialogs.shown) == 1  # type: ignore[attr-defined]


def test_an_update_shows_its_changes_and_writes_nothing_unless_accepted(
    window: MainWindow, services: Services, sample_meeting_id: int, file_of_this_meeting: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown: list[QMessageBox] = []
    answers = [Button.Yes, Button.No]  # update it from the file; then do not apply

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        return answers.pop(0).value

    monkeypatch.setattr(messages, "run_modal", answer)

    assert import_meeting(window) is None

    # THEN the second question listed what the update would change before writing it
    assert "Apply the changes?" in shown[1].text()
    assert "meeting.title: '13th Plenary Meeting of the ANMC21' -> 'Renamed in the file'" in (
        shown[1].informativeText()
    )
    # AND as the organizer declined, nothing changed
    assert [m.title for m in services.meetings.list_meetings()] == [
        "13th Plenary Meeting of the ANMC21"
    ]
