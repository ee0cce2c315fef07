"""Copy and search in shaped paragraphs: the typed text travels with the glyphs.

ReportLab shapes each word of a paragraph with HarfBuzz and keeps only the glyphs: a
ligature's code ("ﬁ"), private-use codes for Devanagari conjuncts, Myanmar vowel signs in
visual order. A viewer then copies and searches those instead of the typed text. ReportLab
has no hook for the typed text, so ``keep_typed_text`` wraps its word shaper once to
remember the text of every shaped piece, and ``CopyableCanvas`` writes that text as the
piece's /ActualText, as ``shaped_text`` does for single lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

from anmc_desktop.printing.glyphs import utf16_hex


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


# HarfBuzz's default features, as single lines are shaped (glyphs.py). ReportLab's own
# default adds discretionary ligatures ("dlig"), with which a Japanese font sets ます as 〼
# and グラム as ㌘: glyphs its subset then draws as empty boxes.
PARAGRAPH_FEATURES = {"kern": True, "liga": True}


def _with_typed_text(shape: Callable[..., Any]) -> Callable[..., Any]:
    def shape_keeping_text(word: Any, *args: Any, **kwargs: Any) -> Any:
        if not args:
            kwargs.setdefault("features", PARAGRAPH_FEATURES)
        shaped = shape(word, *args, **kwargs)
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
        if not typed or typed == str(text):
            return code
        return f"/Span <</ActualText <FEFF{utf16_hex(typed)}>>> BDC {code} EMC"


class CopyableCanvas(Canvas):
    """A canvas whose paragraphs copy and search as typed (see the module's docstring)."""

    def beginText(  # noqa: N802 - ReportLab's name
        self, x: float = 0, y: float = 0, direction: str | None = None
    ) -> CopyableTextObject:
        return CopyableTextObject(self, x, y, direction=direction)


keep_typed_text()
