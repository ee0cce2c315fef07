"""The member cities of the network."""

from __future__ import annotations

from anmc_desktop.records.cities import CityRecord
from anmc_desktop.ui.item_models.formatting import day_text
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel


class CityTableModel(RecordTableModel[CityRecord]):
    columns = (
        Column("City", lambda c: c.name_en),
        Column("Local name", lambda c: c.name_local),
        Column("Country", lambda c: c.country),
        Column("Member since", lambda c: day_text(c.member_since)),
        Column("Status", lambda c: c.status.label),
        Column("Time zone", lambda c: c.time_zone),
    )
