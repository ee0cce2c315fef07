"""Install the window's language: our catalogue, Qt's own (standard dialogs' buttons) and
the default QLocale (dates and numbers).

The .qm files are compiled from the .ts sources with ``pyside6-lrelease``: the desktop
bundle ships them compiled (packaging/anmc-desktop.spec); an installed package or a checkout
compiles each one on first use into the cache folder, keyed by the source's content, so a
refreshed .ts is compiled again and no binary file lives in the repository.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from anmc_desktop import languages, paths, settings

_installed: list[QTranslator] = []


def lrelease() -> Path:
    """PySide6's own lrelease (the tool behind ``pyside6-lrelease``)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compiled_catalogue(code: str) -> Path | None:
    """The .qm of the window's texts in ``code``: shipped beside its source, else compiled
    into the cache; None when there is no catalogue (English) or it cannot be compiled."""
    source = languages.window_catalogue(code)
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and not source.is_file():
        return shipped
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = paths.cache_dir() / "translations" / f"{source.stem}-{digest}.qm"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        command = [str(lrelease()), "-silent", str(source), "-qm", str(partial)]
        try:
            subprocess.run(command, check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            return None
        partial.replace(target)
    return target


def window_language(chosen: str | None = None) -> str:
    """The language of the window: ``chosen`` (the command line), else the preferences',
    else the system's."""
    return languages.language_for(chosen or settings.load().language, QLocale.system().name())


def install_language(code: str) -> str:
    """Make ``code`` the language of every text translated from now on; returns the
    language installed (English when the catalogue is missing)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != languages.SOURCE_LANGUAGE:
        ours = compiled_catalogue(code)
        if ours is None:
            code = languages.SOURCE_LANGUAGE
        else:
            _load(app, str(ours), "")
            _load(app, f"qtbase_{code}", qt_folder)
    QLocale.setDefault(QLocale(code))
    return code


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
