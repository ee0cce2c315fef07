"""The organizer's own settings, shared by the window and the command line.

A small JSON file under the config folder. Today it holds the organizer's name, which
the change log records with every change; it defaults to the operating-system user name.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.files import write_atomically

SETTINGS_FILE_NAME = "settings.json"


def default_organizer_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown organizer"


@dataclass(frozen=True)
class Settings:
    organizer_name: str

    def with_organizer(self, name: str) -> Settings:
        return replace(self, organizer_name=name.strip() or default_organizer_name())


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE_NAME


def load() -> Settings:
    """The saved settings; a missing or unreadable file gives the defaults."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    name = data.get("organizer_name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        name = default_organizer_name()
    return Settings(organizer_name=name.strip())


def save(settings: Settings) -> None:
    """Write the settings whole (never half a file); OSError if the folder refuses."""
    write_atomically(settings_path(), json.dumps(asdict(settings), indent=2).encode("utf-8"))
