"""A badge as a print piece: its trim (the size after cutting), the bleed around it that
the role band runs into so that no white sliver shows after an imprecise cut, and where
the badges stand on a page.

On a sheet the badges stand apart, with gutters wide enough for each badge's bleed and
its crop marks; the marks, at the corners of each trim, begin beyond the bleed. One
badge per page is a badge-sized page whose MediaBox (and /BleedBox) is the bleed and whose
/TrimBox is the trim, as a print shop expects it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

BADGE_WIDTH = 85 * mm
BADGE_HEIGHT = 120 * mm
BLEED = 3 * mm
SAFE_MARGIN = 5 * mm  # text and the QR code keep this far inside the trim
MARK_OFFSET = BLEED + 1 * mm  # a crop mark begins this far outside the trim
MARK_LENGTH = 3 * mm
MARK_WIDTH = 0.25  # points: a hairline
GUTTER = 2 * (MARK_OFFSET + MARK_LENGTH)  # between two badges: both badges' marks
# Between the outermost trim and the paper's edge: the marks and the few millimetres an
# office printer cannot print on.
SHEET_MARGIN = MARK_OFFSET + MARK_LENGTH + 5 * mm


class BadgeLayout(enum.StrEnum):
    SHEET = "sheet"  # as many as fit a sheet of the paper, with crop marks
    SINGLE = "single"  # one per badge-sized page, the bleed included


@dataclass(frozen=True)
class Trim:
    """Where a badge is cut, in points of its page: the lower left corner and the size."""

    x: float
    y: float
    width: float = BADGE_WIDTH
    height: float = BADGE_HEIGHT

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.x, self.y, self.x + self.width, self.y + self.height


SINGLE_PAGE = (BADGE_WIDTH + 2 * BLEED, BADGE_HEIGHT + 2 * BLEED)
SINGLE_TRIM = Trim(BLEED, BLEED)


def _fitting(extent: float, badge: float) -> int:
    room = extent - 2 * SHEET_MARGIN + GUTTER
    return max(1, math.floor(room / (badge + GUTTER) + 1e-6))


def sheet_trims(page: tuple[float, float]) -> list[Trim]:
    """The badges of one sheet, centred on it, row by row from the top left."""
    width, height = page
    columns, rows = _fitting(width, BADGE_WIDTH), _fitting(height, BADGE_HEIGHT)
    left = (width - columns * BADGE_WIDTH - (columns - 1) * GUTTER) / 2
    bottom = (height - rows * BADGE_HEIGHT - (rows - 1) * GUTTER) / 2
    return [
        Trim(left + column * (BADGE_WIDTH + GUTTER), bottom + row * (BADGE_HEIGHT + GUTTER))
        for row in reversed(range(rows))
        for column in range(columns)
    ]


def set_single_page_boxes(canvas: Canvas) -> None:
    """The page is the bleed; the trim lies the bleed inside it (for this and later pages)."""
    canvas.setBleedBox([0, 0, *SINGLE_PAGE])
    canvas.setTrimBox(list(SINGLE_TRIM.box))


def draw_crop_marks(canvas: Canvas, trim: Trim) -> None:
    """At each corner of the trim, two short hairlines along its edges, outside the bleed."""
    left, bottom, right, top = trim.box
    near, far = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
    canvas.saveState()
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setStrokeGray(0)
    for x, outward in ((left, -1), (right, 1)):
        for y, upward in ((bottom, -1), (top, 1)):
            canvas.line(x + outward * near, y, x + outward * far, y)
            canvas.line(x, y + upward * near, x, y + upward * far)
    canvas.restoreState()
