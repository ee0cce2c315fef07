"""File > Export and File > Import from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.exchange_menu import import_persons
from anmc_desktop.ui.main_window import MainWindow


def _answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(messages, "save_file", lambda *args, **kwargs: path)
    monkeypatch.setattr(messages, "open_file", lambda *args, **kwargs: path)


def _action(window: MainWindow, text: str) -> object:
    return next(a for a in window.meeting_actions if a.text().replace("&", "").startswith(text))


def test_the_agenda_is_exported_as_icalendar(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "agenda.ics"
    _answer_file_dialogs(monkeypatch, target)
    _action(window, "Agenda as iCalendar").trigger()  # type: ignore[attr-defined]
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 7
    assert "Signing of the Tomsk Declaration" in text


def test_a_meeting_file_goes_out_and_comes_back_as_a_new_meeting(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    dialogs: object,
) -> None:  # fmt: skip
    target = tmp_path / "tomsk.json"
    _answer_file_dialogs(monkeypatch, target)
    _action(window, "Whole meeting").trigger()  # type: ignore[attr-defined]
    assert target.stat().st_size > 1000
    import_action = next(
        a for a in window.findChildren(QAction) if a.text() == "A &meeting file..."
    )
    dialogs.answer_no()  # type: ignore[attr-defined]  # not an update: a separate copy
    import_action.trigger()
    meetings = services.meetings.list_meetings()
    assert len(meetings) == 2
    assert window.meeting is not None and window.meeting.id == max(m.id for m in meetings)
    assert "imported as a new meeting" in dialogs.texts[-1]  # type: ignore[attr-defined]


def test_an_import_left_in_place_is_undone_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int,
    tmp_path: Path,
) -> None:  # fmt: skip
    # GIVEN a CSV of two new persons for Seoul
    source = tmp_path / "seoul.csv"
    source.write_text(
        "City,Family name,Given name,Position\n"
        "Seoul,Park,Ji-won,Adviser\nSeoul,Kim,Min-jun,Interpreter\n",
        encoding="utf-8",
    )
    # WHEN the user imports it and closes the dialog
    dialog = import_persons(window)
    assert dialog is not None
    dialog.load(source)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    dialog.close()
    # The window manager activates the window again as the dialog closes; the offscreen
    # platform has none (the dialog became active while the import ran off the thread).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seoul = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Seoul"
    )  # fmt: skip
    assert services.delegations.get_delegation(seoul.id).summary.person_count == 3
    # THEN Ctrl+Z takes the import back, and Ctrl+Shift+Z does it again
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.delegations.get_delegation(seoul.id).summary.person_count == 1
    qtbot.keyClick(
        window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert services.delegations.get_delegation(seoul.id).summary.person_count == 3
