"""The window in Russian: every page, menu and dialog, and nothing left in English but data
and brand names."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.records.agenda import Clash
from anmc_desktop.records.declaration_check import (
    FinalPrintRefusedError,
    Finding,
    FindingKind,
    PrePrintCheck,
)
from anmc_desktop.records.enums import DelegationStatus, SignatoryStatus
from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.records.overview import FixPlace, ToDo, ToDoKind
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of
from anmc_desktop.ui import exchange_menu, messages, print_menu
from anmc_desktop.ui.check_texts import finding_text
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.to_do_texts import to_do_text
from tests.ui.languages import english_left, open_dialogs, sample_texts, shown_texts

# The buttons of each page that open a form (a row is selected first).
FORM_BUTTONS = {
    MeetingsPage: ("new_button", "edit_button"),
    CitiesPage: ("add_button", "edit_button"),
    DelegationsPage: (
        "add_delegation_button", "status_button", "add_person_button", "edit_person_button",
        "move_person_button",
    ),
    AgendaPage: ("add_button", "edit_button", "move_button"),
    PersonsPage: ("open_button",),
}  # fmt: skip


def _close(dialogs: list[QDialog]) -> None:
    for dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)


def _select_first_rows(page: object) -> None:
    for table in ("table", "delegation_table", "member_table"):
        view = getattr(page, table, None)
        if view is not None and view.model() is not None and view.model().rowCount():
            view.selectRow(0)


def _person_names(services: Services, meeting_id: int) -> list[str]:
    names = []
    for summary in services.delegations.list_delegations(meeting_id):
        for person in services.delegations.get_delegation(summary.id).persons:
            names += [person.name, person.latin_name, person.native_name]
    return names


def test_every_page_and_form_is_in_russian(
    russian: None, make_window, services: Services, sample_meeting_id: int, qtbot: QtBot
):
    window: MainWindow = make_window()
    # Languages are also offered by their own names ("Deutsch"), as their speakers write them.
    own_names = [language.own_name for language in LANGUAGES.values()]
    data = sorted(
        {*sample_texts(), *_person_names(services, sample_meeting_id), *own_names},
        key=len,
        reverse=True,
    )
    texts: list[str] = [*shown_texts(window.menuBar()), *shown_texts(window.navigation)]
    for page in window.pages:
        window.show_page(type(page))
        texts += shown_texts(page)
        _select_first_rows(page)
        for name in FORM_BUTTONS.get(type(page), ()):
            getattr(page, name).click()
            for dialog in open_dialogs():
                texts += shown_texts(dialog)
            _close(open_dialogs())
    for kind in DocumentKind:
        print_menu.open_print_options(window, kind)
        texts += [text for dialog in open_dialogs() for text in shown_texts(dialog)]
        _close(open_dialogs())
    exchange_menu.export_delegations(window)
    window.ask_organizer_name()
    restore = RestoreBackupDialog([], window)
    restore.show()
    texts += [text for dialog in open_dialogs() for text in shown_texts(dialog)]
    _close(open_dialogs())

    left = english_left(texts, data)
    assert left == [], "\n".join(left)
    assert "Делегации" in texts and "&Файл" in texts


def test_every_kind_of_thing_to_do_on_the_overview_is_in_russian(
    russian: None, make_window, services: Services, sample_meeting_id: int, qtbot: QtBot
):
    # GIVEN a meeting with every kind of thing still to do
    seoul = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Seoul"
    )  # fmt: skip
    services.delegations.set_status(seoul.id, DelegationStatus.INVITED)
    services.delegations.add_person(
        seoul.id, PersonDraft(given_name="Min", family_name="Kim", native_name="Min \U000f0001")
    )
    first = services.agenda.list_items(sample_meeting_id)[0]
    services.agenda.create(sample_meeting_id, replace(draft_of(first), title="Second"))
    services.agenda.create(
        sample_meeting_id, replace(draft_of(first), title="Third", room="", speaker_ids=())
    )
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    signatories = services.declarations.list_signatories(declaration.id)
    services.declarations.set_signatory_status(signatories[0].id, SignatoryStatus.PLANNED)
    services.declarations.set_signatory_status(signatories[1].id, SignatoryStatus.CONFIRMED)
    # WHEN the overview opens in Russian
    window: MainWindow = make_window()
    page = window.show_page(OverviewPage)
    qtbot.waitUntil(lambda: page.overview is not None)  # gathered on a worker thread
    model = page.to_do_model
    entries = [model.index(row, 0).data() for row in range(model.rowCount())]
    # THEN every kind is there, and no English is left but names and titles
    kinds = {entry.kind for entry in services.overview.overview(sample_meeting_id).to_do}
    assert kinds >= {
        ToDoKind.DELEGATION_NOT_CONFIRMED, ToDoKind.HEAD_NOT_NAMED,
        ToDoKind.NO_ARRIVAL_OR_DEPARTURE, ToDoKind.NATIVE_NAME_UNPRINTABLE,
        ToDoKind.DECLARATION_DRAFT, ToDoKind.SIGNATORY_NOT_CONFIRMED,
        ToDoKind.FULL_POWERS_MISSING, ToDoKind.NO_ROOM, ToDoKind.NO_SPEAKER, ToDoKind.CLASH,
    }  # fmt: skip
    data = [*sample_texts(), *_person_names(services, sample_meeting_id), "Second", "Third"]
    assert english_left(entries, sorted(data, key=len, reverse=True)) == []
    assert any("полномочия" in entry for entry in entries)
    # the count takes the one of Russian's three plural forms it needs
    count = len(entries)
    assert f"{count} {_russian_plural(count, 'пункт', 'пункта', 'пунктов')} " in (
        page.to_do_heading.text()
    )


def _russian_plural(count: int, one: str, few: str, many: str) -> str:
    """21 пункт, 22 пункта, 25 пунктов, 12 пунктов."""
    if count % 10 == 1 and count % 100 != 11:
        return one
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return few
    return many


@pytest.mark.parametrize("kind", list(ToDoKind))
def test_each_kind_of_thing_to_do_is_worded_in_russian(russian: None, kind: ToDoKind):
    moment = dt.datetime(2014, 9, 5, 10)
    clash = Clash("Opening", moment, moment, room="Hall")
    entry = ToDo(kind, FixPlace.DELEGATIONS, "Seoul", name="Kim", starts_at=moment, clash=clash)
    assert english_left([to_do_text(entry)], ["Seoul", "Kim", "Opening", "Hall"]) == []


@pytest.mark.parametrize("language", ["", "ja"])
@pytest.mark.parametrize("kind", list(FindingKind))
def test_each_finding_of_the_pre_print_check_is_worded_in_russian(
    russian: None, kind: FindingKind, language: str
):
    finding = Finding(kind, language, 3, "Seoul", "Kim", (("en", 6), ("ja", 5)))
    assert english_left([finding_text(finding)], ["Seoul", "Kim"]) == []


def test_the_check_finds_english_that_was_not_translated(
    make_window, sample_meeting_id: int, qtbot: QtBot
):
    # the same window in English: the check must see the words it would miss in Russian
    window: MainWindow = make_window()
    left = english_left([*shown_texts(window.menuBar()), *shown_texts(window.navigation)], [])
    assert "&File" in left and "Delegations" in left


def test_no_label_or_button_is_cut_in_russian_at_1366_by_768(
    russian: None, make_window, sample_meeting_id: int, qtbot: QtBot
):
    window: MainWindow = make_window()
    window.resize(1366, 740)
    window.show()
    cut = []
    for page in window.pages:
        window.show_page(type(page))
        qtbot.waitExposed(page)
        qtbot.wait(20)  # the layouts of a page shown for the first time settle
        for widget in page.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QPushButton) and widget.width() < widget.sizeHint().width():
                cut.append(widget.text())
            shown = widget.text().replace("&", "") if isinstance(widget, QLabel) else ""
            if shown and not widget.wordWrap():
                needed = widget.fontMetrics().horizontalAdvance(shown)
                if widget.contentsRect().width() < needed:
                    cut.append(widget.text())
    assert cut == [], cut


def test_a_refused_final_print_gives_its_reasons_in_russian(russian: None):
    check = PrePrintCheck(problems=(Finding(FindingKind.PLACEHOLDER_SIGNATORY, city_name="Seoul"),))
    text = messages.error_text(FinalPrintRefusedError(check, "marked final"))
    assert english_left([text], ["Seoul"]) == []
    assert "Seoul" in text


def test_the_sample_offered_in_russian_names_its_stand_ins_in_russian(
    russian: None, make_window, services: Services, dialogs
):
    # GIVEN an empty database WHEN the Russian window adds the sample meeting
    window: MainWindow = make_window()
    dialogs.answer_yes()
    window.offer_sample_if_empty()
    # THEN the heads not named yet stand in Russian in the delegations' table
    page = window.show_page(DelegationsPage)
    model = page.delegation_table.model()
    heads = [model.index(row, 4).data() for row in range(model.rowCount())]
    assert "(уточняется)" in heads and "(to be confirmed)" not in heads
    bangkok = next(
        d
        for d in services.delegations.list_delegations(window.meeting.id)
        if d.city_name == "Bangkok"
    )
    (stand_in,) = services.delegations.get_delegation(bangkok.id).persons
    assert english_left([stand_in.position], []) == []
