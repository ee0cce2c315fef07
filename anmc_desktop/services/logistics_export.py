"""The logistics lists (arrivals, rooming, dietary, transport) as PDF, CSV or XLSX: the
persons read in one transaction (``PrintDataService.delegations``), the table built once."""

from __future__ import annotations

from anmc_desktop.exchange.logistics_files import logistics_csv, logistics_xlsx
from anmc_desktop.printing.logistics import render_logistics_list
from anmc_desktop.records.logistics import LogisticsKind, logistics_table
from anmc_desktop.services.export_data import ExportFormat
from anmc_desktop.services.print_data import PrintDataService


class LogisticsExport:
    def __init__(self, print_data: PrintDataService) -> None:
        self._print_data = print_data

    def render(self, meeting_id: int, kind: LogisticsKind, file_format: ExportFormat) -> bytes:
        document = self._print_data.delegations(meeting_id)
        table = logistics_table(kind, document.delegations)
        if file_format is ExportFormat.PDF:
            return render_logistics_list(document.meeting, table)
        title = f"{kind.label}: {document.meeting.title}"
        if file_format is ExportFormat.CSV:
            return logistics_csv(table, title)
        return logistics_xlsx(table, title)
