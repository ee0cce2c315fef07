"""Every folder the app uses, from platformdirs, with one override for tests and portable use.

Set ``ANMC_HOME`` to put data, settings, logs, backups and fonts under one folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "anmc-desktop"
HOME_VARIABLE = "ANMC_HOME"
DATABASE_URL_VARIABLE = "ANMC_DATABASE_URL"
DATABASE_FILE_NAME = "anmc.db"


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE)
    return Path(value) if value else None


def _folder(kind: str, platform_path: str) -> Path:
    home = _home()
    folder = home / kind if home else Path(platform_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    return _folder("data", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return _folder("config", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _folder("logs", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What the app can make again (the compiled translations)."""
    return _folder("cache", platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def fonts_dir() -> Path:
    """Where a user can drop extra TrueType fonts for printing."""
    return data_dir() / "fonts"


def backups_dir() -> Path:
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME
