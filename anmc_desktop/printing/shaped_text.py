"""Drawing shaped glyphs on a ReportLab canvas, each at the place HarfBuzz gave it.

A line is one PDF text object inside a marked-content span whose /ActualText is the line
as typed: viewers copy and search that text however the glyphs were reordered or merged.
Within the line each glyph is shown by its subset code; its PDF width is the distance to
the next glyph (``glyphs.ShapedRun``), and a text rise lifts or lowers the marks HarfBuzz
moves up or down.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas

from anmc_desktop.printing.glyphs import GlyphFont, ShapedRun, glyph_font, utf16_hex

# ReportLab's number formatting, remembered: a long list repeats the same sizes, column
# positions and baselines on every page, and formatting them is most of drawing a line.
_number = functools.lru_cache(maxsize=8192)(fp_str)


def draw_line(
    canvas: Canvas, x: float, y: float, size: float, runs: Sequence[ShapedRun], text: str
) -> None:
    """Draw the runs one after the other from (x, y) at ``size``; ``text`` as typed."""
    operators = [
        f"/Span <</ActualText <FEFF{utf16_hex(text)}>>> BDC",
        "q BT",
        f"1 0 0 1 {_number(x)} {_number(y)} Tm",
    ]
    for run in runs:
        operators += _run_operators(canvas, run, size)
    operators.append("ET Q EMC")
    canvas._code.append("\n".join(operators))


def _run_operators(canvas: Canvas, run: ShapedRun, size: float) -> list[str]:
    font = glyph_font(run.font_name)
    document = canvas._doc
    chunks = font.splitString(run.codes, document)
    lead = f"{_number(-run.lead)} " if run.lead else ""
    if run.level:
        return _level_operators(font, document, chunks, size, lead)
    codes = [(subset, code) for subset, chunk in chunks for code in chunk]
    operators: list[str] = []
    shown = b""
    current_subset, current_rise = -1, 0.0

    def show() -> None:
        nonlocal shown, lead
        if shown:
            operators.append(f"[{lead}({escapePDF(shown)})] TJ")
            shown, lead = b"", ""

    for glyph, (subset, code) in zip(run.glyphs, codes, strict=True):
        rise = size * glyph.rise / 1000
        if subset != current_subset or rise != current_rise:
            show()
        if subset != current_subset:
            operators.append(f"{font.getSubsetInternalName(subset, document)} {_number(size)} Tf")
            current_subset = subset
        if rise != current_rise:
            operators.append(f"{_number(rise)} Ts")
            current_rise = rise
        shown += bytes((code,))
    show()
    if current_rise:
        operators.append("0 Ts")
    return operators


def _level_operators(font: GlyphFont, document: PDFDocument, chunks: list[tuple[int, bytes]],
                     size: float, lead: str) -> list[str]:  # fmt: skip
    """A run with no glyph raised or lowered (most runs): each subset's codes in one go."""
    operators = []
    for subset, chunk in chunks:
        operators.append(f"{font.getSubsetInternalName(subset, document)} {_number(size)} Tf")
        operators.append(f"[{lead}({escapePDF(chunk)})] TJ")
        lead = ""
    return operators
