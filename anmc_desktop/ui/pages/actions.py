"""A row of buttons above a page's table, and what pages that edit in forms share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from anmc_desktop.ui.forms.form_dialog import FormDialog


class ButtonRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)

    def add(self, name: str, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A button named ``name`` (its object name, for tests) that calls ``slot``."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button


class FormHost:
    """For a page that edits in form dialogs: an open form with changes counts as unsaved
    changes of the page, so closing the window asks first."""

    dialog: FormDialog | None = None

    def has_unsaved_changes(self) -> bool:
        dialog = self.dialog
        return dialog is not None and dialog.isVisible() and dialog.has_unsaved_changes()

    def discard_changes(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(QDialog.DialogCode.Rejected)
