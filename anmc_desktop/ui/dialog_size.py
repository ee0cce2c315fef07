"""Dialogs sized to the screen they open on, resizable, and remembering their size.

A dialog asks for the size it would like; it gets at most ``SCREEN_SHARE`` of the available
area of its screen (a 1366 x 768 laptop, or the same at 200% scaling, is 683 x 384 to Qt),
or the size the user last left it at, fitted the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QWidget

from anmc_desktop.ui.settings import AppSettings

SCREEN_SHARE = 0.9


def fit_to_screen(dialog: QDialog, dialog_name: str, preferred: QSize) -> None:
    """Size ``dialog`` for its screen and remember the size the user leaves it at.

    ``dialog_name`` keys the remembered size; call once the dialog's layout is built."""
    settings = AppSettings.open()
    wanted = settings.dialog_size(dialog_name) or preferred
    dialog.setSizeGripEnabled(True)
    room = _available_size(_screen_of(dialog.parentWidget()))
    # An explicit minimum keeps the layout from pushing the dialog past the screen's edge.
    dialog.setMinimumSize(dialog.minimumSizeHint().boundedTo(room))
    dialog.resize(wanted.boundedTo(room))
    dialog.finished.connect(lambda _result: _remember(dialog, dialog_name))


def _remember(dialog: QDialog, dialog_name: str) -> None:
    settings = AppSettings.open()
    settings.set_dialog_size(dialog_name, dialog.size())
    settings.sync()


def _screen_of(parent: QWidget | None) -> QScreen | None:
    if parent is not None and parent.window().screen() is not None:
        return parent.window().screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def _available_size(screen: QScreen | None) -> QSize:
    if screen is None:
        return QSize(16777215, 16777215)
    available = screen.availableGeometry()
    return QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
