"""The composition root of the window: check the machine, open the database, show the window."""

from __future__ import annotations

import gc
import sys

from anmc_desktop import __version__, paths
from anmc_desktop.commands.context import CommandContext, database_url
from anmc_desktop.qt_environment import check_window_environment

EXIT_CANNOT_START = 1
# The desktop entry's name (packaging/linux), which Wayland matches the window to.
DESKTOP_ENTRY = "org.anmc21.AnmcDesktop"


def run_window(context: CommandContext) -> int:
    """Open the main window on the database the command line chose; returns the exit code."""
    problem = check_window_environment()
    if problem:
        print(f"anmc-desktop: {problem}", file=sys.stderr)
        return EXIT_CANNOT_START

    from PySide6.QtWidgets import QApplication

    from anmc_desktop.ui.app_icon import application_icon
    from anmc_desktop.ui.appearance import apply_appearance
    from anmc_desktop.ui.excepthook import install_excepthook
    from anmc_desktop.ui.main_window import APP_TITLE
    from anmc_desktop.ui.translation_loader import install_language, window_language
    from anmc_desktop.ui.window_session import WindowSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(window_language(getattr(context.arguments, "language", None)))
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ENTRY)
    apply_appearance(app)
    install_excepthook(None)
    session = WindowSession(database_url(context.arguments))
    if not session.open():
        return EXIT_CANNOT_START
    # The objects built so far live as long as the window: keep the collector from
    # walking them again and again while the user types (search keystrokes stay smooth).
    gc.freeze()
    try:
        return app.exec()
    finally:
        session.close()
