"""Help: the bundled user guide, the keyboard shortcuts, and the log folder."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anmc_desktop import paths
from anmc_desktop.ui.help_menu import GuideDialog, ShortcutsDialog
from anmc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import OpenedUrls


def _open(window: MainWindow, cls: type) -> object:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls)]
    assert len(dialogs) == 1
    return dialogs[0]


def test_f1_opens_the_guide_in_a_help_browser(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.help_actions["guide"].trigger()
    guide = _open(window, GuideDialog)
    qtbot.addWidget(guide)  # type: ignore[arg-type]
    assert guide.isVisible()  # type: ignore[attr-defined]
    text = guide.browser.toPlainText()  # type: ignore[attr-defined]
    assert "What still needs doing".casefold() in text.casefold()
    assert "Show in folder" in text
    assert window.help_actions["guide"].shortcut().toString() == "F1"


def test_the_shortcuts_list_the_window_keys_and_the_form_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.help_actions["shortcuts"].trigger()
    dialog = _open(window, ShortcutsDialog)
    qtbot.addWidget(dialog)  # type: ignore[arg-type]
    table = dialog.table  # type: ignore[attr-defined]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Go to Overview"] == "Ctrl+8"
    assert rows["User guide"] == "F1"
    assert rows["Open a date field's calendar"] == "F4 or Alt+Down"


def test_the_log_folder_opens_in_the_system_file_manager(
    window: MainWindow, opened_urls: OpenedUrls
) -> None:
    window.help_actions["logs"].trigger()
    assert opened_urls.paths == [paths.log_dir()]
