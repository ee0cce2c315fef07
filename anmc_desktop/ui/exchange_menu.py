"""File menu entries that move data in and out: delegation lists, persons, the agenda as
iCalendar, and a whole meeting as one file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.exchange.meeting_file import read_meeting_file
from anmc_desktop.progress import Progress
from anmc_desktop.records.meeting_transfer import (
    IfAlreadyThere,
    MeetingAlreadyThereError,
    MeetingImport,
)
from anmc_desktop.records.person_import import ImportResult
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import run_in_background
from anmc_desktop.ui.dialogs.export_delegations import ExportDelegationsDialog
from anmc_desktop.ui.dialogs.import_persons import ImportPersonsDialog
from anmc_desktop.ui.file_output import write_file
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.saved_files import choose_destination, document_file_name

MEETING_FILES = "ANMC meeting files (*.json)"
CALENDAR_FILES = "iCalendar files (*.ics)"


@dataclass(frozen=True)
class ExchangeActions:
    needing_meeting: list[QAction]  # for the window to enable while a meeting is current
    imports: list[QAction]  # they change data: never enabled in a read-only window


def build_exchange_menus(
    window: MenuHost, export_menu: QMenu, import_menu: QMenu
) -> ExchangeActions:
    entries = [
        (export_menu, "&Delegation list (CSV, XLSX, PDF)...", export_delegations, True),
        (export_menu, "&Agenda as iCalendar...", export_agenda, True),
        (export_menu, "Whole &meeting as one file...", export_meeting, True),
        (import_menu, "&Persons from CSV or XLSX...", import_persons, True),
        (import_menu, "A &meeting file...", import_meeting, False),
    ]
    actions = ExchangeActions([], [])
    for menu, text, handler, needs_meeting in entries:
        action = QAction(text, window)
        action.triggered.connect(partial(handler, window))
        menu.addAction(action)
        if needs_meeting:
            actions.needing_meeting.append(action)
        if menu is import_menu:
            actions.imports.append(action)
    return actions


def export_delegations(window: MenuHost) -> ExportDelegationsDialog | None:
    if window.meeting is None:
        return None
    dialog = ExportDelegationsDialog(window.services, window.meeting.id, window)
    dialog.open()
    return dialog


def import_persons(window: MenuHost) -> ImportPersonsDialog | None:
    if window.meeting is None:
        return None
    importer = window.services.person_import
    dialog = ImportPersonsDialog(importer, window.meeting.id, window)
    dialog.finished.connect(partial(_record_import, window, importer, dialog))
    dialog.open()
    return dialog


def _record_import(
    window: MenuHost, importer: PersonImportService, dialog: ImportPersonsDialog, _code: int
) -> None:
    """An import still in place when the dialog closes goes on the undo stack."""
    result = dialog.result
    if result is None:
        window.reload_all()
        return
    applied = {"result": result}

    def undo() -> None:
        importer.undo(applied["result"])

    def redo() -> ImportResult:
        applied["result"] = dialog.apply_again()
        return applied["result"]

    window.undo_history.record(f"Import {result.source}", undo, redo)


def export_agenda(window: MenuHost) -> None:
    meeting = window.meeting
    if meeting is None:
        return
    destination = choose_destination(
        window,
        "Export the agenda",
        CALENDAR_FILES,
        document_file_name(meeting, "agenda", "ics"),
        "ics",
    )
    if destination is not None:
        write_file(
            window,
            destination,
            "Exporting the agenda",
            lambda own: write_ics(meeting, own.agenda.list_items(meeting.id)),
        )


def export_meeting(window: MenuHost) -> None:
    meeting = window.meeting
    if meeting is None:
        return
    destination = choose_destination(
        window,
        "Export the meeting",
        MEETING_FILES,
        document_file_name(meeting, "meeting file", "json"),
        "json",
    )
    if destination is not None:
        write_file(
            window,
            destination,
            "Exporting the meeting",
            lambda own: own.meeting_transfer.export_meeting(meeting.id),
        )


def import_meeting(window: MenuHost) -> int | None:
    """Import a meeting file; a meeting that is here already is updated or copied only
    as the organizer chooses. Returns the meeting's id, None if nothing was imported."""
    source = messages.open_file(window, "Import a meeting", MEETING_FILES)
    if source is None:
        return None
    try:
        data = read_meeting_file(source)
        try:
            result = _import_in_background(window, data, source.name)
        except MeetingAlreadyThereError as already_there:
            choice = _what_to_do(window, already_there)
            if choice is None:
                return None
            result = _import_in_background(window, data, source.name, choice)
    except (UserFacingError, OSError) as error:
        messages.error(window, "The meeting was not imported", str(error))
        return None
    if result is None:
        return None  # cancelled before anything was written
    window.reload_all()
    window.set_current_meeting(result.meeting_id)
    _tell_what_was_done(window, source.name, result)
    return result.meeting_id


def _import_in_background(
    window: MenuHost,
    data: bytes,
    source: str,
    choice: IfAlreadyThere = IfAlreadyThere.REFUSE,
) -> MeetingImport | None:
    """The import on a worker thread; a meeting already here raises as it would here."""

    def run(own: Services, progress: Progress) -> MeetingImport:
        progress.step("Importing the meeting")
        return own.meeting_transfer.import_meeting(data, source, choice)

    return run_in_background(window, "Import a meeting", window.services, run)


def _what_to_do(window: MenuHost, already_there: MeetingAlreadyThereError) -> IfAlreadyThere | None:
    update = messages.choose(
        window,
        "The meeting is already here",
        f"{already_there.title} is already here. Update it from the file, or import the "
        "file as a separate copy?",
        yes="Update it from the file",
        no="Import a separate copy",
        details="An update changes and adds what the file holds, and keeps what it does not.",
    )
    if update is None:
        return None
    return IfAlreadyThere.UPDATE if update else IfAlreadyThere.COPY


def _tell_what_was_done(window: MenuHost, source: str, result: MeetingImport) -> None:
    details = []
    if result.updated:
        details.append("Changes:\n" + ("\n".join(result.changes) or "none"))
    if result.unknown_keys:
        details.append("Unknown keys, ignored:\n" + "\n".join(result.unknown_keys))
    title, text = (
        ("Meeting updated", f"{source} was imported into the meeting.")
        if result.updated
        else ("Meeting imported", f"{source} was imported as a new meeting.")
    )
    messages.inform(window, title, text, "\n\n".join(details))
