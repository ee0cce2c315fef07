"""Every message box and file dialog of the app is built here.

All of them run through ``run_modal``, the one place that blocks on a dialog, so tests
replace that function (tests/ui/conftest.py fails any test that would really block) and
still see the dialog exactly as the user would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from anmc_desktop.records.declaration_check import FinalPrintRefusedError
from anmc_desktop.ui.app_icon import application_icon
from anmc_desktop.ui.check_texts import findings_text
from anmc_desktop.ui.translation import translate

Button = QMessageBox.StandardButton
ABOUT_ICON_SIZE = 64


def run_modal(dialog: QDialog) -> int:
    """Show the dialog and wait for the user; returns what ``exec()`` returns."""
    return dialog.exec()


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    return box


def error_text(error: Exception) -> str:
    """What the window says of a refused action: the pre-print check's reasons in the
    window's language, any other error as it reads."""
    if isinstance(error, FinalPrintRefusedError):
        return translate("check", "The declaration is not ready:\n{reasons}").format(
            reasons=findings_text(error.check.problems)
        )
    return str(error)


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    run_modal(_box(parent, QMessageBox.Icon.Information, title, text, details))


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    run_modal(_box(parent, QMessageBox.Icon.Critical, title, text, details))


def ask(
    parent: QWidget | None, title: str, text: str, details: str = "", *, yes_default: bool = False
) -> bool:
    """A yes/no question; No is the default, so Enter never does something by surprise,
    unless ``yes_default`` says that Yes is harmless and what the user came for."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, details)
    box.setStandardButtons(Button.Yes | Button.No)
    box.setDefaultButton(Button.Yes if yes_default else Button.No)
    return run_modal(box) == Button.Yes


def choose(
    parent: QWidget | None, title: str, text: str, yes: str, no: str, details: str = ""
) -> bool | None:
    """A question with two named answers and Cancel, the default (Esc too): True for
    ``yes``, False for ``no``, None if the user cancels."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, details)
    box.setStandardButtons(Button.Yes | Button.No | Button.Cancel)
    box.button(Button.Yes).setText(yes)
    box.button(Button.No).setText(no)
    box.setDefaultButton(Button.Cancel)
    box.setEscapeButton(Button.Cancel)
    answer = run_modal(box)
    if answer == Button.Yes:
        return True
    return False if answer == Button.No else None


def about(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setIconPixmap(application_icon().pixmap(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE))
    run_modal(box)


def unexpected_error(parent: QWidget | None, log_file: Path) -> None:
    error(
        parent,
        translate("messages", "Unexpected error"),
        translate(
            "messages", "Something went wrong that the app did not expect. What you saved is safe."
        ),
        translate("messages", "The details are in the log file:\n{log_file}").format(
            log_file=log_file
        ),
    )


def open_file(parent: QWidget | None, caption: str, name_filter: str) -> Path | None:
    """Ask for an existing file; None if the user cancels."""
    dialog = QFileDialog(parent, caption, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _chosen(dialog)


def save_file(
    parent: QWidget | None,
    caption: str,
    name_filter: str,
    suggested: Path | None = None,
    default_suffix: str = "",
) -> Path | None:
    """Ask where to save; None if the user cancels.

    ``default_suffix`` (such as "pdf") is added by the dialog to a name typed without
    one. The dialog does not ask before overwriting: ``saved_files.choose_destination``
    asks, once, about the very file that will be written, on every platform alike.
    """
    dialog = QFileDialog(parent, caption, str(suggested or ""), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.setDefaultSuffix(default_suffix)
    return _chosen(dialog)


def _chosen(dialog: QFileDialog) -> Path | None:
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files else None
