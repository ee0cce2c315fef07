"""``import declaration`` and ``export declaration``: drafts as .txt or .docx files.

An import with problems prints its preview and exits non-zero without writing anything;
``--dry-run`` prints the preview only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from anmc_desktop.commands.context import CommandContext, id_argument, path_argument
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.declaration_docx import write_declaration_docx
from anmc_desktop.exchange.draft_files import read_draft
from anmc_desktop.files import write_atomically
from anmc_desktop.records.languages import LANGUAGES

EXIT_IMPORT_PROBLEMS = 1


def register_import(source: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = source.add_parser(
        "declaration",
        help="a declaration's draft from a .txt or .docx file",
        description="Without --language: a new declaration of the meeting, its signature "
        "blocks matched to the meeting's persons. With --language: that language's text of "
        "the meeting's declaration (added, or replacing the one there is).",
    )
    importing.add_argument("--meeting", type=id_argument, required=True, metavar="ID")
    importing.add_argument(
        "--language", choices=sorted(LANGUAGES), metavar="CODE",
        help=f"the text's language: {', '.join(LANGUAGES)}",
    )  # fmt: skip
    importing.add_argument(
        "--dry-run", action="store_true", help="print what would happen, write nothing"
    )
    importing.add_argument("file", type=path_argument, metavar="FILE")
    importing.set_defaults(run=_import_declaration)


def register_export(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = what.add_parser(
        "declaration", help="the declaration (every text) as a Word file for comments"
    )
    export.add_argument("--meeting", type=id_argument, required=True, metavar="ID")
    export.add_argument("-o", "--output", type=path_argument, required=True, metavar="FILE.docx")
    export.set_defaults(run=_export_declaration)


def _import_declaration(context: CommandContext) -> int:
    arguments = context.arguments
    lines = read_draft(arguments.file.expanduser())
    # A dry run only reads: it works while the window holds the database.
    services = context.reading_services if arguments.dry_run else context.services
    importer = services.declaration_import
    preview = importer.preview(arguments.meeting, lines, arguments.language)
    for line in preview.lines():
        print(line, file=context.out)
    if preview.problems:
        print(f"anmc-desktop: {arguments.file.name}: nothing was imported.", file=sys.stderr)
        return EXIT_IMPORT_PROBLEMS
    if arguments.dry_run:
        return 0
    record = importer.apply(preview)
    print(f"imported {arguments.file.name}: declaration {record.id}", file=context.out)
    return 0


def _export_declaration(context: CommandContext) -> int:
    output: Path = context.arguments.output.expanduser()
    if output.suffix.lower() != ".docx":
        raise UserFacingError(f"{output.name}: the declaration is written as a .docx file.")
    document = context.reading_services.print_data.declaration(context.arguments.meeting)
    write_atomically(output, write_declaration_docx(document.declaration, document.signatories))
    print(context.arguments.output, file=context.out)
    return 0
