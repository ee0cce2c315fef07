"""The one door to Qt's translation of the window's texts.

Every user-visible string of ``ui`` goes through ``translate(context, text)``, a call that
``pyside6-lupdate`` recognises (packaging/translations/update collects them into the
Qt Linguist files under resources/translations). Texts defined before a translator can be
installed (tables at module level) are marked with ``QT_TRANSLATE_NOOP`` and translated
where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

ENGLISH_PLURAL = "(s)"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; ``n`` fills ``%n`` and picks the plural form.

    English, the source language, has no catalogue to hold plural forms: its texts write
    the plural as "(s)" ("%n page(s)"), made "1 page" or "2 pages" here, with the verb
    after it ("1 row has", "2 rows have")."""
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and ENGLISH_PLURAL in shown:
        for plural_verb, singular_verb in (("have", "has"), ("were", "was")):
            singular, plural = f" {singular_verb}", f"s {plural_verb}"
            shown = shown.replace(f"{ENGLISH_PLURAL} {plural_verb}", singular if n == 1 else plural)
        shown = shown.replace(ENGLISH_PLURAL, "" if n == 1 else "s")
    return shown
