"""The main window: navigation, the current meeting, remembered settings, menus, first start."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from anmc_desktop import __version__
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.main_window import APP_TITLE, PAGE_TYPES, MainWindow
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.settings import AppSettings

SAMPLE_TITLE = "13th Plenary Meeting of the ANMC21"


def add_meeting(services: Services, host_meeting_id: int, title: str) -> int:
    host = services.meetings.get(host_meeting_id).host_city_id
    draft = MeetingDraft(
        title=title, host_city_id=host, first_day=dt.date(2016, 8, 1), last_day=dt.date(2016, 8, 3)
    )
    return services.meetings.create(draft).id


def click_navigation(window: MainWindow, qtbot: QtBot, title: str) -> None:
    item = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_opens_on_the_sample_meeting_with_its_title(window: MainWindow):
    assert window.windowTitle() == f"{SAMPLE_TITLE} — {APP_TITLE}"
    assert isinstance(window.current_page(), OverviewPage)


def test_clicking_the_navigation_shows_every_page(window: MainWindow, qtbot: QtBot):
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Meetings",
        "Member cities",
        "Delegations",
        "Persons",
        "Agenda",
        "Declaration",
        "Signatories",
        "Overview",
        "Seating",
        "Check-in",
    ]
    for title, page_type in zip(titles, PAGE_TYPES, strict=True):
        click_navigation(window, qtbot, title)
        assert isinstance(window.current_page(), page_type)
        assert window.current_page().isVisible()


def test_choosing_another_meeting_updates_the_title_and_the_pages(
    make_window, services: Services, sample_meeting_id: int, qtbot: QtBot
):
    # GIVEN a second meeting next to the sample, and the window on the sample
    other_id = add_meeting(services, sample_meeting_id, "14th Plenary Meeting of the ANMC21")
    window = make_window()
    window.set_current_meeting(sample_meeting_id)
    # WHEN the user selects the other meeting on the Meetings page and clicks Make current
    click_navigation(window, qtbot, "Meetings")
    page = window.meetings_page
    page.select_meeting(other_id)
    qtbot.mouseClick(page.make_current_button, Qt.MouseButton.LeftButton)
    # THEN the title names it and the Delegations page shows its (empty) list
    assert window.windowTitle() == f"14th Plenary Meeting of the ANMC21 — {APP_TITLE}"
    click_navigation(window, qtbot, "Delegations")
    delegations = window.page(DelegationsPage)
    assert delegations.delegations.rowCount() == 0
    assert "14th Plenary Meeting" in delegations.heading.text()
    # AND WHEN the user double-clicks the sample meeting
    click_navigation(window, qtbot, "Meetings")
    row = page.model.row_of(sample_meeting_id)
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # THEN it is current again, with its 12 delegations
    assert window.windowTitle() == f"{SAMPLE_TITLE} — {APP_TITLE}"
    click_navigation(window, qtbot, "Delegations")
    assert delegations.delegations.rowCount() == 12


def test_the_current_meeting_is_remembered_for_the_next_start(
    make_window, services: Services, sample_meeting_id: int
):
    # GIVEN two meetings; the newest one would be chosen by default
    other_id = add_meeting(services, sample_meeting_id, "Later meeting")
    first = make_window()
    assert first.meeting is not None and first.meeting.id == other_id
    # WHEN the user makes the sample current and closes the window
    first.set_current_meeting(sample_meeting_id)
    first.close()
    # THEN the next window opens on the sample meeting
    second = make_window()
    assert second.meeting is not None and second.meeting.id == sample_meeting_id


def test_a_remembered_meeting_that_no_longer_exists_falls_back_to_the_newest(
    make_window, sample_meeting_id: int
):
    settings = AppSettings.open()
    settings.current_meeting_id = sample_meeting_id + 1000
    settings.sync()
    window = make_window()
    assert window.meeting is not None and window.meeting.id == sample_meeting_id


def test_window_geometry_is_restored(make_window, sample_meeting_id: int):
    # GIVEN a window the user resized and moved
    first = make_window()
    first.resize(QSize(713, 477))
    first.move(QPoint(40, 30))
    # WHEN it is closed and the app starts again (the offscreen screen is 800 x 600)
    first.close()
    second = make_window()
    # THEN the new window has the same size and place
    assert second.size() == QSize(713, 477)
    assert second.pos() == QPoint(40, 30)


def test_about_names_the_version(window: MainWindow, dialogs):
    window.about_action.trigger()
    assert len(dialogs.shown) == 1
    assert f"{APP_TITLE} {__version__}" in dialogs.texts[0]


def test_quit_closes_the_window(window: MainWindow, qtbot: QtBot):
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_first_start_offers_the_sample_meeting_and_adds_it(
    make_window, services: Services, dialogs
):
    # GIVEN an empty database
    window = make_window()
    assert window.windowTitle() == APP_TITLE
    assert isinstance(window.current_page(), MeetingsPage)
    # WHEN the app offers the sample meeting and the user answers Yes
    dialogs.answer_yes()
    window.offer_sample_if_empty()
    # THEN the question was asked, the sample is added and becomes the current meeting
    assert "sample meeting" in dialogs.texts[0]
    assert [m.title for m in services.meetings.list_meetings()] == [SAMPLE_TITLE]
    assert window.windowTitle() == f"{SAMPLE_TITLE} — {APP_TITLE}"
    assert window.meetings_page.model.rowCount() == 1


def test_enter_on_the_first_start_offer_adds_the_sample_meeting(
    make_window, services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    # GIVEN an empty database, and a user who answers the offer by pressing Enter
    window = make_window()

    def press_enter(box: QDialog) -> int:
        box.show()
        qtbot.waitExposed(box)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        return box.result()

    monkeypatch.setattr(messages, "run_modal", press_enter)
    # WHEN the app offers the sample meeting
    window.offer_sample_if_empty()
    # THEN Yes was the default: the sample meeting is added
    assert [m.title for m in services.meetings.list_meetings()] == [SAMPLE_TITLE]


def test_declining_the_sample_meeting_leaves_the_database_empty(
    make_window, services: Services, dialogs
):
    window = make_window()
    dialogs.answer_no()
    window.offer_sample_if_empty()
    assert len(dialogs.shown) == 1
    assert services.meetings.list_meetings() == []
    assert window.windowTitle() == APP_TITLE


def test_a_database_with_meetings_is_not_offered_the_sample(window: MainWindow, dialogs):
    window.offer_sample_if_empty()
    assert dialogs.shown == []


def test_ctrl_and_a_number_opens_that_page(window: MainWindow, qtbot: QtBot):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), MeetingsPage)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), DelegationsPage)


def test_the_status_bar_names_the_database(window: MainWindow, database_path):
    assert str(database_path) in window.statusBar().currentMessage()
