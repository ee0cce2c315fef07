"""Name badges (several to a sheet with bleed and crop marks, or one per badge-sized page:
``badge_sheet``) and folded tent cards to stand on the table, with the name on both faces."""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.badge_sheet import (
    BLEED,
    SAFE_MARGIN,
    SINGLE_PAGE,
    SINGLE_TRIM,
    BadgeLayout,
    Trim,
    draw_crop_marks,
    set_single_page_boxes,
    sheet_trims,
)
from anmc_desktop.printing.fitting import Box, FitNotes, Fitted, short
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import in_japan
from anmc_desktop.printing.page import DRAWING, Paper
from anmc_desktop.printing.qr_code import draw_qr
from anmc_desktop.printing.typesetting import Typesetter, plain
from anmc_desktop.printing.wording import ENGLISH, Wording
from anmc_desktop.progress import Progress
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, PersonRecord
from anmc_desktop.records.seating import badge_payload
from anmc_desktop.text import other_name

QR_SIZE = 15 * mm  # the symbol and its quiet zone, on the badge's coloured band
BAND_HEIGHT = QR_SIZE + SAFE_MARGIN + 4 * mm  # inside the trim; it runs on into the bleed


ROLE_COLOURS: dict[PersonRole, str] = {
    PersonRole.HEAD: "#8b1e2d",
    PersonRole.MEMBER: "#1f3a68",
    PersonRole.ADVISER: "#1b6b5f",
    PersonRole.INTERPRETER: "#5b3b8c",
    PersonRole.STAFF: "#4d4d4d",
    PersonRole.PRESS: "#b5541c",
}


@dataclass(frozen=True)
class Attendee:
    person: PersonRecord
    city_name: str
    city_local_name: str
    city_country: str = ""

    @property
    def name(self) -> str:
        return plain(self.person.latin_name or self.person.native_name)

    @property
    def label(self) -> str:
        """The person as the pre-print check names them."""
        return f"{short(self.city_name)}: {short(self.name)}"

    @property
    def native_name(self) -> str:
        native = plain(self.person.native_name)
        return native if native != self.name else ""


def attendees(delegations: Sequence[DelegationDetail]) -> list[Attendee]:
    """Everyone named, by city name, heads first; placeholders get no badge or card."""
    ordered = sorted(delegations, key=lambda d: d.summary.city_name.casefold())
    return [
        Attendee(person, d.summary.city_name, d.summary.city_local_name, d.summary.city_country)
        for d in ordered
        for person in d.persons
        if not person.is_placeholder
    ]


def attendee_fields(people: Sequence[Attendee]) -> list[tuple[str, str]]:
    fields = []
    for a in people:
        who = a.label
        fields += [
            (f"{who}: name", a.name),
            (f"{who}: native name", a.native_name),
            (f"{who}: position", a.person.position),
            (f"{who}: city", a.city_name),
            (f"{who}: local city name", a.city_local_name),
        ]
    return fields


def checked_typesetter(
    meeting: MeetingRecord,
    people: Sequence[Attendee],
    fonts: FontSet | None,
    wording: Wording = ENGLISH,
) -> Typesetter:
    fonts = fonts or FontSet(Face.SANS)
    fonts.read_as_japanese(
        text
        for a in people
        if in_japan(a.city_country)
        for text in (a.person.native_name, a.city_local_name)
        if text
    )
    bands = {wording.label(a.person.role).upper() for a in people}
    fields = [
        *attendee_fields(people),
        ("Meeting: title", meeting.title),
        *(("Role band", band) for band in sorted(bands)),
    ]
    fonts.check(fields)
    fonts.check(fields, bold=True)
    return Typesetter(fonts)


def _new_canvas(buffer: io.BytesIO, size: tuple[float, float], setter: Typesetter,
                title: str, subject: str, language: str) -> Canvas:  # fmt: skip
    canvas = Canvas(buffer, pagesize=size, initialFontName=setter.fonts.base_font(),
                    lang=language)  # fmt: skip
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("ANMC Desktop")
    return canvas


@collector_paused(leaves_cycles=True)
def render_badges(
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    layout: BadgeLayout = BadgeLayout.SHEET,
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    notes: FitNotes | None = None,
    person_ids: Collection[int] = (),
    progress: Progress | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """``notes`` collects each field that had to be shrunk or cut; ``person_ids``, if
    any, reprints the badges of those persons only; ``progress`` hears of each sheet (and
    may cancel); the role bands are in the document's language (``wording``)."""
    notes = FitNotes() if notes is None else notes
    progress = progress or Progress()
    people = attendees(delegations)
    if person_ids:
        people = [a for a in people if a.person.id in person_ids]
    setter = checked_typesetter(meeting, people, fonts, wording)
    buffer = io.BytesIO()
    single = layout is BadgeLayout.SINGLE
    size = SINGLE_PAGE if single else paper.size
    canvas = _new_canvas(
        buffer, size, setter, wording.gettext("Badges: {title}").format(title=meeting.title),
        wording.gettext("Name badges for everyone at {title}").format(title=meeting.title),
        wording.language,
    )  # fmt: skip
    trims = [SINGLE_TRIM] if single else sheet_trims(size)
    if single:
        set_single_page_boxes(canvas)
    for start in range(0, max(len(people), 1), len(trims)):
        progress.step(DRAWING, start, len(people))
        for attendee, trim in zip(people[start : start + len(trims)], trims, strict=False):
            if not single:
                draw_crop_marks(canvas, trim)
            canvas.saveState()
            canvas.translate(trim.x, trim.y)
            _badge(canvas, setter, meeting, attendee, trim, notes, wording)
            canvas.restoreState()
        canvas.showPage()
    progress.step(DRAWING, len(people), len(people))
    canvas.save()
    return buffer.getvalue()


def qr_origin(trim: Trim) -> tuple[float, float]:
    """The lower left corner of a badge's QR code (its quiet zone), from the trim's."""
    return trim.width - SAFE_MARGIN - QR_SIZE, SAFE_MARGIN


def _badge(canvas: Canvas, setter: Typesetter, meeting: MeetingRecord, attendee: Attendee,
           trim: Trim, notes: FitNotes, wording: Wording) -> None:  # fmt: skip
    """One badge, drawn from the lower left corner of its trim: every text at least
    SAFE_MARGIN inside the trim, the role band running on BLEED beyond it."""
    width, height = trim.width, trim.height
    inner = width - 2 * SAFE_MARGIN
    centre = width / 2
    who = attendee.label
    canvas.setFillGray(0.35)
    title = notes.fitted(setter, "Meeting: title", meeting.title, Box(inner, 1, 8, 6))
    _draw_lines(canvas, setter, centre, height - SAFE_MARGIN - 8, title)
    canvas.setFillGray(0)
    name = notes.fitted(setter, f"{who}: name", attendee.name, Box(inner, 3, 26, 14, bold=True))
    y = _draw_lines(canvas, setter, centre, height * 0.64, name, bold=True) - 4
    if attendee.native_name:
        native = notes.fitted(setter, f"{who}: native name", attendee.native_name,
                              Box(inner, 2, 18, 10))  # fmt: skip
        y = _draw_lines(canvas, setter, centre, y, native)
    y -= 3 * mm
    if attendee.person.position:
        position = notes.fitted(setter, f"{who}: position", attendee.person.position,
                                Box(inner, 3, 9, 9))  # fmt: skip
        _draw_lines(canvas, setter, centre, y, position)
    city = attendee.city_name
    if local := other_name(city, attendee.city_local_name):
        city = f"{city}  {local}"
    fitted_city = notes.fitted(setter, f"{who}: city", city, Box(inner, 1, 13, 8, bold=True))
    _draw_lines(canvas, setter, centre, BAND_HEIGHT + 4 * mm, fitted_city, bold=True)
    _role_band(canvas, setter, attendee, trim, notes, wording)


def _role_band(canvas: Canvas, setter: Typesetter, attendee: Attendee, trim: Trim,
               notes: FitNotes, wording: Wording) -> None:  # fmt: skip
    """The band of the role's colour across the foot, into the bleed on three sides, the
    role named on it (beside the QR code, if the person has one)."""
    canvas.setFillColor(colors.HexColor(ROLE_COLOURS[attendee.person.role]))
    canvas.rect(-BLEED, -BLEED, trim.width + 2 * BLEED, BAND_HEIGHT + BLEED, stroke=0, fill=1)
    qr_x, qr_y = qr_origin(trim)
    right = qr_x - 2 * mm if attendee.person.uuid else trim.width - SAFE_MARGIN
    role = notes.fitted(setter, f"{attendee.label}: role",
                        wording.label(attendee.person.role).upper(),
                        Box(right - SAFE_MARGIN, 1, 11, 7, bold=True))  # fmt: skip
    canvas.setFillColor(colors.white)
    _draw_lines(canvas, setter, (SAFE_MARGIN + right) / 2, BAND_HEIGHT / 2 - 4, role, bold=True)
    canvas.setFillColor(colors.black)
    if attendee.person.uuid:
        draw_qr(canvas, qr_x, qr_y, QR_SIZE, badge_payload(attendee.person.uuid))


def _draw_lines(canvas: Canvas, setter: Typesetter, centre: float, y: float, fitted: Fitted,
                bold: bool = False) -> float:  # fmt: skip
    """Draw the lines centred from baseline ``y`` down; returns the baseline after them."""
    for line in fitted.lines:
        setter.draw(canvas, centre, y, line, fitted.size, bold=bold, align="centre")
        y -= fitted.size * 1.2
    return y


@collector_paused(leaves_cycles=True)
def render_place_cards(
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    notes: FitNotes | None = None,
    people: Sequence[Attendee] | None = None,
    progress: Progress | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """One folded tent card per person: the sheet is folded along its middle, the top half
    printed upside down so both faces read right way up across the table. ``notes``
    collects each field that had to be shrunk or cut; ``people`` gives another order
    than by city (the seating plan's); ``progress`` hears of each card; ``wording``: the
    document language of the file's title (the cards print names and cities only)."""
    notes = FitNotes() if notes is None else notes
    progress = progress or Progress()
    people = attendees(delegations) if people is None else people
    setter = checked_typesetter(meeting, people, fonts)
    buffer = io.BytesIO()
    width, height = paper.landscape
    canvas = _new_canvas(
        buffer, (width, height), setter,
        wording.gettext("Place cards: {title}").format(title=meeting.title),
        wording.gettext("Tent cards for the tables of {title}").format(title=meeting.title),
        wording.language,
    )  # fmt: skip
    for done, attendee in enumerate(people):
        progress.step(DRAWING, done, len(people))
        start = len(canvas._code)
        _card_face(canvas, setter, attendee, width, height / 2, notes)
        face = canvas._code[start:]
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        # The same face again, upside down: its operators, not fitted and shaped twice.
        canvas._code.extend(face)
        canvas.restoreState()
        canvas.setLineWidth(0.3)
        canvas.setDash(3, 3)
        canvas.setStrokeGray(0.6)
        canvas.line(0, height / 2, width, height / 2)
        canvas.showPage()
    if not people:
        canvas.showPage()
    progress.step(DRAWING, len(people), len(people))
    canvas.save()
    return buffer.getvalue()


def _card_face(canvas: Canvas, setter: Typesetter, attendee: Attendee, width: float,
               height: float, notes: FitNotes) -> None:  # fmt: skip
    inner = width - 30 * mm
    centre = width / 2
    who = attendee.label
    name = notes.fitted(setter, f"{who}: name", attendee.name, Box(inner, 2, 60, 24, bold=True))
    y = _draw_lines(canvas, setter, centre, height * 0.55, name, bold=True)
    if attendee.native_name:
        native = notes.fitted(setter, f"{who}: native name", attendee.native_name,
                              Box(inner, 1, 30, 14))  # fmt: skip
        y += name.size * 0.85 - native.size * 1.2
        _draw_lines(canvas, setter, centre, y, native)
    canvas.setFillGray(0.3)
    city = notes.fitted(
        setter, f"{who}: city", attendee.city_name, Box(inner, 1, 18, 10, bold=True)
    )
    _draw_lines(canvas, setter, centre, 22 * mm, city, bold=True)
    canvas.setFillGray(0)
