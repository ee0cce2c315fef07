"""A form layout whose every field has its own error message beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
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

Check = Callable[[], str | None]
"""Returns the reason the field's value is not acceptable, or None."""

ERROR_STYLE = "color: #b00020;"


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
        message = QLabel()
        message.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        message.setObjectName(f"error_{name}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        cell = QWidget()
        cell_layout = QHBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(widget, stretch=2)
        cell_layout.addWidget(message, stretch=1)
        self._layout.addRow(label, cell)
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

    def first_widget(self) -> QWidget | None:
        return next(iter(self._rows.values())).widget if self._rows else None

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


def general_error_label() -> QLabel:
    """A hidden label for an error that belongs to no one field (shown in red)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
    label.setObjectName("general_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
