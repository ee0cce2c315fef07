"""An unexpected error in the window shows a dialog that names the log file."""

from __future__ import annotations

import sys

from anmc_desktop.logging_setup import log_file_path
from anmc_desktop.ui.excepthook import install_excepthook, make_excepthook
from anmc_desktop.ui.main_window import MainWindow


def raise_and_catch() -> ZeroDivisionError:
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError as error:
        return error
    raise AssertionError("unreachable")


def test_the_excepthook_logs_the_error_and_names_the_log_file(window: MainWindow, dialogs, capsys):
    # GIVEN the window's exception hook
    hook = make_excepthook(window)
    error = raise_and_catch()
    # WHEN an error escapes a slot
    hook(type(error), error, error.__traceback__)
    # THEN a dialog names the log file, which holds the whole traceback
    log_file = log_file_path()
    assert len(dialogs.shown) == 1
    assert str(log_file) in dialogs.texts[0]
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
    assert "raise_and_catch" in log_file.read_text(encoding="utf-8")
    assert str(log_file) in capsys.readouterr().err


def test_install_excepthook_replaces_the_default_hook(window: MainWindow, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(window)
    assert sys.excepthook is not sys.__excepthook__
    assert sys.excepthook.__qualname__.startswith("make_excepthook")


def test_a_known_refusal_escaping_a_slot_is_shown_as_it_is_not_as_a_bug(
    window: MainWindow, dialogs, capsys
):
    from anmc_desktop.errors import NotFoundError

    hook = make_excepthook(window)
    error = NotFoundError("Person 7 does not exist (it may have been deleted).")
    hook(type(error), error, None)
    assert dialogs.texts == ["Person 7 does not exist (it may have been deleted).\n"]
    assert not log_file_path().exists()
    assert capsys.readouterr().err == ""
