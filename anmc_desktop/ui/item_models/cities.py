"""The member cities of the network."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.cities import CityRecord
from anmc_desktop.ui.item_models.formatting import day_text
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel
from anmc_desktop.ui.labels import label


class CityTableModel(RecordTableModel[CityRecord]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda c: c.name_en),
        Column(QT_TRANSLATE_NOOP("columns", "Local name"), lambda c: c.name_local),
        Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda c: c.country),
        Column(QT_TRANSLATE_NOOP("columns", "Member since"), lambda c: day_text(c.member_since)),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda c: label(c.status)),
        Column(QT_TRANSLATE_NOOP("columns", "Time zone"), lambda c: c.time_zone),
    )
