"""The meeting report as a .docx, for the secretariat to edit before it circulates the
results: the same content as the PDF (``meeting_report_content``), in Word's own headings,
lists and tables, so that it restyles with the document's styles."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.meeting_report_content import (
    DECLARATION,
    NO_DECLARATION,
    PARTICIPANTS,
    PROGRAMME,
    STATISTICS,
    SUBJECT,
    TITLE,
    ReportContent,
    item_line,
    item_people,
    person_line,
    signatory_line,
)
from anmc_desktop.printing.programme import day_title, programme_days, when_and_where


@collector_paused(leaves_cycles=True)
def render_meeting_report_docx(content: ReportContent) -> bytes:
    document = Document()
    properties = document.core_properties
    title = content.text(TITLE, title=content.meeting.title)
    properties.title = title
    properties.subject = content.text(SUBJECT, title=content.meeting.title)
    properties.author = "ANMC Desktop"
    properties.language = content.wording.language
    document.add_heading(title, level=0)
    document.add_paragraph(when_and_where(content.meeting, content.wording))
    if content.meeting.theme:
        document.add_paragraph(content.meeting.theme)
    _statistics(document, content)
    _participants(document, content)
    _programme(document, content)
    _declaration(document, content)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _statistics(document: DocxDocument, content: ReportContent) -> None:
    document.add_heading(content.text(STATISTICS), level=1)
    rows = content.statistics()
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (what, count) in zip(table.rows, rows, strict=True):
        row.cells[0].text = what
        row.cells[1].text = count


def _participants(document: DocxDocument, content: ReportContent) -> None:
    document.add_heading(content.text(PARTICIPANTS), level=1)
    for city in content.cities:
        document.add_heading(city.heading("{name} ({local})"), level=2)
        for person in city.persons:
            line = person_line(person, content.wording)
            document.add_paragraph(line, style="List Bullet")


def _programme(document: DocxDocument, content: ReportContent) -> None:
    document.add_heading(content.text(PROGRAMME), level=1)
    for day, items in programme_days(content.items).items():
        document.add_heading(day_title(day, content.wording), level=2)
        for item in items:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(item_line(item)).bold = True
            if people := item_people(item, content.wording):
                paragraph.add_run(f"\n{people}")


def _declaration(document: DocxDocument, content: ReportContent) -> None:
    document.add_heading(content.text(DECLARATION), level=1)
    declaration = content.declaration
    if declaration is None:
        document.add_paragraph(content.text(NO_DECLARATION))
        return
    document.add_heading(declaration.title, level=2)
    for text in (declaration.opening, *declaration.preamble, declaration.transition):
        if text:
            document.add_paragraph(text)
    for clause in declaration.clauses:
        document.add_paragraph(clause, style="List Number")
    document.add_heading(content.signatories_heading(), level=2)
    for signatory in content.signatories:
        document.add_paragraph(signatory_line(signatory, content.wording))
