"""``print KIND`` and ``fonts``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from anmc_desktop import languages, paths
from anmc_desktop.commands.context import CommandContext, id_argument, path_argument
from anmc_desktop.commands.progress_bar import add_progress_option, progress_for
from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.declaration import DeclarationOptions, Originals, TextLayout
from anmc_desktop.printing.delegations import CityOrder, DelegationListOptions
from anmc_desktop.printing.documents import (
    DeclarationDocument,
    DocumentKind,
    MeetingReportDocument,
    PlaceCardOrder,
    PrintRequest,
    render,
    render_docx,
)
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.printing.font_report import script_fonts
from anmc_desktop.printing.fonts import FontFace
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.letters import LetterOptions
from anmc_desktop.printing.page import Paper
from anmc_desktop.printing.seating_plan import PlanPaper
from anmc_desktop.progress import GATHERING
from anmc_desktop.records.declaration_check import pre_print_check

DOCUMENT_PAPERS = [p.value for p in Paper]
PLAN_PAPERS = [p.value for p in PlanPaper]
PAPERS = list(dict.fromkeys(DOCUMENT_PAPERS + PLAN_PAPERS))


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = subcommands.add_parser(
        "print",
        help="write a meeting's document as PDF",
        description="Write a document of a meeting as a PDF file, fonts embedded (the "
        "meeting report also as .docx, when FILE ends in .docx).",
    )
    printing.add_argument(
        "kind",
        choices=[kind.value for kind in DocumentKind],
        metavar="KIND",
        help="one of: " + ", ".join(kind.value for kind in DocumentKind),
    )
    printing.add_argument(
        "--meeting",
        type=id_argument,
        required=True,
        metavar="ID",
        help="the meeting's id (see `anmc-desktop meetings`)",
    )
    printing.add_argument(
        "-o", "--output", type=path_argument, required=True, metavar="FILE",
        help="the PDF (or .docx, or .zip of one file per delegation, for letters; .docx for "
        "the meeting report)",
    )  # fmt: skip
    printing.add_argument(
        "--paper", choices=PAPERS, default=None,
        help="a4 unless given; the seating plan: a3 (or a4), landscape",
    )  # fmt: skip
    printing.add_argument(
        "--language",
        dest="document_language",
        choices=languages.LANGUAGES,
        default=languages.SOURCE_LANGUAGE,
        help="the document language of headings, column titles, roles, statuses and dates "
        "(names and the declaration's text print as they are)",
    )
    declaration = printing.add_argument_group("declaration")
    declaration.add_argument(
        "--originals",
        choices=[o.value for o in Originals],
        default=Originals.SINGLE.value,
        help="one original, or one per signing city",
    )
    declaration.add_argument(
        "--alternat",
        action="store_true",
        help="each city's original puts its own signature block first",
    )
    declaration.add_argument(
        "--columns",
        type=int,
        choices=[1, 2],
        default=2,
        help="signature blocks side by side (2) or one under another (1)",
    )
    declaration.add_argument(
        "--texts",
        choices=[layout.value for layout in TextLayout],
        default=TextLayout.ONE_AFTER_ANOTHER.value,
        help="the authentic texts one after another, or two side by side",
    )
    declaration.add_argument(
        "--initials",
        action="store_true",
        help="a box for initials in the footer of every page, signing pages included",
    )
    delegations = printing.add_argument_group("delegations")
    delegations.add_argument(
        "--order",
        choices=[*(o.value for o in CityOrder), PlaceCardOrder.SEATING.value],
        default=CityOrder.ALPHABETICAL.value,
        help="the order of the cities; place cards: seating (as the seating plan seats them)",
    )
    delegations.add_argument("--contacts", action="store_true", help="add e-mail and phone")
    delegations.add_argument("--travel", action="store_true", help="add arrival and departure")
    badges = printing.add_argument_group("badges")
    badges.add_argument(
        "--layout",
        choices=[layout.value for layout in BadgeLayout],
        default=BadgeLayout.SHEET.value,
        help="sheet: as many 85 x 120 mm badges as fit the paper, each with 3 mm of bleed and "
        "crop marks; single: one per page of the badge's size with its bleed (/TrimBox set)",
    )
    badges.add_argument(
        "--person", type=id_argument, action="append", default=[], metavar="ID", dest="persons",
        help="reprint this person's badge only (repeat for a chosen set)",
    )  # fmt: skip
    letters = printing.add_argument_group("invitation-letters, visa-letters")
    letters.add_argument(
        "--template",
        type=path_argument,
        metavar="FILE.txt",
        help="a letter template of your own (UTF-8 text with ${placeholders}); default: the "
        "shipped one in the delegation's language (Russian, Japanese), else in --language",
    )
    letters.add_argument(
        "--letterhead",
        type=path_argument,
        metavar="IMAGE",
        help="a PNG or JPEG image on top of each letter",
    )
    letters.add_argument(
        "--per-delegation",
        action="store_true",
        help="a zip of one file per delegation instead of one file of all letters",
    )
    letters.add_argument("--docx", action="store_true", help="write .docx to edit, not PDF")
    add_progress_option(printing)
    printing.set_defaults(run=_print)  # fmt: skip

    fonts = subcommands.add_parser(
        "fonts", help="list each script and the installed font that will print it"
    )
    fonts.add_argument(
        "--face", choices=[face.value for face in Face], default=Face.SANS.value,
        help="the sans-serif fonts (lists, badges) or the serif ones (the declaration)",
    )  # fmt: skip
    fonts.set_defaults(run=_list_fonts)


def request_from(arguments: argparse.Namespace) -> PrintRequest:
    """The request the arguments ask for; UserFacingError for options of the wrong kind."""
    kind = DocumentKind(arguments.kind)
    by_seating = arguments.order == PlaceCardOrder.SEATING.value
    if by_seating and kind is not DocumentKind.PLACE_CARDS:
        raise UserFacingError("--order seating is for place cards only.")
    if arguments.persons and kind is not DocumentKind.BADGES:
        raise UserFacingError("--person is for badges only.")
    paper = arguments.paper
    allowed = PLAN_PAPERS if kind is DocumentKind.SEATING else DOCUMENT_PAPERS
    if paper is not None and paper not in allowed:
        raise UserFacingError(f"--paper for {kind.value}: one of {', '.join(allowed)}.")
    seating = kind is DocumentKind.SEATING
    return PrintRequest(
        kind=kind,
        meeting_id=arguments.meeting,
        paper=Paper(paper) if paper and not seating else Paper.A4,
        plan_paper=PlanPaper(paper) if paper and seating else PlanPaper.A3,
        declaration=DeclarationOptions(
            columns=arguments.columns,
            originals=Originals(arguments.originals),
            alternat=arguments.alternat,
            initials_box=arguments.initials,
            texts=TextLayout(arguments.texts),
        ),
        delegations=DelegationListOptions(
            order=CityOrder.ALPHABETICAL if by_seating else CityOrder(arguments.order),
            contacts=arguments.contacts,
            travel=arguments.travel,
        ),
        badge_layout=BadgeLayout(arguments.layout),
        language=arguments.document_language,
        letters=LetterOptions(
            template=_read_file(arguments.template, "letter template").decode("utf-8-sig")
            if arguments.template
            else None,
            letterhead=_read_file(arguments.letterhead, "letterhead")
            if arguments.letterhead
            else None,
            per_delegation=arguments.per_delegation,
            docx=arguments.docx,
        ),
        person_ids=tuple(arguments.persons),
        place_card_order=PlaceCardOrder.SEATING if by_seating else PlaceCardOrder.CITY,
    )


def _read_file(path: Path, what: str) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except OSError as error:
        raise UserFacingError(f"The {what} {path} cannot be read: {error.strerror}.") from error


def _print(context: CommandContext) -> int:
    request = request_from(context.arguments)
    notes = FitNotes()
    output = context.arguments.output.expanduser()
    with progress_for(context.arguments) as progress:
        progress.step(GATHERING)
        document = context.reading_services.print_data.for_request(request)
        if output.suffix.lower() == ".docx" and isinstance(document, MeetingReportDocument):
            content = render_docx(document)
        elif output.suffix.lower() == ".docx" and request.kind.letter is None:
            raise UserFacingError("Only the meeting report and letters are written as .docx.")
        else:
            content = render(request, document, notes, progress)
        progress.step("Writing the file")
        write_atomically(output, content)
    for note in notes:
        print(f"anmc-desktop: {note}", file=sys.stderr)
    print(context.arguments.output, file=context.out)
    if isinstance(document, DeclarationDocument):
        report = pre_print_check(document.declaration, document.signatories).report()
        if report:
            print(f"Before the final print:\n{report}", file=sys.stderr)
    return 0


def _face_text(face: FontFace | None) -> str:
    if face is None:
        return "-"
    index = f" #{face.index}" if face.index else ""
    return f"{face.family} ({face.path}{index})"


def _list_fonts(context: CommandContext) -> int:
    rows = script_fonts(FontSet(Face(context.arguments.face)))
    print("script\tfont\tbold font", file=context.out)
    for row in rows:
        if row.regular is None or not row.draws_specimen:
            font = f"MISSING: install the Debian package {row.debian_package}"
        else:
            font = _face_text(row.regular)
        print(f"{row.script.label}\t{font}\t{_face_text(row.bold)}", file=context.out)
    print(f"Extra TrueType fonts are read from {paths.fonts_dir()}", file=context.out)
    return 0
