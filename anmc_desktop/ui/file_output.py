"""Writing a file the user chose: built off the window's thread with progress and
Cancel, written atomically, failures explained, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.progress import Progress
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import run_in_background
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.saved_files import announce_saved
from anmc_desktop.ui.translation import translate

WRITING = "Writing the file"


def write_file(
    window: MenuHost, destination: Path, title: str, content: Callable[[Services], bytes]
) -> bool:
    """Build the content from services of its own (on a worker thread), then replace
    ``destination`` with it in one step. False if it failed or the user cancelled."""

    def build_and_write(own: Services, progress: Progress) -> Path:
        progress.step(title)
        data = content(own)
        progress.step(WRITING)
        write_atomically(destination, data)
        return destination

    try:
        written = run_in_background(window, title, window.services, build_and_write)
    except (UserFacingError, OSError) as error:
        messages.error(window, translate("file_output", "The file was not written"), str(error))
        return False
    if written is None:
        return False
    announce_saved(window, destination)
    return True
