"""Choosing and ordering the signatories on their page, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.enums import SignatoryStatus, SigningOrderRule
from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage

CTRL = Qt.KeyboardModifier.ControlModifier
DEFAULT_ORDER = ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"]
HOST_FIRST = ["Tomsk", "Hanoi", "Seoul", "Tokyo", "Ulaanbaatar"]


@pytest.fixture
def page(window: MainWindow) -> SignatoriesPage:
    return window.show_page(SignatoriesPage)


def declaration(services: Services, meeting_id: int) -> DeclarationRecord:
    record = services.declarations.get_for_meeting(meeting_id)
    assert record is not None
    return record


def signatories(services: Services, meeting_id: int) -> list[SignatoryRecord]:
    return services.declarations.list_signatories(declaration(services, meeting_id).id)


def cities(services: Services, meeting_id: int) -> list[str]:
    return [s.city_name for s in signatories(services, meeting_id)]


def rule(services: Services, meeting_id: int) -> SigningOrderRule:
    return declaration(services, meeting_id).signing_order_rule


def shown_cities(page: SignatoriesPage) -> list[str]:
    return [s.city_name for s in page.model.rows()]


def click_city(page: SignatoriesPage, qtbot: QtBot, city: str) -> None:
    row = shown_cities(page).index(city)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(window: MainWindow, qtbot: QtBot, undo: bool = True) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    modifiers = CTRL if undo else CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, modifiers)


def test_default_order_then_host_first_then_by_hand_and_undo_of_each(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # GIVEN the five signatories in the default order: visitors alphabetically, host last
    assert cities(services, sample_meeting_id) == DEFAULT_ORDER
    assert shown_cities(page) == DEFAULT_ORDER
    assert page.rule.currentData() == SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST
    # WHEN the user picks the next rule, "host first", with the keyboard
    page.rule.setFocus()
    qtbot.keyClick(page.rule, Qt.Key.Key_Down)
    # THEN Tomsk signs first, and the rule is stored with the declaration
    assert cities(services, sample_meeting_id) == HOST_FIRST
    assert rule(services, sample_meeting_id) is SigningOrderRule.HOST_FIRST
    assert shown_cities(page) == HOST_FIRST
    # WHEN the user moves Seoul up by hand
    click_city(page, qtbot, "Seoul")
    qtbot.mouseClick(page.move_up_button, Qt.MouseButton.LeftButton)
    # THEN Seoul signs before Hanoi and the order is now set by hand
    manual = ["Tomsk", "Seoul", "Hanoi", "Tokyo", "Ulaanbaatar"]
    assert cities(services, sample_meeting_id) == manual
    assert rule(services, sample_meeting_id) is SigningOrderRule.MANUAL
    assert page.rule.currentData() == SigningOrderRule.MANUAL
    assert page.selected_signatory().city_name == "Seoul"  # type: ignore[union-attr]
    # AND Alt+Down moves it back down
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert cities(services, sample_meeting_id) == HOST_FIRST
    # WHEN the user undoes each step
    press(window, qtbot)
    assert cities(services, sample_meeting_id) == manual
    press(window, qtbot)
    assert cities(services, sample_meeting_id) == HOST_FIRST
    assert rule(services, sample_meeting_id) is SigningOrderRule.HOST_FIRST
    press(window, qtbot)
    assert cities(services, sample_meeting_id) == DEFAULT_ORDER
    assert rule(services, sample_meeting_id) is SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST
    assert page.rule.currentData() == SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST
    # AND every signatory kept its status through it all
    assert {s.status for s in signatories(services, sample_meeting_id)} == {SignatoryStatus.SIGNED}
    # WHEN the user redoes THEN host first again
    press(window, qtbot, undo=False)
    assert cities(services, sample_meeting_id) == HOST_FIRST


def test_ticking_a_delegation_adds_its_head_and_unticking_removes_it(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # WHEN the user ticks Bangkok, whose head is a placeholder
    item = page.who_signs.item(page.who_signs.row_of("Bangkok"), 0)
    rect = page.who_signs.visualItemRect(item)
    checkbox = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    checkbox.setX(rect.left() + 10)
    qtbot.mouseClick(page.who_signs.viewport(), Qt.MouseButton.LeftButton, pos=checkbox)
    # THEN its head signs, first in the default order, with the status "planned"
    added = signatories(services, sample_meeting_id)
    assert [s.city_name for s in added] == ["Bangkok", *DEFAULT_ORDER]
    assert added[0].status is SignatoryStatus.PLANNED
    assert added[0].latin_name.endswith("(to be confirmed)")
    # WHEN the user unticks Seoul with the keyboard (space)
    page.who_signs.setCurrentItem(page.who_signs.item(page.who_signs.row_of("Seoul"), 0))
    page.who_signs.setFocus()
    qtbot.keyClick(page.who_signs, Qt.Key.Key_Space)
    assert cities(services, sample_meeting_id) == [
        "Bangkok",
        "Hanoi",
        "Tokyo",
        "Ulaanbaatar",
        "Tomsk",
    ]
    # WHEN the user undoes both THEN the five are back, Seoul still "signed"
    press(window, qtbot)
    assert cities(services, sample_meeting_id) == ["Bangkok", *DEFAULT_ORDER]
    press(window, qtbot)
    after = signatories(services, sample_meeting_id)
    assert [s.city_name for s in after] == DEFAULT_ORDER
    assert after[1].status is SignatoryStatus.SIGNED
    assert (
        page.who_signs.item(page.who_signs.row_of("Bangkok"), 0).checkState()
        == Qt.CheckState.Unchecked
    )


def test_another_member_signs_for_the_host_and_undo_restores_the_head(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    table = page.who_signs
    row = table.row_of("Tomsk")
    assert table.item(row, table.SIGNER_COLUMN).text() == "H.E. Sergey Zhvachkin"
    # WHEN the user clicks who signs for Tomsk, which opens the list of its members
    cell = table.visualRect(table.model().index(row, table.SIGNER_COLUMN)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    box = table.indexWidget(table.model().index(row, table.SIGNER_COLUMN))
    assert box is not None and box.currentText() == "H.E. Sergey Zhvachkin (head)"
    assert box.count() == 5
    # AND picks the next member with the Down key
    qtbot.keyClick(box, Qt.Key.Key_Down)
    # THEN that member signs for Tomsk, keeping the status
    tomsk = signatories(services, sample_meeting_id)[-1]
    assert tomsk.latin_name != "Sergey Zhvachkin"
    assert tomsk.status is SignatoryStatus.SIGNED
    assert table.item(row, table.SIGNER_COLUMN).text() == f"Mr {tomsk.latin_name}"
    # WHEN the user undoes it THEN the governor signs again
    press(window, qtbot)
    assert signatories(services, sample_meeting_id)[-1].latin_name == "Sergey Zhvachkin"
    assert table.item(row, table.SIGNER_COLUMN).text() == "H.E. Sergey Zhvachkin"


def test_a_member_picked_before_ticking_signs_when_the_delegation_is_ticked(
    page: SignatoriesPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    table = page.who_signs
    # GIVEN Tomsk does not sign
    table.item(table.row_of("Tomsk"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert "Tomsk" not in cities(services, sample_meeting_id)
    assert table.item(table.row_of("Tomsk"), 1).text() == "Sergey Zhvachkin (head)"
    # WHEN the user picks Andrey Knorr for Tomsk THEN nothing is written yet
    box = table.open_signer_editor("Tomsk")
    box.setFocus()
    knorr = box.findText("Mr Andrey Knorr")
    for _ in range(knorr - box.currentIndex()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert "Tomsk" not in cities(services, sample_meeting_id)
    assert table.item(table.row_of("Tomsk"), 1).text() == "Mr Andrey Knorr"
    # AND the pick survives another edit (which reloads the page)
    table.item(table.row_of("Bangkok"), 0).setCheckState(Qt.CheckState.Checked)
    assert table.item(table.row_of("Tomsk"), 1).text() == "Mr Andrey Knorr"
    # WHEN the user ticks Tomsk THEN Knorr signs for it, last as the host
    table.item(table.row_of("Tomsk"), 0).setCheckState(Qt.CheckState.Checked)
    tomsk = signatories(services, sample_meeting_id)[-1]
    assert (tomsk.city_name, tomsk.latin_name) == ("Tomsk", "Andrey Knorr")


def test_a_status_changes_even_when_final_and_the_change_is_undone(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # GIVEN a final declaration
    services.declarations.mark_final(declaration(services, sample_meeting_id).id)
    window.reload_all()
    # THEN the order and who signs cannot change, and the page says why
    assert not page.rule.isEnabled() and not page.who_signs.isEnabled()
    assert page.final_note.isVisible()
    click_city(page, qtbot, "Seoul")
    assert not page.move_up_button.isEnabled()
    # WHEN the user sets Seoul's status to "signed ad referendum"
    page.status.setCurrentIndex(page.status.findData(SignatoryStatus.SIGNED_AD_REFERENDUM))
    # THEN it is stored; undo puts "signed" back
    assert signatories(services, sample_meeting_id)[1].status is (
        SignatoryStatus.SIGNED_AD_REFERENDUM
    )
    press(window, qtbot)
    assert signatories(services, sample_meeting_id)[1].status is SignatoryStatus.SIGNED
    assert page.status.currentData() == SignatoryStatus.SIGNED


def test_a_signatory_dragged_to_another_place_moves_there_by_hand(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    model = page.model
    tomsk_row = shown_cities(page).index("Tomsk")
    dragged = model.mimeData([model.index(tomsk_row, 0)])
    # WHEN the user drops Tomsk between Hanoi and Seoul
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    # THEN Tomsk signs second, the order is set by hand
    qtbot.waitUntil(lambda: cities(services, sample_meeting_id)[1] == "Tomsk")
    assert cities(services, sample_meeting_id) == [
        "Hanoi",
        "Tomsk",
        "Seoul",
        "Tokyo",
        "Ulaanbaatar",
    ]
    assert rule(services, sample_meeting_id) is SigningOrderRule.MANUAL
    # WHEN the user drops Hanoi onto Tokyo's row THEN Hanoi takes Tokyo's place
    hanoi = model.mimeData([model.index(0, 0)])
    model.dropMimeData(hanoi, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0))
    qtbot.waitUntil(lambda: cities(services, sample_meeting_id)[3] == "Hanoi")
    assert cities(services, sample_meeting_id) == [
        "Tomsk",
        "Seoul",
        "Tokyo",
        "Hanoi",
        "Ulaanbaatar",
    ]
    # AND undo takes both back
    press(window, qtbot)
    press(window, qtbot)
    assert cities(services, sample_meeting_id) == DEFAULT_ORDER


def test_the_reorderable_order_and_the_draggable_programme_pass_the_model_tester(
    window: MainWindow, qtmodeltester
):
    agenda = window.show_page(AgendaPage)
    qtmodeltester.check(agenda.model)
    assert agenda.model.rowCount() > 0
    signing = window.show_page(SignatoriesPage)
    qtmodeltester.check(signing.model)
    assert signing.model.rowCount() == 5


def test_a_refused_change_is_explained_and_the_page_shows_what_is_stored(
    page: SignatoriesPage, window: MainWindow, services: Services, sample_meeting_id: int,
    dialogs: object,
):  # fmt: skip
    # GIVEN another organizer marked the declaration final after the page was shown
    services.declarations.mark_final(declaration(services, sample_meeting_id).id)
    # WHEN the user ticks Bangkok here
    page.who_signs.item(page.who_signs.row_of("Bangkok"), 0).setCheckState(Qt.CheckState.Checked)
    # THEN the user is told why, nothing changed, and the page shows the stored state
    assert "reopen the declaration first" in dialogs.texts[-1]  # type: ignore[attr-defined]
    assert cities(services, sample_meeting_id) == DEFAULT_ORDER
    assert page.who_signs.item(page.who_signs.row_of("Bangkok"), 0).checkState() == (
        Qt.CheckState.Unchecked
    )
    assert not page.who_signs.isEnabled()
    assert window.undo_history.count() == 0
