"""A QR code drawn as vector squares on a ReportLab canvas, sharp at any printer's
resolution: segno builds the symbol, each run of dark modules of a row is one rectangle
(written straight into the page's operators, as printing/shaped_text.py writes glyphs)."""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks


def qr_matrix(payload: str) -> tuple[bytearray, ...]:
    """The symbol's modules, row by row from the top: 1 is dark."""
    return tuple(segno.make(payload, error="m").matrix)


def draw_qr(canvas: Canvas, x: float, y: float, size: float, payload: str) -> None:
    """The symbol with its quiet zone, white behind it, in the square of side ``size``
    whose lower left corner is (x, y).

    The runs are written in modules, whole numbers, under a scale to the module's size:
    formatting four decimal numbers for each of a badge's hundreds of runs took more than
    drawing the rest of the badge.
    """
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_ZONE
    canvas.saveState()
    canvas.setFillGray(1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    runs: list[str] = []
    for row, modules in enumerate(matrix):
        bottom = count - QUIET_ZONE - row - 1
        column = 0
        while column < len(modules):
            if not modules[column]:
                column += 1
                continue
            start = column
            while column < len(modules) and modules[column]:
                column += 1
            runs.append(f"{QUIET_ZONE + start} {bottom} {column - start} 1 re")
    runs.append("f")
    canvas._code.append("\n".join(runs))
    canvas.restoreState()
