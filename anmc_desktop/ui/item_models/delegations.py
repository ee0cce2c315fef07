"""The delegations of one meeting."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.records.persons import DelegationSummary
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate


def status_text(delegation: DelegationSummary) -> str:
    if delegation.status is DelegationStatus.PROXY and delegation.proxy_to_city:
        return translate("item_models.delegations", "{label} to {proxy_to_city}").format(
            label=label(delegation.status), proxy_to_city=delegation.proxy_to_city
        )
    return label(delegation.status)


class DelegationTableModel(RecordTableModel[DelegationSummary]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda d: d.city_name),
        Column(QT_TRANSLATE_NOOP("columns", "Local name"), lambda d: d.city_local_name),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), status_text),
        Column(
            QT_TRANSLATE_NOOP("columns", "Members"), lambda d: str(d.person_count), align_right=True
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Head"), lambda d: d.head_name or "—"),
    )
    HEAD_COLUMN = 4

    def is_placeholder(self, record: DelegationSummary, column: int) -> bool:
        return column == self.HEAD_COLUMN and record.head_is_placeholder
