"""Errors escaping the window's slots: a known refusal is shown as it is; an unexpected
error is logged in full, then a dialog names the log file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QWidget

from anmc_desktop.errors import UserFacingError
from anmc_desktop.logging_setup import error_kind, log_unexpected_error
from anmc_desktop.ui import messages
from anmc_desktop.ui.translation import translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def report_unexpected_error(error: BaseException, parent: QWidget | None) -> None:
    log_file = log_unexpected_error(error)
    print(
        f"anmc-desktop: unexpected error ({error_kind(error)}); details in {log_file}",
        file=sys.stderr,
    )
    messages.unexpected_error(parent, log_file)


def make_excepthook(parent: QWidget | None) -> ExceptHook:
    def hook(
        kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        if isinstance(error, UserFacingError):
            # A known refusal (read-only database, a record another organizer removed,
            # a conflict) that a slot did not handle itself: say it, it is not a bug.
            messages.error(parent, translate("excepthook", "That cannot be done"), str(error))
            return
        report_unexpected_error(error.with_traceback(traceback), parent)

    return hook


def install_excepthook(parent: QWidget | None) -> None:
    """Errors escaping a slot or event handler show a dialog instead of ending the app."""
    sys.excepthook = make_excepthook(parent)
