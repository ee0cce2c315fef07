"""File menu entries that move data in and out: delegation lists, persons, the agenda as
iCalendar, a whole meeting as one file, and the declaration's drafts as Word or text
files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.declaration_docx import write_declaration_docx
from anmc_desktop.exchange.draft_files import read_draft
from anmc_desktop.exchange.ics_writer import write_ics
from anmc_desktop.records.declarations import DeclarationRecord, declaration_draft_of
from anmc_desktop.records.person_import import ImportResult
from anmc_desktop.services import Services
from anmc_desktop.services.declaration_import import DeclarationImportService
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs import person_import_jobs
from anmc_desktop.ui.dialogs.export_delegations import ExportDelegationsDialog
from anmc_desktop.ui.dialogs.import_declaration import DRAFT_FILES, ImportDeclarationDialog
from anmc_desktop.ui.dialogs.import_persons import ImportPersonsDialog
from anmc_desktop.ui.file_output import write_file
from anmc_desktop.ui.meeting_import_actions import MEETING_FILES, import_meeting
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.saved_files import choose_destination, document_file_name
from anmc_desktop.ui.translation import translate

WORD_FILES = QT_TRANSLATE_NOOP("exchange_menu", "Word documents (*.docx)")
CALENDAR_FILES = QT_TRANSLATE_NOOP("exchange_menu", "iCalendar files (*.ics)")


@dataclass(frozen=True)
class ExchangeActions:
    needing_meeting: list[QAction]  # for the window to enable while a meeting is current
    imports: list[QAction]  # they change data: never enabled in a read-only window


def build_exchange_menus(
    window: MenuHost, export_menu: QMenu, import_menu: QMenu
) -> ExchangeActions:
    entries = [
        (
            export_menu,
            translate("exchange_menu", "&Delegation list (CSV, XLSX, PDF)..."),
            export_delegations,
            True,
        ),
        (export_menu, translate("exchange_menu", "&Agenda as iCalendar..."), export_agenda, True),
        (
            export_menu,
            translate("exchange_menu", "Whole &meeting as one file..."),
            export_meeting,
            True,
        ),
        (
            import_menu,
            translate("exchange_menu", "&Persons from CSV or XLSX..."),
            import_persons,
            True,
        ),
        (import_menu, translate("exchange_menu", "A &meeting file..."), import_meeting, False),
        (
            export_menu,
            translate("exchange_menu", "D&eclaration draft as Word..."),
            export_declaration,
            True,
        ),
        (
            import_menu,
            translate("exchange_menu", "A &declaration draft (Word or text)..."),
            import_declaration,
            True,
        ),
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
    dialog = ImportPersonsDialog(window.services, window.meeting.id, window)
    dialog.finished.connect(partial(_record_import, window, dialog))
    dialog.open()
    return dialog


def _record_import(window: MenuHost, dialog: ImportPersonsDialog, _code: int) -> None:
    """An import still in place when the dialog closes goes on the undo stack."""
    result = dialog.result
    if result is None:
        window.reload_all()
        return
    applied = {"result": result}

    def undo() -> None:
        person_import_jobs.undo_import(window, window.services, applied["result"])

    def redo() -> ImportResult:
        applied["result"] = dialog.apply_again(window)
        return applied["result"]

    window.undo_history.record(
        translate("exchange_menu", "Import {source}").format(source=result.source), undo, redo
    )


def export_agenda(window: MenuHost) -> None:
    meeting = window.meeting
    if meeting is None:
        return
    destination = choose_destination(
        window,
        translate("exchange_menu", "Export the agenda"),
        translate("exchange_menu", CALENDAR_FILES),
        document_file_name(meeting, translate("saved_files", "agenda"), "ics"),
        "ics",
    )
    if destination is not None:
        write_file(
            window,
            destination,
            translate("progress", "Exporting the agenda"),
            lambda own: write_ics(meeting, own.agenda.list_items(meeting.id)),
        )


def export_meeting(window: MenuHost) -> None:
    _export(
        window,
        QT_TRANSLATE_NOOP("saved_files", "meeting file"),
        translate("exchange_menu", "Export the meeting"),
        MEETING_FILES,
        "json",
        lambda own, meeting_id: own.meeting_transfer.export_meeting(meeting_id),
    )


def _export(
    window: MenuHost,
    what: str,
    caption: str,
    name_filter: str,
    suffix: str,
    content: Callable[[Services, int], bytes],
) -> None:
    """Ask where, then write ``content(services, meeting id)`` there (the meeting's
    ``what``, named in the file in the window's language), built off the window's thread."""
    meeting = window.meeting
    if meeting is None:
        return
    destination = choose_destination(
        window,
        caption,
        translate("exchange_menu", name_filter),
        document_file_name(meeting, translate("saved_files", what), suffix),
        suffix,
    )
    if destination is not None:
        step = f"Exporting the {what}"  # one of background.STEP_NAMES
        write_file(
            window, destination, translate("progress", step), lambda own: content(own, meeting.id)
        )


def export_declaration(window: MenuHost) -> None:
    def document(own: Services, meeting_id: int) -> bytes:
        found = own.print_data.declaration(meeting_id)
        return write_declaration_docx(found.declaration, found.signatories)

    _export(
        window,
        QT_TRANSLATE_NOOP("saved_files", "declaration"),
        translate("exchange_menu", "Export the declaration"),
        WORD_FILES,
        "docx",
        document,
    )


def import_declaration(window: MenuHost) -> ImportDeclarationDialog | None:
    meeting = window.meeting
    source = messages.open_file(
        window,
        translate("exchange_menu", "Import a declaration draft"),
        translate("dialogs.import_declaration", DRAFT_FILES),
    )
    if meeting is None or source is None:
        return None
    try:
        lines = read_draft(source)
    except UserFacingError as error:
        messages.error(window, translate("exchange_menu", "The draft was not imported"), str(error))
        return None
    importer = window.services.declaration_import
    before = window.services.declarations.get_for_meeting(meeting.id)
    dialog = ImportDeclarationDialog(importer, meeting.id, source, lines, window)
    dialog.finished.connect(partial(_record_declaration_import, window, importer, dialog, before))
    dialog.open()
    return dialog


def _record_declaration_import(
    window: MenuHost,
    importer: DeclarationImportService,
    dialog: ImportDeclarationDialog,
    before: DeclarationRecord | None,
    _code: int,
) -> None:
    """An imported draft goes on the undo stack: undo removes the new declaration, or
    puts the declaration's texts back as they were."""
    preview, result = dialog.preview, dialog.result
    window.reload_all()
    if preview is None or result is None:
        return
    declarations = window.services.declarations
    applied = {"id": result.id}

    def undo() -> None:
        if preview.declaration_id is None:
            declarations.set_signatories(applied["id"], [])
            declarations.delete(applied["id"])
        elif before is not None:
            declarations.update(before.id, declaration_draft_of(before))

    def redo() -> None:
        applied["id"] = importer.apply(preview).id

    window.undo_history.record(dialog.windowTitle(), undo, redo)
