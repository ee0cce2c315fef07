"""Bookmarks: the PDF outline a viewer shows beside the pages (each delegation of a list,
each day of the programme, each part of the declaration), so a reader jumps to it and a
screen reader announces the document's structure."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


def add_bookmark(canvas: Canvas, title: str, top: float, level: int = 0) -> None:
    """An outline entry ``title`` that opens the current page at ``top`` (in the current
    coordinates, as a flowable draws)."""
    document = canvas._doc  # one per PDF, while the canvas's state is saved page by page
    document.anmc_bookmarks = getattr(document, "anmc_bookmarks", 0) + 1
    key = f"outline-{document.anmc_bookmarks}"
    canvas.bookmarkHorizontal(key, 0, top)
    canvas.addOutlineEntry(title, key, level=level)
    canvas.showOutline()


class Bookmark(Flowable):
    """A flowable of no size that marks where the text after it begins."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = title
        self.level = level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        add_bookmark(self.canv, self.title, 0, self.level)
