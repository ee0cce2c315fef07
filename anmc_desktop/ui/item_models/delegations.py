"""The delegations of one meeting."""

from __future__ import annotations

from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.records.persons import DelegationSummary
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel


def status_text(delegation: DelegationSummary) -> str:
    if delegation.status is DelegationStatus.PROXY and delegation.proxy_to_city:
        return f"{delegation.status.label} to {delegation.proxy_to_city}"
    return delegation.status.label


class DelegationTableModel(RecordTableModel[DelegationSummary]):
    columns = (
        Column("City", lambda d: d.city_name),
        Column("Local name", lambda d: d.city_local_name),
        Column("Status", status_text),
        Column("Members", lambda d: str(d.person_count), align_right=True),
        Column("Head", lambda d: d.head_name or "—"),
    )
    HEAD_COLUMN = 4

    def is_placeholder(self, record: DelegationSummary, column: int) -> bool:
        return column == self.HEAD_COLUMN and record.head_is_placeholder
