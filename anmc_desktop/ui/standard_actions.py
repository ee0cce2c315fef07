"""The window's Edit and Help entries that act on the page shown, with the standard keys.

New, Open, Save and Delete press the page's own button for it (``Page.commands``), so the
keyboard does exactly what a click does, and nothing when the button is disabled. Find
puts the cursor in the page's search field or table; Print (in the File menu) prints the
page's document; Help lists the keys. Each shortcut is the platform's standard one
(``QKeySequence.StandardKey``) and is shown beside its entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.translation import translate

Key = QKeySequence.StandardKey
PAGE_COMMANDS = (
    ("new", QT_TRANSLATE_NOOP("standard_actions", "&New"), Key.New),
    ("open", QT_TRANSLATE_NOOP("standard_actions", "&Open…"), Key.Open),
    ("save", QT_TRANSLATE_NOOP("standard_actions", "&Save"), Key.Save),
    ("delete", QT_TRANSLATE_NOOP("standard_actions", "&Delete"), Key.Delete),
)


def shortcut_text(key: QKeySequence.StandardKey) -> str:
    bindings = QKeySequence.keyBindings(key)
    return bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""


@dataclass
class StandardActions:
    commands: dict[str, QAction]
    find: QAction

    def follow(self, page: Page) -> None:
        """Enable the entries that the page shown offers; the others give their keys up
        (a list on the page may use Del for itself)."""
        for (command, _text, key), action in zip(
            PAGE_COMMANDS, self.commands.values(), strict=True
        ):
            offered = page.command_button(command) is not None
            action.setEnabled(offered)
            action.setShortcut(key if offered else QKeySequence())


def build_standard_actions(
    window: QMainWindow, edit_menu: QMenu, current_page: Callable[[], Page]
) -> StandardActions:
    """Add New, Open, Save, Delete and Find to ``edit_menu`` (the keys are listed by Help >
    Keyboard shortcuts, ui/help_menu.py)."""
    commands = {}
    for command, text, key in PAGE_COMMANDS:
        action = QAction(translate("standard_actions", text), window)
        action.setShortcut(key)
        action.triggered.connect(lambda _checked=False, c=command: _press(current_page(), c))
        edit_menu.addAction(action)
        commands[command] = action
    edit_menu.addSeparator()
    find = QAction(translate("standard_actions", "&Find"), window)
    find.setShortcut(Key.Find)
    find.triggered.connect(lambda: _find(current_page()))
    edit_menu.addAction(find)
    return StandardActions(commands, find)


def _press(page: Page, command: str) -> None:
    button = page.command_button(command)
    if button is not None and button.isVisible() and button.isEnabled():
        button.click()


def _find(page: Page) -> None:
    target = page.find_target()
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
