"""Parallel authentic texts in the declaration editor: a Russian text added, typed and
saved beside the English one, shown side by side in the preview, clause against clause."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.declaration import DeclarationPage
from tests.ui.test_declaration_editor import click, saved, shortcut

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window: MainWindow) -> DeclarationPage:
    return window.show_page(DeclarationPage)


def _add_russian(page: DeclarationPage, qtbot: QtBot, clauses: int) -> None:
    bar = page.versions
    bar.new_language.setCurrentIndex(bar.new_language.findData("ru"))
    click(qtbot, bar.add_button)
    assert bar.text_choice.currentText() == "Russian"
    # Cyrillic arrives as an input method commits it (QTest types Latin keys only).
    page.form.title_edit.insert("Томская декларация")
    page.form.place.insert("Томске")
    for number in range(1, clauses + 1):
        click(qtbot, page.form.clauses.add_button)
        page.form.clauses.editor.insertPlainText(f"Пункт {number}.")


def test_a_russian_text_is_typed_beside_the_english_one_and_saved(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    english = saved(services, sample_meeting_id)
    # WHEN the user adds a Russian text and types its title, place and six clauses
    _add_russian(page, qtbot, 6)
    # THEN the preview sets each Russian clause beside its English one
    html = page.text.toHtml()
    for number, clause in enumerate(english.clauses, start=1):
        row = next(r for r in html.split("<tr") if f"{number}. Пункт {number}." in r or
                   f"Пункт {number}." in r)  # fmt: skip
        assert f"{number}. {clause[:20]}" in row
    assert "Совершено в Томске 6 сентября 2014 года" in page.text.toPlainText()
    # WHEN the user goes back to the English text, the Russian typing is kept
    page.versions.text_choice.setCurrentIndex(0)
    assert page.form.title_edit.text() == "Tomsk Declaration"
    assert page.has_unsaved_changes()
    # AND Ctrl+S saves both texts
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    record = saved(services, sample_meeting_id)
    assert record.languages == ("en", "ru")
    assert record.other_versions[0].title == "Томская декларация"
    assert record.other_versions[0].clauses == tuple(f"Пункт {n}." for n in range(1, 7))
    assert "each in the English and Russian languages" in record.testimonium
    # WHEN the user presses Ctrl+Z THEN the Russian text is gone again
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert saved(services, sample_meeting_id).languages == ("en",)
    assert page.versions.text_choice.count() == 1


def test_texts_that_differ_in_clauses_cannot_be_marked_final(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int, dialogs: object,
):  # fmt: skip
    # GIVEN a Russian text of five clauses saved beside the six English ones
    _add_russian(page, qtbot, 5)
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    # WHEN the user presses Mark final
    click(qtbot, page.final_button)
    # THEN it is refused, saying how the texts differ, and the declaration stays a draft
    assert any("English: 6, Russian: 5" in text for text in dialogs.texts)  # type: ignore[attr-defined]
    assert not saved(services, sample_meeting_id).is_final
    # WHEN the user removes the Russian text and saves THEN it is gone
    page.versions.text_choice.setCurrentIndex(1)
    click(qtbot, page.versions.remove_button)
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    assert saved(services, sample_meeting_id).languages == ("en",)
