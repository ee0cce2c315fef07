"""The Agenda page on a day of more items than its table shows at first (the rest are
fetched as the view scrolls): the keyboard reaches all of them, and the other days' clash
marks follow the changes made meanwhile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services import Services
from anmc_desktop.ui.background import jobs_running
from anmc_desktop.ui.item_models.agenda import AgendaTableModel
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import COUNT_AFTER_MS, AgendaPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from tests.ui.held_database import hold_database, workers_done, workers_statements

SEP_4, SEP_6 = dt.date(2014, 9, 4), dt.date(2014, 9, 6)


@pytest.fixture
def long_day(services: Services, sample_meeting_id: int) -> int:
    """More items on the 4th than the table shows at first, each in a room of its own."""
    first = dt.datetime.combine(SEP_4, dt.time(8))
    for number in range(AgendaTableModel.batch_size + 20):
        starts = first + dt.timedelta(seconds=60 * number)
        services.agenda.create(
            sample_meeting_id,
            AgendaItemDraft(
                AgendaKind.OTHER, f"Session {number:03}", starts, starts,
                room=f"Room {number:03}",
            ),
        )  # fmt: skip
    return sample_meeting_id


def test_end_reaches_the_last_item_of_a_long_day_and_home_the_first(
    long_day: int, window: MainWindow, qtbot: QtBot, services: Services
):
    # GIVEN the 4th shown, more items than the table holds at first
    page = window.show_page(AgendaPage)
    page.show_day(SEP_4)
    items = services.agenda.list_items(long_day, SEP_4)
    assert page.model.rowCount() < len(items)
    page.table.setFocus()
    page.table.selectRow(0)
    # WHEN the user presses End THEN the day's last item is the selected one, in view
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.selected_item() == items[-1]
    last = page.table.currentIndex()
    assert page.table.viewport().rect().intersects(page.table.visualRect(last))
    # WHEN the user presses Ctrl+Home THEN the first item is selected again
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_item() == items[0]
    # WHEN the user presses Ctrl+End THEN the last one is selected again
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_item() == items[-1]


def test_the_other_days_clash_marks_follow_a_change_made_since_they_were_counted(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the Agenda page showing the 4th, the 6th without clashes
    page = window.show_page(AgendaPage)
    page.show_day(SEP_4)
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(2)"))
    # WHEN another organizer books the Plenary Hall during the panel of the 6th and the
    # page is read again
    _book_the_plenary_hall_during_the_panel(services, sample_meeting_id)
    window.reload_all()
    page.load()
    # THEN the 6th's tab says that two of its three items clash
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(3, 2 \u26a0)"))
    # WHEN the page is read again with nothing changed THEN the marks stay
    page.load()
    assert page.day_tabs.tabText(2).endswith("(3, 2 \u26a0)")


def _book_the_plenary_hall_during_the_panel(services: Services, meeting_id: int) -> None:
    services.agenda.create(
        meeting_id,
        AgendaItemDraft(
            AgendaKind.OTHER, "Rehearsal", dt.datetime(2014, 9, 6, 11),
            dt.datetime(2014, 9, 6, 12), room="Plenary Hall",
        ),
    )  # fmt: skip


def test_clashes_are_counted_only_while_the_agenda_is_shown(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN a clash on the 6th, and the Agenda page left at once after it was shown
    _book_the_plenary_hall_during_the_panel(services, sample_meeting_id)
    page = window.show_page(AgendaPage)
    window.show_page(DelegationsPage)
    # WHEN the moment to count the other days' clashes has come and gone
    qtbot.wait(COUNT_AFTER_MS * 3)
    workers_done()
    # THEN they were not counted for the hidden page
    assert page.day_tabs.tabText(2).endswith("(3)")
    # AND shown again, the page counts them
    window.show_page(AgendaPage)
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(3, 2 \u26a0)"))


def test_leaving_the_agenda_while_its_clashes_are_counted_stops_the_count(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int,
    database_path: Path,
):  # fmt: skip
    # GIVEN the other days' clashes being counted, the count waiting for the database (the
    # delegations page read already, so that showing it again reads nothing)
    window.show_page(DelegationsPage)
    page = window.show_page(AgendaPage)
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(2)"))
    _book_the_plenary_hall_during_the_panel(services, sample_meeting_id)
    page.load()
    holder = hold_database(window, database_path)
    with workers_statements() as read:
        qtbot.waitUntil(jobs_running)
        # WHEN the organizer goes to the delegations before the count came
        window.show_page(DelegationsPage)
        holder.execute("ROLLBACK")
        holder.close()
        workers_done()
    # THEN the count stopped at its next step: it never read the items' times
    assert not any(s.startswith("SELECT agenda_item.id, agenda_item.starts_at") for s in read)
    assert page.day_tabs.tabText(2).endswith("(3)")
    # AND shown again, the page counts the clashes afresh
    window.show_page(AgendaPage)
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(3, 2 \u26a0)"))
