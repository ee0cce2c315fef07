"""The authentic texts of a declaration as flowables: one after another, or two side by
side, paragraph against paragraph and clause against clause.

Each layout returns the text up to its last clause and, apart, its ``tail``: the last
clause and the testimonium, which the signing page keeps with the first signature blocks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from anmc_desktop.printing.bookmarks import Bookmark
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.records.declarations import DeclarationDraft, DeclarationVersion

_COLUMN_GAP = 8 * mm


@dataclass(frozen=True)
class TextStyles:
    title: ParagraphStyle
    body: ParagraphStyle
    preamble: ParagraphStyle
    transition: ParagraphStyle
    clause: ParagraphStyle
    testimonium: ParagraphStyle

    @classmethod
    def of(cls, setter: Typesetter, size: float = 11) -> TextStyles:
        leading = size * 15 / 11
        text = {"alignment": TA_JUSTIFY, "leading": leading, "spaceAfter": 7}
        return cls(
            title=setter.style("title", size + 5, bold=True, alignment=TA_CENTER,
                               leading=size * 21 / 11, spaceAfter=14),
            body=setter.style("body", size, **text),
            preamble=setter.style("preamble", size, firstLineIndent=8 * mm, **text),
            transition=setter.style("transition", size, bold=True, leading=leading,
                                    spaceBefore=4, spaceAfter=9),
            clause=setter.style("clause", size, leftIndent=9 * mm, bulletIndent=0, **text),
            testimonium=setter.style("testimonium", size, alignment=TA_JUSTIFY,
                                     leading=leading, spaceBefore=8, spaceAfter=12 * mm),
        )  # fmt: skip


@dataclass(frozen=True)
class Text:
    """A text laid out: everything before its tail, and the tail (last clause, testimonium)."""

    body: list[Flowable]
    tail: list[Flowable]


CLAUSES = "Clauses"  # the outline entry where a text's numbered clauses begin


def _parts(
    setter: Typesetter, styles: TextStyles, draft: DeclarationDraft, version: DeclarationVersion
) -> tuple[list[Flowable | None], list[Flowable], Flowable]:
    """The version's paragraphs before its clauses (None where it has none), its numbered
    clauses, and its testimonium."""
    before: list[Flowable | None] = [
        setter.paragraph(version.title, styles.title, bold=True),
        setter.paragraph(version.opening, styles.body) if version.opening else None,
        *(setter.paragraph(text, styles.preamble) for text in version.preamble),
        setter.paragraph(version.transition, styles.transition, bold=True)
        if version.transition
        else None,
    ]
    clauses = [
        setter.paragraph(text, styles.clause, bullet=f"{number}.")
        for number, text in enumerate(version.clauses, start=1)
    ]
    testimonium = setter.paragraph(draft.testimonium_of(version), styles.testimonium)
    return before, clauses, testimonium


def one_after_another(setter: Typesetter, draft: DeclarationDraft) -> Text:
    """Each text whole, each starting on a page of its own, the last one's tail apart."""
    styles = TextStyles.of(setter)
    body: list[Flowable] = []
    tail: list[Flowable] = []
    for index, version in enumerate(draft.versions):
        if index:
            body.append(PageBreak())
        before, clauses, testimonium = _parts(setter, styles, draft, version)
        body.append(Bookmark(version.title or version.language))
        body += [flowable for flowable in before if flowable is not None]
        body.append(Bookmark(CLAUSES, level=1))
        last = index == len(draft.versions) - 1
        body += clauses[:-1] if last else [*clauses, testimonium]
        tail = [*clauses[-1:], testimonium]
    return Text(body, tail)


def side_by_side(setter: Typesetter, draft: DeclarationDraft, width: float) -> Text:
    """Two texts in two columns, each paragraph beside its counterpart."""
    left, right = draft.versions
    styles = TextStyles.of(setter, size=10)
    before_left, clauses_left, closing_left = _parts(setter, styles, draft, left)
    before_right, clauses_right, closing_right = _parts(setter, styles, draft, right)
    column = (width - _COLUMN_GAP) / 2
    # Title, opening, preamble paragraphs and transition side by side (the preambles may
    # differ in number in a draft: the shorter one leaves its cells empty).
    preamble = max(len(before_left), len(before_right)) - 3
    rows = [
        _pair(a, b, column)
        for a, b in zip(_heads(before_left, preamble), _heads(before_right, preamble), strict=True)
        if a is not None or b is not None
    ]
    clause_rows = [
        _pair(a, b, column) for a, b in itertools.zip_longest(clauses_left, clauses_right)
    ]
    titles = " / ".join(version.title for version in (left, right) if version.title)
    return Text(
        [Bookmark(titles), *rows, Bookmark(CLAUSES, level=1), *clause_rows[:-1]],
        [*clause_rows[-1:], _pair(closing_left, closing_right, column)],
    )


def _heads(before: list[Flowable | None], preamble: int) -> list[Flowable | None]:
    """Title, opening, ``preamble`` preamble paragraphs (padded), transition."""
    return [*before[:2], *_padded(before[2:-1], preamble), before[-1]]


def _padded(items: Sequence[Flowable | None], length: int) -> list[Flowable | None]:
    return [*items, *([None] * (length - len(items)))]


def _pair(left: Flowable | None, right: Flowable | None, column: float) -> Table:
    """A row of two cells; the space the paragraphs ask for around them becomes padding
    (a table cell does not give it)."""
    cells = [flowable for flowable in (left, right) if flowable is not None]
    before = max(flowable.getSpaceBefore() for flowable in cells)
    after = max(flowable.getSpaceAfter() for flowable in cells)
    table = Table(
        [[left or "", right or ""]], colWidths=[column + _COLUMN_GAP, column], spaceBefore=before,
        spaceAfter=after,
    )  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), _COLUMN_GAP),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
