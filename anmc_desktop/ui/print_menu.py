"""File > Print: one entry per document of the current meeting."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from anmc_desktop.printing.documents import DocumentKind, PrintRequest
from anmc_desktop.services.print_data import PrintDataService
from anmc_desktop.ui.dialogs.print_options import PrintOptionsDialog
from anmc_desktop.ui.print_preview import show_preview

if TYPE_CHECKING:
    from anmc_desktop.ui.main_window import MainWindow


def build_print_menu(window: MainWindow, menu: QMenu) -> dict[DocumentKind, QAction]:
    """Add the print entries to ``menu``; they are enabled while a meeting is current."""
    actions = {}
    for kind in DocumentKind:
        action = QAction(f"{kind.label}...", window)
        action.triggered.connect(partial(open_print_options, window, kind))
        menu.addAction(action)
        actions[kind] = action
    return actions


def open_print_options(window: MainWindow, kind: DocumentKind) -> PrintOptionsDialog | None:
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


def _preview(window: MainWindow, request: PrintRequest) -> None:
    services = window.services
    data = PrintDataService(services.database)
    show_preview(window, data, request)
