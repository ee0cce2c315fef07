"""Saving a file the user asked for: a name that says what and which meeting, in the
folder last used, a question before replacing a file, and afterwards a note in the
status bar saying what was written where, with "Open" and "Show in folder".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.ui import messages
from anmc_desktop.ui.settings import AppSettings
from anmc_desktop.ui.translation import translate

# Characters that no file system of Windows, macOS or Linux takes in a file name.
_NOT_IN_FILE_NAMES = str.maketrans(dict.fromkeys('<>:"/\\|?*', "-"))


def document_file_name(meeting: MeetingRecord | None, what: str, extension: str) -> str:
    """ "Tomsk 2014 - delegation list.pdf": the meeting's host city and year, then what."""
    parts = [f"{meeting.host_city_name} {meeting.first_day.year}"] if meeting else []
    name = " - ".join([*parts, what]).translate(_NOT_IN_FILE_NAMES).strip(" .")
    return f"{name}.{extension}"


def choose_destination(
    parent: QWidget | None, caption: str, name_filter: str, file_name: str, suffix: str
) -> Path | None:
    """Ask where to save ``file_name`` (starting in the folder last used); a file that is
    there already is replaced only if the user says so. None: nothing is to be written."""
    settings = AppSettings.open()
    target = messages.save_file(
        parent, caption, name_filter, settings.last_folder / file_name, default_suffix=suffix
    )
    if target is None:
        return None
    if target.exists() and not messages.ask(
        parent,
        translate("saved_files", "Replace the file?"),
        translate("saved_files", "{name} already exists in {folder}. Replace it?").format(
            name=target.name, folder=target.parent
        ),
    ):
        return None
    settings.last_folder = target.parent
    settings.sync()
    return target


class SavedFileNotice(QWidget):
    """The status bar's "Saved <file> in <folder>" with buttons to open the file or its
    folder in the system's own applications."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_file_notice")
        self.path = path
        self.label = QLabel(
            translate("saved_files", "Saved {name} in {folder}").format(
                name=path.name, folder=path.parent
            )
        )
        self.label.setAccessibleName(translate("saved_files", "Saved file"))
        self.open_button = QPushButton(translate("saved_files", "Open"))
        self.open_button.setAccessibleName(
            translate("saved_files", "Open {name}").format(name=path.name)
        )
        self.folder_button = QPushButton(translate("saved_files", "Show in folder"))
        self.folder_button.setAccessibleName(
            translate("saved_files", "Show the folder of {name}").format(name=path.name)
        )
        self.open_button.clicked.connect(lambda: open_in_system(self.path))
        self.folder_button.clicked.connect(lambda: open_in_system(self.path.parent))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)


def open_in_system(path: Path) -> bool:
    """Open a file or a folder with the application the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def announce_saved(widget: QWidget, path: Path) -> SavedFileNotice | None:
    """Put the notice for ``path`` in the status bar of the main window ``widget`` is in
    (the window itself, or a dialog opened from it), replacing an earlier notice."""
    window = _main_window_of(widget)
    if window is None:
        return None
    bar = window.statusBar()
    for earlier in bar.findChildren(SavedFileNotice):
        bar.removeWidget(earlier)
        earlier.deleteLater()
    bar.clearMessage()
    notice = SavedFileNotice(path, bar)
    bar.addWidget(notice, 1)
    notice.show()
    return notice


def _main_window_of(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None
