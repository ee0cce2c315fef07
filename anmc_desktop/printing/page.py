"""Paper sizes, margins and the footer every document shares ("page n of N")."""

from __future__ import annotations

import collections
import enum
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from anmc_desktop.printing.copyable_paragraphs import CopyableCanvas
from anmc_desktop.printing.fitting import Box, fit
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import ENGLISH, Wording


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        return A4 if self is Paper.A4 else LETTER

    @property
    def landscape(self) -> tuple[float, float]:
        width, height = self.size
        return height, width


MARGIN = 20 * mm
FOOTER_SIZE = 8.0
INITIALS_BOX = 14 * mm
DRAWING = "Drawing the pages"  # the step of a long print job its progress names
DOCUMENT_LANGUAGE = "en"  # of the printed labels unless a document names its own
# Left, right, top, bottom: the bottom leaves room for the footer.
MARGINS = (MARGIN, MARGIN, MARGIN, MARGIN + 6 * mm)
# ReportLab's frame keeps this much inside the margins on every side.
FRAME_PADDING = 6.0


@dataclass(frozen=True)
class PageState:
    """What the footer of one page needs to know once all pages are laid out."""

    group: str  # e.g. "Original for Seoul": pages are counted within their group
    has_signatures: bool
    number: int = 0
    count: int = 0
    # Signature blocks that the page before (of the same group) began: a page of signatures
    # that carries no text of its own.
    continues_signatures: bool = False


class MarkGroup(Flowable):
    """Starts a new group of pages (an original); page numbers restart at 1."""

    def __init__(self, group: str) -> None:
        super().__init__()
        self.group = group

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.anmc_group = self.group  # type: ignore[attr-defined]


Footer = Callable[[Canvas, PageState, float, float], None]


def build_pdf(
    flowables: Sequence[Flowable],
    paper: Paper,
    footer: Footer,
    title: str,
    base_font: str,
    subject: str = "",
    margins: tuple[float, float, float, float] = MARGINS,
    landscape: bool = False,
    language: str = DOCUMENT_LANGUAGE,
) -> bytes:
    """Lay out the flowables; once every page is known, draw each footer (n of N).
    ``language``: the document language its labels print in, for screen readers."""
    buffer = io.BytesIO()
    left, right, top, bottom = margins
    document = SimpleDocTemplate(
        buffer,
        pagesize=paper.landscape if landscape else paper.size,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        subject=subject,
        lang=language,
        displayDocTitle=True,
        creator="ANMC Desktop",
        initialFontName=base_font,  # else every page names an unembedded Helvetica
    )
    document.build(list(flowables), canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    class NumberedCanvas(CopyableCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.anmc_group = ""
            self.anmc_signatures = False
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            self.anmc_signatures = False

        def save(self) -> None:
            groups = [page["anmc_group"] for page in self._saved_pages]
            signed = [page["anmc_signatures"] for page in self._saved_pages]
            width, height = self._pagesize
            counts = collections.Counter(groups)
            numbers: collections.Counter[str] = collections.Counter()
            for index, page in enumerate(self._saved_pages):
                self.__dict__.update(page)
                group = groups[index]
                numbers[group] += 1
                state = PageState(
                    group=group,
                    has_signatures=signed[index],
                    number=numbers[group],
                    count=counts[group],
                    continues_signatures=(
                        index > 0
                        and signed[index]
                        and signed[index - 1]
                        and groups[index - 1] == group
                    ),
                )
                footer(self, state, width, height)
                super().showPage()
            super().save()

    return NumberedCanvas


def frame_size(
    paper: Paper, margins: tuple[float, float, float, float] = MARGINS
) -> tuple[float, float]:
    """The width and height the flowables of a portrait page have."""
    width, height = paper.size
    left, right, top, bottom = margins
    return (
        width - left - right - 2 * FRAME_PADDING,
        height - top - bottom - 2 * FRAME_PADDING,
    )


def mark_signatures(canvas: Canvas) -> None:
    canvas.anmc_signatures = True  # type: ignore[attr-defined]


def standard_footer(typesetter: Typesetter, left_text: str, wording: Wording = ENGLISH) -> Footer:
    """The document's name on the left, "page n of N" on the right."""

    def draw(canvas: Canvas, state: PageState, width: float, height: float) -> None:
        y = MARGIN - 4 * mm
        canvas.setFillGray(0.35)
        page = page_of(state, wording)
        room = width - 2 * MARGIN - typesetter.width(page, FOOTER_SIZE) - 6 * mm
        draw_footer_text(canvas, typesetter, MARGIN, y, left_text, room)
        typesetter.draw(canvas, width - MARGIN, y, page, FOOTER_SIZE, align="right")
        canvas.setFillGray(0)

    return draw


def draw_footer_text(canvas: Canvas, typesetter: Typesetter, x: float, y: float, text: str,
                     width: float) -> None:  # fmt: skip
    """A footer's text on one line of at most ``width``: shrunk, then cut (``fitting``)."""
    fitted = fit(typesetter, text, Box(width, 1, FOOTER_SIZE, 6))
    typesetter.draw(canvas, x, y, fitted.lines[0], fitted.size)


def page_of(state: PageState, wording: Wording = ENGLISH) -> str:
    return wording.gettext("page {number} of {count}").format(
        number=state.number, count=state.count
    )


def document_heading(typesetter: Typesetter, title: str, *subtitles: str) -> list[Flowable]:
    """The title of a list and the lines under it (the meeting, its dates and place)."""
    title_style = typesetter.style("doc-title", 15, bold=True, leading=19, spaceAfter=2)
    sub_style = typesetter.style("doc-subtitle", 9.5, leading=12.5, textColor="#444444")
    heading: list[Flowable] = [typesetter.paragraph(title, title_style, bold=True)]
    heading += [typesetter.paragraph(text, sub_style) for text in subtitles if text]
    heading.append(Spacer(1, 5 * mm))
    return heading
