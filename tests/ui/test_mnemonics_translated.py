"""The window's mnemonics (Alt+letter) stay unique in every language (issues 17 and 19):
a translation brings its own letters, which may clash where the English ones did not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from anmc_desktop.languages import TRANSLATED_LANGUAGES
from anmc_desktop.ui.main_window import PAGE_TYPES, MainWindow
from anmc_desktop.ui.translation_loader import install_language
from tests.ui.accessibility_audit import clashing_mnemonics, dead_mnemonics
from tests.ui.test_accessibility import DIALOGS, _shown_dialog


@pytest.fixture(params=TRANSLATED_LANGUAGES)
def translated_window(request, qapp, make_window, sample_meeting_id: int) -> MainWindow:
    install_language(request.param)  # English again afterwards: tests/ui/conftest.py
    return make_window()


def test_mnemonics_are_unique_on_every_page(translated_window: MainWindow, qtbot: QtBot):
    clashes = {}
    for page_type in PAGE_TYPES:
        page = translated_window.show_page(page_type)
        qtbot.waitUntil(page.isVisible)
        if found := clashing_mnemonics(translated_window):
            clashes[page_type.__name__] = found
        assert dead_mnemonics(translated_window) == []
    assert not clashes, clashes


def test_mnemonics_are_unique_in_every_dialog(translated_window: MainWindow, qtbot: QtBot):
    clashes = {}
    for name in DIALOGS:
        dialog = _shown_dialog(translated_window, qtbot, name)
        if found := clashing_mnemonics(dialog):
            clashes[name] = found
        assert dead_mnemonics(dialog) == []
        dialog.done(QDialog.DialogCode.Rejected)
    assert not clashes, clashes
