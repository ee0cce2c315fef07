"""The one door to Qt's translation of the window's texts.

Every user-visible string of ``ui`` goes through ``translate(context, text)``, a call that
``pyside6-lupdate`` recognises (packaging/translations/update collects them into the
Qt Linguist files under resources/translations). Texts defined before a translator can be
installed (tables at module level) are marked with ``QT_TRANSLATE_NOOP`` and translated
where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; ``n`` fills ``%n`` and picks the plural form."""
    return QCoreApplication.translate(context, text, disambiguation, n)
