"""The languages of the window and of the printed documents, and where their catalogues are.

English is the source language (the texts in the code); every other language has a Qt
Linguist file for the window (``anmc_desktop_<code>.ts``) and a gettext file for the printed
documents (``anmc_printing_<code>.po``) in ``resources/translations`` of a checkout, shipped
as the package ``anmc_desktop.translations`` (``pyproject.toml``). Qt-free: printing uses it.
"""

from __future__ import annotations

from pathlib import Path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ru", "ja")
"""Every language the app speaks; the first is the source language."""
TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "ja": "日本語"}
"""Each language named in itself, as a language chooser shows it."""

_PACKAGE = Path(__file__).resolve().parent
_FOLDERS = (
    _PACKAGE / "translations",  # an installed wheel or the desktop bundle
    _PACKAGE.parent / "resources" / "translations",  # a checkout (pip install -e)
)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "translated where shown"
    """Mark a printed text for the printing catalogue where it is defined (printing/, and
    records/logistics.py, whose lists print); it is translated where printed."""
    return text


def supported(code: str | None) -> str | None:
    """``code`` if the app speaks it (``"ru"``, ``"ru_RU"``, ``"ja-JP"`` all count), else None."""
    if not code:
        return None
    language = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return language if language in LANGUAGES else None


def language_for(chosen: str | None, system_locale: str) -> str:
    """The language to use: the one chosen (command line, then preferences), else the
    system's when the app speaks it, else English."""
    return supported(chosen) or supported(system_locale) or SOURCE_LANGUAGE


def translations_dir() -> Path:
    """The folder of the catalogues (the first of the installed and the checkout's)."""
    return next((folder for folder in _FOLDERS if folder.is_dir()), _FOLDERS[-1])


def window_catalogue(code: str) -> Path:
    """The Qt Linguist source of the window's texts in ``code``."""
    return translations_dir() / f"anmc_desktop_{code}.ts"


def printing_catalogue(code: str) -> Path:
    """The gettext source of the printed documents' texts in ``code``."""
    return translations_dir() / f"anmc_printing_{code}.po"
