"""The declaration with its signing pages, in one original or one per signing city.

Title, opening, preamble, the transition formula, numbered clauses, the testimonium, then
one signature block per signatory in signing order (city, a line to sign on, the printed
name and title), in one or two columns, laid out by treaty practice (``signing_pages``).
With the alternat each city's original puts that city's block first. The optional
initials box stands at the foot of every page, signature pages included.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from anmc_desktop.collector import collector_paused
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.declaration_footer import declaration_footer
from anmc_desktop.printing.declaration_texts import one_after_another, side_by_side
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import japanese_texts_of_signatories
from anmc_desktop.printing.page import MarkGroup, Paper, build_pdf, frame_size
from anmc_desktop.printing.signature_blocks import block_rows
from anmc_desktop.printing.signing_pages import signing_section
from anmc_desktop.printing.typesetting import Typesetter, plain
from anmc_desktop.printing.wording import ENGLISH, Wording
from anmc_desktop.records.declaration_check import refuse_unless_ready
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord, city_line
from anmc_desktop.records.languages import language_name


class TextLayout(enum.StrEnum):
    """How the authentic texts print: one after another, or two side by side."""

    ONE_AFTER_ANOTHER = "one-after-another"
    SIDE_BY_SIDE = "side-by-side"


class Originals(enum.StrEnum):
    SINGLE = "single"
    PER_CITY = "per-city"


@dataclass(frozen=True)
class DeclarationOptions:
    paper: Paper = Paper.A4
    columns: int = 2
    originals: Originals = Originals.SINGLE
    alternat: bool = False  # each city's original puts that city's block first
    initials_box: bool = False  # a box for initials in the footer of every page
    # When a draft is printed (its DRAFT mark says so); None: now.
    printed_at: dt.datetime | None = None
    texts: TextLayout = TextLayout.ONE_AFTER_ANOTHER

    def __post_init__(self) -> None:
        if self.alternat and self.originals is not Originals.PER_CITY:
            raise UserFacingError(
                "The alternat puts each city's own block first in that city's original: "
                "it needs one original per signing city (--originals per-city)."
            )


@dataclass(frozen=True)
class Original:
    """One original: whose it is ("" for a single original) and its blocks in order."""

    owner: str
    signatories: tuple[SignatoryRecord, ...]

    def label(self, wording: Wording = ENGLISH) -> str:
        if not self.owner:
            return ""
        return wording.gettext("Original for {city}").format(city=self.owner)


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


def text_fields(
    declaration: DeclarationRecord, signatories: Sequence[SignatoryRecord]
) -> list[tuple[str, str]]:
    """Every text the document prints, labelled for the coverage check's message."""
    fields = []
    for version in declaration.versions:
        where = "Declaration"
        if len(declaration.versions) > 1:
            where += f" ({language_name(version.language)})"
        fields += [
            (f"{where}: title", version.title),
            (f"{where}: opening", version.opening),
            (f"{where}: transition", version.transition),
            (f"{where}: testimonium", declaration.testimonium_of(version)),
        ]
        fields += [(f"{where}: preamble {i}", t) for i, t in enumerate(version.preamble, 1)]
        fields += [(f"{where}: clause {i}", t) for i, t in enumerate(version.clauses, 1)]
    for s in signatories:
        who = f"Signatory {s.position} ({s.city_name})"
        fields += [
            (f"{who}: city", city_line(s)),
            (f"{who}: name", s.latin_name),
            (f"{who}: native name", s.native_name),
            (f"{who}: title", s.title),
        ]
    return fields


@collector_paused(leaves_cycles=True)
def render_declaration(
    declaration: DeclarationRecord,
    signatories: Sequence[SignatoryRecord],
    options: DeclarationOptions = DeclarationOptions(),
    fonts: FontSet | None = None,
    notes: FitNotes | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """The declaration as PDF bytes: every original, each numbered "page n of N";
    ``notes`` collects the signature blocks' fields that had to be shrunk or cut. The
    texts print as they are; the words around them (footer, originals, the draft's mark)
    in the document language (``wording``)."""
    notes = FitNotes() if notes is None else notes
    if declaration.is_final:
        refuse_unless_ready(declaration, signatories)
    if options.texts is TextLayout.SIDE_BY_SIDE and len(declaration.versions) != 2:
        raise UserFacingError(
            "Side by side prints two texts; this declaration has "
            f"{len(declaration.versions)}: print them one after another."
        )
    fonts = fonts or FontSet(Face.SERIF)
    fields = text_fields(declaration, signatories)
    fonts.read_as_japanese(
        japanese_texts_of_signatories(signatories)
        | {text for label, text in fields if label.startswith("Declaration (Japanese)")}
    )
    fonts.check(fields)
    fonts.check(fields, bold=True)  # titles and city lines print in bold
    setter = Typesetter(fonts)
    story: list[Flowable] = []
    for index, original in enumerate(originals_of(signatories, options)):
        if index:
            story.append(PageBreak())
        story.append(MarkGroup(original.label(wording)))
        story.extend(_original_story(setter, declaration, original, options, notes, wording))
    title = " / ".join(plain(version.title) for version in declaration.versions)
    return build_pdf(
        story,
        options.paper,
        declaration_footer(
            setter,
            title,
            options.initials_box,
            None if declaration.is_final else options.printed_at or dt.datetime.now(),
            wording,
        ),
        title=title,
        base_font=fonts.base_font(),
        subject=wording.gettext("Declaration with signing pages, signed at {place}").format(
            place=plain(declaration.place)
        ),
        language=wording.language,
    )


def _original_story(
    setter: Typesetter,
    declaration: DeclarationRecord,
    original: Original,
    options: DeclarationOptions,
    notes: FitNotes,
    wording: Wording,
) -> list[Flowable]:
    story: list[Flowable] = []
    if owner := original.label(wording):
        label = setter.style("original", 9, alignment=TA_CENTER, textColor="#555555")
        story += [setter.paragraph(owner.upper(), label), Spacer(1, 4 * mm)]
    frame = frame_size(options.paper)
    if options.texts is TextLayout.SIDE_BY_SIDE:
        text = side_by_side(setter, declaration, frame[0])
    else:
        text = one_after_another(setter, declaration)
    rows = block_rows(setter, original.signatories, options.columns, notes)
    return [*story, *text.body, *signing_section(text.tail, rows, frame)]
