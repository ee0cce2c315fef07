"""The one rule that fits text into a fixed box (a badge's field, a place card's name):
shrink the font down to a smallest size, then wrap onto the lines the box has, then cut
the last line with an ellipsis. Each text that had to be shrunk or cut is noted, so the
print can name the records whose text does not print whole at its size."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from anmc_desktop.printing.typesetting import Typesetter, plain

ELLIPSIS = "…"


class Fit(enum.StrEnum):
    WHOLE = "whole"
    SHRUNK = "shrunk"
    CUT = "cut"


@dataclass(frozen=True)
class Box:
    width: float
    lines: int  # how many lines the box holds at its smallest size
    size: float
    smallest: float
    bold: bool = False


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    fit: Fit


@dataclass(frozen=True)
class FitNote:
    """A field printed smaller than its size, or cut: ``label`` names its record."""

    label: str
    fit: Fit

    def __str__(self) -> str:
        how = "cut short" if self.fit is Fit.CUT else "printed smaller"
        return f"{self.label}: {how} to fit"


def fit(setter: Typesetter, text: str, box: Box) -> Fitted:
    """``text`` in ``box``: one line at the largest size that fits, else wrapped at the
    smallest size, the last line cut with an ellipsis when the box has too few lines."""
    text = plain(text)
    natural = setter.width(text, box.size, box.bold)
    if natural <= box.width:
        return Fitted((text,), box.size, Fit.WHOLE)
    # Widths grow linearly with the size: a hair under the exact ratio, so that rounding
    # never makes the shrunk line a fraction too wide and send it to the smallest size.
    shrunk = box.size * box.width / natural * (1 - 1e-9)
    if shrunk >= box.smallest and setter.width(text, shrunk, box.bold) <= box.width:
        return Fitted((text,), shrunk, Fit.SHRUNK)
    lines = setter.wrap(text, box.width, box.smallest, box.bold)
    if len(lines) <= box.lines:
        return Fitted(
            tuple(lines), box.smallest, Fit.WHOLE if box.smallest == box.size else Fit.SHRUNK
        )
    kept = lines[: box.lines - 1]
    rest = " ".join(lines[box.lines - 1 :])
    return Fitted((*kept, _cut(setter, rest, box)), box.smallest, Fit.CUT)


def _cut(setter: Typesetter, text: str, box: Box) -> str:
    """The longest start of ``text`` that fits the box's width with an ellipsis after it."""
    room = box.width - setter.width(ELLIPSIS, box.smallest, box.bold)
    keep = setter.longest_prefix(text, room, box.smallest, box.bold)
    return text[:keep].rstrip() + ELLIPSIS


def short(text: str, length: int = 60) -> str:
    """``text`` on one line, cut to ``length`` characters: a name in a note."""
    text = plain(text)
    return text if len(text) <= length else text[: length - 1].rstrip() + ELLIPSIS


class FitNotes(list[FitNote]):
    """The notes of one print, each once, in the order the fields were first fitted."""

    def fitted(self, setter: Typesetter, label: str, text: str, box: Box) -> Fitted:
        result = fit(setter, text, box)
        note = FitNote(label, result.fit)
        if result.fit is not Fit.WHOLE and note not in self:
            self.append(note)
        return result
