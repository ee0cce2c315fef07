"""Invitation and visa support letters as PDF (shaped like every printed text, so every
script prints right) or as .docx to edit: the letterhead image the organizer chose at the
top of each letter; all letters in one file, or one file per delegation in a zip."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, PageBreak, Spacer

from anmc_desktop.collector import collector_paused
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.letter_docx import letters_docx
from anmc_desktop.printing.letter_text import Letter, LetterKind, letters
from anmc_desktop.printing.page import (
    FOOTER_SIZE,
    MARGIN,
    Footer,
    MarkGroup,
    PageState,
    Paper,
    build_pdf,
    page_of,
)
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import wording
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail

LETTERHEAD_HEIGHT = 32 * mm
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class LetterOptions:
    template: str | None = None  # the text of the organizer's own template; else the defaults
    letterhead: bytes | None = None  # a PNG or JPEG image
    per_delegation: bool = False  # a zip of one file per delegation, else one file
    docx: bool = False  # .docx to edit, else PDF


def check_letterhead(image: bytes) -> tuple[int, int]:
    """The image's size in pixels; UserFacingError if it is no PNG or JPEG image."""
    if not image.startswith(_IMAGE_SIGNATURES):
        raise UserFacingError("The letterhead must be a PNG or JPEG image.")
    try:
        width, height = ImageReader(io.BytesIO(image)).getSize()
    except Exception as error:  # PIL raises many kinds for a damaged image
        raise UserFacingError("The letterhead image cannot be read: it is damaged.") from error
    return int(width), int(height)


def letterhead_size(image: bytes, width: float, height: float) -> tuple[float, float]:
    """The image scaled to fit ``width`` by ``height``, its proportions kept."""
    pixels_wide, pixels_high = check_letterhead(image)
    scale = min(width / pixels_wide, height / pixels_high)
    return pixels_wide * scale, pixels_high * scale


def _letter_flowables(
    setter: Typesetter, letter: Letter, letterhead: bytes | None, text_width: float
) -> list[Flowable]:
    flowables: list[Flowable] = [MarkGroup(_group(letter))]
    if letterhead is not None:
        width, height = letterhead_size(letterhead, text_width, LETTERHEAD_HEIGHT)
        flowables += [Image(io.BytesIO(letterhead), width, height), Spacer(1, 8 * mm)]
    line_style = setter.style("letter", 11, leading=15)
    for paragraph in letter.paragraphs:
        flowables += [setter.paragraph(line, line_style) for line in paragraph if line.strip()]
        flowables.append(Spacer(1, 11))
    return flowables


def _group(letter: Letter) -> str:
    return f"{letter.city}: {letter.recipient}"


def _footer(setter: Typesetter, found: Sequence[Letter]) -> Footer:
    """Only "page n of N", in the letter's language, under a letter longer than a page."""
    languages = {_group(letter): letter.language for letter in found}

    def draw(canvas: Canvas, state: PageState, width: float, height: float) -> None:
        if state.count > 1:
            canvas.setFillGray(0.35)
            page = page_of(state, wording(languages.get(state.group, "en")))
            setter.draw(canvas, width - MARGIN, MARGIN - 4 * mm, page, FOOTER_SIZE,
                        align="right")  # fmt: skip
            canvas.setFillGray(0)

    return draw


def letters_pdf(
    title: str,
    found: Sequence[Letter],
    options: LetterOptions,
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    language: str = "en",
) -> bytes:
    """``title``: the file's, in the document ``language``."""
    if not found:
        raise UserFacingError("There are no letters to print: no visiting delegation.")
    fonts = fonts or FontSet(Face.SERIF)
    fonts.check(
        [(f"{letter.city}: letter", line) for letter in found
         for paragraph in letter.paragraphs for line in paragraph]
    )  # fmt: skip
    setter = Typesetter(fonts)
    text_width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = []
    for index, letter in enumerate(found):
        if index:
            story.append(PageBreak())
        story += _letter_flowables(setter, letter, options.letterhead, text_width)
    return build_pdf(
        story, paper, _footer(setter, found), title=title, base_font=fonts.base_font(),
        subject=title, language=language,
    )  # fmt: skip


@collector_paused(leaves_cycles=True)
def render_letters(
    kind: LetterKind,
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    options: LetterOptions = LetterOptions(),
    paper: Paper = Paper.A4,
    language: str = "en",
) -> bytes:
    """One PDF or .docx of every letter, or a zip of one file per delegation; letters to
    cities of no template's language (and an own template) in the document ``language``."""
    if options.letterhead is not None:
        check_letterhead(options.letterhead)
    found = letters(kind, meeting, delegations, options.template, document_language=language)
    words = wording(language)
    if kind is LetterKind.INVITATION:
        title = words.gettext("Invitation letters: {title}")
    else:
        title = words.gettext("Visa support letters: {title}")

    def one_file(chosen: Sequence[Letter]) -> bytes:
        if options.docx:
            return letters_docx(chosen, options.letterhead, paper)
        return letters_pdf(
            title.format(title=meeting.title), chosen, options, paper, language=language
        )

    if not options.per_delegation:
        return one_file(found)
    by_city: dict[str, list[Letter]] = {}
    for letter in found:
        by_city.setdefault(letter.city, []).append(letter)
    suffix = "docx" if options.docx else "pdf"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for city, city_letters in by_city.items():
            archive.writestr(f"{kind.value}-{_file_name(city)}.{suffix}", one_file(city_letters))
    return buffer.getvalue()


def _file_name(city: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in city).strip("-") or "city"
