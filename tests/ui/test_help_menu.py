"""Help: the bundled user guide, the keyboard shortcuts, and the log folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anmc_desktop import paths
from anmc_desktop.ui.help_menu import GuideDialog, ShortcutsDialog, guide_text
from anmc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import OpenedUrls
from tests.ui.languages import english_left


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
    # every row names its keys: a page beyond Ctrl+9 has none, so it is not listed
    assert all(rows.values()), [what for what, keys in rows.items() if not keys]


def test_the_log_folder_opens_in_the_system_file_manager(
    window: MainWindow, opened_urls: OpenedUrls
) -> None:
    window.help_actions["logs"].trigger()
    assert opened_urls.paths == [paths.log_dir()]


# What the guides keep as it is in every language: keys, commands, formats, names.
KEPT = [
    "anmc-desktop", "--language ru", "--language ja", "--help", "meetings", "print", "export",
    "le hong son", "zhvachkin", "Lê Hồng Sơn", "Tomsk 2014", "ANMC21", "ad referendum",
    "Ctrl+Shift+Z", "Ctrl+1", "Ctrl+9", "Ctrl+Z", "F4", "Alt", "Enter", "Esc", "Excel",
    "CSV", "XLSX", "PDF", "iCalendar", "ANMC Desktop", ".xlsx",
]  # fmt: skip


def _english_in(guide: str) -> list[str]:
    """The guide's lines that hold English, keys and names aside (F4 and QR are too short
    for ``english_left`` to take out as data)."""
    lines = [line.replace("F4", "").replace("QR", "") for line in guide.splitlines()]
    return english_left(lines, KEPT)


def test_f1_opens_the_guide_in_the_window_s_language(
    russian: None, qtbot: QtBot, window: MainWindow
) -> None:
    window.help_actions["guide"].trigger()
    guide = _open(window, GuideDialog)
    qtbot.addWidget(guide)  # type: ignore[arg-type]
    text = guide.browser.toPlainText()  # type: ignore[attr-defined]
    assert "Что ещё нужно сделать".casefold() in text.casefold()
    assert "Показать в папке" in text
    assert _english_in(text) == []


@pytest.mark.parametrize("language", ["ru", "ja"])
def test_each_translated_guide_has_every_section_of_the_english_one(language: str) -> None:
    def headings(text: str) -> list[str]:
        return [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("#")]

    def items(text: str) -> int:
        return sum(1 for line in text.splitlines() if line.startswith(("- ", "1. ", "2. ", "3. ")))

    english, translated = guide_text("en"), guide_text(language)
    assert translated != english
    assert headings(translated) == headings(english)
    assert items(translated) == items(english)
    assert _english_in(translated) == []
