"""Quick actions on a page a colleague changed meanwhile: refused, explained, page reloaded."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.records.declarations import declaration_draft_of
from anmc_desktop.records.enums import (
    DelegationStatus,
    PersonRole,
    SignatoryStatus,
    SigningOrderRule,
)
from anmc_desktop.records.persons import PersonRecord, draft_of
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.database_conflict import DatabaseConflictDialog
from anmc_desktop.ui.forms.delegation_forms import StatusForm
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage
from tests.ui.conftest import DialogRecorder
from tests.ui.keyboard import undo

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def colleague(database_path: Path, sample_meeting_id: int) -> Iterator[Services]:
    """A second organizer's connection to the same database."""
    database = open_database(sqlite_url(database_path))
    database.actor = "Olga"
    yield Services.on(database)
    database.dispose()


def _tomsk_with_knorr_selected(
    window: MainWindow,
) -> tuple[DelegationsPage, dict[str, PersonRecord]]:
    """The delegations page on Tomsk, Andrey Knorr selected; Tomsk's persons by family name."""
    page = window.show_page(DelegationsPage)
    page.select_delegation("Tomsk")
    by_name = {p.family_name: p for p in page.members.rows()}
    page.select_person(by_name["Knorr"].id)
    return page, by_name


def test_make_head_of_a_person_a_colleague_changed_is_refused_and_the_page_reloads(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN the page shows Andrey Knorr of Tomsk, selected
    page, by_name = _tomsk_with_knorr_selected(window)
    knorr = by_name["Knorr"]
    # AND Olga then changes his position
    colleague.delegations.update_person(
        knorr.id, dataclasses.replace(draft_of(knorr), position="First Vice Governor")
    )
    # WHEN I click Make head
    qtbot.mouseClick(page.set_head_button, CLICK)
    # THEN I am told that Olga changed his position, and nothing was written
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Andrey Knorr was not made head"
    assert "Olga changed Andrey Knorr since" in box.text() and "First Vice Governor" in box.text()
    persons = services.delegations.get_delegation(knorr.delegation_id).persons
    roles = {p.family_name: p.role for p in persons}
    assert roles["Zhvachkin"] is PersonRole.HEAD and roles["Knorr"] is knorr.role
    assert window.undo_history.count() == 0
    # AND the page shows his position as it is now, still selected: a second click works
    shown = page.selected_person()
    assert shown is not None and shown.position == "First Vice Governor"
    qtbot.mouseClick(page.set_head_button, CLICK)
    assert services.delegations.get_person(knorr.id).role is PersonRole.HEAD
    assert len(dialogs.shown) == 1


def test_make_head_after_a_colleague_chose_another_head_is_refused_and_the_page_reloads(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN the page shows Tomsk headed by Zhvachkin, with Andrey Knorr selected
    page, by_name = _tomsk_with_knorr_selected(window)
    knorr, knyazev = by_name["Knorr"], by_name["Knyazev"]
    assert by_name["Zhvachkin"].role is PersonRole.HEAD
    # AND Olga then makes Alexey Knyazev head
    colleague.delegations.set_head(knyazev.id)
    # WHEN I click Make head
    qtbot.mouseClick(page.set_head_button, CLICK)
    # THEN I am told that Olga made Knyazev head, and her choice stays
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Andrey Knorr was not made head"
    assert "Olga changed the delegation of Tomsk since" in box.text()
    assert "head of Tomsk: 'Sergey Zhvachkin' → 'Alexey Knyazev'" in box.text()
    persons = services.delegations.get_delegation(knorr.delegation_id).persons
    assert {p.family_name: p.role for p in persons}["Knyazev"] is PersonRole.HEAD
    assert window.undo_history.count() == 0
    # AND the page shows Knyazev as head, Knorr still selected: a second click works
    assert page.members.rows() == persons
    assert page.selected_person() == knorr
    qtbot.mouseClick(page.set_head_button, CLICK)
    assert services.delegations.get_person(knorr.id).role is PersonRole.HEAD
    assert services.delegations.get_person(knyazev.id).role is PersonRole.MEMBER
    assert len(dialogs.shown) == 1


def test_a_status_saved_over_a_colleagues_is_refused_and_the_page_reloads(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN I opened Yangon's Status... form, then Olga confirmed Yangon
    page = window.show_page(DelegationsPage)
    page.select_delegation("Yangon")
    qtbot.mouseClick(page.status_button, CLICK)
    form = page.dialog
    assert isinstance(form, StatusForm)
    colleague.delegations.set_status(form.delegation.id, DelegationStatus.CONFIRMED)
    # WHEN I choose attending and save (keeping my choice when asked)
    form.status.set_value(DelegationStatus.ATTENDING)
    form.save_button.click()
    # THEN I see what Olga changed; her status stays, and the page shows it
    [conflict] = dialogs.shown
    assert isinstance(conflict, DatabaseConflictDialog)
    assert conflict.table.item(0, 0).text() == "status"
    assert conflict.table.item(0, 3).text() == "Olga"
    assert "Not saved" in form.general_error.text()
    yangon = services.delegations.get_delegation(form.delegation.id).summary
    assert yangon.status is DelegationStatus.CONFIRMED
    assert page.selected_delegation() == yangon
    assert window.undo_history.count() == 0


def test_unticking_a_signatory_after_a_colleagues_change_is_refused_and_the_page_reloads(
    window: MainWindow, services: Services, colleague: Services, sample_meeting_id: int,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN the page shows the five signatories, then Olga marks Hanoi's as absent
    page = window.show_page(SignatoriesPage)
    hanoi = next(s for s in page.model.rows() if s.city_name == "Hanoi")
    colleague.declarations.set_signatory_status(hanoi.id, SignatoryStatus.ABSENT)
    # WHEN I untick Seoul
    seoul = page.who_signs.item(page.who_signs.row_of("Seoul"), 0)
    seoul.setCheckState(Qt.CheckState.Unchecked)
    # THEN I am told about Hanoi's status; Seoul still signs, and the page shows both
    assert "Olga changed who signs \u201c" in dialogs.texts[-1]
    assert "Hanoi status: 'signed' → 'absent'" in dialogs.texts[-1]
    stored = services.declarations.list_signatories(hanoi.declaration_id)
    assert "Seoul" in [s.city_name for s in stored]
    assert page.model.rows() == stored
    assert page.who_signs.item(page.who_signs.row_of("Seoul"), 0).checkState() == (
        Qt.CheckState.Checked
    )
    assert window.undo_history.count() == 0


def test_a_signing_rule_chosen_after_a_colleague_edited_the_declaration_is_refused(
    window: MainWindow, services: Services, colleague: Services, sample_meeting_id: int,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN the page shows the declaration, then Olga renames it
    page = window.show_page(SignatoriesPage)
    shown = page.declaration
    assert shown is not None
    rule = shown.signing_order_rule
    colleague.declarations.update(
        shown.id,
        dataclasses.replace(declaration_draft_of(shown), title="Tomsk Declaration 2014"),
        shown.version,
    )
    # WHEN I choose the signing order "host first"
    page.rule.setCurrentIndex(page.rule.findData(SigningOrderRule.HOST_FIRST))
    # THEN I am told about Olga's title; it stays, and so does the rule
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert "Olga changed \u201cTomsk Declaration 2014\u201d since" in box.text()
    stored = services.declarations.get_for_meeting(sample_meeting_id)
    assert stored is not None and stored.title == "Tomsk Declaration 2014"
    assert stored.signing_order_rule is rule
    assert window.undo_history.count() == 0
    # AND the page shows the declaration as it is now: choosing again works
    assert page.declaration == stored
    assert page.rule.currentData() == rule
    page.rule.setCurrentIndex(page.rule.findData(SigningOrderRule.HOST_FIRST))
    stored = services.declarations.get_for_meeting(sample_meeting_id)
    assert stored is not None and stored.signing_order_rule is SigningOrderRule.HOST_FIRST
    assert stored.title == "Tomsk Declaration 2014"
    assert len(dialogs.shown) == 1


def test_reloading_after_a_refused_status_shows_the_colleagues_and_saves_over_it(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN Olga confirmed Yangon after I opened its Status... form and chose attending
    page = window.show_page(DelegationsPage)
    page.select_delegation("Yangon")
    qtbot.mouseClick(page.status_button, CLICK)
    form = page.dialog
    assert isinstance(form, StatusForm)
    colleague.delegations.set_status(form.delegation.id, DelegationStatus.CONFIRMED)
    form.status.set_value(DelegationStatus.ATTENDING)

    def reload_their_version(dialog: QDialog) -> int:
        assert isinstance(dialog, DatabaseConflictDialog)
        button = dialog.findChild(QPushButton, "choice_reload")
        assert button is not None
        button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", reload_their_version)
    # WHEN I save and choose to reload their version
    form.save_button.click()
    # THEN the form shows her status; saving mine now goes through, and undo restores hers
    assert form.status.value() is DelegationStatus.CONFIRMED
    form.status.set_value(DelegationStatus.ATTENDING)
    form.save_button.click()
    yangon = services.delegations.get_delegation(form.delegation.id).summary
    assert yangon.status is DelegationStatus.ATTENDING
    window.undo_history.undo()
    yangon = services.delegations.get_delegation(form.delegation.id).summary
    assert yangon.status is DelegationStatus.CONFIRMED


def test_undoing_make_head_after_a_colleague_chose_another_head_is_refused(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    dialogs: DialogRecorder,
) -> None:  # fmt: skip
    # GIVEN I made Andrey Knorr head of Tomsk
    page, rows = _tomsk_with_knorr_selected(window)
    qtbot.mouseClick(page.set_head_button, CLICK)
    # AND Olga then made Alexey Knyazev head
    colleague.delegations.set_head(rows["Knyazev"].id)
    # WHEN I press Ctrl+Z
    undo(qtbot, window)
    # THEN I am told why it cannot be undone, and Olga's choice stays
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert "changed since by another organizer" in box.text()
    assert services.delegations.get_person(rows["Knyazev"].id).role is PersonRole.HEAD
