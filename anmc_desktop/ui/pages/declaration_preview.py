"""The declaration as the page previews it: rich text, user text escaped; one text, or two
side by side, paragraph against paragraph and clause against clause."""

from __future__ import annotations

import itertools
from html import escape

from anmc_desktop.records.declarations import DeclarationRecord, DeclarationVersion
from anmc_desktop.ui.labels import language_label
from anmc_desktop.ui.translation import translate


def _paragraph(text: str, style: str = "") -> str:
    """User text is escaped: it appears exactly as typed, never as markup."""
    body = escape(text).replace("\n", "<br>")
    return f'<p style="{style}">{body}</p>' if style else f"<p>{body}</p>"


def _parts(declaration: DeclarationRecord, version: DeclarationVersion) -> list[str]:
    """The version's paragraphs as HTML, in rows that line up with another version's:
    title, opening, each preamble paragraph, transition, each clause, testimonium."""
    return [
        f'<h2 align="center">{escape(version.title)}</h2>',
        _paragraph(version.opening),
        *(_paragraph(text, "margin-left: 2em;") for text in version.preamble),
        _paragraph(version.transition, "font-weight: bold;"),
        *(_paragraph(f"{number}. {text}") for number, text in enumerate(version.clauses, 1)),
        _paragraph(declaration.testimonium_of(version), "font-style: italic;"),
    ]


def declaration_html(
    declaration: DeclarationRecord,
    status_colour: str,
    language: str | None = None,
    beside: str | None = None,
) -> str:
    """The ``language`` text (the first by default), and the ``beside`` one next to it.
    ``status_colour`` (a CSS colour name) is a muted text colour readable on the
    preview's background, taken from the palette."""
    versions = {version.language: version for version in declaration.versions}
    shown = versions.get(language or "", declaration.versions[0])
    status = (
        translate("pages.declaration_preview", "Final (read-only)")
        if declaration.is_final
        else translate("pages.declaration_preview", "Draft")
    )
    shown_status = translate("pages.declaration_preview", "Status: {status}").format(status=status)
    heading = f'<p style="color: {status_colour};">{escape(shown_status)}</p>'
    other = versions.get(beside or "")
    if other is None or other is shown:
        parts = _parts(declaration, shown)
        return "\n".join([heading, *(part for part in parts if part != "<p></p>")])
    left, right = _parts(declaration, shown), _parts(declaration, other)
    # Clauses line up: the rows before them are padded to the same number on both sides.
    split_left, split_right = len(shown.preamble) + 3, len(other.preamble) + 3
    rows = [
        *itertools.zip_longest(left[:split_left], right[:split_right], fillvalue=""),
        *itertools.zip_longest(left[split_left:-1], right[split_right:-1], fillvalue=""),
        (left[-1], right[-1]),
    ]
    cells = "\n".join(
        f'<tr><td width="50%" valign="top">{a}</td><td width="50%" valign="top">{b}</td></tr>'
        for a, b in rows
    )
    names = (
        f"<tr><th>{escape(language_label(shown.language))}</th>"
        f"<th>{escape(language_label(other.language))}</th></tr>"
    )
    return f'{heading}\n<table width="100%" cellspacing="6">{names}\n{cells}</table>'
