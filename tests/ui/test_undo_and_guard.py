"""The window's undo stack and its guard against leaving unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.delegations import DelegationsPage


def _tomsk_member_count(services: Services, meeting_id: int) -> int:
    tomsk = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Tomsk"
    )
    return tomsk.person_count


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_a_recorded_edit(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a removal made through the services and recorded by the page
    page = window.show_page(DelegationsPage)
    tomsk = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )  # fmt: skip
    ivanov = next(
        p for p in services.delegations.get_delegation(tomsk.id).persons
        if p.family_name == "Ivanov"
    )  # fmt: skip
    state = {"removed": services.removals.remove_person(ivanov.id)}
    page.record_edit(
        "Remove Anatoly Ivanov",
        undo=lambda: services.removals.restore_person(state["removed"]),
        redo=lambda: state.update(removed=services.removals.remove_person(ivanov.id)),
    )
    assert _tomsk_member_count(services, sample_meeting_id) == 4
    # WHEN the user presses Ctrl+Z THEN Ivanov is back, and the page shows it
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tomsk_member_count(services, sample_meeting_id) == 5
    page.select_delegation("Tomsk")
    assert len(page.members.rows()) == 5
    # WHEN the user presses Ctrl+Shift+Z THEN he is removed again
    qtbot.keyClick(
        window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert _tomsk_member_count(services, sample_meeting_id) == 4
    assert window.undo_action.text() == "&Undo Remove Anatoly Ivanov"


def test_an_undo_that_became_impossible_is_explained_and_dropped(
    window: MainWindow, services: Services, sample_meeting_id: int, dialogs: object
) -> None:
    page = window.show_page(DelegationsPage)
    page.record_edit(
        "Restore a city that is gone",
        undo=lambda: services.cities.get(999_999),
        redo=lambda: None,
    )
    window.undo_action.trigger()
    assert "City 999999 does not exist" in dialogs.texts[0]  # type: ignore[attr-defined]
    assert window.undo_history.count() == 0


def test_leaving_a_page_with_unsaved_changes_asks_first(
    window: MainWindow, dialogs: object, monkeypatch: object
) -> None:
    page = window.show_page(DelegationsPage)
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)  # type: ignore[attr-defined]
    dialogs.answer_no()  # type: ignore[attr-defined]
    window.navigation.setCurrentRow(window.pages.index(window.page(CitiesPage)))
    assert window.current_page() is page
    assert "not saved" in dialogs.texts[0]  # type: ignore[attr-defined]
    dialogs.answer_yes()  # type: ignore[attr-defined]
    window.navigation.setCurrentRow(window.pages.index(window.page(CitiesPage)))
    assert isinstance(window.current_page(), CitiesPage)
