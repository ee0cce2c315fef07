"""Letters as a .docx document to edit in a word processor (python-docx): the letterhead
image at the top of each letter, each letter on a page of its own. The word processor
shapes the text with the fonts of the machine that opens it."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Emu, Pt

from anmc_desktop.printing.letter_text import Letter
from anmc_desktop.printing.page import MARGIN, Paper

_POINT_EMU = 12700  # EMUs in a PostScript point


def letters_docx(found: Sequence[Letter], letterhead: bytes | None, paper: Paper) -> bytes:
    document = Document()
    section = document.sections[0]
    width, height = paper.size
    section.page_width, section.page_height = (
        Emu(int(width * _POINT_EMU)),
        Emu(int(height * _POINT_EMU)),
    )
    margin = Emu(int(MARGIN * _POINT_EMU))
    section.left_margin = section.right_margin = section.top_margin = margin
    section.bottom_margin = margin
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    for index, letter in enumerate(found):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if letterhead is not None:
            document.add_picture(
                io.BytesIO(letterhead), width=Emu(int((width - 2 * MARGIN) * _POINT_EMU))
            )
        for paragraph in letter.paragraphs:
            lines = [line for line in paragraph if line.strip()]
            if not lines:
                continue
            run = document.add_paragraph().add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
