"""The meetings in the database, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.ui.item_models.formatting import day_text
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel


class MeetingTableModel(RecordTableModel[MeetingRecord]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda m: m.title),
        Column(
            QT_TRANSLATE_NOOP("columns", "No."), lambda m: str(m.number or ""), align_right=True
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Host city"), lambda m: m.host_city_name),
        Column(QT_TRANSLATE_NOOP("columns", "Venue"), lambda m: m.venue),
        Column(QT_TRANSLATE_NOOP("columns", "First day"), lambda m: day_text(m.first_day)),
        Column(QT_TRANSLATE_NOOP("columns", "Last day"), lambda m: day_text(m.last_day)),
    )

    def row_of(self, meeting_id: int | None) -> int | None:
        return next((row for row, m in enumerate(self.rows()) if m.id == meeting_id), None)
