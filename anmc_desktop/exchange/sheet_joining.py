"""Join a workbook's sheets into one list: each later sheet's rows moved under the columns
of the same header."""

from __future__ import annotations

from collections.abc import Callable

from anmc_desktop.exchange.known_headers import header_key
from anmc_desktop.exchange.sheet_rows import HeaderFinder


def joined_sheets(
    name: str, sheets: list[tuple[str, list[list[str]]]], find_header: HeaderFinder
) -> tuple[list[list[str]], list[str], dict[str, int]]:
    """The first sheet with a header, then the rows of every later sheet with a header,
    each cell moved under the column of the same header; also the sheets used, with the
    index of each one's header row.

    Forms often open with a sheet of instructions; a list split into one sheet per city
    repeats its header on each sheet, not always in the same order or spelling. A header
    only a later sheet has becomes a new column; sheets without a header (notes, the
    hidden lists of drop-downs) are left out.
    """
    found = next(
        ((i, h) for i, (_, rows) in enumerate(sheets) if (h := find_header(rows)) is not None),
        None,
    )
    if found is None:
        return sheets[0][1], [], {sheets[0][0]: 0}
    base, header_index = found
    base_name, rows = sheets[base]
    used = {base_name: header_index}
    if len(sheets) == 1:
        return rows, [], used
    header = rows[header_index]
    columns = _ColumnsByHeader(header)
    # Cells beyond a sheet's header are under no column of it: cut off, so that none of
    # them lands under a column a later sheet adds.
    joined = [row[: len(header)] for row in rows]
    labels = [f"{base_name}!{n}" for n in range(1, len(rows) + 1)]
    for sheet_name, sheet_rows in sheets[base + 1 :]:
        repeated = find_header(sheet_rows)
        if repeated is None:
            continue
        used[sheet_name] = repeated
        move = columns.positions(sheet_rows[repeated])
        for number in range(repeated + 2, len(sheet_rows) + 1):
            joined.append(move(sheet_rows[number - 1]))
            labels.append(f"{sheet_name}!{number}")
    joined[header_index] = columns.header
    return joined, labels, used


class _ColumnsByHeader:
    """The columns of joined sheets, found by their header (folded, and counted when a
    header repeats within a sheet)."""

    def __init__(self, header: list[str]) -> None:
        self.header = list(header)
        self._index: dict[tuple[str, int], int] = {}
        for column, key in enumerate(self._keys(header)):
            if key[0]:
                self._index.setdefault(key, column)

    @staticmethod
    def _keys(header: list[str]) -> list[tuple[str, int]]:
        seen: dict[str, int] = {}
        keys = []
        for text in header:
            key = header_key(text)
            seen[key] = seen.get(key, 0) + 1
            keys.append((key, seen[key]))
        return keys

    def positions(self, header: list[str]) -> Callable[[list[str]], list[str]]:
        """How to move a row under ``header`` into the joined columns (cells under no
        header are left out, as they are on the first sheet)."""
        if header == self.header[: len(header)]:
            return lambda row: row[: len(header)]
        targets: list[int | None] = []
        for text, key in zip(header, self._keys(header), strict=True):
            if not key[0]:
                targets.append(None)
                continue
            if key not in self._index:
                self._index[key] = len(self.header)
                self.header.append(text)
            targets.append(self._index[key])

        def move(row: list[str]) -> list[str]:
            moved = [""] * len(self.header)
            for target, cell in zip(targets, row, strict=False):
                if target is not None:
                    moved[target] = cell
            return moved

        return move
