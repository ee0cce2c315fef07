"""What a keyboard user and a screen reader meet in a window: its controls, their names,
where Tab goes, and the mnemonics (Alt+letter) it offers."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from anmc_desktop.ui.accessibility import accessible_name

DATE_SECTIONS = 5
# Inner parts belong to their owner (a spin box's line edit, a combo box's list).
_OWNERS = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def shown_on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The enabled, shown controls that Tab can reach, the window's own parts aside."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not widget.isEnabled():
            continue
        if not widget.isVisible() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), _OWNERS):
            continue
        found.append(widget)
    return found


def unnamed(widgets: list[QWidget]) -> list[str]:
    """The controls without a name a screen reader can read; a combo box (whose Name is
    its value on Linux) must carry its label's name as well."""
    return [describe(widget) for widget in widgets if not _named(widget)]


def _named(widget: QWidget) -> bool:
    if isinstance(widget, (QComboBox, QAbstractItemView)) and not widget.accessibleName():
        return False
    return bool(accessible_name(widget).strip())


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def tab_walk(
    qtbot: QtBot, start: QWidget, backwards: bool = False, limit: int = 200
) -> list[QWidget]:
    """Press Tab (Shift+Tab) from ``start`` until the focus comes back round; the widgets
    that had the focus, in order."""
    window = start.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    visited: list[QWidget] = []
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        if visited and focused is visited[0]:
            break  # round
        # Tab walks the sections of a date (day, month, year) before it moves on.
        if visited[-DATE_SECTIONS:] == [focused] * DATE_SECTIONS:
            break  # stuck
        visited.append(focused)
        qtbot.keyClick(focused, key, modifier)
    return visited


def _owner(widget: QWidget) -> QWidget:
    parent = widget.parentWidget()
    return parent if isinstance(parent, _OWNERS) else widget


def unreached(qtbot: QtBot, root: QWidget, backwards: bool = False) -> list[str]:
    """The root's controls that Tab (or Shift+Tab) never reaches."""
    controls = interactive_widgets(root)
    assert controls, "nothing to reach"
    reached = {id(_owner(widget)) for widget in tab_walk(qtbot, controls[0], backwards)}
    return [describe(widget) for widget in controls if id(widget) not in reached]


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    match = _MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic shown in the window: the menu bar's titles, the
    shown buttons, group boxes, tabs and labels with a buddy."""
    found = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(action.text())
    for widget in window.findChildren(QWidget):
        if not shown_on_screen(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(index) for index in range(widget.count()))
    return [(letter, text) for text in found if (letter := mnemonic_of(text))]


def clashing_mnemonics(window: QWidget) -> dict[str, list[str]]:
    pairs = mnemonics(window)
    counts = Counter(letter for letter, _text in pairs)
    return {
        letter: [text for other, text in pairs if other == letter]
        for letter, count in counts.items()
        if count > 1
    }


def dead_mnemonics(window: QWidget) -> list[str]:
    """Labels that show a mnemonic but have no buddy to go to: Alt+letter does nothing."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if shown_on_screen(label) and mnemonic_of(label.text()) and label.buddy() is None
    ]


def accessible_role(widget: QWidget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()
