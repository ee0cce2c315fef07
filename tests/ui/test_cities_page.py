"""Member cities through the window: add, edit, retire, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import CityStatus
from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.cities import CitiesPage
from tests.ui.keyboard import redo, type_text, undo

# The time-zone completer's popup: the offscreen platform cannot raise it or grab keys.
TYPING_IN_A_COMPLETER = pytest.mark.qt_log_ignore(
    "does not support raise", "grabbing the keyboard", "propagateSizeHints"
)


def _city(services: Services, name: str) -> object:
    return next((c for c in services.cities.list_cities() if c.name_en == name), None)


def _edit_tomsk(qtbot: QtBot, page: CitiesPage, services: Services) -> object:
    """Select Tomsk and click Edit; returns the form."""
    page.select_city(_city(services, "Tomsk").id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    return page.dialog


@TYPING_IN_A_COMPLETER
def test_a_city_is_added_in_the_form_and_the_add_is_undone(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    # GIVEN the Member cities page
    page = window.show_page(CitiesPage)
    # WHEN the user clicks Add city, types a name and a time zone and presses Enter
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.name_en, "Almaty")
    type_text(form.name_local, "Алматы")
    qtbot.keyClicks(form.country, "Kazakhstan")
    form.time_zone.clear()
    qtbot.keyClicks(form.time_zone, "Asia/Almaty")
    qtbot.keyClick(form.country, Qt.Key.Key_Return)
    # THEN the city is in the database and selected on the page
    city = _city(services, "Almaty")
    assert city is not None and city.time_zone == "Asia/Almaty"
    assert city.name_local == "Алматы"
    assert page.selected_city().name_en == "Almaty"
    # WHEN the user presses Ctrl+Z THEN the city is gone; Ctrl+Shift+Z brings it back
    undo(qtbot, window)
    assert _city(services, "Almaty") is None
    redo(qtbot, window)
    assert _city(services, "Almaty").id == city.id


@TYPING_IN_A_COMPLETER
def test_a_wrong_time_zone_is_named_beside_the_field_and_save_stays_disabled(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.show_page(CitiesPage)
    form = _edit_tomsk(qtbot, page, services)
    assert form.save_button.isEnabled()
    # WHEN the user types a time zone that does not exist
    zone: QLineEdit = form.time_zone
    zone.clear()
    qtbot.keyClicks(zone, "Asia/Atlantis")
    # THEN the message is beside the field and Save is disabled; Enter does not save
    assert "not a time zone" in form.form.message("time_zone")
    assert not form.save_button.isEnabled()
    qtbot.keyClick(zone, Qt.Key.Key_Return)
    assert form.isVisible()
    assert _city(services, "Tomsk").time_zone == "Asia/Tomsk"
    # WHEN the user fixes it THEN the message goes and Save is enabled again
    zone.clear()
    qtbot.keyClicks(zone, "Asia/Novosibirsk")
    assert form.form.message("time_zone") == ""
    assert form.save_button.isEnabled()
    page.discard_changes()
    assert _city(services, "Tomsk").time_zone == "Asia/Tomsk"


def test_esc_in_a_changed_city_form_asks_before_closing(
    qtbot: QtBot, window: MainWindow, services: Services, dialogs: object
) -> None:
    page = window.show_page(CitiesPage)
    page.select_city(_city(services, "Tomsk").id)
    page.edit_city()
    form = page.dialog
    qtbot.keyClicks(form.country, "!")
    dialogs.answer_no()  # type: ignore[attr-defined]
    qtbot.keyClick(form.country, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert "Close it without saving?" in dialogs.texts[0]  # type: ignore[attr-defined]
    dialogs.answer_yes()  # type: ignore[attr-defined]
    qtbot.keyClick(form.country, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert _city(services, "Tomsk").country == "Russia"


def test_a_retired_city_keeps_its_delegations_and_the_retirement_is_undone(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    page = window.show_page(CitiesPage)
    seoul = _city(services, "Seoul")
    page.select_city(seoul.id)
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert _city(services, "Seoul").status is CityStatus.FORMER
    assert any(
        d.city_name == "Seoul" for d in services.delegations.list_delegations(sample_meeting_id)
    )
    status_column = next(
        c for c in range(page.model.columnCount()) if page.model.headerData(
            c, Qt.Orientation.Horizontal) == "Status"
    )  # fmt: skip
    row = page.table.currentIndex().row()
    assert page.model.index(row, status_column).data() == "Former"
    assert not page.retire_button.isEnabled()
    window.undo_action.trigger()
    assert _city(services, "Seoul").status is seoul.status


def test_two_edits_of_one_city_are_undone_and_redone_one_after_the_other(
    qtbot: QtBot, window: MainWindow, services: Services, dialogs: object
) -> None:
    # GIVEN Tomsk's country edited twice in the form
    page = window.show_page(CitiesPage)
    tomsk_id = _city(services, "Tomsk").id
    for country in ("Russian Federation", "RF"):
        page.select_city(tomsk_id)
        page.edit_city()
        form = page.dialog
        form.country.clear()
        qtbot.keyClicks(form.country, country)
        qtbot.keyClick(form.country, Qt.Key.Key_Return)
    assert _city(services, "Tomsk").country == "RF"
    # WHEN both edits are undone THEN Tomsk is back as it was, with no refusal
    undo(qtbot, window)
    assert _city(services, "Tomsk").country == "Russian Federation"
    undo(qtbot, window)
    assert _city(services, "Tomsk").country == "Russia"
    # AND both are redone in turn
    redo(qtbot, window)
    redo(qtbot, window)
    assert _city(services, "Tomsk").country == "RF"
    assert dialogs.texts == []  # type: ignore[attr-defined]


@TYPING_IN_A_COMPLETER
def test_typing_in_a_field_clears_the_services_message_and_save_works_again(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    # GIVEN the form of Tomsk, renamed by the user to a name another city already has
    page = window.show_page(CitiesPage)
    form = _edit_tomsk(qtbot, page, services)
    form.name_en.clear()
    qtbot.keyClicks(form.name_en, "Seoul")
    # WHEN the user presses Enter THEN the service's reason is beside the name, Save is off
    qtbot.keyClick(form.name_en, Qt.Key.Key_Return)
    assert form.isVisible()
    assert "already named" in form.form.message("name_en")
    assert not form.save_button.isEnabled()
    # WHEN the user types another name THEN the message goes, Save is on and Enter saves
    form.name_en.clear()
    qtbot.keyClicks(form.name_en, "Tomsk Oblast")
    assert form.form.message("name_en") == ""
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.name_en, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert _city(services, "Tomsk Oblast") is not None
