"""Two organizers edit the same person: the second save never silently overwrites."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.records.persons import PersonRecord, draft_of
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.database_conflict import DatabaseConflictDialog
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.main_window import MainWindow


@pytest.fixture
def colleague(database_path: Path, sample_meeting_id: int) -> Iterator[Services]:
    """A second organizer's connection to the same database."""
    database = open_database(sqlite_url(database_path))
    database.actor = "Olga"
    yield Services.on(database)
    database.dispose()


@pytest.fixture
def governor(services: Services, sample_meeting_id: int) -> PersonRecord:
    tomsk = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )  # fmt: skip
    return services.delegations.get_delegation(tomsk.id).persons[0]


def answer(choice: str, shown: list[DatabaseConflictDialog]) -> object:
    def run_modal(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):  # "Discard changes?" when the test closes
            return QMessageBox.StandardButton.Yes.value
        assert isinstance(dialog, DatabaseConflictDialog)
        shown.append(dialog)
        button = dialog.findChild(QPushButton, f"choice_{choice}")
        assert button is not None
        button.click()
        return dialog.result()

    return run_modal


def _form_with_my_edit(
    qtbot: QtBot, services: Services, colleague: Services, governor: PersonRecord
) -> PersonForm:
    # GIVEN I opened the governor's form, then my colleague saved a new phone number
    form = PersonForm(services, governor.delegation_id, governor)
    qtbot.addWidget(form)
    form.open()
    colleague.delegations.update_person(
        governor.id, dataclasses.replace(draft_of(governor), phone="+7 3822 510 000")
    )
    # WHEN I change his e-mail and save
    form.texts["email"].setText("governor@tomsk.example")
    form.save_button.click()
    return form


@pytest.mark.parametrize("choice", ["keep-editing", "reload", "overwrite"])
def test_the_second_save_shows_what_the_other_changed(
    qtbot: QtBot, services: Services, colleague: Services, governor: PersonRecord,
    monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:  # fmt: skip
    shown: list[DatabaseConflictDialog] = []
    monkeypatch.setattr(messages, "run_modal", answer(choice, shown))
    form = _form_with_my_edit(qtbot, services, colleague, governor)
    # THEN I see who changed which field, from what to what
    table = shown[0].table
    cells = [table.item(0, column).text() for column in range(4)]
    assert cells[0] == "phone" and cells[2] == "+7 3822 510 000" and cells[3] == "Olga"
    stored = services.delegations.get_person(governor.id)
    if choice == "keep-editing":
        assert form.isVisible() and stored.email == ""
        assert "Not saved" in form.general_error.text()
    elif choice == "reload":
        assert form.texts["phone"].text() == "+7 3822 510 000"
        assert form.texts["email"].text() == ""
        assert stored.email == ""
    else:
        assert stored.email == "governor@tomsk.example"
        assert stored.phone == ""


def test_the_change_log_shows_who_changed_what_and_when(
    qtbot: QtBot, services: Services, colleague: Services, governor: PersonRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN my colleague Olga changed the governor's phone
    colleague.delegations.update_person(
        governor.id, dataclasses.replace(draft_of(governor), phone="+7 3822 510 000")
    )
    fresh = services.delegations.get_person(governor.id)
    form = PersonForm(services, fresh.delegation_id, fresh)
    qtbot.addWidget(form)
    shown: list[QDialog] = []
    monkeypatch.setattr(messages, "run_modal", lambda dialog: shown.append(dialog) or 0)
    # WHEN I press Change log...
    form.findChild(QPushButton, "change_log").click()
    # THEN the newest change comes first: Olga set the phone; before that, it was created
    table = shown[0].table  # type: ignore[attr-defined]
    first = [table.item(0, column).text() for column in range(6)]
    assert first[1:] == ["Olga", "Changed", "phone", "", "+7 3822 510 000"]
    last = table.item(table.rowCount() - 1, 2).text()
    assert last == "Created"
    created = {
        table.item(row, 3).text()
        for row in range(table.rowCount())
        if table.item(row, 2).text() == "Created"
    }
    assert {"family name", "native name", "position"} <= created
    assert "access needs" not in created  # empty when created: nothing to say


def test_a_declaration_saved_meanwhile_is_not_overwritten_unless_asked(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services,
    sample_meeting_id: int, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from anmc_desktop.records.declarations import declaration_draft_of
    from anmc_desktop.ui.pages.declaration import DeclarationPage

    # GIVEN I am editing the title while Olga saves a new last clause
    page = window.show_page(DeclarationPage)
    page.form.title_edit.setText("The Tomsk Declaration")
    theirs = colleague.declarations.get_for_meeting(sample_meeting_id)
    assert theirs is not None
    clauses = (*theirs.clauses[:-1], "We will meet again in 2015.")
    colleague.declarations.update(
        theirs.id, dataclasses.replace(declaration_draft_of(theirs), clauses=clauses)
    )
    shown: list[DatabaseConflictDialog] = []
    monkeypatch.setattr(messages, "run_modal", answer("reload", shown))
    # WHEN I save THEN I am told, and reloading shows her clause and her title
    page.save_button.click()
    assert shown and shown[0].windowTitle() == "Someone else changed this record"
    stored = services.declarations.get_for_meeting(sample_meeting_id)
    assert stored is not None and stored.title == "Tomsk Declaration"
    assert page.form.clauses.values()[-1] == "We will meet again in 2015."
    assert page.form.title_edit.text() == "Tomsk Declaration"


def test_an_undo_never_overwrites_a_colleagues_later_change(
    qtbot: QtBot, window: MainWindow, services: Services, colleague: Services, dialogs: object
) -> None:
    from PySide6.QtCore import Qt

    from anmc_desktop.records.cities import draft_of as city_draft_of
    from anmc_desktop.ui.pages.cities import CitiesPage

    # GIVEN I changed Tokyo's country name, then Olga changed its local name
    page = window.show_page(CitiesPage)
    tokyo = next(c for c in services.cities.list_cities() if c.name_en == "Tokyo")
    page.select_city(tokyo.id)
    page.edit_city()
    form = page.dialog
    assert form is not None
    form.country.setText("Japan (Nippon)")
    form.save_button.click()
    mine = services.cities.get(tokyo.id)
    colleague.cities.update(tokyo.id, dataclasses.replace(city_draft_of(mine), name_local="東京都"))
    # WHEN I press Ctrl+Z
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # THEN the undo is refused with the reason, and Olga's change stays
    assert "Cannot undo" in dialogs.shown[-1].windowTitle()  # type: ignore[attr-defined]
    stored = services.cities.get(tokyo.id)
    assert (stored.country, stored.name_local) == ("Japan (Nippon)", "東京都")
    assert window.undo_history.count() == 0
