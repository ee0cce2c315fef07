"""Shaped paragraphs: glyphs of the font that draws them, copied and searched as typed.

ReportLab shapes each word of a paragraph with HarfBuzz, but with the font of the word's
first letter for all of it ("दीक्षित)," takes the parentheses' glyph ids from the
Devanagari font), with discretionary ligatures ("ます" set as "〼"), and keeps only the
glyphs: a ligature's code ("ﬁ"), a Kangxi radical for a Han character drawn with the same
glyph, private-use codes for Devanagari conjuncts, Myanmar vowel signs in visual order. A
viewer then copies and searches those instead of the typed text. ``keep_typed_text`` wraps
ReportLab's word shaper once: each run of one font is shaped in that font with HarfBuzz's
default features, each glyph gets the code of ``GlyphFont`` whose ToUnicode entry is the
text it stands for (as single lines do), and the text of every shaped piece is remembered
so that ``CopyableCanvas`` writes it as the piece's /ActualText, as ``shaped_text`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, makeShapedFragWord
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

from anmc_desktop.printing.glyphs import GlyphFont, utf16_hex


def _typed_of(text: object) -> str | None:
    """The typed text of a piece: its own for plain text, unknown for foreign glyphs."""
    if isinstance(text, TypedShapedStr):
        return text.typed
    if isinstance(text, ShapedStr):
        return None
    return str(text)


def _joined(first: object, second: object) -> str | None:
    left, right = _typed_of(first), _typed_of(second)
    return None if left is None or right is None else left + right


class TypedShapedStr(ShapedStr):
    """Shaped glyph codes that remember the text they were shaped from; ReportLab joins
    the words of a line with ``+``, so joining keeps the typed text too."""

    typed: str | None

    def __new__(cls, glyphs: str, shape_data: Any, typed: str | None) -> TypedShapedStr:
        self = super().__new__(cls, glyphs, shapeData=shape_data)
        self.typed = typed
        return self

    def __add__(self, other: object) -> TypedShapedStr:
        joined = ShapedStr.__add__(self, other)
        return TypedShapedStr(joined, joined.__shapeData__, _joined(self, other))

    def __radd__(self, other: object) -> TypedShapedStr:
        joined = ShapedStr.__radd__(self, other)
        return TypedShapedStr(joined, joined.__shapeData__, _joined(other, self))

    def __getitem__(self, index: Any) -> Any:
        # A piece of a split word: which typed characters it shows is not recorded.
        piece = ShapedStr.__getitem__(self, index)
        return ShapedStr(str(piece), piece.__shapeData__) if isinstance(piece, ShapedStr) else piece


# HarfBuzz's default features, as single lines are shaped (``glyphs``): ReportLab's own
# default adds discretionary ligatures, which set "ます" in a Japanese name as "〼".
FEATURES = {"kern": True, "liga": True}


def _font_runs(word: Any) -> list[Any]:
    """The word's fragments in runs of one font each (images and links stay in the run they
    stand in), as words of their own, their widths left for the shaping to measure."""
    runs: list[list[Any]] = []
    font = None
    for item in word[1:]:
        fragment = item[0]
        if not hasattr(fragment, "cbDefn"):
            if runs and font is not None and fragment.fontName != font:
                runs.append([0.0])
            font = fragment.fontName
        if not runs:
            runs.append([0.0])
        runs[-1].append(item)
    return [type(word)(run) for run in runs]


def _text_of(word: Any) -> str:
    return "".join(str(text) for fragment, text in word[1:] if not hasattr(fragment, "cbDefn"))


def _glyphs_standing_for_text(shaped: Any, text: str) -> Any:
    """ReportLab gives a shaped glyph the first character the font maps to it (a Kangxi
    radical for a Han character, "ﬁ" for a ligature) or a private one of its own, which
    copying then gives; and it moves each glyph to its place by adjustments, which text
    extraction reads as gaps between words. Each glyph gets ``GlyphFont``'s code instead,
    as single lines do: the same glyph, its ToUnicode entry the text of its cluster, its
    width the distance to the next glyph's place, so that only the first one moves."""
    if not isinstance(shaped, ShapedFragWord):
        return shaped
    items = [(i, item) for i, item in enumerate(shaped) if i and isinstance(item[1], ShapedStr)]
    clusters = sorted({data.cluster for _, (_, glyphs) in items for data in glyphs.__shapeData__})
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    previous = -1
    for index, (fragment, glyphs) in items:
        font = pdfmetrics.getFont(fragment.fontName)
        if not isinstance(font, GlyphFont):
            return shaped
        codes, placed = [], []
        offsets = [data.x_offset for data in glyphs.__shapeData__] + [0.0]
        for number, (code, data) in enumerate(zip(str(glyphs), glyphs.__shapeData__, strict=True)):
            stands_for = text[data.cluster : ends[data.cluster]] if data.cluster != previous else ""
            previous = data.cluster
            width = data.x_advance + offsets[number + 1] - offsets[number]
            lead = offsets[0] if number == 0 else 0.0
            glyph = font.face.charToGlyph[ord(code)]
            codes.append(font.code_for(glyph, stands_for, width))
            placed.append(data._replace(x_advance=width + lead, x_offset=lead, width=width))
        piece = ShapedStr("".join(codes), shapeData=placed)
        shaped[index] = type(shaped[index])((fragment, piece))
    return shaped


def _shaped_by_font(shape: Callable[..., Any], word: Any, **kwargs: Any) -> Any:
    """ReportLab shapes a word with the font of its first letter; a word set in several
    fonts ("दीक्षित),") is shaped here run by run, each in its own font."""
    runs = _font_runs(word)
    if len(runs) < 2:
        return _glyphs_standing_for_text(shape(word, **kwargs), _text_of(word))
    pieces = [
        _glyphs_standing_for_text(shape(run, **kwargs, force=True), _text_of(run)) for run in runs
    ]
    joined = makeShapedFragWord(word)([sum(piece[0] for piece in pieces)])
    for piece in pieces:
        joined.extend(piece[1:])
    return joined


def _with_typed_text(shape: Callable[..., Any]) -> Callable[..., Any]:
    def shape_keeping_text(word: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, ShapedFragWord):
            return word  # shaped once already: its text is glyph codes now
        if args or "features" in kwargs:
            shaped = shape(word, *args, **kwargs)
        else:
            shaped = _shaped_by_font(shape, word, features=FEATURES, **kwargs)
        if shaped is word or not isinstance(shaped, ShapedFragWord):
            return shaped
        typed: dict[int, str] = {}
        for fragment, text in word[1:]:
            if not hasattr(fragment, "cbDefn"):
                typed[id(fragment)] = typed.get(id(fragment), "") + str(text)
        for index in range(1, len(shaped)):
            fragment, glyphs = shaped[index]
            if isinstance(glyphs, ShapedStr) and id(fragment) in typed:
                keeping = TypedShapedStr(glyphs, glyphs.__shapeData__, typed[id(fragment)])
                shaped[index] = type(shaped[index])((fragment, keeping))
        return shaped

    shape_keeping_text.keeps_typed_text = True  # type: ignore[attr-defined]
    return shape_keeping_text


def keep_typed_text() -> None:
    """Make ReportLab's paragraphs remember the typed text of shaped words (once)."""
    if not getattr(paragraph.shapeFragWord, "keeps_typed_text", False):
        paragraph.shapeFragWord = _with_typed_text(paragraph.shapeFragWord)


class CopyableTextObject(PDFTextObject):
    """A text object that marks shaped pieces with the text they were shaped from."""

    def _formatText(self, text: str) -> str:  # noqa: N802 - ReportLab's name
        code = super()._formatText(text)
        typed = getattr(text, "typed", None)
        if not typed:
            return code
        # Even where each glyph's ToUnicode entry is its own character, a viewer that
        # reads places puts a space before a mark HarfBuzz set back over its letter.
        return f"/Span <</ActualText <FEFF{utf16_hex(typed)}>>> BDC {code} EMC"


class CopyableCanvas(Canvas):
    """A canvas whose paragraphs copy and search as typed (see the module's docstring)."""

    def beginText(  # noqa: N802 - ReportLab's name
        self, x: float = 0, y: float = 0, direction: str | None = None
    ) -> CopyableTextObject:
        return CopyableTextObject(self, x, y, direction=direction)


keep_typed_text()
