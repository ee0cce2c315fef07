"""The seating plan of the plenary hall, on one landscape page (A3 or A4): each place
with its city in English and in its own script and the head of delegation, the seats
behind it for the others and the interpreters, the chair's place marked."""

from __future__ import annotations

import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.badges import Attendee, checked_typesetter
from anmc_desktop.printing.fitting import Box, FitNotes
from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.page import MARGIN
from anmc_desktop.printing.seating_geometry import (
    PLACE_BOX,
    PLACE_WIDTH,
    ROWS_BEHIND,
    SEAT_BOX,
    SEAT_DEPTH,
    SEATS_PER_ROW,
    Spot,
    first_row,
    seat_behind,
    spots,
)
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, N_, Wording
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.records.seating import SeatingPlanRecord, TablePlace
from anmc_desktop.text import other_name


class PlanPaper(enum.StrEnum):
    """The plan is a wall sheet: A3, or A4 for a small hall; always landscape."""

    A3 = "a3"
    A4 = "a4"

    @property
    def landscape(self) -> tuple[float, float]:
        return landscape(A3 if self is PlanPaper.A3 else A4)


CHAIR_FILL = "#f3e2c7"
PLACE_FILL = "#e6edf7"
INTERPRETER_FILL = "#e9e1f4"
BEHIND_FILL = "#f2f2f2"
TITLE_ROOM = 22 * mm
LEGEND_ROOM = 10 * mm


@dataclass(frozen=True)
class _Frame:
    """From metres of the hall to points of the page."""

    scale: float
    x0: float
    y0: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.scale, self.y0 + y * self.scale


def seated_attendees(plan: SeatingPlanRecord, named_only: bool = True) -> list[Attendee]:
    """Everyone with a seat, place by place: the head first, then the interpreters and
    the others behind (placeholders too unless ``named_only``)."""
    return [
        Attendee(person, place.city_name, place.city_local_name, place.city_country)
        for place in plan.places
        for person in _seated(place)
        if not (named_only and person.is_placeholder)
    ]


def _seated(place: TablePlace) -> list[PersonRecord]:
    head = [place.head] if place.head else []
    return [*head, *place.interpreters, *place.behind]


@collector_paused(leaves_cycles=True)
def render_seating_plan(
    meeting: MeetingRecord,
    plan: SeatingPlanRecord,
    paper: PlanPaper = PlanPaper.A3,
    fonts: FontSet | None = None,
    notes: FitNotes | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """``notes`` collects each name that had to be shrunk or cut to fit its seat; the
    title, the legend and what a seat says are in the document language (``wording``)."""
    notes = FitNotes() if notes is None else notes
    setter = checked_typesetter(meeting, seated_attendees(plan, named_only=False), fonts)
    title = wording.gettext("Seating plan: {title}").format(title=meeting.title)
    arrangement = _arrangement(plan, wording)
    legend = [(fill, wording.gettext(text)) for fill, text in LEGEND]
    fixed = [("Seating plan: title", title), ("Seating plan: arrangement", arrangement)]
    setter.fonts.check([*fixed, *(("Seating plan: legend", text) for _, text in legend)])
    setter.fonts.check(fixed, bold=True)
    width, height = paper.landscape
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=setter.fonts.base_font(),
                    lang=wording.language)  # fmt: skip
    canvas.setTitle(title)
    canvas.setSubject(
        wording.gettext("The plenary hall of {title}, {layout}").format(
            title=meeting.title, layout=wording.label(plan.layout).lower()
        )
    )
    canvas.setCreator("ANMC Desktop")
    _heading(canvas, setter, title, arrangement, width, height)
    places = list(plan.places)
    where = spots(plan.layout, len(places))
    frame = _frame(places, where, width, height)
    for place, spot in zip(places, where, strict=True):
        _place(canvas, setter, frame, place, spot, notes, wording)
    _legend(canvas, setter, legend)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _arrangement(plan: SeatingPlanRecord, wording: Wording) -> str:
    """ "Round table: 12 places, protocol order (host at the head (chairs))"."""
    if plan.arranged_by_hand:
        how = wording.gettext("arranged by hand")
    else:
        how = wording.gettext("protocol order ({rule})").format(
            rule=wording.label(plan.host_place).lower()
        )
    count = len(plan.places)
    text = wording.ngettext("{layout}: {count} place, {how}", "{layout}: {count} places, {how}",
                            count)  # fmt: skip
    return text.format(layout=wording.label(plan.layout), count=wording.number(count), how=how)


def _heading(canvas: Canvas, setter: Typesetter, title: str, arrangement: str, width: float,
             height: float) -> None:  # fmt: skip
    fitted = FitNotes().fitted(setter, "title", title,
                               Box(width - 2 * MARGIN, 1, 16, 9, bold=True))  # fmt: skip
    setter.draw(canvas, MARGIN, height - MARGIN, fitted.lines[0], fitted.size, bold=True)
    canvas.setFillGray(0.35)
    setter.draw(canvas, MARGIN, height - MARGIN - 6 * mm, arrangement, 9)
    canvas.setFillGray(0)


def _rows_behind(place: TablePlace) -> int:
    seats = min(len(place.interpreters) + len(place.behind), SEATS_PER_ROW * ROWS_BEHIND)
    return -(-seats // SEATS_PER_ROW)


def _frame(places: Sequence[TablePlace], where: Sequence[Spot], width: float,
           height: float) -> _Frame:  # fmt: skip
    """The largest scale at which every place, its table and the seats behind it fit."""
    points = [
        point
        for place, spot in zip(places, where, strict=True)
        for point in (spot.behind(-1.2), spot.behind(first_row(spot) + _rows_behind(place) - 0.4))
    ]
    xs, ys = [x for x, _ in points] or [0.0], [y for _, y in points] or [0.0]
    low_x, high_x = min(xs) - PLACE_WIDTH * 0.6, max(xs) + PLACE_WIDTH * 0.6
    low_y, high_y = min(ys) - SEAT_DEPTH * 0.7, max(ys) + SEAT_DEPTH * 0.7
    room_w = width - 2 * MARGIN
    room_h = height - 2 * MARGIN - TITLE_ROOM - LEGEND_ROOM
    scale = min(room_w / (high_x - low_x), room_h / (high_y - low_y))
    x0 = MARGIN + (room_w - (high_x - low_x) * scale) / 2 - low_x * scale
    y0 = MARGIN + LEGEND_ROOM + (room_h - (high_y - low_y) * scale) / 2 - low_y * scale
    return _Frame(scale, x0, y0)


def _place(canvas: Canvas, setter: Typesetter, frame: _Frame, place: TablePlace, spot: Spot,
           notes: FitNotes, wording: Wording) -> None:  # fmt: skip
    box_w, box_h = PLACE_BOX[0] * frame.scale, PLACE_BOX[1] * frame.scale
    x, y = frame.point(spot.x, spot.y)
    _table_edge(canvas, frame, spot)
    fill = CHAIR_FILL if place.is_chair else PLACE_FILL
    _box(canvas, x, y, box_w, box_h, fill)
    size = max(2.5, min(11.0, box_h / 4.2))
    inner = box_w * 0.92
    who = place.city_name
    lines: list[tuple[str, str, bool]] = [("city", place.city_name, True)]
    if local := other_name(place.city_name, place.city_local_name):
        lines.append(("local city name", local, False))
    head = wording.name(place.head.name, place.head.is_placeholder) if place.head else ""
    if place.is_chair:
        head = wording.gettext("{name} (chair)").format(name=head) if head else \
            wording.gettext("chair")  # fmt: skip
    lines.append(("head of delegation", head, False))
    top = y + box_h / 2 - size * 1.05
    for label, text, bold in lines:
        if not text:
            continue
        fitted = notes.fitted(setter, f"Seating plan: {who}: {label}", text,
                              Box(inner, 1, size, min(size, 2.0), bold=bold))  # fmt: skip
        setter.draw(canvas, x, top, fitted.lines[0], fitted.size, bold=bold, align="centre")
        top -= size * 1.25
    _behind(canvas, setter, frame, place, spot, notes, wording)


def _table_edge(canvas: Canvas, frame: _Frame, spot: Spot) -> None:
    """A stretch of table in front of the place (towards the hall's middle)."""
    cx, cy = spot.x - spot.behind_x * SEAT_DEPTH * 0.85, spot.y - spot.behind_y * SEAT_DEPTH * 0.85
    half = PLACE_WIDTH * 0.5
    ax, ay = cx - spot.behind_y * half, cy + spot.behind_x * half
    bx, by = cx + spot.behind_y * half, cy - spot.behind_x * half
    canvas.setLineWidth(max(0.5, 0.05 * frame.scale))
    canvas.setStrokeColor(colors.HexColor("#b8a888"))
    canvas.line(*frame.point(ax, ay), *frame.point(bx, by))
    canvas.setStrokeColor(colors.black)


def _behind(canvas: Canvas, setter: Typesetter, frame: _Frame, place: TablePlace, spot: Spot,
            notes: FitNotes, wording: Wording) -> None:  # fmt: skip
    """The interpreters right behind the head, then the others, two seats a row; a seat
    that would not fit says how many more there are."""
    seats = [(p, True) for p in place.interpreters] + [(p, False) for p in place.behind]
    capacity = SEATS_PER_ROW * ROWS_BEHIND
    if len(seats) > capacity:
        shown, more = seats[: capacity - 1], len(seats) - capacity + 1
    else:
        shown, more = seats, 0
    seat_w, seat_h = SEAT_BOX[0] * frame.scale, SEAT_BOX[1] * frame.scale
    size = max(2.0, min(7.0, seat_h / 2.6))
    texts = [(wording.name(p.name, p.is_placeholder), interpreter) for p, interpreter in shown]
    if more:
        texts.append((wording.gettext("+{count} more").format(count=more), False))
    for index, (text, interpreter) in enumerate(texts):
        x, y = frame.point(*seat_behind(spot, index))
        _box(canvas, x, y, seat_w, seat_h, INTERPRETER_FILL if interpreter else BEHIND_FILL)
        label = f"{place.city_name}: {'interpreter' if interpreter else 'seat behind'}"
        fitted = notes.fitted(setter, f"Seating plan: {label}", text,
                              Box(seat_w * 0.9, 1, size, min(size, 2.0)))  # fmt: skip
        setter.draw(canvas, x, y - fitted.size / 3, fitted.lines[0], fitted.size, align="centre")


def _box(canvas: Canvas, x: float, y: float, w: float, h: float, fill: str) -> None:
    canvas.setFillColor(colors.HexColor(fill))
    canvas.setStrokeGray(0.45)
    canvas.setLineWidth(0.4)
    canvas.rect(x - w / 2, y - h / 2, w, h, stroke=1, fill=1)
    canvas.setFillColor(colors.black)


LEGEND = (
    (CHAIR_FILL, N_("chair")),
    (PLACE_FILL, N_("head of delegation")),
    (INTERPRETER_FILL, N_("interpreter")),
    (BEHIND_FILL, N_("seat behind")),
)


def _legend(canvas: Canvas, setter: Typesetter, legend: Sequence[tuple[str, str]]) -> None:
    x = MARGIN
    for fill, text in legend:
        _box(canvas, x + 3 * mm, MARGIN + 1.5 * mm, 6 * mm, 3 * mm, fill)
        x += 8 * mm + setter.draw(canvas, x + 8 * mm, MARGIN, text, 8) + 6 * mm
