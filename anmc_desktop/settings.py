"""The organizer's own settings, shared by the window and the command line.

A small JSON file under the config folder. It holds the organizer's name, which the change
log records with every change (it defaults to the operating-system user name), and the
language of the window chosen in the preferences (None: the system's).
"""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from anmc_desktop import languages, paths
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
    language: str | None = None

    def with_organizer(self, name: str) -> Settings:
        return replace(self, organizer_name=name.strip() or default_organizer_name())

    def with_language(self, code: str | None) -> Settings:
        return replace(self, language=languages.supported(code))


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
    language = data.get("language") if isinstance(data, dict) else None
    return Settings(
        organizer_name=name.strip(),
        language=languages.supported(language) if isinstance(language, str) else None,
    )


def save(settings: Settings) -> None:
    """Write the settings whole (never half a file); OSError if the folder refuses."""
    write_atomically(settings_path(), json.dumps(asdict(settings), indent=2).encode("utf-8"))
