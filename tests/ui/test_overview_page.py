"""The overview page: the first page of a meeting, and each thing to do opens its record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import SignatoryStatus
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window once its overview, gathered on a worker thread, is shown."""
    qtbot.waitUntil(lambda: window.page(OverviewPage).overview is not None)
    return window


def _entry(page: OverviewPage, text: str) -> QModelIndex:
    model = page.to_do_model
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
                        Qt.MatchFlag.MatchStartsWith)  # fmt: skip
    assert found, f"no entry starting with {text!r}"
    return found[0]


def _double_click(qtbot: QtBot, page: OverviewPage, entry: QModelIndex) -> None:
    """As a user's: the first click presses the item, the second makes it a double-click."""
    page.to_do.scrollTo(entry)
    rect = page.to_do.visualRect(entry)
    qtbot.mouseClick(page.to_do.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.to_do.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_meeting_opens_on_its_overview(window: MainWindow) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    assert page.delegation_counts.text() == "Attending: 12"
    assert "Head of delegation: 12" in page.person_counts.text()
    count = len(page.to_do_model.rows())
    assert count > 10
    assert page.to_do.accessibleName() == "What still needs doing"
    assert page.to_do_heading.text() == (
        f"What still needs doing, {count} things (double-click or Enter to fix):"
    )


def test_enter_on_a_missing_arrival_opens_the_person_in_its_delegation(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.page(OverviewPage)
    entry = _entry(page, "Tomsk: Sergey Zhvachkin has no arrival")
    page.to_do.setCurrentIndex(entry)
    page.to_do.setFocus()
    qtbot.keyClick(page.to_do, Qt.Key.Key_Return)
    delegations = window.current_page()
    assert isinstance(delegations, DelegationsPage)
    selected = delegations.selected_delegation()
    assert selected is not None and selected.city_name == "Tomsk"
    person = delegations.selected_person()
    assert person is not None and person.family_name == "Zhvachkin"


def test_a_double_click_on_an_agenda_gap_selects_the_item(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page(OverviewPage)
    _double_click(qtbot, page, _entry(page, "Joint projects and pilot programmes"))
    agenda = window.current_page()
    assert isinstance(agenda, AgendaPage)
    item = agenda.selected_item()
    assert item is not None and item.title == "Joint projects and pilot programmes"


def test_the_draft_declaration_leads_to_the_declaration_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.page(OverviewPage)
    page.to_do.setCurrentIndex(_entry(page, "The declaration is still a draft"))
    qtbot.keyClick(page.to_do, Qt.Key.Key_Return)
    assert isinstance(window.current_page(), DeclarationPage)


def test_a_click_on_missing_full_powers_selects_the_signatory(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN Seoul's signatory confirmed but without full powers (the sample's have signed)
    services = window.services
    assert window.meeting is not None
    declaration = services.declarations.get_for_meeting(window.meeting.id)
    assert declaration is not None
    seoul = next(
        s for s in services.declarations.list_signatories(declaration.id) if s.city_name == "Seoul"
    )
    services.declarations.set_signatory_status(seoul.id, SignatoryStatus.CONFIRMED)
    page = window.page(OverviewPage)
    page.load()
    qtbot.waitUntil(lambda: page.overview is not None)
    # WHEN the organizer double-clicks its entry
    _double_click(
        qtbot, page, _entry(page, f"Seoul: full powers of {seoul.latin_name} not received")
    )
    # THEN the signatories page shows Seoul's signatory, with the box to tick
    signatories = window.current_page()
    assert isinstance(signatories, SignatoriesPage)
    selected = signatories.selected_signatory()
    assert selected is not None and selected.id == seoul.id
    assert signatories.credentials.isEnabled() and not signatories.credentials.isChecked()
