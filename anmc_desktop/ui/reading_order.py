"""Keyboard and screen-reader readiness of a whole page or dialog, from its layouts.

``prepare(root)`` walks the widgets in the order their layouts show them (top to bottom,
left to right, a splitter's panes in turn), which is the order a reader reads them, and:

- lets Tab leave every table, list and text box (arrow keys move inside a table, a tab
  character is not typed: Tab moves on);
- chains the tab order in that reading order, so Tab and Shift+Tab never jump about
  whatever order the widgets were created in;
- names what has no name: a label's buddy reads the label, a field or table right after
  a label (in the same layout) reads that label, a list inside a titled group box reads
  the title, any other table or list reads ``fallback_name`` (the page's or dialog's
  title).

Pages and dialogs call it when shown (``Page.showEvent``, ``KeyboardReadyDialog``), so
widgets a page adds later are covered too.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QWidget,
)

from anmc_desktop.ui.accessibility import accessible_name, give_name

# Widgets whose inner parts (a spin box's line edit, a table's viewport) are theirs alone.
_OPAQUE = (QAbstractItemView, QAbstractSpinBox, QComboBox)


def reading_order(root: QWidget) -> list[tuple[QWidget, QLabel | None]]:
    """Every widget under ``root`` in reading order, each with the label that comes right
    before it in the same layout (or None)."""
    found: list[tuple[QWidget, QLabel | None]] = []
    _visit_children(root, found)
    return found


def _visit(widget: QWidget, before: QLabel | None, found: list) -> None:
    found.append((widget, before))
    if isinstance(widget, _OPAQUE):
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _visit(inner, None, found)
        return
    if isinstance(widget, QAbstractScrollArea):
        return
    _visit_children(widget, found)


def _visit_children(widget: QWidget, found: list) -> None:
    if isinstance(widget, QSplitter):
        for index in range(widget.count()):
            _visit(widget.widget(index), None, found)
        return
    layout = widget.layout()
    if layout is not None:
        _visit_layout(layout, found)
        return
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not child.isWindow():
            _visit(child, None, found)


def _visit_layout(layout: QLayout, found: list) -> None:
    items = [layout.itemAt(index) for index in range(layout.count())]
    if isinstance(layout, QGridLayout):
        position = {id(item): layout.getItemPosition(i)[:2] for i, item in enumerate(items)}
        items.sort(key=lambda item: position[id(item)])
    before: QLabel | None = None
    for item in items:
        if (child := item.widget()) is not None:
            _visit(child, before, found)
            before = child if isinstance(child, QLabel) and child.buddy() is None else None
        elif (inner := item.layout()) is not None:
            _visit_layout(inner, found)
            before = None


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def prepare(root: QWidget, fallback_name: str = "") -> None:
    """Tab leaves tables, Tab follows the reading order, every control has a name."""
    order = reading_order(root)
    focusable: list[QWidget] = []
    for widget, label_before in order:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setTabChangesFocus(True)
        if isinstance(widget, QLabel) and isinstance(buddy := widget.buddy(), QWidget):
            give_name(buddy, widget.text())
        elif _takes_tab(widget):
            focusable.append(widget)
            _name_from_surroundings(widget, label_before, fallback_name)
    for first, second in itertools.pairwise(focusable):
        QWidget.setTabOrder(first, second)


def _name_from_surroundings(widget: QWidget, label: QLabel | None, fallback: str) -> None:
    needs_name = isinstance(widget, (QAbstractItemView, QComboBox)) or not accessible_name(widget)
    if not needs_name or widget.accessibleName():
        return
    if label is not None and label.text():
        give_name(widget, label.text())
    elif isinstance(box := widget.parentWidget(), QGroupBox) and box.title():
        give_name(widget, box.title())
    elif fallback:
        give_name(widget, fallback)


class KeyboardReadyDialog(QDialog):
    """A dialog prepared for keyboard and screen readers each time it is shown."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        prepare(self, self.windowTitle())
        super().showEvent(event)
