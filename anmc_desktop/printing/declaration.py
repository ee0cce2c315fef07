"""The declaration with its signing pages, in one original or one per signing city.

Title, opening, preamble, the transition formula, numbered clauses, the testimonium, then
one signature block per signatory in signing order (city, a line to sign on, the printed
name and title), in one or two columns. A block never splits across pages, and the first
signing page always carries the last clause and the testimonium, so no page of signatures
stands alone. With the alternat each city's original puts that city's block first.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from anmc_desktop.printing.fitting import Box, FitNotes, short
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import japanese_texts_of_signatories
from anmc_desktop.printing.page import (
    FOOTER_SIZE,
    INITIALS_BOX,
    MARGIN,
    Footer,
    MarkGroup,
    PageState,
    Paper,
    build_pdf,
    draw_footer_text,
    mark_signatures,
    page_of,
)
from anmc_desktop.printing.typesetting import Typesetter, other_name, plain
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord


class Originals(enum.StrEnum):
    SINGLE = "single"
    PER_CITY = "per-city"


@dataclass(frozen=True)
class DeclarationOptions:
    paper: Paper = Paper.A4
    columns: int = 2
    originals: Originals = Originals.SINGLE
    alternat: bool = False  # each city's original puts that city's block first
    initials_box: bool = False  # a box for initials in the footer of each page of text


@dataclass(frozen=True)
class Original:
    """One original: whose it is ("" for a single original) and its blocks in order."""

    owner: str
    signatories: tuple[SignatoryRecord, ...]

    @property
    def label(self) -> str:
        return f"Original for {self.owner}" if self.owner else ""


def originals_of(
    signatories: Sequence[SignatoryRecord], options: DeclarationOptions
) -> list[Original]:
    ordered = tuple(sorted(signatories, key=lambda s: s.position))
    if options.originals is Originals.SINGLE or not ordered:
        return [Original("", ordered)]
    originals = []
    for owner in ordered:
        blocks = ordered
        if options.alternat:
            blocks = (owner, *(s for s in ordered if s is not owner))
        originals.append(Original(owner.city_name, blocks))
    return originals


def city_line(signatory: SignatoryRecord) -> str:
    local = other_name(signatory.city_name, signatory.city_local_name)
    if local:
        return f"For {signatory.city_name} ({local})"
    return f"For {signatory.city_name}"


def printed_names(signatory: SignatoryRecord) -> list[str]:
    names = [signatory.latin_name or signatory.native_name]
    if signatory.native_name and signatory.native_name != names[0]:
        names.append(signatory.native_name)
    return names


def text_fields(
    declaration: DeclarationRecord, signatories: Sequence[SignatoryRecord]
) -> list[tuple[str, str]]:
    """Every text the document prints, labelled for the coverage check's message."""
    fields = [
        ("Declaration: title", declaration.title),
        ("Declaration: opening", declaration.opening),
        ("Declaration: transition", declaration.transition),
        ("Declaration: testimonium", declaration.testimonium),
    ]
    fields += [(f"Declaration: preamble {i}", t) for i, t in enumerate(declaration.preamble, 1)]
    fields += [(f"Declaration: clause {i}", t) for i, t in enumerate(declaration.clauses, 1)]
    for s in signatories:
        who = f"Signatory {s.position} ({s.city_name})"
        fields += [
            (f"{who}: city", city_line(s)),
            (f"{who}: name", s.latin_name),
            (f"{who}: native name", s.native_name),
            (f"{who}: title", s.title),
        ]
    return fields


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


def render_declaration(
    declaration: DeclarationRecord,
    signatories: Sequence[SignatoryRecord],
    options: DeclarationOptions = DeclarationOptions(),
    fonts: FontSet | None = None,
    notes: FitNotes | None = None,
) -> bytes:
    """The declaration as PDF bytes: every original, each numbered "page n of N";
    ``notes`` collects the signature blocks' fields that had to be shrunk or cut."""
    notes = FitNotes() if notes is None else notes
    fonts = fonts or FontSet(Face.SERIF)
    fonts.read_as_japanese(japanese_texts_of_signatories(signatories))
    fields = text_fields(declaration, signatories)
    fonts.check(fields)
    fonts.check(fields, bold=True)  # titles and city lines print in bold
    setter = Typesetter(fonts)
    story: list[Flowable] = []
    for index, original in enumerate(originals_of(signatories, options)):
        if index:
            story.append(PageBreak())
        story.append(MarkGroup(original.label))
        story.extend(_original_story(setter, declaration, original, options, notes))
    return build_pdf(
        story,
        options.paper,
        _footer(setter, plain(declaration.title), options.initials_box),
        title=plain(declaration.title),
        base_font=fonts.base_font(),
        subject=f"Declaration with signing pages, signed at {plain(declaration.place)}",
    )


def _original_story(
    setter: Typesetter,
    declaration: DeclarationRecord,
    original: Original,
    options: DeclarationOptions,
    notes: FitNotes,
) -> list[Flowable]:
    body = setter.style("body", 11, alignment=TA_JUSTIFY, leading=15, spaceAfter=7)
    story: list[Flowable] = []
    if original.label:
        label = setter.style("original", 9, alignment=TA_CENTER, textColor="#555555")
        story += [setter.paragraph(original.label.upper(), label), Spacer(1, 4 * mm)]
    title = setter.style("title", 16, bold=True, alignment=TA_CENTER, leading=21, spaceAfter=14)
    story.append(setter.paragraph(declaration.title, title, bold=True))
    if declaration.opening:
        story.append(setter.paragraph(declaration.opening, body))
    preamble = setter.style("preamble", 11, alignment=TA_JUSTIFY, leading=15, spaceAfter=7,
                            firstLineIndent=8 * mm)  # fmt: skip
    story += [setter.paragraph(text, preamble) for text in declaration.preamble]
    transition = setter.style("transition", 11, bold=True, leading=15, spaceBefore=4,
                              spaceAfter=9)  # fmt: skip
    if declaration.transition:
        story.append(setter.paragraph(declaration.transition, transition, bold=True))
    clause = setter.style("clause", 11, alignment=TA_JUSTIFY, leading=15, spaceAfter=7,
                          leftIndent=9 * mm, bulletIndent=0)  # fmt: skip
    clauses = [
        _numbered(setter, number, text, clause)
        for number, text in enumerate(declaration.clauses, start=1)
    ]
    testimonium = setter.style("testimonium", 11, alignment=TA_JUSTIFY, leading=15,
                               spaceBefore=8, spaceAfter=12 * mm)  # fmt: skip
    closing = [setter.paragraph(declaration.testimonium, testimonium)]
    columns = max(1, min(2, options.columns))
    blocks = [SignatureBlock(setter, signatory, notes) for signatory in original.signatories]
    rows = [BlockRow(blocks[i : i + columns], columns) for i in range(0, len(blocks), columns)]
    # The first signing page carries the last clause and the testimonium with it.
    story += clauses[:-1]
    story.append(KeepTogether(clauses[-1:] + closing + rows[:1]))
    story += rows[1:]
    return story


def _numbered(setter: Typesetter, number: int, text: str, style: ParagraphStyle) -> Flowable:
    return setter.paragraph(text, style, bullet=f"{number}.")


def _footer(setter: Typesetter, title: str, initials_box: bool) -> Footer:
    def draw(canvas: Canvas, state: PageState, width: float, height: float) -> None:
        y = MARGIN - 4 * mm
        canvas.setFillGray(0.35)
        room = width / 2 - MARGIN - 20 * mm  # the page number is centred
        draw_footer_text(canvas, setter, MARGIN, y, state.group or title, room)
        setter.draw(canvas, width / 2, y, page_of(state), FOOTER_SIZE, align="centre")
        canvas.setFillGray(0)
        if initials_box and not state.has_signatures:
            canvas.setLineWidth(0.5)
            box_x = width - MARGIN - INITIALS_BOX
            canvas.rect(box_x, y - 3 * mm, INITIALS_BOX, INITIALS_BOX * 0.7)
            setter.draw(canvas, box_x - 2 * mm, y, "Initials", FOOTER_SIZE, align="right")

    return draw
