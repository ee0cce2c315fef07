"""Delegation lists as CSV: UTF-8 with a BOM (so that Excel picks the encoding), RFC 4180."""

from __future__ import annotations

import csv
import io

from anmc_desktop.exchange.delegation_list import ExportTable
from anmc_desktop.exchange.formula_guard import guard_all

# Rows guarded, written and encoded at a time. A list of 100,000 persons written in one
# go took a fifth longer per row than one of 20,000: its joined columns, its text and its
# bytes no longer fitted the processor's caches. A thousand rows at a time always do.
_ROWS_AT_A_TIME = 1_000


def write_csv(table: ExportTable) -> bytes:
    """The table as CSV, every cell guarded (``guard_all`` looks at a column of a thousand
    rows at a time)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(guard_all(table.headers))
    written = [buffer.getvalue().encode("utf-8-sig")]
    lengths = {len(column) for column in table.columns}
    if len(lengths) > 1:
        raise ValueError(f"the table's columns differ in length: {sorted(lengths)}")
    rows = lengths.pop() if lengths else 0
    for start in range(0, rows, _ROWS_AT_A_TIME):
        buffer.seek(0)
        buffer.truncate()
        end = start + _ROWS_AT_A_TIME
        guarded = [guard_all(column[start:end]) for column in table.columns]
        writer.writerows(zip(*guarded, strict=True))
        written.append(buffer.getvalue().encode("utf-8"))
    return b"".join(written)
