"""Shaping a run of text with HarfBuzz, in the very font file (and face of a collection)
that prints it.

ReportLab fills its PDF font subsets with characters, not glyphs. A glyph the shaper
chooses that no character of the font maps to (a Devanagari conjunct, a Latin "fi"
ligature, a Myanmar vowel sign in its contextual form), a glyph that stands for other
characters than its own, or one set closer or wider than its own advance (kerning, marks
placed by the shaper), gets a private character here; the ToUnicode map
written with the font maps it back to the characters it stands for, so that copying and
searching give the text as typed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# Supplementary Private Use Area-A: clear of the characters ReportLab gives the glyphs it
# shapes in paragraphs (from U+E000), and room for 65,534 such glyphs per font.
_FIRST_PRIVATE = 0xF0000


@dataclass(frozen=True, slots=True)
class Glyph:
    code: str  # the character that selects the glyph in the font's PDF subsets
    rise: float  # HarfBuzz's vertical offset, in thousandths of the font size


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """Glyphs whose PDF widths are the distances between the places HarfBuzz gives them,
    so that they need no adjustment between them (which text extraction would read as
    word gaps). Lengths are in thousandths of the font size."""

    font_name: str
    glyphs: tuple[Glyph, ...]
    lead: float  # from the start of the run to the first glyph
    advance: float
    codes: str  # the glyphs' codes, one after the other
    level: bool  # no glyph is raised or lowered: the codes can be shown as they are

    def width(self, size: float) -> float:
        return self.advance * size / 1000


class GlyphFont(TTFont):
    """A ReportLab TrueType font that shapes with HarfBuzz and can print every glyph."""

    def __init__(self, name: str, path: str, subfont_index: int = 0) -> None:
        super().__init__(name, path, subfontIndex=subfont_index)
        # The characters of the font's own cmap: the private ones added below (and by
        # ReportLab's paragraph shaping) are not characters a user's text may use.
        self.characters = face_characters(path, subfont_index)
        face = hb.Face(hb.Blob(self.face._ttf_data), subfont_index)
        self.harfbuzz = hb.Font(face)  # scaled in font units
        self._codes: dict[tuple[int, str, float], str] = {}
        self._texts: dict[int, str] = {}  # private character -> the text its glyph stands for

    @property
    def hbFace(self) -> hb.Face:  # noqa: N802 - ReportLab's name
        """ReportLab's paragraph shaping would take the first face of a collection."""
        TTFont.hbFace.fget(self)  # sets up ReportLab's own bookkeeping of shaped glyphs
        self.__hbFace__ = self.harfbuzz.face
        return self.harfbuzz.face

    def _shaped_buffer(self, text: str) -> hb.Buffer:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(self.harfbuzz, buffer)
        return buffer

    def advance(self, text: str) -> float:
        """``shape(text).advance``, without placing each glyph."""
        positions = self._shaped_buffer(text).glyph_positions
        return self.face._pdfScale(sum(position.x_advance for position in positions))

    def shape(self, text: str) -> ShapedRun:
        buffer = self._shaped_buffer(text)
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        clusters = sorted({info.cluster for info in infos})
        ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
        scale = self.face._pdfScale
        offsets = [scale(position.x_offset) for position in positions] + [0.0]
        glyphs = []
        previous = -1
        for index, (info, position) in enumerate(zip(infos, positions, strict=True)):
            cluster = info.cluster
            # The first glyph of a cluster stands for all of its characters, the others
            # for none: read in glyph order, the text comes out in typed order.
            stands_for = text[cluster : ends[cluster]] if cluster != previous else ""
            previous = cluster
            width = scale(position.x_advance) + offsets[index + 1] - offsets[index]
            code = self.code_for(info.codepoint, stands_for, width)
            glyphs.append(Glyph(code, scale(position.y_offset)))
        advance = scale(sum(position.x_advance for position in positions))
        codes = "".join(glyph.code for glyph in glyphs)
        level = not any(glyph.rise for glyph in glyphs)
        return ShapedRun(self.fontName, tuple(glyphs), offsets[0], advance, codes, level)

    def code_for(self, glyph_id: int, text: str, width: float) -> str:
        """The character that prints the glyph, stands for ``text`` and is ``width`` wide."""
        face = self.face
        if (
            len(text) == 1
            and face.charToGlyph.get(ord(text)) == glyph_id
            and face.getCharWidth(ord(text)) == width
        ):
            return text
        key = (glyph_id, text, width)
        code = self._codes.get(key)
        if code is None:
            private = _FIRST_PRIVATE + len(self._codes)
            face.charToGlyph[private] = glyph_id
            face.charWidths[private] = width
            self._texts[private] = text
            code = self._codes[key] = chr(private)
        return code

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 - ReportLab's name
        """Write the subsets, then map each private character back to its text."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if self._texts.keys().isdisjoint(subset):
                continue
            base_font = b"".join(
                (SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
            ).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base_font]
            texts = [self._texts.get(code, chr(code)) for code in subset]
            stream.content = to_unicode_cmap(base_font, texts)


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap: one-byte code n is the text ``texts[n]``."""
    entries = [f"<{code:02X}> <{utf16_hex(text)}>" for code, text in enumerate(texts)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


@functools.lru_cache(maxsize=256)
def face_characters(path: str, index: int = 0) -> frozenset[int]:
    """The characters the face's cmap maps to a glyph, as HarfBuzz (which shapes them)
    reads it. Reading it is C work of milliseconds, where ReportLab's reading of a whole
    font in Python takes a tenth of a second per CJK face, holding the interpreter from the
    window's thread while a worker checks which names print. HarfBuzz also leaves out
    what the cmap maps to the missing-glyph box (glyph 0), which ReportLab lists."""
    return frozenset(hb.Face(hb.Blob.from_file_path(path), index).unicodes)


def glyph_font(font_name: str) -> GlyphFont:
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, GlyphFont):
        raise TypeError(f"{font_name} is not registered as a GlyphFont")
    return font


@functools.lru_cache(maxsize=32768)
def shaped(font_name: str, text: str) -> ShapedRun:
    """The run shaped once per process: lists measure the same names many times."""
    return glyph_font(font_name).shape(text)


@functools.lru_cache(maxsize=65536)
def advance(font_name: str, text: str) -> float:
    """The run's advance, as ``shaped`` gives it: wrapping measures many candidate lines
    that are never drawn, and a long table measures every row long before drawing it."""
    return glyph_font(font_name).advance(text)
