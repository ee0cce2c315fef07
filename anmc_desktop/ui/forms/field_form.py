"""A form layout whose every field has its own error message beside it.

Each field's label is the field's buddy (Alt+letter goes to it) and its accessible name;
the message beside it is also the field's accessible description, announced when it
appears, so that a screen reader says what is wrong. ``focus_first_invalid`` puts the
cursor where the first problem is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from anmc_desktop.errors import ValidationError
from anmc_desktop.ui.accessibility import describe_error, give_name
from anmc_desktop.ui.colours import Tone, TonedLabel

Check = Callable[[], str | None]
"""Returns the reason the field's value is not acceptable, or None."""


def error_label(object_name: str) -> QLabel:
    """An empty, hidden label for an error message, in the palette's error colour."""
    message = TonedLabel(Tone.ERROR)
    message.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
    message.setObjectName(object_name)
    message.setWordWrap(True)
    message.hide()
    return message


@dataclass
class _Row:
    widget: QWidget
    message: QLabel
    check: Check | None


class FieldForm(QWidget):
    """Fields in the order they are added (which is also the tab order)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._rows: dict[str, _Row] = {}
        self._server_errors: dict[str, str] = {}

    def add_field(self, name: str, label: str, widget: QWidget, check: Check | None = None) -> None:
        """``name`` is the service's field name, so its errors land beside this field."""
        message = error_label(f"error_{name}")
        # The label and the field share a parent, so the label is the field's label for
        # assistive technology too (Qt relates buddies only between siblings).
        label_widget = QLabel(label)
        label_widget.setBuddy(_focusable_parts(widget)[0])
        cell = QHBoxLayout()
        cell.addWidget(widget, stretch=2)
        cell.addWidget(message, stretch=1)
        self._layout.addRow(label_widget, cell)
        _name_parts(widget, label)
        widget.setObjectName(name)
        previous = list(self._rows.values())[-1].widget if self._rows else None
        self._rows[name] = _Row(widget, message, check)
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        # The signal's own argument (the new text, index, ...) is swallowed here: bound to a
        # default parameter it would take the place of the field's name.
        _on_change(widget, lambda *_signal_args: self._field_changed(name))

    def set_read_only(self) -> None:
        """Show the values for reading only: text stays selectable (and long text
        scrollable), every other field is disabled; nothing can be changed any more."""
        for row in self._rows.values():
            widget = row.widget
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            elif callable(read_only := getattr(widget, "set_read_only", None)):
                read_only(True)
            else:
                widget.setEnabled(False)

    def widget(self, name: str) -> QWidget:
        return self._rows[name].widget

    def focus_first_invalid(self) -> None:
        """Put the focus on the first field that shows an error."""
        for row in self._rows.values():
            if row.message.text():
                _focusable_parts(row.widget)[0].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def first_widget(self) -> QWidget | None:
        """The first field's part that takes the focus."""
        return _focusable_parts(next(iter(self._rows.values())).widget)[0] if self._rows else None

    def message(self, name: str) -> str:
        """The error shown beside the field ("" when none)."""
        row = self._rows[name]
        return row.message.text() if row.message.isVisibleTo(self) else ""

    def is_valid(self) -> bool:
        """Runs every field's check and shows the messages; True when nothing is wrong."""
        valid = True
        for name, row in self._rows.items():
            reason = (row.check() if row.check else None) or self._server_errors.get(name)
            self._show(row, reason)
            valid = valid and reason is None
        return valid

    def show_validation_error(self, error: ValidationError) -> list[str]:
        """Put the service's reasons beside their fields; returns those that fit no field."""
        self._server_errors = {}
        unplaced = []
        for field_error in error.errors:
            if field_error.field in self._rows:
                earlier = self._server_errors.get(field_error.field)
                reason = field_error.reason
                self._server_errors[field_error.field] = (
                    f"{earlier} {reason}" if earlier else reason
                )
            else:
                unplaced.append(str(field_error))
        for name, reason in self._server_errors.items():
            self._show(self._rows[name], reason)
        return unplaced

    def _field_changed(self, name: str) -> None:
        self._server_errors.pop(name, None)
        self.changed.emit()

    @staticmethod
    def _show(row: _Row, reason: str | None) -> None:
        row.message.setText(reason or "")
        row.message.setVisible(bool(reason))
        for part in _focusable_parts(row.widget):
            describe_error(part, reason or "")


def _focusable_parts(widget: QWidget) -> list[QWidget]:
    """The field, or the parts of a composite field that take the focus (a check box and
    a date, a list and its buttons), without the inner parts of Qt's own widgets."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None:
        return [widget]
    parts = [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus
        and child.focusProxy() is None
        and not isinstance(child.parentWidget(), (QAbstractItemView, QComboBox, QDateTimeEdit))
        and not isinstance(child.parentWidget(), (QSpinBox, QDoubleSpinBox))
    ]
    return parts or [widget]


def _name_parts(widget: QWidget, label: str) -> None:
    """Every part of the field that takes the focus reads the field's label, unless it
    has a text of its own (a check box's text stays its name)."""
    for part in _focusable_parts(widget):
        own_text = part.text() if isinstance(part, QAbstractButton) else ""
        if not own_text:
            give_name(part, label)


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    else:
        changed = getattr(widget, "changed", None)
        if changed is None:
            raise TypeError(f"{type(widget).__name__} has no change signal a form can follow")
        changed.connect(slot)
