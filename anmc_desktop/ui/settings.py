"""What the window remembers between sessions, in an INI file in the user config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize

from anmc_desktop import paths

SETTINGS_FILE_NAME = "anmc-desktop.ini"
_GEOMETRY = "window/geometry"
_CURRENT_MEETING = "meeting/current_id"
_DIALOG_SIZE = "dialogs/{}/size"
_LAST_FOLDER = "files/last_folder"


class AppSettings:
    """Typed access to the settings; every key and its default live here."""

    def __init__(self, qsettings: QSettings) -> None:
        self._qsettings = qsettings

    @classmethod
    def open(cls) -> AppSettings:
        path = paths.config_dir() / SETTINGS_FILE_NAME
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue(_GEOMETRY, geometry)

    @property
    def current_meeting_id(self) -> int | None:
        value = self._qsettings.value(_CURRENT_MEETING)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @current_meeting_id.setter
    def current_meeting_id(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            self._qsettings.remove(_CURRENT_MEETING)
        else:
            self._qsettings.setValue(_CURRENT_MEETING, meeting_id)

    def dialog_size(self, dialog_name: str) -> QSize | None:
        """The size the user last gave the dialog, or None."""
        value = self._qsettings.value(_DIALOG_SIZE.format(dialog_name))
        return value if isinstance(value, QSize) and not value.isEmpty() else None

    def set_dialog_size(self, dialog_name: str, size: QSize) -> None:
        self._qsettings.setValue(_DIALOG_SIZE.format(dialog_name), size)

    @property
    def last_folder(self) -> Path:
        """The folder the user last saved a file in; the home folder at first, or when
        that folder is gone."""
        value = self._qsettings.value(_LAST_FOLDER)
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._qsettings.setValue(_LAST_FOLDER, str(folder))

    def sync(self) -> None:
        self._qsettings.sync()
