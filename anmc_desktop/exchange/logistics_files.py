"""The logistics lists as CSV and XLSX: the group (day, hotel, city, car) as the first
column of every row, then the printed list's columns, through the delegation list's
writers (formula guard, BOM, bold frozen header)."""

from __future__ import annotations

from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ExportTable
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.records.logistics import LogisticsTable

# The arrivals list leaves the header over "arrives"/"leaves" empty when printed.
_FILE_HEADERS = {"": "Movement"}


def export_table(table: LogisticsTable, title: str) -> ExportTable:
    headers = (table.group_title, *(_FILE_HEADERS.get(h, h) for h in table.headers))
    rows = [(group.heading, *row) for group in table.groups for row in group.rows]
    return ExportTable.of_rows(title, headers, rows, [row[0] for row in rows])


def logistics_csv(table: LogisticsTable, title: str) -> bytes:
    return write_csv(export_table(table, title))


def logistics_xlsx(table: LogisticsTable, title: str) -> bytes:
    return write_xlsx(export_table(table, title), sheet_name=table.kind.label)
