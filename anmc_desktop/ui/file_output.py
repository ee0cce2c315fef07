"""Writing a file the user chose: atomically, with failures explained, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.ui import messages
from anmc_desktop.ui.saved_files import announce_saved


def write_file(window: QMainWindow, destination: Path, content: Callable[[], bytes]) -> bool:
    """Build the content, then replace ``destination`` with it in one step."""
    try:
        write_atomically(destination, content())
    except (UserFacingError, OSError) as error:
        messages.error(window, "The file was not written", str(error))
        return False
    announce_saved(window, destination)
    return True
