"""The overview page: the first page of a meeting, and each thing to do opens its record."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import SignatoryStatus
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.ui.item_models.record_table import RECORD_ROLE
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate_meeting import generate_meeting

from tests.ui.held_database import hold_database, workers_done, workers_statements


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


@pytest.mark.parametrize("page_shown", [True, False], ids=["shown", "hidden"])
def test_an_overview_on_its_way_when_its_meeting_is_removed_is_dropped(
    window: MainWindow, database_path: Path, page_shown: bool
) -> None:
    page = window.page(OverviewPage)
    if not page_shown:
        window.show_page(DelegationsPage)
    assert window.meeting is not None
    # GIVEN another program removing the meeting while the overview is asked for
    removal = f"DELETE FROM meeting WHERE id = {window.meeting.id}"
    holder = hold_database(window, database_path, removal)
    page.load()  # its worker waits for the database
    holder.execute("COMMIT")
    holder.close()
    # WHEN the window learns that the meeting is gone before the worker is done
    window.set_current_meeting(None)
    workers_done()
    # THEN nothing is raised (pytest-qt fails a test on an error in a slot), nothing shown
    assert page.overview is None


def test_an_overview_on_its_way_for_the_meeting_left_is_not_shown(
    qtbot: QtBot, window: MainWindow, services: Services, database_path: Path
) -> None:
    quiet = services.meetings.create(
        MeetingDraft("Quiet", services.cities.list_cities()[0].id, dt.date(2030, 1, 1),
                     dt.date(2030, 1, 2))
    )  # fmt: skip
    page = window.page(OverviewPage)
    holder = hold_database(window, database_path)
    page.load()  # the sample meeting's, waiting for the database
    holder.execute("ROLLBACK")
    holder.close()
    window.set_current_meeting(quiet.id)
    workers_done()
    assert page.overview is not None and page.overview.meeting_id == quiet.id
    assert page.delegation_counts.text() == "none"


def test_a_long_list_is_read_in_batches_and_its_last_entry_opens_its_record(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    # GIVEN a meeting with hundreds of agenda items, many clashing or without a speaker
    meeting_id = generate_meeting(services.database, cities=4, persons=8, agenda_items=600)
    window = make_window()
    window.set_current_meeting(meeting_id)
    page = window.show_page(OverviewPage)
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.meeting_id == meeting_id)
    assert page.overview is not None
    entries, model = page.overview.to_do, page.to_do_model
    # THEN the view has the first batch, and more as the organizer goes down the list
    assert model.rowCount() == model.batch_size < len(entries)
    page.to_do.setFocus()
    while model.rowCount() < len(entries):
        shown = model.rowCount()
        qtbot.keyClick(page.to_do, Qt.Key.Key_End)
        assert model.rowCount() > shown
    qtbot.keyClick(page.to_do, Qt.Key.Key_End)
    last = page.to_do.currentIndex()
    assert last.row() == len(entries) - 1 and last.data(RECORD_ROLE) == entries[-1]
    # AND its last entry, an agenda item's, selects that item
    qtbot.keyClick(page.to_do, Qt.Key.Key_Return)
    agenda = window.current_page()
    assert isinstance(agenda, AgendaPage)
    item = agenda.selected_item()
    assert item is not None and item.id == entries[-1].item_id


def test_leaving_the_overview_before_it_came_stops_gathering_it(
    qtbot: QtBot, window: MainWindow, database_path: Path
) -> None:
    # GIVEN the overview being gathered, its worker waiting for the database (the
    # delegations page read already, so that showing it again reads nothing)
    window.show_page(DelegationsPage)
    page = window.show_page(OverviewPage)
    holder = hold_database(window, database_path)
    with workers_statements() as read:
        page.load()
        # WHEN the organizer goes to the delegations before it came
        window.show_page(DelegationsPage)
        holder.execute("ROLLBACK")
        holder.close()
        workers_done()
    # THEN the worker stopped at its next step: it never read the persons
    assert read, "the worker read nothing at all"
    assert not any("person.role" in statement for statement in read)
    assert page.overview is None
    # AND back on the overview, it is gathered afresh and shown
    window.show_page(OverviewPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.delegation_counts.text() == "Attending: 12"
