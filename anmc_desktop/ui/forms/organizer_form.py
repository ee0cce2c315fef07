"""The preferences: the organizer's name, recorded with every change they make, and the
language of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from anmc_desktop import languages, settings
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.limits import SHORT_TEXT
from anmc_desktop.services.database_files import Database
from anmc_desktop.text import clean
from anmc_desktop.ui.forms.choices import select_data
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.translation import translate


class OrganizerDialog(FormDialog):
    """``saved`` carries the new name; ``language`` is the window's language chosen (None:
    the system's), which the main window switches to."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(translate("forms.organizer_form", "Preferences"), parent)
        self._database = database
        self.name = QLineEdit(settings.load().organizer_name)
        self.name.setMaxLength(SHORT_TEXT)
        self.form.add_field(
            "organizer_name",
            translate("forms.organizer_form", "Your name"),
            self.name,
            self._check_name,
        )
        self.language = QComboBox()
        self.language.addItem(translate("forms.organizer_form", "As the system"), None)
        for code in languages.LANGUAGES:
            self.language.addItem(languages.LANGUAGE_NAMES[code], code)
        select_data(self.language, settings.load().language)
        self.form.add_field(
            "language", translate("forms.organizer_form", "Language"), self.language
        )
        self.fields_ready()

    def chosen_language(self) -> str | None:
        return self.language.currentData()

    def _check_name(self) -> str | None:
        return (
            None
            if clean(self.name.text())
            else translate("forms.organizer_form", "is required: it is recorded with changes.")
        )

    def save(self) -> str:
        name = clean(self.name.text())
        try:
            chosen = settings.load().with_organizer(name).with_language(self.chosen_language())
            settings.save(chosen)
        except OSError as error:
            raise UserFacingError(
                translate(
                    "forms.organizer_form",
                    "Not saved: the settings file {value} could not be written ({value2}).",
                ).format(value=settings.settings_path(), value2=error.strerror or error)
            ) from error
        self._database.actor = name
        return name
