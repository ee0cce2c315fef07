"""Date and date-time fields that may be left empty: a check box turns the value on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from anmc_desktop.ui.forms.date_fields import as_qdate, as_qdatetime, with_calendar


class _Optional(QWidget):
    changed = Signal()

    def __init__(self, editor: QDateTimeEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.editor = with_calendar(editor)
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.editor, stretch=1)
        # No focus proxy: Tab would jump to a compound widget from wherever it was made.
        self.enabled.toggled.connect(self.editor.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.editor.dateTimeChanged.connect(self.changed)


class OptionalDateEdit(_Optional):
    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(QDateEdit(), parent)
        self._default = default
        self.set_value(None)

    def value(self) -> dt.date | None:
        return self.editor.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.editor.setDate(as_qdate(value or self._default))
        self.enabled.setChecked(value is not None)


class OptionalDateTimeEdit(_Optional):
    def __init__(self, default: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(QDateTimeEdit(), parent)
        self._default = default
        self.set_value(None)

    def value(self) -> dt.datetime | None:
        if not self.enabled.isChecked():
            return None
        chosen = self.editor.dateTime()
        return dt.datetime.combine(chosen.date().toPython(), chosen.time().toPython())

    def set_value(self, value: dt.datetime | None) -> None:
        self.editor.setDateTime(as_qdatetime(value or self._default))
        self.enabled.setChecked(value is not None)
