"""``export delegations|agenda|meeting|declaration`` and the logistics lists (``export
arrivals``, ``rooming``, ``dietary``, ``transport``); ``import
persons|meeting|undo|declaration``.

An output file is written only once its content is complete; an import with errors
prints the preview and exits non-zero without writing anything.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from anmc_desktop.commands import declaration_files, undo_records
from anmc_desktop.commands.context import CommandContext, id_argument, path_argument
from anmc_desktop.commands.progress_bar import add_progress_option, progress_for
from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.delegation_list import COLUMNS, DEFAULT_COLUMNS, ListOptions, Order
from anmc_desktop.exchange.header_recognition import suggest
from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.exchange.person_fields import DateOrder, Field
from anmc_desktop.exchange.rows_left_out import report_path
from anmc_desktop.files import write_atomically
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.logistics import LogisticsKind
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services.export_data import ExportFormat

EXIT_IMPORT_ERRORS = 1
_ChoiceT = TypeVar("_ChoiceT", DelegationStatus, PersonRole)


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subcommands.add_parser(
        "export", help="write delegation lists, the agenda or a meeting"
    )
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)

    delegations = what.add_parser("delegations", help="the delegation list as CSV, XLSX or PDF")
    _meeting_option(delegations)
    delegations.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    _output_option(delegations)
    delegations.add_argument(
        "--columns",
        nargs="+",
        default=list(DEFAULT_COLUMNS),
        help=f"in order, separated by spaces or commas; from: {', '.join(COLUMNS)}",
    )
    delegations.add_argument(
        "--status",
        nargs="+",
        help=f"delegation statuses: {', '.join(s.value for s in DelegationStatus)}",
    )
    delegations.add_argument(
        "--roles", nargs="+", help=f"roles: {', '.join(r.value for r in PersonRole)}"
    )
    delegations.add_argument(
        "--cities", nargs="+", help="English city names, comma-separated (default: all)"
    )
    delegations.add_argument("--order", choices=[o.value for o in Order], default=Order.CITY.value)
    delegations.add_argument(
        "--sheet-per-city", action="store_true", help="XLSX: one sheet per city"
    )
    delegations.add_argument(
        "--include-placeholders", action="store_true", help="list unnamed placeholder heads too"
    )
    delegations.set_defaults(run=_export_delegations)

    agenda = what.add_parser("agenda", help="the agenda as iCalendar (.ics)")
    _meeting_option(agenda)
    agenda.add_argument("--format", required=True, choices=["ics"])
    _output_option(agenda)
    agenda.set_defaults(run=_export_agenda)

    for kind in LogisticsKind:
        logistics = what.add_parser(
            kind.value, help=f"the {kind.label.lower()} as CSV, XLSX or PDF"
        )
        _meeting_option(logistics)
        logistics.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
        _output_option(logistics)
        logistics.set_defaults(run=_export_logistics, logistics=kind)

    meeting = what.add_parser("meeting", help="a whole meeting as one JSON file")
    _meeting_option(meeting)
    _output_option(meeting)
    meeting.add_argument(
        "--include-personal-data",
        action="store_true",
        help="write the persons' passport numbers, expiry dates and nationalities too",
    )
    meeting.set_defaults(run=_export_meeting)
    declaration_files.register_export(what)

    importing = subcommands.add_parser("import", help="read persons or a whole meeting")
    source = importing.add_subparsers(dest="what", metavar="WHAT", required=True)

    persons = source.add_parser("persons", help="persons from a CSV or XLSX file")
    _meeting_option(persons)
    persons.add_argument("file", type=path_argument, metavar="FILE")
    persons.add_argument(
        "--dry-run", action="store_true", help="print what would happen, write nothing"
    )
    persons.add_argument(
        "--date-order",
        type=DateOrder,
        choices=[DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST],
        default=DateOrder.UNKNOWN,
        help="how the file writes dates such as 03/04/2014 (without it, such a date is "
        "an error of its row, never a guess)",
    )
    persons.add_argument(
        "--skip-errors",
        action="store_true",
        help="import the good rows and write the rows with errors, with what is wrong, to "
        "'FILE - rows left out.csv' next to the file",
    )
    persons.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=f"say what a column holds, e.g. 'Guest surname=family_name'; fields: "
        f"{', '.join(f.value for f in Field)}",
    )
    add_progress_option(persons)
    persons.set_defaults(run=_import_persons)

    undo_records.register_undo(source)

    meeting_in = source.add_parser("meeting", help="a meeting file made by 'export meeting'")
    meeting_in.add_argument("file", type=path_argument, metavar="FILE.json")
    already_there = meeting_in.add_mutually_exclusive_group()
    already_there.add_argument(
        "--as-copy",
        dest="if_already_there",
        action="store_const",
        const=IfAlreadyThere.COPY,
        default=IfAlreadyThere.REFUSE,
        help="if the meeting is here already: import it as a separate meeting",
    )
    already_there.add_argument(
        "--update",
        dest="if_already_there",
        action="store_const",
        const=IfAlreadyThere.UPDATE,
        help="if the meeting is here already: bring the file's changes into it, and list them",
    )
    meeting_in.add_argument(
        "--dry-run", action="store_true", help="print what the import would do, write nothing"
    )
    add_progress_option(meeting_in)
    meeting_in.set_defaults(run=_import_meeting)
    declaration_files.register_import(source)


def _meeting_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--meeting", type=id_argument, required=True, metavar="ID")


def _output_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=path_argument, required=True, metavar="FILE")
    add_progress_option(parser)


def _export(context: CommandContext, step: str, content: Callable[[], bytes]) -> int:
    """Build the file's content, write it whole and print its name; a progress bar names
    the steps where one is wanted (progress_bar.py)."""
    with progress_for(context.arguments) as progress:
        progress.step(step)
        data = content()
        progress.step("Writing the file")
        write_atomically(context.arguments.output.expanduser(), data)
    print(context.arguments.output, file=context.out)
    return 0


def _list(values: list[str] | None) -> list[str] | None:
    """Values given as "a,b", "a b" or "a, b" alike."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _choices(
    values: list[str] | None, enum_class: type[_ChoiceT], what: str
) -> frozenset[_ChoiceT] | None:
    if values is None:
        return None
    try:
        return frozenset(enum_class(value.casefold()) for value in values)
    except ValueError as error:
        allowed = ", ".join(member.value for member in enum_class)
        raise UserFacingError(f"Unknown {what} in {','.join(values)}; use: {allowed}.") from error


def _export_delegations(context: CommandContext) -> int:
    arguments = context.arguments
    services = context.reading_services
    meeting_id = arguments.meeting
    services.meetings.get(meeting_id)
    delegation_ids = None
    cities = _list(arguments.cities)
    if cities:
        by_name = {
            d.city_name.casefold(): d.id for d in services.delegations.list_delegations(meeting_id)
        }
        unknown = [c for c in cities if c.casefold() not in by_name]
        if unknown:
            raise UserFacingError(f"No delegation of {', '.join(unknown)} in meeting {meeting_id}.")
        delegation_ids = frozenset(by_name[c.casefold()] for c in cities)
    options = ListOptions(
        columns=tuple(_list(arguments.columns) or ()),
        delegation_ids=delegation_ids,
        statuses=_choices(_list(arguments.status), DelegationStatus, "status"),
        roles=_choices(_list(arguments.roles), PersonRole, "role"),
        order=Order(arguments.order),
        include_placeholders=arguments.include_placeholders,
    )
    return _export(
        context,
        "Building the list",
        lambda: services.delegation_list.render(
            meeting_id,
            ExportFormat(arguments.format),
            options,
            sheet_per_city=arguments.sheet_per_city,
        ),
    )


def _export_agenda(context: CommandContext) -> int:
    services = context.reading_services
    meeting = services.meetings.get(context.arguments.meeting)
    return _export(
        context,
        "Exporting the agenda",
        lambda: write_ics(meeting, services.agenda.list_items(meeting.id)),
    )


def _export_logistics(context: CommandContext) -> int:
    arguments = context.arguments
    data = context.reading_services.logistics.render(
        arguments.meeting, arguments.logistics, ExportFormat(arguments.format)
    )
    write_atomically(arguments.output.expanduser(), data)
    print(arguments.output, file=context.out)
    return 0


def _export_meeting(context: CommandContext) -> int:
    transfer = context.reading_services.meeting_transfer
    return _export(
        context,
        "Exporting the meeting file",
        lambda: transfer.export_meeting(
            context.arguments.meeting,
            include_personal_data=context.arguments.include_personal_data,
        ),
    )


def _import_meeting(context: CommandContext) -> int:
    """Print the meeting's id, then what an update changed (a dry run: what the import
    would do); unknown keys go to stderr."""
    path: Path = context.arguments.file.expanduser()
    arguments = context.arguments
    with progress_for(arguments) as progress:
        progress.step("Importing the meeting")
        result = context.services.meeting_transfer.import_meeting(
            path, path.name, arguments.if_already_there, dry_run=arguments.dry_run
        )
    for key in result.unknown_keys:
        print(f"anmc-desktop: warning: {path.name}: unknown key {key} (ignored)", file=sys.stderr)
    if result.written:
        print(result.meeting_id, file=context.out)
    else:
        print(f"dry run of {path.name}: nothing was written", file=context.out)
    if result.updated or not result.written:
        for change in result.changes or ("nothing changed",):
            print(f"  {change}", file=context.out)
    for note in result.city_matches:
        print(f"  {note}", file=context.out)
    if result.journal is not None:
        undo_records.write_undo_record(context, path.name, result.journal.to_json())
    return 0


def _column_choices(texts: list[str]) -> dict[str, Field]:
    choices = {}
    for text in texts:
        header, equals, name = text.rpartition("=")
        try:
            choices[header] = Field(name.strip())
        except ValueError:
            equals = ""
        if not equals or not header.strip():
            allowed = ", ".join(f.value for f in Field)
            raise UserFacingError(f"--column {text!r}: write HEADER=FIELD; fields: {allowed}.")
    return choices


def _import_persons(context: CommandContext) -> int:
    arguments = context.arguments
    importer = context.services.person_import
    choices = _column_choices(arguments.column)
    with progress_for(arguments) as progress:
        sheet, mapping = importer.read(arguments.file.expanduser(), choices, progress)
        if mapping is None:
            raise UserFacingError(
                f"{sheet.name}: no header row in the first 10 rows names the columns; expected "
                "headers such as City, Family name, Given name (or Город, Фамилия, Имя); "
                "name other columns with --column 'HEADER=FIELD'."
            )
        mapping = replace(mapping, date_order=arguments.date_order)
        preview = importer.preview(arguments.meeting, sheet, mapping, progress)
    for line in preview.lines():
        print(line, file=context.out)
    for header in mapping.unmapped:
        if (near := suggest(header)) is not None:
            print(
                f"anmc-desktop: column {header!r} is not read; if it holds the "
                f"{near.label.casefold()}, add --column '{header}={near.value}'",
                file=sys.stderr,
            )
    errors = preview.count(RowStatus.ERROR)
    if errors and not arguments.skip_errors:
        print(
            f"anmc-desktop: {errors} row(s) with errors; nothing was imported "
            "(--skip-errors imports the others).",
            file=sys.stderr,
        )
        return EXIT_IMPORT_ERRORS
    if arguments.dry_run:
        return 0
    # The report is written before the import: if it cannot be, nothing is imported.
    left_out = [row for row in preview.rows if row.problems]
    report = report_path(arguments.file.expanduser())
    if left_out:
        write_atomically(report, importer.rows_left_out(sheet, mapping, left_out))
    result = importer.apply(arguments.meeting, sheet, mapping, skip_errors=True, progress=progress)
    if result.left_out != tuple(left_out):  # the rows were checked again, against changes
        write_atomically(report, importer.rows_left_out(sheet, mapping, result.left_out))
    if result.left_out:
        print(f"anmc-desktop: {len(result.left_out)} row(s) left out; see {report}",
              file=sys.stderr)  # fmt: skip
    print(
        f"imported {sheet.name}: {len(result.created)} added, {len(result.updated)} updated",
        file=context.out,
    )
    undo_records.write_undo_record(context, sheet.name, result.to_json())
    return 0
