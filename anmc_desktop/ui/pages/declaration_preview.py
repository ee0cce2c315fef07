"""The declaration as the page previews it: rich text, user text escaped."""

from __future__ import annotations

from html import escape

from anmc_desktop.records.declarations import DeclarationRecord
from anmc_desktop.ui.translation import translate


def _paragraph(text: str, style: str = "") -> str:
    """User text is escaped: it appears exactly as typed, never as markup."""
    body = escape(text).replace("\n", "<br>")
    return f'<p style="{style}">{body}</p>' if style else f"<p>{body}</p>"


def declaration_html(declaration: DeclarationRecord, status_colour: str) -> str:
    """``status_colour`` (a CSS colour name) is a muted text colour readable on the
    preview's background, taken from the palette."""
    status = (
        translate("pages.declaration_preview", "Final (read-only)")
        if declaration.is_final
        else translate("pages.declaration_preview", "Draft")
    )
    shown = translate("pages.declaration_preview", "Status: {status}").format(status=status)
    parts = [
        f'<p style="color: {status_colour};">{escape(shown)}</p>',
        f'<h2 align="center">{escape(declaration.title)}</h2>',
        _paragraph(declaration.opening),
        *(_paragraph(text, "margin-left: 2em;") for text in declaration.preamble),
        _paragraph(declaration.transition, "font-weight: bold;"),
        *(
            _paragraph(f"{number}. {text}")
            for number, text in enumerate(declaration.clauses, start=1)
        ),
        _paragraph(declaration.testimonium, "font-style: italic;"),
    ]
    return "\n".join(part for part in parts if part != "<p></p>")
