"""The app's version: the one number in pyproject.toml, read where the app runs.

An installed app (a virtual environment, a wheel, the PyInstaller bundle, which carries
the package's metadata) reads it from its metadata; a source checkout run without
installing reads pyproject.toml beside the package.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "anmc-desktop"
UNKNOWN_VERSION = "0+unknown"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def installed_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return source_version(_PYPROJECT)


def source_version(pyproject: Path) -> str:
    """The version pyproject.toml declares; UNKNOWN_VERSION if there is none to read."""
    try:
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return UNKNOWN_VERSION
    return str(config.get("project", {}).get("version", UNKNOWN_VERSION))
