"""The composition root of the window: check the machine, open the database, show the window."""

from __future__ import annotations

import sys

from anmc_desktop import __version__, paths
from anmc_desktop.commands.context import CommandContext
from anmc_desktop.errors import UserFacingError
from anmc_desktop.qt_environment import check_window_environment

EXIT_CANNOT_START = 1


def run_window(context: CommandContext) -> int:
    """Open the main window on the database the command line chose; returns the exit code."""
    problem = check_window_environment()
    if problem:
        print(f"anmc-desktop: {problem}", file=sys.stderr)
        return EXIT_CANNOT_START

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from anmc_desktop.ui import messages
    from anmc_desktop.ui.excepthook import install_excepthook
    from anmc_desktop.ui.main_window import APP_TITLE, MainWindow
    from anmc_desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    install_excepthook(None)
    try:
        services = context.services
    except UserFacingError as error:
        messages.error(None, "The database cannot be opened", str(error))
        return EXIT_CANNOT_START
    try:
        window = MainWindow(services, AppSettings.open())
        install_excepthook(window)
        window.show()
        QTimer.singleShot(0, window.offer_sample_if_empty)
        return app.exec()
    finally:
        services.database.dispose()
