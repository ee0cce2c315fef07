"""Pick one of the database's backups to restore, seeing when each was taken and what it holds."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.services.database_files import BackupInfo
from anmc_desktop.ui.dialogs.database_problem import backup_when_and_what
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.translation import translate


class RestoreBackupDialog(KeyboardReadyDialog):
    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("dialogs.restore_backup", "Restore a backup"))
        self.setMinimumWidth(560)
        self.backups = list(backups)
        self.chosen: BackupInfo | None = None
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for backup in self.backups:
            text = f"{backup_when_and_what(backup)} — {backup.reason}"
            self.list.addItem(QListWidgetItem(text))
        explanation = QLabel(
            translate(
                "dialogs.restore_backup",
                "The database as it is now is backed up first, so a restore can itself be undone "
                "by restoring that backup.",
            )
            if self.backups
            else translate("dialogs.restore_backup", "This database has no backups yet.")
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("dialogs.restore_backup", "Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.chosen = self.backups[row]
        self.accept()
