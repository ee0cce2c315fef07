"""Who changed a record, when, and what: its entries in the change log, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.services.change_log import ChangeRecord
from anmc_desktop.ui.dialog_size import fit_to_screen
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.translation import translate

COLUMNS = (
    QT_TRANSLATE_NOOP("dialogs.change_log", "When"),
    QT_TRANSLATE_NOOP("dialogs.change_log", "Who"),
    QT_TRANSLATE_NOOP("dialogs.change_log", "What"),
    QT_TRANSLATE_NOOP("dialogs.change_log", "Field"),
    QT_TRANSLATE_NOOP("dialogs.change_log", "Was"),
    QT_TRANSLATE_NOOP("dialogs.change_log", "Became"),
)
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("dialogs.change_log", "Created"),
    "update": QT_TRANSLATE_NOOP("dialogs.change_log", "Changed"),
    "delete": QT_TRANSLATE_NOOP("dialogs.change_log", "Deleted"),
}
# Bookkeeping columns that say nothing to an organizer.
HIDDEN_FIELDS = {"version", "search_text"}


def change_log_rows(changes: Sequence[ChangeRecord]) -> list[tuple[str, ...]]:
    """One row per changed field, newest change first."""
    rows = []
    for change in reversed(changes):
        when = change.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        action = ACTIONS.get(change.action, change.action)
        fields = {
            field: values
            for field, values in change.changes.items()
            if field not in HIDDEN_FIELDS
            # A new record's empty fields say nothing.
            and not (change.action == "insert" and values[1] in (None, ""))
        }
        if not fields:
            rows.append((when, change.changed_by, action, "", "", ""))
        for field, (before, after) in sorted(fields.items()):
            name = field.replace("_", " ")
            rows.append((when, change.changed_by, action, name, _shown(before), _shown(after)))
    return rows


def _shown(value: object) -> str:
    return "" if value is None else str(value)


class ChangeLogDialog(KeyboardReadyDialog):
    def __init__(
        self, title: str, changes: Sequence[ChangeRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("dialogs.change_log", "Change log of {title}").format(title=title)
        )
        rows = change_log_rows(changes)
        self.table = QTableWidget(len(rows), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [translate("dialogs.change_log", title) for title in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(
                QLabel(translate("dialogs.change_log", "No change of this record is recorded."))
            )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, "change_log", QSize(760, 420))
