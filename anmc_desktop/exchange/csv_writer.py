"""Delegation lists as CSV: UTF-8 with a BOM (so that Excel picks the encoding), RFC 4180."""

from __future__ import annotations

import csv
import io

from anmc_desktop.exchange.delegation_list import ExportTable
from anmc_desktop.exchange.formula_guard import guard_all


def write_csv(table: ExportTable) -> bytes:
    """The table as CSV, every cell guarded (``guard_all`` looks at a column at a time)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(guard_all(table.headers))
    columns = [guard_all(column) for column in table.columns]
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue().encode("utf-8-sig")
