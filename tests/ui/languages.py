"""Helpers for tests of the window in another language: install it for one test, and find
the English left in what the window shows (data and brand names aside)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)

import anmc_desktop.sample.tomsk_2014 as sample

# Names of products, formats and keys, and Latin words a protocol office keeps as they are.
ALLOWED_WORDS = {
    "ANMC", "ANMC21", "Desktop", "PDF", "CSV", "XLSX", "xlsx", "csv", "txt", "json", "ics",
    "pdf", "db", "sqlite", "Excel", "UTF", "iCalendar", "Ctrl", "Alt", "Del", "Esc", "Enter",
    "Asia", "Tokyo", "Le", "Hong", "Son", "US", "Letter", "A4", "A6", "ad", "referendum",
    "set", "aside", "DATE", "N", "S", "Z", "A3", "Word", "docx", "zip", "UTC",
}  # fmt: skip
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def sample_texts() -> list[str]:
    """Every text of the sample meeting (data, not the window's words), longest first."""
    tree = ast.parse(Path(sample.__file__).read_text(encoding="utf-8"))
    texts = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()
    }
    return sorted(texts, key=len, reverse=True)


def shown_texts(widget: QWidget) -> Iterator[str]:
    """The window's own words in ``widget`` and its children: labels, buttons, titles,
    placeholders, tool tips, choices, tabs, column titles, navigation and menus; not what
    edits and table cells hold (data)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        yield child.toolTip()
        if isinstance(child, QDialog):
            yield child.windowTitle()
        if isinstance(child, (QLabel, QAbstractButton)):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QListWidget):
            yield from (child.item(i).text() for i in range(child.count()))
        elif isinstance(child, QMenu):
            yield child.title()
            yield from (action.text() for action in child.actions())
        if isinstance(child, QHeaderView) and child.orientation() is Qt.Orientation.Horizontal:
            model = child.model()
            yield from (
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(child.count())
            )


def english_left(texts: Iterable[str], data: list[str]) -> list[str]:
    """The texts that still hold an English word once the data are taken out."""
    left = []
    for text in texts:
        rest = text
        for value in data:
            if len(value) > 2:
                rest = rest.replace(value, " ")
        words = [w for w in ASCII_WORD.findall(rest) if w not in ALLOWED_WORDS and len(w) > 1]
        if words:
            left.append(text)
    return sorted(set(left))


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
