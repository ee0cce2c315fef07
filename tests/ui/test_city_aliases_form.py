"""A city's aliases in its form (issue 14): added and removed by clicks and keys, each
refused one named beside the field; an import then finds the city by them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.cities import CitiesPage
from tests.ui.keyboard import type_text, undo

TOMSK_REGION_RU = "Томская область"


def _tomsk(services: Services):
    return next(c for c in services.cities.list_cities() if c.name_en == "Tomsk")


def _open_tomsk(qtbot: QtBot, window: MainWindow, services: Services):
    page = window.show_page(CitiesPage)
    page.select_city(_tomsk(services).id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert form is not None and form.isVisible()
    return form


def _click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_alias_added_in_the_form_lets_an_import_find_the_city(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    # GIVEN Tomsk's form
    form = _open_tomsk(qtbot, window, services)
    aliases = form.aliases
    # WHEN the user types the region's Russian name and clicks Add alias, then Save
    type_text(aliases.entry, TOMSK_REGION_RU)
    _click(qtbot, aliases.add_button)
    assert aliases.listed() == [TOMSK_REGION_RU]
    assert aliases.entry.text() == ""
    _click(qtbot, form.save_button)
    # THEN Tomsk keeps the alias
    assert not form.isVisible()
    assert _tomsk(services).aliases == (TOMSK_REGION_RU,)
    # AND a list that writes Tomsk so imports its row into Tomsk, telling how it matched
    path = tmp_path / "list.csv"
    path.write_text(f"City,Family name,Given name\n{TOMSK_REGION_RU},Petrov,Ivan\n", "utf-8")
    importer = services.person_import
    sheet, mapping = importer.read(path)
    assert mapping is not None
    meeting_id = window.meeting.id
    (row,) = importer.preview(meeting_id, sheet, mapping).rows
    assert row.status is RowStatus.NEW and row.city == "Tomsk"
    assert "matched by alias" in row.summary
    result = importer.apply(meeting_id, sheet, mapping)
    assert len(result.created) == 1
    # AND Ctrl+Z takes the alias away again
    importer.undo(result)
    undo(qtbot, window)
    assert _tomsk(services).aliases == ()


def test_a_refused_alias_is_named_beside_the_field_and_a_listed_one_removed(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    form = _open_tomsk(qtbot, window, services)
    aliases = form.aliases
    # WHEN the user clicks Add alias with nothing typed THEN the field says so
    _click(qtbot, aliases.add_button)
    assert "empty" in form.form.message("aliases")
    # WHEN the user types another city's name THEN it is named, and Save is disabled
    type_text(aliases.entry, "Tokyo")
    _click(qtbot, aliases.add_button)
    assert form.form.message("aliases") == "Tokyo already names Tokyo."
    assert not form.save_button.isEnabled()
    assert aliases.listed() == []
    # WHEN the user types the city's own local name THEN that is named
    aliases.entry.clear()
    type_text(aliases.entry, "томск")
    assert form.form.message("aliases") == "томск is this city's own name."
    # WHEN the user adds one alias twice THEN the second is refused
    aliases.entry.clear()
    type_text(aliases.entry, "Tomsk-7")
    _click(qtbot, aliases.add_button)
    type_text(aliases.entry, "TOMSK 7")
    _click(qtbot, aliases.add_button)
    assert form.form.message("aliases") == "TOMSK 7 is listed already."
    aliases.entry.clear()
    assert form.form.message("aliases") == ""
    assert form.save_button.isEnabled()
    # WHEN the user selects the listed alias and clicks Remove alias THEN it is gone
    aliases.list.setCurrentRow(0)
    _click(qtbot, aliases.remove_button)
    assert aliases.listed() == []
    _click(qtbot, form.save_button)
    assert _tomsk(services).aliases == ()
