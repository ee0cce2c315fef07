"""The Agenda page of a large meeting: choosers that hold only what the typed text finds,
days read when shown, and the clash marks of the other days counted meanwhile."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.records.agenda import AgendaItemDraft, AgendaItemRecord
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of
from anmc_desktop.ui.forms.agenda_item import AgendaItemForm
from anmc_desktop.ui.forms.person_choices import SHOWN
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from tests.ui.keyboard import type_text

SEP_4, SEP_5, SEP_6 = dt.date(2014, 9, 4), dt.date(2014, 9, 5), dt.date(2014, 9, 6)
GOVERNOR = "Sergey Zhvachkin (Tomsk)"


@pytest.fixture
def crowded(services: Services, sample_meeting_id: int) -> int:
    """More persons than a chooser offers at once, in the delegation listed first (so
    that the governor of Tomsk is not among those offered before anything is typed)."""
    first = services.delegations.list_delegations(sample_meeting_id)[0]
    for number in range(SHOWN):
        draft = PersonDraft(given_name="Guest", family_name=f"Number {number:03}")
        services.delegations.add_person(first.id, draft)
    return sample_meeting_id


def governor_id(services: Services, meeting_id: int) -> int:
    return next(c for c in services.agenda.person_choices(meeting_id) if c[1] == GOVERNOR)[0]


def open_form(page: AgendaPage, qtbot: QtBot, row: int | None = None) -> AgendaItemForm:
    if row is None:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    else:
        page.table.selectRow(row)
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    return form


def open_moderated_item(
    window: MainWindow, qtbot: QtBot, services: Services, meeting_id: int
) -> tuple[int, AgendaItemRecord, AgendaItemForm]:
    """The governor made moderator of the first item of the 5th, and that item's form
    opened from the Agenda page: the governor's id, the item, the form."""
    governor = governor_id(services, meeting_id)
    first = services.agenda.list_items(meeting_id, SEP_5)[0]
    services.agenda.update(first.id, replace(draft_of(first), moderator_id=governor))
    page = window.show_page(AgendaPage)
    page.show_day(SEP_5)
    return governor, first, open_form(page, qtbot, 0)


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard", "propagateSizeHints")
def test_the_speaker_chooser_finds_a_person_beyond_those_offered_at_first(
    crowded: int, window: MainWindow, qtbot: QtBot
):
    page = window.show_page(AgendaPage)
    form = open_form(page, qtbot)
    chooser = form.speakers.chooser
    # GIVEN the chooser, once the user is in it, offers only the first persons of the
    # meeting, not the governor
    chooser.lineEdit().setFocus()
    qtbot.waitUntil(lambda: chooser.count() == SHOWN)
    assert chooser.findText(GOVERNOR) == -1
    # WHEN the user types his name in Cyrillic, picks the match and clicks Add
    type_text(chooser.lineEdit(), "Жвачкин")
    assert chooser.lineEdit().text() == "Жвачкин"
    popup = chooser.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.mouseClick(form.speakers.add_button, Qt.MouseButton.LeftButton)
    # THEN he is the item's speaker
    assert form.speakers.entries.list.item(0).text() == f"1. {GOVERNOR}"


def test_an_items_moderator_is_shown_though_not_among_those_offered_at_first(
    crowded: int, window: MainWindow, qtbot: QtBot, services: Services
):
    # GIVEN the governor moderates the first item of the 5th
    # WHEN the user opens it
    governor, first, form = open_moderated_item(window, qtbot, services, crowded)
    # THEN the governor is its moderator; saved unchanged, he stays
    assert form.moderator.currentText() == GOVERNOR
    assert form.moderator.currentData() == governor
    assert form.draft() == draft_of(services.agenda.get(first.id))
    # WHEN the user sets the moderator to "(none)" and saves
    form.moderator.setCurrentIndex(form.moderator.findText("(none)"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    # THEN the item has no moderator
    assert services.agenda.get(first.id).moderator_id is None


def test_the_other_days_tabs_get_their_clash_marks_and_an_item_of_another_day_is_found(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN a rehearsal in the Plenary Hall during the panel of the 6th
    rehearsal = services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            AgendaKind.OTHER, "Rehearsal", dt.datetime(2014, 9, 6, 11),
            dt.datetime(2014, 9, 6, 12), room="Plenary Hall",
        ),
    )  # fmt: skip
    # WHEN the Agenda page shows the 4th
    page = window.show_page(AgendaPage)
    page.show_day(SEP_4)
    # THEN the tab of the 6th says that two of its three items clash
    qtbot.waitUntil(lambda: page.day_tabs.tabText(2).endswith("(3, 2 \u26a0)"), timeout=30_000)
    assert "\u26a0" not in page.day_tabs.tabText(0)
    # WHEN the rehearsal is selected (as the overview's "fix" does)
    page.select_item(rehearsal.id)
    # THEN its day is shown and it is the selected item
    assert page.current_day() == SEP_6
    selected = page.selected_item()
    assert selected is not None and selected.id == rehearsal.id


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard", "propagateSizeHints")
def test_an_items_form_opens_holding_only_its_moderator_and_offers_more_when_used(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the first item of the 5th, moderated by the governor
    # WHEN the user opens it
    governor, first, form = open_moderated_item(window, qtbot, services, sample_meeting_id)
    # THEN its moderator chooser holds "(none)" and the governor only (the first persons
    # of the meeting are asked of the person search when the chooser is used)
    assert [form.moderator.itemText(i) for i in range(form.moderator.count())] == [
        "(none)", GOVERNOR,
    ]  # fmt: skip
    # WHEN the user opens the moderator's list THEN it offers the meeting's first persons,
    # and the governor stays chosen
    form.moderator.showPopup()
    assert form.moderator.count() > 2
    assert form.moderator.currentData() == governor
    form.moderator.hidePopup()
    assert form.draft() == draft_of(services.agenda.get(first.id))
    # WHEN the user goes to the speakers' chooser THEN it offers them too
    form.speakers.chooser.lineEdit().setFocus()
    qtbot.waitUntil(lambda: form.speakers.chooser.count() > 1)
