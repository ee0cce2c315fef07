"""The programme: day by day, with times, rooms, kinds, titles, moderators and speakers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable, translated
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, N_, Wording
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.meetings import MeetingRecord

COLUMNS = (
    Column(N_("Time"), 1.5),
    Column(N_("Room"), 1.3),
    Column(N_("Item"), 4.0),
    Column(N_("Moderator"), 1.6),
    Column(N_("Speakers"), 2.0),
)


def item_fields(items: Sequence[AgendaItemRecord]) -> list[tuple[str, str]]:
    fields = []
    for item in items:
        what = f"Agenda item at {item.starts_at:%d %b %H:%M}"
        fields += [
            (f"{what}: title", item.title),
            (f"{what}: description", item.description),
            (f"{what}: room", item.room),
            (f"{what}: moderator", item.moderator_name or ""),
        ]
        fields += [(f"{what}: speaker", name) for name in item.speaker_names]
    return fields


def _time_lines(item: AgendaItemRecord, wording: Wording) -> list[Line]:
    """ "10:00–12:00"; an item over several days, on each of them, with its dates."""
    if not item.spans_days:
        return [Line(f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}", bold=True)]
    return [
        Line(f"{wording.moment(item.starts_at)} –", bold=True),
        Line(wording.moment(item.ends_at)),
    ]


def programme_days(items: Sequence[AgendaItemRecord]) -> dict[dt.date, list[AgendaItemRecord]]:
    """Each day's items in time order; an item that began earlier comes first."""
    by_day: dict[dt.date, list[AgendaItemRecord]] = defaultdict(list)
    for item in items:
        for day in item.days:
            by_day[day].append(item)
    for day, day_items in by_day.items():
        day_start = dt.datetime.combine(day, dt.time(0))
        day_items.sort(key=lambda i: (max(i.starts_at, day_start), i.ends_at))
    return dict(sorted(by_day.items()))


def programme_row(item: AgendaItemRecord, wording: Wording = ENGLISH) -> Row:
    kind = wording.label(item.kind).upper()
    item_lines = [Line(kind, 7, grey=True), Line(item.title, 9.5, bold=True)]
    if item.description:
        item_lines.append(Line(item.description, 8.5, grey=True))
    return Row(
        [
            _time_lines(item, wording),
            [Line(item.room)],
            item_lines,
            [Line(item.moderator_name or "")],
            [Line(name) for name in item.speaker_names],
        ]
    )


def programme_rows(items: Sequence[AgendaItemRecord], wording: Wording = ENGLISH) -> list[Row]:
    """A heading row for each day, then the day's items."""
    rows: list[Row] = []
    for day, day_items in programme_days(items).items():
        heading = day_title(day, wording)
        rows.append(Row([[Line(heading, 10.5, bold=True)]], heading=True, bookmark=heading))
        rows += [programme_row(item, wording) for item in day_items]
    return rows


def when_and_where(meeting: MeetingRecord, wording: Wording = ENGLISH) -> str:
    """Like "4-6 September 2014, Tomsk, Tomsk Region Administration"."""
    venue = f", {meeting.venue}" if meeting.venue else ""
    dates = wording.meeting_dates(meeting.first_day, meeting.last_day)
    return f"{dates}, {meeting.host_city_name}{venue}"


def day_title(day: dt.date, wording: Wording = ENGLISH) -> str:
    return wording.long_day(day)


@collector_paused(leaves_cycles=True)
def render_programme(
    meeting: MeetingRecord,
    items: Sequence[AgendaItemRecord],
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    fields = item_fields(items)
    fonts.check([*fields, ("Meeting: title", meeting.title), ("Meeting: venue", meeting.venue)])
    fonts.check(fields, bold=True)
    setter = Typesetter(fonts)
    title = wording.gettext("Programme: {title}").format(title=meeting.title)
    story = [
        *document_heading(
            setter,
            title,
            when_and_where(meeting, wording),
            meeting.theme,
        ),
        RowsTable(setter, translated(COLUMNS, wording), programme_rows(items, wording)),
    ]
    return build_pdf(
        story,
        paper,
        standard_footer(setter, title, wording),
        title=title,
        base_font=fonts.base_font(),
        subject=wording.gettext("The programme of {title}").format(title=meeting.title),
    )
