"""The current meeting's declaration as it will read, read-only."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from anmc_desktop.services import Services
from anmc_desktop.services.declarations import DeclarationRecord
from anmc_desktop.ui.pages.base import Page


def _paragraph(text: str, style: str = "") -> str:
    """User text is escaped: it appears exactly as typed, never as markup."""
    body = escape(text).replace("\n", "<br>")
    return f'<p style="{style}">{body}</p>' if style else f"<p>{body}</p>"


def declaration_html(declaration: DeclarationRecord) -> str:
    status = "Final (read-only)" if declaration.is_final else "Draft"
    parts = [
        f'<p style="color: gray;">Status: {escape(status)}</p>',
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


class DeclarationPage(Page):
    title = "Declaration"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.layout_.addWidget(self.text)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        declaration = (
            self.services.declarations.get_for_meeting(self.meeting.id) if self.meeting else None
        )
        if declaration is None:
            self.text.setPlainText("This meeting has no declaration yet." if self.meeting else "")
        else:
            self.text.setHtml(declaration_html(declaration))
