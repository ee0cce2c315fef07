"""Help: the user guide (bundled with the app, shown in a help browser), the keyboard
shortcuts of the window, and the folder of the logs."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop import languages, paths
from anmc_desktop.ui.dialog_size import fit_to_screen
from anmc_desktop.ui.saved_files import open_in_system
from anmc_desktop.ui.translation import translate

GUIDE_SIZE = QSize(760, 900)
SHORTCUTS_SIZE = QSize(560, 640)
# Keys that work in every form and field rather than through an action of the window.
FORM_KEYS = (
    (
        QT_TRANSLATE_NOOP(
            "help_menu", "Next or previous control; tables and lists are left with Tab"
        ),
        QT_TRANSLATE_NOOP("help_menu", "Tab / Shift+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("help_menu", "Move inside a table or list"),
        QT_TRANSLATE_NOOP("help_menu", "Arrow keys"),
    ),
    (
        QT_TRANSLATE_NOOP("help_menu", "Open the current row"),
        QT_TRANSLATE_NOOP("help_menu", "Enter"),
    ),
    (QT_TRANSLATE_NOOP("help_menu", "Close a dialog"), QT_TRANSLATE_NOOP("help_menu", "Esc")),
    (
        QT_TRANSLATE_NOOP("help_menu", "Go to that control or menu"),
        QT_TRANSLATE_NOOP("help_menu", "Alt+underlined letter"),
    ),
    (QT_TRANSLATE_NOOP("help_menu", "Save the form"), QT_TRANSLATE_NOOP("help_menu", "Enter")),
    (QT_TRANSLATE_NOOP("help_menu", "Cancel the form"), QT_TRANSLATE_NOOP("help_menu", "Esc")),
    (
        QT_TRANSLATE_NOOP("help_menu", "Open a date field's calendar"),
        QT_TRANSLATE_NOOP("help_menu", "F4 or Alt+Down"),
    ),
    (
        QT_TRANSLATE_NOOP("help_menu", "Open what the overview lists"),
        QT_TRANSLATE_NOOP("help_menu", "Enter or double-click"),
    ),
)


def guide_text(language: str | None = None) -> str:
    """The guide in ``language``, by default the window's (help/guide.<language>.md), in
    English (help/guide.md) where it has no translation."""
    code = language or languages.supported(QLocale().name()) or languages.SOURCE_LANGUAGE
    folder = resources.files("anmc_desktop").joinpath("help")
    translated = folder.joinpath(f"guide.{code}.md")
    chosen = translated if translated.is_file() else folder.joinpath("guide.md")
    return chosen.read_text(encoding="utf-8")


def _closing_layout(dialog: QDialog, widget: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(widget, 1)
    layout.addWidget(buttons)


class GuideDialog(QDialog):
    """The user guide, not modal, so that it can stay open beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help_menu", "ANMC Desktop guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("help_menu", "User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        _closing_layout(self, self.browser)
        fit_to_screen(self, "guide", GUIDE_SIZE)


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """Every key of the window's menus and shortcuts, as (what it does, the keys)."""
    rows = []
    for action in window.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            rows.append(
                (
                    action.text().replace("&", "").rstrip("."),
                    translate("help_menu", " or ").join(keys),
                )
            )
    for shortcut in window.findChildren(QShortcut):
        what = shortcut.whatsThis() or shortcut.objectName()
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        if what and keys:  # no keys: e.g. a page after the ninth (there is no Ctrl+10)
            rows.append((what, keys))
    form_keys = [
        (translate("help_menu", what), translate("help_menu", keys)) for what, keys in FORM_KEYS
    ]
    return [*sorted(set(rows), key=lambda row: row[1]), *form_keys]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help_menu", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(translate("help_menu", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("help_menu", "Action"), translate("help_menu", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _closing_layout(self, self.table)
        fit_to_screen(self, "shortcuts", SHORTCUTS_SIZE)


def open_log_folder() -> bool:
    return open_in_system(paths.log_dir())  # log_dir() makes the folder if need be


def build_help_menu(window: QMainWindow, menu: QMenu) -> dict[str, QAction]:
    """The guide (F1), the shortcuts and the log folder; About is added by the window."""
    guide = QAction(translate("help_menu", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: _show(GuideDialog(window)))
    shortcuts = QAction(translate("help_menu", "&Keyboard shortcuts"), window)
    shortcuts.triggered.connect(lambda: _show(ShortcutsDialog(window_shortcuts(window), window)))
    logs = QAction(translate("help_menu", "Open the &log folder"), window)
    logs.triggered.connect(open_log_folder)
    for action in (guide, shortcuts, logs):
        menu.addAction(action)
    menu.addSeparator()
    return {"guide": guide, "shortcuts": shortcuts, "logs": logs}


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
