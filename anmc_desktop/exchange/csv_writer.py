"""Delegation lists as CSV: UTF-8 with a BOM (so that Excel picks the encoding), RFC 4180."""

from __future__ import annotations

import csv
import io

from anmc_desktop.exchange.delegation_list import ExportTable
from anmc_desktop.exchange.formula_guard import guard


def write_csv(table: ExportTable) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([guard(header) for header in table.headers])
    writer.writerows([guard(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")
