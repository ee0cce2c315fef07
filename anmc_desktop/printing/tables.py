"""Long tables (lists of signatories, delegations, the programme) drawn row by row.

Rows are measured and drawn with the typesetter directly, not as ReportLab Table cells of
Paragraphs, so that a list of 20,000 persons lays out in seconds. A row never splits; the
column titles repeat at the top of every page; a group heading (a city, a day) never ends
a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Flowable

from anmc_desktop.printing.typesetting import Typesetter

PADDING = 2.5
LEADING = 1.28


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 9.0
    bold: bool = False
    grey: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the width
    tick_box: bool = False  # draw an empty box to tick


@dataclass
class Row:
    cells: Sequence[Sequence[Line]]
    heading: bool = False  # one cell across the table, kept with the row after it
    shaded: bool = False
    min_height: float = 0.0  # e.g. room to write remarks
    _lines: list[list[Line]] = field(default_factory=list)
    height: float = 0.0


class RowsTable(Flowable):
    """A table that splits between rows and repeats its column titles."""

    def __init__(
        self,
        typesetter: Typesetter,
        columns: Sequence[Column],
        rows: Sequence[Row],
        measured_width: float | None = None,
    ) -> None:
        super().__init__()
        self.typesetter = typesetter
        self.columns = list(columns)
        self.rows = list(rows)
        self._measured_width = measured_width
        self._header = Row([[Line(c.title, 8, bold=True)] for c in columns], shaded=True)

    def _widths(self, total: float) -> list[float]:
        weight = sum(c.weight for c in self.columns)
        return [total * c.weight / weight for c in self.columns]

    def _measure(self, row: Row, widths: list[float]) -> None:
        setter = self.typesetter
        cells = [row.cells[0]] if row.heading else row.cells
        cell_widths = [sum(widths)] if row.heading else widths
        row._lines = []
        tallest = 0.0
        for cell, width in zip(cells, cell_widths, strict=True):
            wrapped = [
                Line(text, line.size, line.bold, line.grey)
                for line in cell
                for text in setter.wrap(line.text, width - 2 * PADDING, line.size, line.bold)
                if line.text
            ]
            row._lines.append(wrapped)
            tallest = max(tallest, sum(line.size * LEADING for line in wrapped))
        row.height = max(row.min_height, tallest + 2 * PADDING + 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._measured_width != available_width:
            widths = self._widths(available_width)
            for row in [self._header, *self.rows]:
                self._measure(row, widths)
            self._measured_width = available_width
        self.width = available_width
        self.height = self._header.height + sum(row.height for row in self.rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = available_height - self._header.height
        count = 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            count += 1
        while count and self.rows[count - 1].heading:
            count -= 1
        if count == 0 or count == len(self.rows):
            return []
        return [self._part(self.rows[:count]), self._part(self.rows[count:])]

    def _part(self, rows: Sequence[Row]) -> RowsTable:
        part = RowsTable(self.typesetter, self.columns, rows, self._measured_width)
        part._header = self._header
        return part

    def draw(self) -> None:
        canvas = self.canv
        widths = self._widths(self.width)
        y = self.height
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        for row in [self._header, *self.rows]:
            y -= row.height
            if row.shaded or row.heading:
                canvas.setFillColor(colors.HexColor("#e8e8e8" if row.heading else "#f2f2f2"))
                canvas.rect(0, y, self.width, row.height, stroke=0, fill=1)
            x = 0.0
            cell_widths = [self.width] if row.heading else widths
            for index, (lines, width) in enumerate(zip(row._lines, cell_widths, strict=True)):
                self._draw_cell(lines, x, y + row.height, width)
                if not row.heading and row is not self._header and self.columns[index].tick_box:
                    side = min(12.0, row.height - 2 * PADDING)
                    canvas.rect(x + (width - side) / 2, y + row.height - PADDING - side, side,
                                side)  # fmt: skip
                x += width
            canvas.line(0, y, self.width, y)

    def _draw_cell(self, lines: Sequence[Line], x: float, top: float, width: float) -> None:
        canvas = self.canv
        y = top - PADDING
        for line in lines:
            y -= line.size * LEADING
            canvas.setFillColor(colors.HexColor("#555555") if line.grey else colors.black)
            self.typesetter.draw(canvas, x + PADDING, y + line.size * 0.3, line.text,
                                 line.size, line.bold)  # fmt: skip
        canvas.setFillColor(colors.black)
