"""Each page of the main window on the sample meeting shows what the database holds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.ui.item_models.record_table import RecordTableModel
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage


def column_texts(model: RecordTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def column_of(model: RecordTableModel, title: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.title == title)


def test_meetings_page_lists_the_sample_meeting_in_bold_as_current(window: MainWindow):
    # WHEN the user opens the Meetings page
    page = window.show_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    # THEN it lists the sample meeting, marked as the current one
    assert column_texts(page.model, 0) == ["13th Plenary Meeting of the ANMC21"]
    assert column_texts(page.model, column_of(page.model, "Host city")) == ["Tomsk"]
    assert column_texts(page.model, column_of(page.model, "First day")) == ["2014-09-04"]
    font = page.model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()


def test_cities_page_shows_thirteen_cities_with_local_names_in_their_scripts(window: MainWindow):
    page = window.show_page(CitiesPage)
    assert isinstance(page, CitiesPage)
    local_names = dict(zip(column_texts(page.model, 0), column_texts(page.model, 1), strict=True))
    assert len(local_names) == 13
    assert local_names["Seoul"] == "서울"
    assert local_names["Tokyo"] == "東京"
    assert local_names["Ulaanbaatar"] == "Улаанбаатар"
    assert local_names["Bangkok"] == "กรุงเทพมหานคร"
    assert local_names["Delhi"] == "दिल्ली"
    assert local_names["Yangon"] == "ရန်ကုန်"


def test_delegations_page_lists_twelve_delegations_with_heads_and_marked_placeholders(
    window: MainWindow,
):
    # WHEN the user opens the Delegations page of the sample meeting
    page = window.show_page(DelegationsPage)
    assert isinstance(page, DelegationsPage)
    model = page.delegations
    # THEN it shows the 12 delegations by city, with local name, status, head, member count
    cities = column_texts(model, 0)
    assert len(cities) == 12
    assert cities == sorted(cities)
    row = {city: r for r, city in enumerate(cities)}
    head = column_of(model, "Head")
    assert model.index(row["Tomsk"], head).data() == "Sergey Zhvachkin"
    assert model.index(row["Tomsk"], column_of(model, "Members")).data() == "5"
    assert model.index(row["Tomsk"], column_of(model, "Local name")).data() == "Томск"
    assert model.index(row["Tomsk"], column_of(model, "Status")).data() == "Attending"
    # AND a head the facts do not name is visibly a placeholder, a named one is not
    delhi_font = model.index(row["Delhi"], head).data(Qt.ItemDataRole.FontRole)
    assert delhi_font is not None and delhi_font.italic()
    assert model.index(row["Delhi"], head).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row["Tomsk"], head).data(Qt.ItemDataRole.FontRole) is None


def test_selecting_a_delegation_shows_its_members_in_both_scripts(window: MainWindow, qtbot: QtBot):
    page = window.show_page(DelegationsPage)
    assert isinstance(page, DelegationsPage)
    # WHEN the user clicks the Tomsk delegation
    row = column_texts(page.delegations, 0).index("Tomsk")
    table = page.delegation_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(page.delegations.index(row, 0)).center(),
    )
    # THEN its five members are shown, the head first, with Latin and Cyrillic names
    members = page.members
    assert members.rowCount() == 5
    first = [members.index(0, c).data() for c in range(members.columnCount())]
    assert first == ["H.E.", "Sergey Zhvachkin", "Сергей Жвачкин", "Governor", "Head of delegation"]
    assert "Алексей Князев" in column_texts(members, column_of(members, "Native name"))
    assert "Tomsk" in page.members_heading.text()


def test_a_placeholder_head_is_marked_in_the_members_list(window: MainWindow):
    page = window.show_page(DelegationsPage)
    assert isinstance(page, DelegationsPage)
    page.select_delegation("Delhi")
    members = page.members
    assert members.rowCount() == 1
    assert members.index(0, column_of(members, "Role")).data() == "Head of delegation (placeholder)"
    assert members.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()


def test_agenda_page_shows_each_day_in_time_order(window: MainWindow):
    page = window.show_page(AgendaPage)
    assert isinstance(page, AgendaPage)
    # THEN there is one tab per day of the meeting
    assert page.days == [dt.date(2014, 9, 4), dt.date(2014, 9, 5), dt.date(2014, 9, 6)]
    assert page.day_tabs.count() == 3
    assert page.day_tabs.tabText(1) == "Friday, 5 September 2014 (4)"
    # WHEN the user picks the second day
    page.day_tabs.setCurrentIndex(1)
    # THEN its four items appear in time order with time, kind, title and room
    times = column_texts(page.model, 0)
    assert times == ["10:00–12:00", "12:00–13:00", "14:30–16:30", "19:00–20:30"]
    assert column_texts(page.model, 1)[0] == "Panel discussion"
    assert column_texts(page.model, 3)[-1] == "Concert Hall"
    # AND the last day ends with the signing ceremony
    page.show_day(dt.date(2014, 9, 6))
    assert column_texts(page.model, 2)[-1] == "Signing of the Tomsk Declaration"


def test_declaration_page_shows_the_whole_text_with_numbered_clauses(window: MainWindow):
    page = window.show_page(DeclarationPage)
    assert isinstance(page, DeclarationPage)
    text = page.text.toPlainText()
    assert "Tomsk Declaration" in text
    assert "We, the representatives of Hanoi, Seoul, Tokyo, Ulaanbaatar and Tomsk" in text
    assert "Hereby we declare:" in text
    assert "6. We will" in text
    assert "7. " not in text
    assert "Done at Tomsk" in text
    assert page.text.isReadOnly()


def test_declaration_text_that_looks_like_markup_appears_literally(
    make_window, services: Services, sample_meeting_id: int
):
    # GIVEN a meeting whose declaration contains text that looks like HTML
    meeting = services.meetings.get(sample_meeting_id)
    other = services.meetings.create(
        MeetingDraft(
            title="Markup <test> meeting",
            host_city_id=meeting.host_city_id,
            first_day=dt.date(2030, 1, 1),
            last_day=dt.date(2030, 1, 2),
        )
    )
    services.declarations.create(
        other.id,
        DeclarationDraft(
            title="<b>Bold?</b> & co",
            opening="A < B > C &amp; D",
            clauses=("Use <i>no</i> markup; keep \"quotes\" & 'apostrophes'.",),
        ),
    )
    window = make_window()
    window.set_current_meeting(other.id)
    # WHEN the user opens the Declaration page
    page = window.show_page(DeclarationPage)
    assert isinstance(page, DeclarationPage)
    # THEN every character the user typed is shown as typed
    text = page.text.toPlainText()
    assert "<b>Bold?</b> & co" in text
    assert "A < B > C &amp; D" in text
    assert "1. Use <i>no</i> markup; keep \"quotes\" & 'apostrophes'." in text


def test_signatories_page_lists_the_five_signatories_in_signing_order(window: MainWindow):
    page = window.show_page(SignatoriesPage)
    assert isinstance(page, SignatoriesPage)
    model = page.model
    assert column_texts(model, 0) == ["1", "2", "3", "4", "5"]
    assert column_texts(model, 1) == ["Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk (host)"]
    assert column_texts(model, 2)[0] == "H.E. Le Hong Son"
    assert column_texts(model, 3) == ["Lê Hồng Sơn", "임종석", "舛添要一", "", "Сергей Жвачкин"]
    assert column_texts(model, column_of(model, "Official title"))[4] == "Governor"
    assert set(column_texts(model, column_of(model, "Status"))) == {"Signed"}


def test_pages_of_a_meeting_without_data_show_empty_lists_and_say_so(
    make_window, services: Services, sample_meeting_id: int
):
    # GIVEN a second meeting with no delegations, agenda or declaration
    host = services.meetings.get(sample_meeting_id).host_city_id
    empty = services.meetings.create(
        MeetingDraft(
            title="Empty meeting",
            host_city_id=host,
            first_day=dt.date(2031, 5, 1),
            last_day=dt.date(2031, 5, 1),
        )
    )
    window = make_window()
    window.set_current_meeting(empty.id)
    delegations = window.show_page(DelegationsPage)
    assert isinstance(delegations, DelegationsPage)
    assert delegations.delegations.rowCount() == 0
    assert delegations.members.rowCount() == 0
    signatories = window.show_page(SignatoriesPage)
    assert "no declaration yet" in signatories.heading.text()
    declaration = window.show_page(DeclarationPage)
    assert isinstance(declaration, DeclarationPage)
    assert declaration.text.toPlainText() == "This meeting has no declaration yet."
    agenda = window.show_page(AgendaPage)
    assert isinstance(agenda, AgendaPage)
    assert agenda.day_tabs.count() == 1
    assert agenda.model.rowCount() == 0


def test_reloading_the_delegations_keeps_the_selected_delegation(window: MainWindow):
    # GIVEN the user looks at the Seoul delegation
    page = window.show_page(DelegationsPage)
    assert isinstance(page, DelegationsPage)
    page.select_delegation("Seoul")
    # WHEN the data behind the page changes (e.g. after an edit elsewhere)
    window.reload_all()
    # THEN Seoul is still selected and its members shown
    selected = page.selected_delegation()
    assert selected is not None and selected.city_name == "Seoul"
    assert column_texts(page.members, column_of(page.members, "Native name")) == ["임종석"]


def test_the_last_column_fills_the_width_of_the_table(window: MainWindow, qtbot: QtBot):
    page = window.show_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == page.table.viewport().width())


def test_reloading_the_delegations_keeps_the_column_widths_the_user_set(window: MainWindow):
    # GIVEN the delegations listed, and the user widened the City column
    page = window.show_page(DelegationsPage)
    assert isinstance(page, DelegationsPage)
    fitted = page.delegation_table.columnWidth(0)
    page.delegation_table.setColumnWidth(0, fitted + 150)
    # WHEN the data behind the page changes (after any edit, the page reloads)
    window.reload_all()
    # THEN the column keeps the width the user gave it
    assert page.delegation_table.columnWidth(0) == fitted + 150
