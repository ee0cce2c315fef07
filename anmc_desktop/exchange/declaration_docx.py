"""The declaration as a Word file to send to the cities for comments: every text, its
clauses numbered as typed (so that the file reads back the same), then the signature
blocks once, after all texts."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord, city_line


def write_declaration_docx(
    declaration: DeclarationRecord, signatories: Sequence[SignatoryRecord]
) -> bytes:
    document = docx.Document()
    for index, version in enumerate(declaration.versions):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.add_run(version.title).bold = True
        if version.opening:
            document.add_paragraph(version.opening)
        for paragraph in version.preamble:
            document.add_paragraph(paragraph)
        if version.transition:
            document.add_paragraph().add_run(version.transition).bold = True
        for number, clause in enumerate(version.clauses, start=1):
            document.add_paragraph(f"{number}. {clause}")
        document.add_paragraph(declaration.testimonium_of(version))
    for signatory in sorted(signatories, key=lambda s: s.position):
        document.add_paragraph().add_run(city_line(signatory)).bold = True
        document.add_paragraph("_" * 30)
        # One line each for the name and the position, as an import reads them back.
        for line in (signatory.latin_name or signatory.native_name, signatory.title):
            if line:
                document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
