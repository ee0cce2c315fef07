"""What every page of the declaration carries besides its text: the footer ("page n of
N", the optional initials box), the heading of pages that continue the signature blocks,
and on a draft the DRAFT mark with the date and time of printing."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from anmc_desktop.printing.page import (
    FOOTER_SIZE,
    INITIALS_BOX,
    MARGIN,
    Footer,
    PageState,
    draw_footer_text,
    page_of,
)
from anmc_desktop.printing.signing_pages import continuation_heading
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, Wording

_STAMP_SIZE = 13.0


def draft_line(printed_at: dt.datetime, wording: Wording = ENGLISH) -> str:
    return wording.gettext("DRAFT printed on {date} at {time}").format(
        date=wording.date(printed_at.date()), time=f"{printed_at:%H:%M}"
    )


def declaration_footer(
    setter: Typesetter,
    title: str,
    initials_box: bool,
    draft_printed_at: dt.datetime | None,
    wording: Wording = ENGLISH,
) -> Footer:
    """``draft_printed_at``: when a draft is printed (None for the final text); the
    footer's words in the document language (``wording``)."""

    def draw(canvas: Canvas, state: PageState, width: float, height: float) -> None:
        if draft_printed_at is not None:
            _draft_mark(setter, canvas, width, height, draft_printed_at, wording)
        y = MARGIN - 4 * mm
        canvas.setFillGray(0.35)
        room = width / 2 - MARGIN - 20 * mm  # the page number is centred
        draw_footer_text(canvas, setter, MARGIN, y, state.group or title, room)
        page = page_of(state, wording)
        setter.draw(canvas, width / 2, y, page, FOOTER_SIZE, align="centre")
        canvas.setFillGray(0)
        continuation_heading(setter, canvas, state, (width, height), title, wording)
        if initials_box:
            canvas.setLineWidth(0.5)
            box_x = width - MARGIN - INITIALS_BOX
            canvas.rect(box_x, y - 3 * mm, INITIALS_BOX, INITIALS_BOX * 0.7)
            initials = wording.gettext("Initials")
            setter.draw(canvas, box_x - 2 * mm, y, initials, FOOTER_SIZE, align="right")

    return draw


def _draft_mark(
    setter: Typesetter,
    canvas: Canvas,
    width: float,
    height: float,
    printed_at: dt.datetime,
    wording: Wording,
) -> None:
    """A red DRAFT stamp in the top margin, and when it was printed at the foot.

    Both stand in the margins, never over the text, so that text read back from the PDF
    (a search, a copy) is the declaration's own."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.75, 0.1, 0.1)
    canvas.setFillColorRGB(0.75, 0.1, 0.1)
    draft = wording.gettext("DRAFT")
    stamp_width = setter.width(draft, _STAMP_SIZE, bold=True) + 4 * mm
    x, y = width - MARGIN - stamp_width, height - MARGIN + 2 * mm
    canvas.setLineWidth(1.2)
    canvas.rect(x, y, stamp_width, _STAMP_SIZE + 2 * mm)
    setter.draw(canvas, x + 2 * mm, y + 1.6 * mm, draft, _STAMP_SIZE, bold=True)
    line = draft_line(printed_at, wording)
    setter.draw(canvas, MARGIN, MARGIN - 9 * mm, line, FOOTER_SIZE, True)
    canvas.restoreState()
