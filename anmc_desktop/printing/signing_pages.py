"""Signing pages by treaty practice: no page of signatures can be taken from its text.

The first signature blocks always share a page with the last lines of the text and the
testimonium: when they do not fit under the text, the text's last clause moves down with
them rather than leaving blocks alone on a page. That page takes as many rows of blocks as
it holds; rows that must continue on further pages are never split, and each such page
repeats the declaration's title and says that it continues the signature page (drawn with
the footer, ``continuation_heading``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether

from anmc_desktop.printing.fitting import Box, fit
from anmc_desktop.printing.page import MARGIN, PageState
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, Wording

# Room kept free on the signing page for what measuring before layout cannot see (the
# spacing ReportLab adds between flowables of a group).
_SAFETY = 6.0
_HEADING_SIZE = 9.5


def signing_section(
    tail: Sequence[Flowable], rows: Sequence[Flowable], frame: tuple[float, float]
) -> list[Flowable]:
    """``tail`` (the last lines of the text and the testimonium) kept on one page with as
    many rows of blocks as that page holds, at least the first; the other rows follow."""
    width, height = frame
    room = height - sum(_height(flowable, width, height) for flowable in tail) - _SAFETY
    together = min(1, len(rows))
    while together < len(rows):
        room_after = room - sum(_height(row, width, height) for row in rows[: together + 1])
        if room_after < 0:
            break
        together += 1
    return [KeepTogether([*tail, *rows[:together]]), *rows[together:]]


def _height(flowable: Flowable, width: float, height: float) -> float:
    _, used = flowable.wrap(width, height)
    return used + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def continuation_heading(
    typesetter: Typesetter,
    canvas: Canvas,
    state: PageState,
    page_size: tuple[float, float],
    title: str,
    wording: Wording = ENGLISH,
) -> None:
    """On a page that only continues the signature blocks: the title and what the page is."""
    if not state.continues_signatures:
        return
    line = wording.gettext("{title} \u2014 signature page (continued)").format(title=title)
    page_width, page_height = page_size
    # Left-aligned, two thirds of the line at most: a draft's stamp stands at the right.
    box = Box((page_width - 2 * MARGIN) * 2 / 3, 1, _HEADING_SIZE, 6, bold=True)
    fitted = fit(typesetter, line, box)
    y = page_height - MARGIN + 3 * mm
    typesetter.draw(canvas, MARGIN, y, fitted.lines[0], fitted.size, bold=True)
