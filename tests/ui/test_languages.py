"""The window's language: chosen on the command line, in the preferences or by the system;
compiled from its Qt Linguist source on first use; switched while the user works."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from anmc_desktop import languages, paths, settings
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.services import Services
from anmc_desktop.ui import locale_format
from anmc_desktop.ui.forms.choices import select_data
from anmc_desktop.ui.forms.organizer_form import OrganizerDialog
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.translation_loader import compiled_catalogue, install_language, window_language


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    install_language("en")


def _navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _tomsk_members(services: Services, meeting_id: int) -> int:
    tomsk = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Tomsk"
    )
    return len(services.delegations.get_delegation(tomsk.id).persons)


def test_the_command_line_beats_the_preferences_which_beat_the_system():
    assert languages.language_for(None, "ru_RU") == "ru"
    assert languages.language_for(None, "de_DE") == "en"  # a language the app does not speak
    assert languages.language_for("ja", "ru_RU") == "ja"
    settings.save(settings.load().with_language("ja"))
    assert window_language() == "ja"
    assert window_language("ru") == "ru"


def test_the_catalogue_is_compiled_on_first_use_and_qt_speaks_the_language_too(qapp):
    # WHEN Russian is installed from a fresh configuration
    assert install_language("ru") == "ru"
    # THEN its .qm was compiled from the .ts into the cache, and Qt's own buttons are Russian
    compiled = compiled_catalogue("ru")
    assert compiled is not None and paths.cache_dir() in compiled.parents
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Отмена"
    assert QLocale().language() is QLocale.Language.Russian


def test_switching_the_language_keeps_the_meeting_the_page_and_the_undo_history(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
):
    # GIVEN an edit on the Delegations page, on the undo history
    page = window.show_page(DelegationsPage)
    tomsk = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Tomsk"
    )  # fmt: skip
    ivanov = next(
        p for p in services.delegations.get_delegation(tomsk.id).persons
        if p.family_name == "Ivanov"
    )  # fmt: skip
    removed = services.removals.remove_person(ivanov.id)
    page.record_edit(
        "Remove Anatoly Ivanov",
        undo=lambda: services.removals.restore_person(removed),
        redo=lambda: services.removals.remove_person(ivanov.id),
    )
    # WHEN the user switches to Russian
    assert window.switch_language("ru")
    # THEN the window speaks Russian on the same meeting and page, and Ctrl+Z still undoes
    assert _navigation(window)[2] == "Делегации"
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert isinstance(window.current_page(), DelegationsPage)
    assert window.current_page().meeting.id == sample_meeting_id
    assert window.undo_history.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tomsk_members(services, sample_meeting_id) == 5


def test_unsaved_changes_are_asked_about_before_switching(
    window: MainWindow, dialogs: object, monkeypatch: pytest.MonkeyPatch
):
    page = window.show_page(DelegationsPage)
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)
    dialogs.answer_no()  # type: ignore[attr-defined]
    # WHEN the user keeps the changes THEN nothing is switched
    assert not window.switch_language("ja")
    assert window.current_page() is page
    assert _navigation(window)[2] == "Delegations"


def test_the_language_chosen_in_the_preferences_is_saved_and_shown_at_once(
    qtbot: QtBot, window: MainWindow
):
    dialog: OrganizerDialog = window.ask_organizer_name()
    select_data(dialog.language, "ja")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.load().language == "ja"
    assert _navigation(window)[2] == "代表団"


def test_japanese_text_wraps_between_characters_in_a_multi_line_field(qtbot: QtBot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(160, 200)
    edit.show()
    edit.setPlainText("代表団の団長は全体会議で宣言に署名する。" * 3)
    layout = edit.document().firstBlock().layout()
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    text = edit.document().firstBlock().text()
    starts = [text[line.textStart()] for line in lines]
    # THEN the text has no spaces yet wraps inside the width, and no line starts with 。
    assert len(lines) > 2
    assert all(line.naturalTextWidth() <= edit.viewport().width() for line in lines)
    assert "。" not in starts


@pytest.mark.parametrize("kind", [DocumentKind.PROGRAMME, DocumentKind.SEATING])
def test_the_print_dialog_chooses_the_document_language(
    qtbot: QtBot, sample_meeting_id: int, kind: DocumentKind
):
    install_language("ru")
    dialog = PrintOptionsDialog(kind, sample_meeting_id)
    qtbot.addWidget(dialog)
    # the window's language at first, another one when chosen
    assert dialog.save().language == "ru"
    select_data(dialog.language, "ja")
    assert dialog.save().language == "ja"


@pytest.mark.parametrize(
    ("language", "written"),
    [("en", "Sep 5 10:00"), ("ru", "5 сент. 10:00"), ("ja", "9月5日 10:00")],
)
def test_a_moment_is_written_in_the_order_the_language_writes_it(language: str, written: str):
    install_language(language)
    assert locale_format.moment(dt.datetime(2014, 9, 5, 10)) == written


def test_badges_reprinted_from_the_persons_list_follow_the_window_s_language(
    qtbot: QtBot, window: MainWindow
):
    # GIVEN the window in Japanese and a person selected in the list
    install_language("ja")
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.query, "Tomsk")
    page.table.selectRow(0)
    # THEN the badges to reprint are printed in Japanese
    request = page.badges_request()
    assert request is not None and request.language == "ja"
