"""The logistics lists printed: one table, a heading row per group (a day, a hotel, a city,
a car), landscape so that names, flights and needs have room."""

from __future__ import annotations

from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    meeting_dates,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.records.logistics import LogisticsTable
from anmc_desktop.records.meetings import MeetingRecord


def _texts(table: LogisticsTable) -> list[tuple[str, str]]:
    """Every text the list prints, labelled for the font coverage check."""
    fields = [(f"{table.group_title}: {group.heading}", group.heading) for group in table.groups]
    for group in table.groups:
        for row in group.rows:
            fields += [(f"{group.heading}: {header or 'row'}", text)
                       for header, text in zip(table.headers, row, strict=True)]  # fmt: skip
    return fields


def _count(number: int) -> str:
    return "1 person" if number == 1 else f"{number} persons"


def render_logistics_list(
    meeting: MeetingRecord,
    table: LogisticsTable,
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    texts = _texts(table)
    fonts.check([*texts, ("Meeting: title", meeting.title), ("Summary", table.summary)])
    fonts.check([(label, text) for label, text in texts if label.startswith(table.group_title)],
                bold=True)  # fmt: skip
    setter = Typesetter(fonts)
    columns = [Column(header, weight) for header, weight in zip(table.headers, table.weights,
                                                                 strict=True)]  # fmt: skip
    rows: list[Row] = []
    for group in table.groups:
        heading = f"{group.heading}  ·  {_count(len(group.rows))}"
        rows.append(Row([[Line(heading, 10, bold=True)]], heading=True))
        rows += [Row([[Line(text)] for text in row]) for row in group.rows]
    title = table.kind.label
    story = [
        *document_heading(
            setter,
            title,
            f"{meeting.title}, {meeting_dates(meeting.first_day, meeting.last_day)}",
            f"{len(table.groups)} groups by {table.group_title.lower()}, {table.row_count} rows",
            table.summary,
        ),
        RowsTable(setter, columns, rows),
    ]
    return build_pdf(
        story,
        paper,
        standard_footer(setter, f"{title}: {meeting.title}"),
        title=f"{title}: {meeting.title}",
        base_font=fonts.base_font(),
        subject=f"{title} of {meeting.title}",
        landscape=True,
    )
