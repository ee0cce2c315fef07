"""The organizer's name is saved whole, and a settings file that cannot be written is
explained beside the form instead of crashing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from anmc_desktop import paths, settings
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.organizer_form import OrganizerDialog


def _block_settings_file() -> None:
    """A folder where the settings file should be: no file can be written there."""
    settings.settings_path().mkdir(parents=True)


def test_a_failed_settings_save_leaves_no_temporary_file_behind():
    # GIVEN a settings file that cannot be replaced
    _block_settings_file()

    # WHEN the settings are saved
    with pytest.raises(OSError):
        settings.save(settings.Settings(organizer_name="Anna"))

    # THEN nothing but the blocking folder is left in the config folder
    assert [p.name for p in paths.config_dir().iterdir()] == [settings.SETTINGS_FILE_NAME]


def test_saving_the_settings_replaces_the_file_whole():
    settings.save(settings.Settings(organizer_name="Anna"))
    settings.save(settings.Settings(organizer_name="Boris"))

    assert settings.load().organizer_name == "Boris"
    assert [p.name for p in paths.config_dir().iterdir()] == [settings.SETTINGS_FILE_NAME]


def test_an_unwritable_settings_file_is_explained_under_the_form(
    qtbot, services: Services, dialogs
):
    # GIVEN the organizer dialog, and a settings file that cannot be written
    dialog = OrganizerDialog(services.database)
    qtbot.addWidget(dialog)
    dialog.show()
    _block_settings_file()
    actor_before = services.database.actor
    dialog.name.setText("Anna Petrova")

    # WHEN the organizer saves
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # THEN the reason shows under the form, the dialog stays open, and the name the
    # change log records is unchanged
    assert dialog.general_error.isVisible()
    assert "could not be written" in dialog.general_error.text()
    assert dialog.isVisible()
    assert services.database.actor == actor_before
    assert dialogs.shown == []
    dialogs.answer_yes()  # closing the unsaved form at the end of the test discards it
