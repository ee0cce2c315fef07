"""The meeting report as a PDF: statistics, participants by city, the programme as held,
the declaration with its signatories. Long parts are tables drawn row by row (``tables``),
so the report of a 20,000-person meeting lays out in seconds."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.declaration import text_fields
from anmc_desktop.printing.delegations import person_fields
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.meeting_report_content import (
    DECLARATION,
    NO_DECLARATION,
    PARTICIPANTS,
    PROGRAMME,
    STATISTICS,
    SUBJECT,
    TITLE,
    ReportContent,
    signatory_line,
)
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    standard_footer,
)
from anmc_desktop.printing.programme import COLUMNS as PROGRAMME_COLUMNS
from anmc_desktop.printing.programme import item_fields, programme_rows, when_and_where
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable, translated
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.printing.wording import N_
from anmc_desktop.records.persons import DelegationDetail

PARTICIPANT_COLUMNS = (
    Column(N_("Name"), 3.0),
    Column(N_("Role"), 1.4),
    Column(N_("Position"), 4.0),
)
STATISTICS_COLUMNS = (Column("", 4.0), Column("", 1.0))


@collector_paused(leaves_cycles=True)
def render_meeting_report(
    content: ReportContent,
    delegations: Sequence[DelegationDetail],
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    regular, bold = person_fields(delegations)
    regular += item_fields(content.items)
    if content.declaration is not None:
        regular += text_fields(content.declaration, content.signatories)
    fonts.check([*regular, ("Meeting: title", content.meeting.title)])
    fonts.check([*bold, *item_fields(content.items)], bold=True)
    setter = Typesetter(fonts)
    words, meeting = content.wording, content.meeting
    title = content.text(TITLE, title=meeting.title)
    story: list[Flowable] = [
        *document_heading(setter, title, when_and_where(meeting, words), meeting.theme),
        *_section(setter, content.text(STATISTICS)),
        RowsTable(setter, STATISTICS_COLUMNS, _statistics_rows(content)),
        *_section(setter, content.text(PARTICIPANTS)),
        RowsTable(setter, translated(PARTICIPANT_COLUMNS, words), _participant_rows(content)),
        *_section(setter, content.text(PROGRAMME)),
        RowsTable(
            setter, translated(PROGRAMME_COLUMNS, words), programme_rows(content.items, words)
        ),
        *_section(setter, content.text(DECLARATION)),
        *_declaration(setter, content),
    ]
    return build_pdf(
        story,
        paper,
        standard_footer(setter, title, words),
        title=title,
        base_font=fonts.base_font(),
        subject=content.text(SUBJECT, title=meeting.title),
        language=words.language,
    )


def _section(setter: Typesetter, heading: str) -> list[Flowable]:
    style = setter.style("report-section", 12.5, bold=True, leading=16, spaceBefore=4)
    # A heading never ends a page: a new page unless some rows fit under it.
    return [
        CondPageBreak(40 * mm),
        Spacer(1, 4 * mm),
        setter.paragraph(heading, style, bold=True),
        Spacer(1, 2 * mm),
    ]


def _statistics_rows(content: ReportContent) -> list[Row]:
    return [Row([[Line(what)], [Line(count, bold=True)]]) for what, count in content.statistics()]


def _participant_rows(content: ReportContent) -> list[Row]:
    rows: list[Row] = []
    for city in content.cities:
        name = city.heading("{name}  {local}")
        rows.append(Row([[Line(f"{name} ({len(city.persons)})", 10.5, bold=True)]], heading=True))
        for person in city.persons:
            names = [Line(person.name, bold=True)]
            if person.native_name and person.native_name != person.name:
                names.append(Line(person.native_name))
            role = content.wording.label(person.role)
            rows.append(Row([names, [Line(role)], [Line(person.position)]]))
    return rows


def _declaration(setter: Typesetter, content: ReportContent) -> list[Flowable]:
    declaration = content.declaration
    body = setter.style("report-body", 10, leading=13.5, spaceAfter=5)
    if declaration is None:
        return [setter.paragraph(content.text(NO_DECLARATION), body)]
    story = [
        setter.paragraph(declaration.title, setter.style("report-decl", 11.5, bold=True), True)
    ]
    texts = [declaration.opening, *declaration.preamble, declaration.transition]
    story += [setter.paragraph(text, body) for text in texts if text]
    clause_style = setter.style("report-clause", 10, leading=13.5, spaceAfter=5,
                                leftIndent=16, bulletIndent=0)  # fmt: skip
    story += [
        setter.paragraph(clause, clause_style, bullet=f"{number}.")
        for number, clause in enumerate(declaration.clauses, 1)
    ]
    signed = setter.style("report-signed", 10.5, bold=True, leading=14, spaceBefore=6)
    story.append(setter.paragraph(content.signatories_heading(), signed, True))
    story += [
        setter.paragraph(signatory_line(s, content.wording), body) for s in content.signatories
    ]
    return story
