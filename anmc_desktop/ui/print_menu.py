"""File > Print: one entry per document of the current meeting."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.ui.file_output import write_file
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.print_preview import show_preview
from anmc_desktop.ui.saved_files import choose_destination, document_file_name
from anmc_desktop.ui.translation import translate


def build_print_menu(window: MenuHost, menu: QMenu) -> dict[DocumentKind, QAction]:
    """Add the print entries to ``menu``; they are enabled while a meeting is current."""
    actions = {}
    for kind in DocumentKind:
        action = QAction(f"{label(kind)}...", window)
        action.triggered.connect(partial(open_print_options, window, kind))
        menu.addAction(action)
        actions[kind] = action
    return actions


def open_print_options(window: MenuHost, kind: DocumentKind) -> PrintOptionsDialog | None:
    if window.meeting is None:
        return None
    check = (
        window.services.declarations.pre_print_check(window.meeting.id)
        if kind in (DocumentKind.DECLARATION, DocumentKind.SIGNATORIES)
        else None
    )
    dialog = PrintOptionsDialog(kind, window.meeting.id, window, check)
    dialog.saved.connect(partial(_preview, window))
    dialog.open()
    return dialog


def _preview(window: MenuHost, request: PrintRequest) -> None:
    letters = request.letters
    if request.kind.letter is not None and (letters.per_delegation or letters.docx):
        save_letters(window, request)
        return
    show_preview(window, window.services, request)


def save_letters(window: MenuHost, request: PrintRequest) -> Path | None:
    """Letters as .docx or as a zip of one file per delegation: there is no preview of
    those, so they are written, off the window's thread, to the file the user chooses."""
    meeting = window.meeting
    if meeting is None:
        return None
    extension = "zip" if request.letters.per_delegation else "docx"
    target = choose_destination(
        window,
        translate("print_menu", "Save {document}").format(document=label(request.kind).lower()),
        translate("print_menu", "{format} files (*.{extension})").format(
            format=extension.upper(), extension=extension
        ),
        document_file_name(meeting, label(request.kind), extension),
        extension,
    )
    if target is None:
        return None
    written = write_file(
        window,
        target,
        translate("print_menu", "Printing: {document}").format(document=label(request.kind)),
        lambda own: render(request, own.print_data.for_request(request)),
    )
    return target if written else None
