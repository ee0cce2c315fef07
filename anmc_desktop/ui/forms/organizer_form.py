"""The organizer's name, recorded with every change they make."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from anmc_desktop import settings
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.limits import SHORT_TEXT
from anmc_desktop.services.database_files import Database
from anmc_desktop.text import clean
from anmc_desktop.ui.forms.form_dialog import FormDialog


class OrganizerDialog(FormDialog):
    """``saved`` carries the new name."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__("Your name as organizer", parent)
        self._database = database
        self.name = QLineEdit(settings.load().organizer_name)
        self.name.setMaxLength(SHORT_TEXT)
        self.form.add_field("organizer_name", "Your name", self.name, self._check_name)
        self.fields_ready()

    def _check_name(self) -> str | None:
        return None if clean(self.name.text()) else "is required: it is recorded with changes."

    def save(self) -> str:
        name = clean(self.name.text())
        try:
            settings.save(settings.load().with_organizer(name))
        except OSError as error:
            raise UserFacingError(
                f"Not saved: the settings file {settings.settings_path()} could not be "
                f"written ({error.strerror or error})."
            ) from error
        self._database.actor = name
        return name
