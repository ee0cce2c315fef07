"""Writing the files a user asked for: whole, or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from anmc_desktop.errors import UserFacingError


def write_atomically(path: Path, content: bytes) -> None:
    """Never leave half a file behind: write beside the target, then rename over it."""
    if not path.parent.is_dir():
        raise UserFacingError(f"cannot write {path}: the folder {path.parent} does not exist.")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
