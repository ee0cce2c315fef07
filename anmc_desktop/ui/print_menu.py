"""File > Print: one entry per document of the current meeting."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from anmc_desktop.printing.documents import DocumentKind, PrintRequest
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.print_preview import show_preview


def build_print_menu(window: MenuHost, menu: QMenu) -> dict[DocumentKind, QAction]:
    """Add the print entries to ``menu``; they are enabled while a meeting is current."""
    actions = {}
    for kind in DocumentKind:
        action = QAction(f"{kind.label}...", window)
        action.triggered.connect(partial(open_print_options, window, kind))
        menu.addAction(action)
        actions[kind] = action
    return actions


def open_print_options(window: MenuHost, kind: DocumentKind) -> PrintOptionsDialog | None:
    if window.meeting is None:
        return None
    dialog = PrintOptionsDialog(kind, window.meeting.id, window)
    dialog.saved.connect(partial(_preview, window))
    dialog.open()
    return dialog


def _preview(window: MenuHost, request: PrintRequest) -> None:
    show_preview(window, window.services, request)
