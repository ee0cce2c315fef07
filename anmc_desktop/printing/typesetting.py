"""Setting text in any script: ReportLab paragraph markup, measuring, wrapping, drawing.

Paragraphs are shaped with HarfBuzz through ReportLab (``shaping=True``). Single lines
(badges, cards, table cells, signature blocks, footers) are shaped here with HarfBuzz in
the font file that prints each run, and drawn glyph by glyph where HarfBuzz puts them
(``shaped_text``), so Thai, Myanmar and Devanagari clusters come out right. User text is
escaped before it becomes paragraph markup: ``<b>`` or ``<img src=...>`` typed in a name
prints as those characters.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from anmc_desktop.printing.fontset import FontSet, Run
from anmc_desktop.printing.glyphs import ShapedRun, advance, shaped
from anmc_desktop.printing.scripts import Script, scripts_in
from anmc_desktop.printing.shaped_text import draw_line


def plain(text: str) -> str:
    """One line of user text: line breaks and tabs become spaces."""
    return " ".join(text.split())


_COMPLEX_SCRIPTS = frozenset({Script.DEVANAGARI, Script.THAI, Script.MYANMAR, Script.MONGOLIAN})


def _needs_shaping(text: str) -> bool:
    return not _COMPLEX_SCRIPTS.isdisjoint(scripts_in(text))


def _word_in_two_fonts(runs: list[Run]) -> bool:
    return any(
        not (before.text[-1].isspace() or after.text[0].isspace())
        for before, after in itertools.pairwise(runs)
    )


@dataclass
class Typesetter:
    fonts: FontSet

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        return self.fonts.runs(text, bold)

    # -- paragraphs -------------------------------------------------------------------------

    def style(
        self,
        name: str,
        size: float,
        bold: bool = False,
        leading: float | None = None,
        alignment: int = TA_LEFT,
        **extra: object,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=self.fonts.base_font(bold),
            fontSize=size,
            leading=leading or size * 1.3,
            alignment=alignment,
            shaping=1,
            splitLongWords=1,
            **extra,
        )

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup that prints ``text`` literally, each run in its own font."""
        return "".join(
            f'<font face="{run.font_name}">{escape(run.text)}</font>'
            for run in self.runs(text, bold)
        )

    def paragraph(
        self, text: str, style: ParagraphStyle, bold: bool = False, bullet: str | None = None
    ) -> Paragraph:
        text = plain(text)
        if _word_in_two_fonts(self.runs(text, bold)) and not _needs_shaping(text):
            # ReportLab shapes a word with the font of its first letter; a word set in two
            # fonts ("東京Tokyo") of scripts that need no shaping is laid out unshaped.
            style = ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0)
        if bullet:
            style = ParagraphStyle(
                f"{style.name}-bullet",
                parent=style,
                bulletFontName=style.fontName,
                bulletFontSize=style.fontSize,
            )
        return Paragraph(self.markup(text, bold), style, bulletText=escape(bullet or "") or None)

    # -- single lines ---------------------------------------------------------------------

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return sum(run.width(size) for run in self.shaped(text, bold))

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """``width``, without placing the glyphs (which ``draw`` does, when it comes)."""
        return sum(advance(run.font_name, run.text) * size / 1000 for run in self.runs(text, bold))

    def shaped(self, text: str, bold: bool = False) -> list[ShapedRun]:
        """The line shaped run by run, each in the font that prints it."""
        return [shaped(run.font_name, run.text) for run in self.runs(text, bold)]

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        bold: bool = False,
        align: str = "left",
    ) -> float:
        """Draw one line; ``align`` is left, centre or right of ``x``. Returns its width."""
        runs = self.shaped(text, bold)
        width = sum(run.width(size) for run in runs)
        if align != "left":
            x -= width / 2 if align == "centre" else width
        if runs:
            draw_line(canvas, x, y, size, runs, text)
        return width

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Lines that fit ``width``: broken at spaces, long words broken between characters."""
        text = plain(text)
        if self.measure(text, size, bold) <= width:
            return [text]
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            candidate = f"{current} {word}" if current else word
            if self.measure(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while self.measure(word, size, bold) > width and len(word) > 1:
                cut = self.longest_prefix(word, width, size, bold)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current or not lines:
            lines.append(current)
        return lines

    def longest_prefix(self, word: str, width: float, size: float, bold: bool) -> int:
        """How many characters of ``word`` fit ``width``: at least one."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.measure(word[:middle], size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return low
