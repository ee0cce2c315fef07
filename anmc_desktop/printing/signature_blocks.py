"""Signature blocks: per signatory the city, room to sign, a line, the printed name(s) and
the title; set in rows of one or two blocks, a row never split across pages."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from anmc_desktop.printing.fitting import Box, FitNotes, short
from anmc_desktop.printing.page import mark_signatures
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.records.declarations import SignatoryRecord, city_line


def printed_names(signatory: SignatoryRecord) -> list[str]:
    names = [signatory.latin_name or signatory.native_name]
    if signatory.native_name and signatory.native_name != names[0]:
        names.append(signatory.native_name)
    return names


class SignatureBlock(Flowable):
    """City, room to sign, a line, the printed name(s) and the title; never split."""

    SIGNING_ROOM = 16 * mm

    def __init__(self, typesetter: Typesetter, signatory: SignatoryRecord, notes: FitNotes) -> None:
        super().__init__()
        self.typesetter = typesetter
        self.signatory = signatory
        self.notes = notes
        self._city: list[tuple[str, float, bool]] = []
        self._below: list[tuple[str, float, bool]] = []

    def _lines(self, field: str, text: str, box: Box) -> list[tuple[str, float, bool]]:
        """The text fitted to its box (see ``fitting``): a block never grows past a page."""
        who = f"{short(self.signatory.city_name)}: {short(printed_names(self.signatory)[0])}"
        fitted = self.notes.fitted(self.typesetter, f"{who}: {field}", text, box)
        return [(line, fitted.size, box.bold) for line in fitted.lines]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width = available_width
        self.width = width
        city = self._lines("city", city_line(self.signatory), Box(width, 2, 10.5, 8, bold=True))
        names = [
            line
            for name in printed_names(self.signatory)
            for line in self._lines("name", name, Box(width, 2, 10.5, 8))
        ]
        title = self._lines("title", self.signatory.title, Box(width, 4, 9.5, 7.5))
        self._city, self._below = city, names + (title if self.signatory.title else [])
        self.height = (
            sum(size * 1.35 for _, size, _ in city)
            + self.SIGNING_ROOM
            + 4
            + sum(size * 1.35 for _, size, _ in self._below)
            + 8 * mm
        )
        return width, self.height

    def draw(self) -> None:
        canvas = self.canv
        mark_signatures(canvas)
        y = self.height
        for text, size, bold in self._city:
            y -= size * 1.35
            self.typesetter.draw(canvas, 0, y + size * 0.25, text, size, bold)
        y -= self.SIGNING_ROOM
        canvas.setLineWidth(0.6)
        canvas.line(0, y, min(self.width, 75 * mm), y)
        y -= 4
        for text, size, bold in self._below:
            y -= size * 1.35
            self.typesetter.draw(canvas, 0, y + size * 0.25, text, size, bold)


class BlockRow(Flowable):
    """One row of signature blocks side by side; a row is never split."""

    GAP = 12 * mm

    def __init__(self, blocks: Sequence[SignatureBlock], columns: int) -> None:
        super().__init__()
        self.blocks = list(blocks)
        self.columns = columns

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.column_width = (available_width - self.GAP * (self.columns - 1)) / self.columns
        heights = [b.wrap(self.column_width, available_height)[1] for b in self.blocks]
        self.height = max(heights)
        return self.width, self.height

    def draw(self) -> None:
        for index, block in enumerate(self.blocks):
            x = index * (self.column_width + self.GAP)
            block.drawOn(self.canv, x, self.height - block.height)


def block_rows(
    typesetter: Typesetter,
    signatories: Sequence[SignatoryRecord],
    columns: int,
    notes: FitNotes,
) -> list[BlockRow]:
    """The blocks of these signatories, in their order, ``columns`` to a row (1 or 2);
    ``notes`` collects the fields that had to be shrunk or cut."""
    columns = max(1, min(2, columns))
    blocks = [SignatureBlock(typesetter, signatory, notes) for signatory in signatories]
    return [BlockRow(blocks[i : i + columns], columns) for i in range(0, len(blocks), columns)]
