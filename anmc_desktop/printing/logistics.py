"""The logistics lists printed: one table, a heading row per group (a day, a hotel, a city,
a car), landscape so that names, flights and needs have room."""

from __future__ import annotations

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, Wording
from anmc_desktop.records.logistics import LogisticsKind, LogisticsTable
from anmc_desktop.records.meetings import MeetingRecord


def _texts(table: LogisticsTable) -> list[tuple[str, str]]:
    """Every text the list prints, labelled for the font coverage check."""
    fields = [(f"{table.group_title}: {group.heading}", group.heading) for group in table.groups]
    for group in table.groups:
        for row in group.rows:
            fields += [(f"{group.heading}: {header or 'row'}", text)
                       for header, text in zip(table.headers, row, strict=True)]  # fmt: skip
    return fields


def _persons(number: int, wording: Wording) -> str:
    text = wording.ngettext("{count} person", "{count} persons", number)
    return text.format(count=wording.number(number))


def _groups(kind: LogisticsKind, number: int, wording: Wording) -> str:
    """ "3 days", "2 hotels": how many groups the list has, named by what they are."""
    if kind is LogisticsKind.ARRIVALS:
        text = wording.ngettext("{count} day", "{count} days", number)
    elif kind is LogisticsKind.ROOMING:
        text = wording.ngettext("{count} hotel", "{count} hotels", number)
    elif kind is LogisticsKind.DIETARY:
        text = wording.ngettext("{count} city", "{count} cities", number)
    else:
        text = wording.ngettext("{count} car or bus", "{count} cars or buses", number)
    return text.format(count=wording.number(number))


@collector_paused(leaves_cycles=True)
def render_logistics_list(
    meeting: MeetingRecord,
    table: LogisticsTable,
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """``table`` built with the same ``wording`` (``logistics_table(kind, delegations,
    wording)``), whose document language the title, counts and dates print in."""
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
        heading = f"{group.heading}  ·  {_persons(len(group.rows), wording)}"
        rows.append(Row([[Line(heading, 10, bold=True)]], heading=True))
        rows += [Row([[Line(text)] for text in row]) for row in group.rows]
    title = wording.gettext(table.kind.label)
    rows_text = wording.ngettext("{count} row", "{count} rows", table.row_count)
    full_title = wording.gettext("{list}: {title}").format(list=title, title=meeting.title)
    story = [
        *document_heading(
            setter,
            title,
            f"{meeting.title}, {wording.meeting_dates(meeting.first_day, meeting.last_day)}",
            wording.gettext("{groups}, {rows}").format(
                groups=_groups(table.kind, len(table.groups), wording),
                rows=rows_text.format(count=wording.number(table.row_count)),
            ),
            table.summary,
        ),
        RowsTable(setter, columns, rows),
    ]
    return build_pdf(
        story,
        paper,
        standard_footer(setter, full_title, wording),
        title=full_title,
        base_font=fonts.base_font(),
        subject=full_title,
        landscape=True,
        language=wording.language,
    )
