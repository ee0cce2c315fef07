"""The glyphs a PDF shows, read back from its content streams, and what HarfBuzz makes of
the same text in the same font file.

Each glyph is identified by its outline: the outline in the embedded subset is compared
with the outlines of the original font file, so a glyph id read back means the same as the
glyph id HarfBuzz returns. Places are in text space (the PDF widths, TJ adjustments and the
text rise), relative to the first glyph of a segment: glyphs of one font between two
moves of the text position.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import uharfbuzz as hb
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

Outline = tuple[object, ...]


@dataclass(frozen=True)
class ShownGlyph:
    outline: Outline
    text: str  # what the ToUnicode map gives for its code
    x: float  # points along the baseline
    y: float  # points of rise


@dataclass
class Segment:
    font: str  # the PostScript name, without the subset prefix
    size: float
    glyphs: list[ShownGlyph] = field(default_factory=list)
    # The /ActualText of a span inside the text object around the segment: the typed text
    # of a word ReportLab's paragraphs shaped, whose glyphs ToUnicode names by private codes.
    typed: str | None = None

    @property
    def text(self) -> str:
        return "".join(glyph.text for glyph in self.glyphs)


@dataclass
class TextObject:
    actual_text: str | None  # of the marked-content span around it
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        """As typed: the spans' /ActualText inside it where they have one."""
        return "".join(segment.typed or segment.text for segment in self.segments)

    @property
    def copied(self) -> str:
        """What a viewer copies: the /ActualText around it, else the text inside."""
        return self.actual_text if self.actual_text is not None else self.text


@dataclass
class _PdfFont:
    name: str
    first_char: int
    widths: list[float]
    to_unicode: dict[int, str]
    outlines: dict[int, Outline]


def text_objects(pdf: bytes) -> Iterator[TextObject]:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        yield from _page_text_objects(ContentStream(page.get_contents(), reader), fonts)


def _page_text_objects(content: ContentStream, fonts: dict) -> Iterator[TextObject]:
    spans: list[str | None] = []
    loaded: dict[str, _PdfFont] = {}
    current: TextObject | None = None
    font: _PdfFont | None = None
    size = rise = x = 0.0
    segment: Segment | None = None
    outside = 0  # how many of the open spans began before the text object
    for operands, operator in content.operations:
        if operator == b"BDC":
            properties = operands[1] if len(operands) > 1 else {}
            spans.append(properties.get("/ActualText") if hasattr(properties, "get") else None)
            segment = None
        elif operator == b"EMC" and spans:
            spans.pop()
            outside, segment = min(outside, len(spans)), None
        elif operator == b"BT":
            current = TextObject(next((s for s in reversed(spans) if s is not None), None))
            x, segment, outside = 0.0, None, len(spans)
        elif operator == b"ET" and current is not None:
            yield current
            current = None
        elif operator in (b"Tm", b"Td", b"TD", b"T*"):
            x, segment = 0.0, None  # a move starts a new segment
        elif operator == b"Tf":
            key = str(operands[0])
            if key not in loaded:
                loaded[key] = _load_font(fonts[key].get_object())
            font, size = loaded[key], float(operands[1])
        elif operator == b"Ts":
            rise = float(operands[0])
        elif operator in (b"Tj", b"TJ") and current is not None and font is not None:
            items = operands[0] if operator == b"TJ" else [operands[0]]
            if segment is None or segment.font != font.name or segment.size != size:
                inner = [span for span in spans[outside:] if span is not None]
                segment = Segment(font.name, size, typed=str(inner[-1]) if inner else None)
                current.segments.append(segment)
            for item in items:
                if isinstance(item, (int, float)):
                    x -= float(item) * size / 1000
                    continue
                for code in _bytes_of(item):
                    text = font.to_unicode.get(code, "")
                    segment.glyphs.append(ShownGlyph(font.outlines.get(code, ()), text, x, rise))
                    x += font.widths[code - font.first_char] * size / 1000


def _bytes_of(item: object) -> bytes:
    if isinstance(item, bytes):
        return item
    original = getattr(item, "get_original_bytes", None)
    return original() if original else str(item).encode("latin-1")


def _load_font(font: dict) -> _PdfFont:
    name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
    widths = [float(w) for w in font.get("/Widths", [])]
    if "/ToUnicode" not in font or "/FontDescriptor" not in font:
        return _PdfFont(name, 0, widths, {}, {})  # a standard font named, never shown
    to_unicode = _parse_to_unicode(font["/ToUnicode"].get_data().decode("latin-1"))
    subset = TTFont(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_data()))
    cmap = subset["cmap"].tables[0].cmap
    outlines = {code: _outline(subset, glyph) for code, glyph in cmap.items()}
    return _PdfFont(name, int(font.get("/FirstChar", 0)), widths, to_unicode, outlines)


def _parse_to_unicode(cmap: str) -> dict[int, str]:
    body = cmap.split("beginbfchar", 1)[-1].split("endbfchar", 1)[0]
    return {
        int(code, 16): bytes.fromhex(text).decode("utf-16-be")
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", body)
    }


def _outline(font: TTFont, glyph_name: str) -> Outline:
    """The glyph's points and contours, components resolved, and its advance."""
    glyf = font["glyf"]
    coordinates, ends, _ = glyf[glyph_name].getCoordinates(glyf)
    return (tuple(coordinates), tuple(ends), font["hmtx"][glyph_name][0])


# -- what HarfBuzz makes of it ----------------------------------------------------------


@dataclass(frozen=True)
class _FontFile:
    path: str
    index: int


def font_file(postscript_name: str) -> _FontFile:
    """The file (and face of a collection) of a font registered with ReportLab."""
    for name in pdfmetrics.getRegisteredFontNames():
        face = pdfmetrics.getFont(name).face
        suffix = getattr(face, "subfontNameX", None)
        if suffix is not None and (face.name + suffix).decode("latin-1") == postscript_name:
            return _FontFile(face.filename, int(suffix[1:] or 0))
    raise LookupError(postscript_name)


@functools.cache
def _original(file: _FontFile) -> tuple[TTFont, hb.Font]:
    font = TTFont(file.path, fontNumber=file.index, lazy=True)
    blob = hb.Blob.from_file_path(file.path)
    return font, hb.Font(hb.Face(blob, file.index))


def shaped_by_harfbuzz(segment: Segment) -> list[ShownGlyph]:
    """The segment's text shaped by HarfBuzz in the segment's font file: each glyph's
    outline and place, placed like the read-back glyphs (from the first glyph)."""
    font, harfbuzz = _original(font_file(segment.font))
    buffer = hb.Buffer()
    buffer.add_str(segment.typed or segment.text)
    buffer.guess_segment_properties()
    hb.shape(harfbuzz, buffer)
    scale = segment.size / harfbuzz.face.upem
    order = font.getGlyphOrder()
    glyphs = []
    pen = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        outline = _outline(font, order[info.codepoint])
        x, y = (pen + position.x_offset) * scale, position.y_offset * scale
        glyphs.append(ShownGlyph(outline, "", x, y))
        pen += position.x_advance
    return glyphs


def mismatch(segment: Segment, tolerance: float = 0.05) -> str | None:
    """Where the read-back glyphs differ from HarfBuzz's, or None if they do not."""
    expected = shaped_by_harfbuzz(segment)
    shown = segment.glyphs
    if [g.outline for g in shown] != [g.outline for g in expected]:
        return f"{segment.text!r} in {segment.font}: other glyphs than HarfBuzz chose"
    start_shown, start_expected = shown[0].x, expected[0].x
    for number, (got, wanted) in enumerate(zip(shown, expected, strict=True)):
        dx = (got.x - start_shown) - (wanted.x - start_expected)
        dy = got.y - wanted.y
        if abs(dx) > tolerance or abs(dy) > tolerance:
            return (
                f"{segment.text!r} in {segment.font}: glyph {number} is {dx:+.2f}, {dy:+.2f} pt "
                "away from where HarfBuzz puts it"
            )
    return None
