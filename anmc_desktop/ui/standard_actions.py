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

from anmc_desktop.ui import messages
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.translation import translate

Key = QKeySequence.StandardKey
PAGE_COMMANDS = (
    ("new", QT_TRANSLATE_NOOP("standard_actions", "&New"), Key.New),
    ("open", QT_TRANSLATE_NOOP("standard_actions", "&Open…"), Key.Open),
    ("save", QT_TRANSLATE_NOOP("standard_actions", "&Save"), Key.Save),
    ("delete", QT_TRANSLATE_NOOP("standard_actions", "&Delete"), Key.Delete),
)
KEYS_HELP = (
    (
        QT_TRANSLATE_NOOP("standard_actions", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "standard_actions", "Next or previous control; tables and lists are left with Tab"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("standard_actions", "Arrow keys"),
        QT_TRANSLATE_NOOP("standard_actions", "Move inside a table or list"),
    ),
    (
        QT_TRANSLATE_NOOP("standard_actions", "Enter"),
        QT_TRANSLATE_NOOP("standard_actions", "Open the current row"),
    ),
    (
        QT_TRANSLATE_NOOP("standard_actions", "Esc"),
        QT_TRANSLATE_NOOP("standard_actions", "Close a dialog"),
    ),
    (
        QT_TRANSLATE_NOOP("standard_actions", "Ctrl+1 … Ctrl+7"),
        QT_TRANSLATE_NOOP("standard_actions", "Go to a page"),
    ),
    (
        QT_TRANSLATE_NOOP("standard_actions", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("standard_actions", "Go to that control or menu"),
    ),
)


def shortcut_text(key: QKeySequence.StandardKey) -> str:
    bindings = QKeySequence.keyBindings(key)
    return bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""


@dataclass
class StandardActions:
    commands: dict[str, QAction]
    find: QAction
    help: QAction

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
    window: QMainWindow, edit_menu: QMenu, help_menu: QMenu, current_page: Callable[[], Page]
) -> StandardActions:
    """Add New, Open, Save, Delete and Find to ``edit_menu`` and Help to ``help_menu``."""
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
    help_action = QAction(translate("standard_actions", "&Keyboard"), window)
    help_action.setShortcut(Key.HelpContents)
    help_action.triggered.connect(lambda: _show_keys(window))
    help_menu.addAction(help_action)
    return StandardActions(commands, find, help_action)


def _press(page: Page, command: str) -> None:
    button = page.command_button(command)
    if button is not None and button.isVisible() and button.isEnabled():
        button.click()


def _find(page: Page) -> None:
    target = page.find_target()
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _show_keys(window: QMainWindow) -> None:
    lines = [
        f"{translate('standard_actions', keys)}: {translate('standard_actions', what)}"
        for keys, what in KEYS_HELP
    ]
    for _command, text, key in PAGE_COMMANDS:
        shown = translate("standard_actions", text).replace("&", "").rstrip("…")
        lines.append(f"{shortcut_text(key)}: {shown}")
    for text, key in (
        (translate("standard_actions", "Find"), Key.Find),
        (translate("standard_actions", "Print"), Key.Print),
        (translate("standard_actions", "Undo"), Key.Undo),
    ):
        lines.append(f"{shortcut_text(key)}: {text}")
    messages.inform(window, translate("standard_actions", "Keyboard"), "\n".join(lines))
