"""A QR code drawn as vector squares on a ReportLab canvas, sharp at any printer's
resolution: segno builds the symbol, each run of dark modules of a row is one rectangle."""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks


def qr_matrix(payload: str) -> tuple[bytearray, ...]:
    """The symbol's modules, row by row from the top: 1 is dark."""
    return tuple(segno.make(payload, error="m").matrix)


def draw_qr(canvas: Canvas, x: float, y: float, size: float, payload: str) -> None:
    """The symbol with its quiet zone, white behind it, in the square of side ``size``
    whose lower left corner is (x, y)."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    canvas.saveState()
    canvas.setFillGray(1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillGray(0)
    path = canvas.beginPath()
    for row, modules in enumerate(matrix):
        top = y + size - (QUIET_ZONE + row + 1) * module
        column = 0
        while column < len(modules):
            if not modules[column]:
                column += 1
                continue
            start = column
            while column < len(modules) and modules[column]:
                column += 1
            path.rect(x + (QUIET_ZONE + start) * module, top, (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
