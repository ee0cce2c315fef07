"""Long tables (lists of signatories, delegations, the programme) drawn row by row.

Rows are measured and drawn with the typesetter directly, not as ReportLab Table cells of
Paragraphs, so that a list of 20,000 persons lays out in seconds. A row splits between
its lines only when it is taller than the room at the top of a page (a position of 4,000
characters); the column titles repeat at the top of every page; a group heading (a city, a
day) never ends a page.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib import colors
from reportlab.platypus import Flowable

from anmc_desktop.printing.bookmarks import add_bookmark
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import Wording

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
HEADING_FILL = colors.HexColor("#e8e8e8")
HEADER_FILL = colors.HexColor("#f2f2f2")
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


def translated(columns: Sequence[Column], wording: Wording) -> list[Column]:
    """The columns with their titles in the document's language."""
    return [replace(column, title=wording.gettext(column.title)) for column in columns]


@dataclass
class Row:
    cells: Sequence[Sequence[Line]]
    heading: bool = False  # one cell across the table, kept with the row after it
    shaded: bool = False
    min_height: float = 0.0  # e.g. room to write remarks
    bookmark: str = ""  # a heading's entry in the PDF's outline (a city, a day)
    _lines: list[list[Line]] = field(default_factory=list)
    height: float = 0.0


class _Layout:
    """The rows of a table measured once for a width, shared by the parts it splits into."""

    def __init__(self, header: Row, rows: list[Row]) -> None:
        self.header = header
        self.rows = rows
        self.width: float | None = None
        self.tops: list[float] = []  # tops[i]: height of rows[:i]


class RowsTable(Flowable):
    """A table that splits between rows and repeats its column titles."""

    def __init__(
        self,
        typesetter: Typesetter,
        columns: Sequence[Column],
        rows: Sequence[Row],
        _layout: _Layout | None = None,
        _span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.typesetter = typesetter
        self.columns = list(columns)
        header = Row([[Line(c.title, 8, bold=True)] for c in columns], shaded=True)
        self._layout = _layout or _Layout(header, list(rows))
        self._start, self._end = _span or (0, len(self._layout.rows))

    @property
    def rows(self) -> list[Row]:
        return self._layout.rows[self._start : self._end]

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

    def _ensure_measured(self, width: float) -> _Layout:
        layout = self._layout
        if layout.width != width:
            widths = self._widths(width)
            self._measure(layout.header, widths)
            layout.tops = [0.0]
            for row in layout.rows:
                self._measure(row, widths)
                layout.tops.append(layout.tops[-1] + row.height)
            layout.width = width
        return layout

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        layout = self._ensure_measured(available_width)
        self.width = available_width
        self.height = layout.header.height + layout.tops[self._end] - layout.tops[self._start]
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        layout = self._ensure_measured(available_width)
        room = available_height - layout.header.height
        limit = layout.tops[self._start] + room
        cut = bisect.bisect_right(layout.tops, limit, self._start, self._end + 1) - 1
        if cut < self._end and layout.rows[cut].height > self._page_room(available_height):
            # A row taller than any page starts in the room left here and goes on overleaf.
            parts = self._split_row(cut, limit - layout.tops[cut])
            if parts:
                return parts
        while cut > self._start and layout.rows[cut - 1].heading:
            cut -= 1
        if cut <= self._start or cut >= self._end:
            return []
        return [self._part(self._start, cut), self._part(cut, self._end)]

    def _page_room(self, available_height: float) -> float:
        """The room for rows at the top of a page: ``available_height`` when the frame
        splitting this table (ReportLab sets ``_frame``) is already at its top."""
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop:
            height = available_height
        else:
            height = frame._height - frame._topPadding - frame._bottomPadding
        return height - self._layout.header.height

    def _split_row(self, index: int, room: float) -> list[Flowable]:
        """The rows before ``index`` and the lines of row ``index`` that fit ``room``,
        then the rest of that row and the rows after it."""
        layout = self._layout
        row = layout.rows[index]
        if row.heading:
            return []
        budget = room - 2 * PADDING - 1
        kept: list[list[Line]] = []
        for lines in row._lines:
            heights = itertools.accumulate(line.size * LEADING for line in lines)
            kept.append(
                [line for line, height in zip(lines, heights, strict=True) if height <= budget]
            )
        if not any(kept):
            return []
        rest = [lines[len(fitting) :] for lines, fitting in zip(row._lines, kept, strict=True)]
        first = Row(kept, shaded=row.shaded)
        second = Row(rest, shaded=row.shaded, min_height=row.min_height)
        before = [*layout.rows[self._start : index], first]
        after = [second, *layout.rows[index + 1 : self._end]]
        return [self._measured_part(before), self._measured_part(after)]

    def _measured_part(self, rows: list[Row]) -> RowsTable:
        """A table of ``rows``, measuring only those not measured yet."""
        layout = _Layout(self._layout.header, rows)
        widths = self._widths(self._layout.width or 0.0)
        for row in rows:
            if not row._lines:
                self._measure(row, widths)
        layout.width = self._layout.width
        layout.tops = [0.0, *itertools.accumulate(row.height for row in rows)]
        return RowsTable(self.typesetter, self.columns, (), layout)

    def _part(self, start: int, end: int) -> RowsTable:
        return RowsTable(self.typesetter, self.columns, (), self._layout, (start, end))

    def draw(self) -> None:
        canvas = self.canv
        widths = self._widths(self.width)
        y = self.height
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(colors.black)
        for row in [self._layout.header, *self.rows]:
            y -= row.height
            if row.bookmark:
                add_bookmark(canvas, row.bookmark, y + row.height)
            if row.shaded or row.heading:
                canvas.setFillColor(HEADING_FILL if row.heading else HEADER_FILL)
                canvas.rect(0, y, self.width, row.height, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
            x = 0.0
            cell_widths = [self.width] if row.heading else widths
            for index, (lines, width) in enumerate(zip(row._lines, cell_widths, strict=True)):
                self._draw_cell(lines, x, y + row.height, width)
                if (
                    not row.heading
                    and row is not self._layout.header
                    and self.columns[index].tick_box
                ):
                    side = min(12.0, row.height - 2 * PADDING)
                    canvas.rect(x + (width - side) / 2, y + row.height - PADDING - side, side,
                                side)  # fmt: skip
                x += width
            canvas.line(0, y, self.width, y)

    def _draw_cell(self, lines: Sequence[Line], x: float, top: float, width: float) -> None:
        """The lines from ``top`` down, the fill black before and after. The colour is
        set only where it changes: a list of 100,000 persons would set it twice a line."""
        canvas = self.canv
        y = top - PADDING
        colour = colors.black
        for line in lines:
            y -= line.size * LEADING
            wanted = GREY if line.grey else colors.black
            if wanted is not colour:
                canvas.setFillColor(wanted)
                colour = wanted
            self.typesetter.draw(canvas, x + PADDING, y + line.size * 0.3, line.text,
                                 line.size, line.bold)  # fmt: skip
        if colour is not colors.black:
            canvas.setFillColor(colors.black)
