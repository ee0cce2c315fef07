"""``print KIND`` and ``fonts``."""

from __future__ import annotations

import argparse
import sys

from anmc_desktop import paths
from anmc_desktop.commands.context import CommandContext, id_argument, path_argument
from anmc_desktop.files import write_atomically
from anmc_desktop.printing.badges import BadgeLayout
from anmc_desktop.printing.declaration import DeclarationOptions, Originals
from anmc_desktop.printing.delegations import CityOrder, DelegationListOptions
from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.printing.font_report import script_fonts
from anmc_desktop.printing.fonts import FontFace
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.page import Paper


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = subcommands.add_parser(
        "print",
        help="write a meeting's document as PDF",
        description="Write a document of a meeting as a PDF file, fonts embedded.",
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
    printing.add_argument("-o", "--output", type=path_argument, required=True, metavar="FILE.pdf")
    printing.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
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
        "--initials",
        action="store_true",
        help="a box for initials in the footer of every page of text",
    )
    delegations = printing.add_argument_group("delegations")
    delegations.add_argument(
        "--order",
        choices=[o.value for o in CityOrder],
        default=CityOrder.ALPHABETICAL.value,
        help="the order of the cities",
    )
    delegations.add_argument("--contacts", action="store_true", help="add e-mail and phone")
    delegations.add_argument("--travel", action="store_true", help="add arrival and departure")
    badges = printing.add_argument_group("badges")
    badges.add_argument(
        "--layout",
        choices=[layout.value for layout in BadgeLayout],
        default=BadgeLayout.FOUR_PER_SHEET.value,
        help="four badges to a sheet with cut marks, or one per A6 card",
    )
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
    return PrintRequest(
        kind=DocumentKind(arguments.kind),
        meeting_id=arguments.meeting,
        paper=Paper(arguments.paper),
        declaration=DeclarationOptions(
            columns=arguments.columns,
            originals=Originals(arguments.originals),
            alternat=arguments.alternat,
            initials_box=arguments.initials,
        ),
        delegations=DelegationListOptions(
            order=CityOrder(arguments.order),
            contacts=arguments.contacts,
            travel=arguments.travel,
        ),
        badge_layout=BadgeLayout(arguments.layout),
    )


def _print(context: CommandContext) -> int:
    request = request_from(context.arguments)
    notes = FitNotes()
    pdf = render(request, context.reading_services.print_data.for_request(request), notes)
    write_atomically(context.arguments.output.expanduser(), pdf)
    for note in notes:
        print(f"anmc-desktop: {note}", file=sys.stderr)
    print(context.arguments.output, file=context.out)
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
