"""Where each field of a person is in a row of the sheet, as the column mapping says."""

from __future__ import annotations

import operator
from typing import cast

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.person_fields import NAME_FIELDS, ColumnMapping, DateOrder, Field
from anmc_desktop.exchange.sheet_rows import EXCEL_ERRORS, ExcelError, SheetRows

# The fields in the order RowColumns.values gives a row's texts.
_ROW_FIELDS = (
    Field.CITY,
    Field.CITY_LOCAL,
    Field.FULL_NAME,
    Field.GIVEN_NAME,
    Field.PATRONYMIC,
    Field.FAMILY_NAME,
    Field.FAMILY_NAME_FIRST,
    Field.NATIVE_NAME,
    Field.HONORIFIC,
    Field.POSITION,
    Field.ROLE,
    Field.EMAIL,
    Field.PHONE,
    Field.ARRIVAL,
    Field.DEPARTURE,
    Field.DIETARY_NEEDS,
    Field.ACCESS_NEEDS,
    Field.NOTES,
)
# Columns of free text, where "#N/A" in a CSV may be what someone wrote (see RowColumns).
_FREE_TEXT = frozenset({Field.NOTES, Field.DIETARY_NEEDS, Field.ACCESS_NEEDS})


ColumnsKey = tuple[int, tuple[str, ...], tuple[Field | None, ...], DateOrder]


def columns_key(mapping: ColumnMapping) -> ColumnsKey:
    """What a plan uses of a mapping (not the remembered choices it was made with)."""
    return mapping.header_row, mapping.headers, mapping.fields, mapping.date_order


def check_mapping(sheet: SheetRows, mapping: ColumnMapping) -> None:
    chosen = set(mapping.fields)
    missing = []
    if Field.CITY not in chosen and Field.CITY_LOCAL not in chosen:
        missing.append("the city")
    if not chosen & NAME_FIELDS:
        missing.append("a name")
    if missing:
        raise UserFacingError(
            f"{sheet.name}: no column holds {' or '.join(missing)}; choose the columns first."
        )


class RowColumns:
    """Where each field is in a row, and the header to name it by in a problem."""

    def __init__(self, mapping: ColumnMapping) -> None:
        of = {wanted: mapping.columns_of(wanted) for wanted in Field}
        self.headers = {
            wanted: mapping.headers[found[0]] if found else wanted.label
            for wanted, found in of.items()
        }
        self.of_draft_field = {wanted.value: self.headers[wanted] for wanted in Field}
        used = [(c, f) for c, f in enumerate(mapping.fields) if f not in {None, Field.IGNORE}]
        self._used = [column for column, _ in used]
        self._coded = {column for column, chosen in used if chosen not in _FREE_TEXT}
        width = max((column for found in of.values() for column in found), default=-1) + 1
        self._padding = [""] * width
        # values() puts None (for the fields no column holds) and the joined text of each
        # field that several columns hold before the cells.
        self._joined = [found for wanted in _ROW_FIELDS if len(found := of[wanted]) > 1]
        first_cell = 1 + len(self._joined)
        places = []
        for wanted in _ROW_FIELDS:
            found = of[wanted]
            if not found:
                places.append(0)
            elif len(found) == 1:
                places.append(first_cell + found[0])
            else:
                places.append(1 + self._joined.index(found))
        self._getter = operator.itemgetter(*places)

    def excel_errors(self, raw: list[str], cells: list[str]) -> list[tuple[int, str]]:
        """The columns the import uses whose cell holds one of Excel's errors, with it.

        A workbook says which cells hold an error (ExcelError). A CSV has only the text:
        there it is taken for an error except in the free-text columns, where a person
        may write "#N/A" (not applicable) and our own export writes what they wrote.
        """
        return [
            (column, cells[column])
            for column in self._used
            if column < len(cells)
            and cells[column][:1] == "#"
            and (
                isinstance(raw[column], ExcelError)
                or (column in self._coded and cells[column].upper() in EXCEL_ERRORS)
            )
        ]

    def values(self, cells: list[str]) -> tuple[str | None, ...]:
        """The text of each of _ROW_FIELDS in the row's trimmed cells: None when no column
        holds the field, the texts of its columns joined by spaces when several do."""
        joined = [
            " ".join(cells[c] for c in columns if c < len(cells) and cells[c]).strip()
            for columns in self._joined
        ]
        return cast(
            tuple[str | None, ...],
            self._getter([None, *joined, *cells, *self._padding[len(cells) :]]),
        )
