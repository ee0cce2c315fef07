"""Pages per second for every printed document of the large generated meeting, beside a bare
ReportLab canvas drawing the same strings with the same fonts.

    python benchmarks/print.py [--size large] [--cities 200 --persons 20000 --agenda-items 2000]

Targets (issue 4): the signing pages and the delegation list within 3x of the bare canvas;
the delegation list of 20,000 persons in under 30 seconds. Issue 18: the logistics lists
(arrivals, rooming, dietary, transport) within 3x too; their time includes building the
table from the records, as printing one does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import segno
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_meeting import add_size_arguments, generate_meeting, sized

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.declaration import render_declaration
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.documents import DeclarationDocument, DelegationsDocument
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.logistics import render_logistics_list
from anmc_desktop.printing.meeting_report import render_meeting_report
from anmc_desktop.printing.meeting_report_content import report_content
from anmc_desktop.printing.meeting_report_docx import render_meeting_report_docx
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.seating_plan import render_seating_plan
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.printing.typesetting import Typesetter
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.logistics import LogisticsKind, LogisticsTable, logistics_table
from anmc_desktop.records.seating import SeatingPlanRecord, badge_payload
from anmc_desktop.services import Services

LINES_PER_PAGE = 50


def _add_declaration(services: Services, meeting_id: int) -> None:
    delegations = services.delegations.list_delegations(meeting_id)
    declaration = services.declarations.create(
        meeting_id,
        DeclarationDraft(
            title="Generated Declaration",
            opening="We, the representatives of the member cities, gathered together,",
            preamble=tuple(f"being aware of our common concern number {n}," for n in range(4)),
            clauses=tuple(
                f"We will work together on aim {n}, and review our progress at every plenary "
                "meeting of the network."
                for n in range(6)
            ),
            place="Generated City",
            signing_date=dt.date(2030, 10, 9),
            originals_count=len(delegations),
        ),
    )
    services.declarations.set_signatories(
        declaration.id, [SignatoryChoice(d.id) for d in delegations]
    )


def _bare_canvas(strings: Sequence[str], face: Face) -> tuple[float, int]:
    """Seconds and pages to draw the strings, one per line, with the fonts our runs use,
    shaped by ReportLab's own HarfBuzz support (``shapeStr``) and drawn as shaped glyphs."""
    setter = Typesetter(FontSet(face))
    runs = [setter.runs(text) for text in strings if text]  # font choice outside the timing
    started = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4, initialFontName=setter.fonts.base_font())
    pages = 1
    for index, line in enumerate(runs):
        if index and index % LINES_PER_PAGE == 0:
            canvas.showPage()
            pages += 1
        x, y = 56.0, 800.0 - 14 * (index % LINES_PER_PAGE)
        for run in line:
            shaped = shapeStr(run.text, run.font_name, 9, force=True)
            text = canvas.beginText(x, y)
            text.setFont(run.font_name, 9)
            text.textOut(shaped)
            canvas.drawText(text)
            x += sum(glyph.x_advance for glyph in shaped.__shapeData__) * 9 / 1000
    canvas.save()
    return time.perf_counter() - started, pages


def _qr_symbols(payloads: Sequence[str]) -> float:
    """Seconds the bare library (segno) takes to make the QR symbols a badge sheet carries:
    part of the same work as the badges, so part of the bare figure beside them."""
    started = time.perf_counter()
    for payload in payloads:
        segno.make(payload, error="m").matrix  # noqa: B018 - the work measured
    return time.perf_counter() - started


def _timed(render: Callable[[], bytes]) -> tuple[float, int]:
    """The better of two runs: the first also loads the fonts, as a first print would."""
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        pdf = render()
        best = min(best, time.perf_counter() - started)
    if not pdf.startswith(b"%PDF"):
        return best, 1  # a .docx has no pages of its own
    return best, len(PdfReader(io.BytesIO(pdf)).pages)


def _declaration_strings(document: DeclarationDocument) -> list[str]:
    declaration = document.declaration
    texts = [
        declaration.title,
        declaration.opening,
        *declaration.preamble,
        declaration.transition,
        *declaration.clauses,
        declaration.testimonium,
    ]
    for s in document.signatories:
        texts += [s.city_name, s.latin_name, s.native_name, s.title]
    return texts


def _table_strings(table: LogisticsTable) -> list[str]:
    return [
        *(group.heading for group in table.groups),
        *(text for group in table.groups for row in group.rows for text in row),
    ]


def _logistics_documents(
    lists: DelegationsDocument,
) -> list[tuple[str, Callable[[], bytes], list[str] | None, Face]]:
    def render(kind: LogisticsKind) -> Callable[[], bytes]:
        def print_list() -> bytes:
            table = logistics_table(kind, lists.delegations)
            return render_logistics_list(lists.meeting, table)

        return print_list

    return [
        (
            f"list: {kind.value}",
            render(kind),
            _table_strings(logistics_table(kind, lists.delegations)),
            Face.SANS,
        )
        for kind in LogisticsKind
    ]


def _plan_strings(plan: SeatingPlanRecord) -> list[str]:
    """What the plan draws: each place's city in both scripts, its head, and the seats
    behind (four at most, the last saying how many more)."""
    texts = []
    for place in plan.places:
        texts += [place.city_name, place.city_local_name, place.head.name if place.head else ""]
        texts += [p.name for p in (*place.interpreters, *place.behind)[:4]]
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    parser.add_argument(
        "--only", nargs="+", metavar="WORD",
        help="time only the documents whose name holds one of these words (e.g. seating report)",
    )  # fmt: skip
    arguments = sized(parser.parse_args(argv))
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(sqlite_url(Path(folder) / "big.db"))
        services = Services.on(database)
        started = time.perf_counter()
        meeting_id = generate_meeting(
            database, arguments.cities, arguments.persons, arguments.agenda_items
        )
        _add_declaration(services, meeting_id)
        data = services.print_data
        declaration = data.declaration(meeting_id)
        lists = data.delegations(meeting_id)
        programme = data.programme(meeting_id)
        seating = data.seating_plan(meeting_id)
        report = data.meeting_report(meeting_id)
        content = report_content(report.meeting, report.delegations, report.items,
                                 report.declaration, report.signatories)  # fmt: skip
        print(f"generated and read the meeting in {time.perf_counter() - started:.1f} s\n")
        signers = declaration.signatories
        persons = [p for d in lists.delegations for p in d.persons]
        person_texts = [t for p in persons for t in (p.latin_name, p.native_name, p.position)]
        qr_payloads = [badge_payload(p.uuid) for p in persons if p.uuid]
        signer_texts = [t for s in signers for t in (s.city_name, s.latin_name, s.native_name,
                                                     s.title)]  # fmt: skip
        item_texts = [t for i in programme.items for t in (i.title, i.description, i.room)]
        report_texts = person_texts + item_texts + _declaration_strings(declaration)
        documents: list[tuple[str, Callable[[], bytes], list[str] | None, Face]] = [
            (
                "declaration + signing pages",
                lambda: render_declaration(declaration.declaration, signers),
                _declaration_strings(declaration),
                Face.SERIF,
            ),
            (
                "signatory sheet",
                lambda: render_signatory_sheet(declaration.meeting, declaration.declaration,
                                               signers),
                signer_texts,
                Face.SANS,
            ),
            (
                "delegation list",
                lambda: render_delegation_list(lists.meeting, lists.delegations),
                person_texts,
                Face.SANS,
            ),
            (
                "programme",
                lambda: render_programme(programme.meeting, programme.items),
                item_texts,
                Face.SANS,
            ),
            (
                "badges",
                lambda: render_badges(lists.meeting, lists.delegations),
                person_texts,
                Face.SANS,
            ),
            (
                "place cards",
                lambda: render_place_cards(lists.meeting, lists.delegations),
                person_texts,
                Face.SANS,
            ),
            *_logistics_documents(lists),
            (
                "seating plan (A3, 1 page)",
                lambda: render_seating_plan(seating.meeting, seating.plan),
                _plan_strings(seating.plan),
                Face.SANS,
            ),
            (
                "meeting report",
                lambda: render_meeting_report(content, report.delegations),
                report_texts,
                Face.SANS,
            ),
            (
                "meeting report .docx",
                lambda: render_meeting_report_docx(content),
                report_texts,
                Face.SANS,
            ),
        ]  # fmt: skip
        header = (
            f"{'document':<28} {'pages':>7} {'seconds':>8} {'pages/s':>8} "
            f"{'bare canvas s':>13} {'bare pages/s':>12} {'x slower':>9}"
        )
        print(header)
        print("-" * len(header))
        if arguments.only:
            documents = [d for d in documents if any(word in d[0] for word in arguments.only)]
        for name, render, strings, face in documents:
            seconds, pages = _timed(render)
            row = f"{name:<28} {pages:>7} {seconds:>8.2f} {pages / seconds:>8.1f}"
            if strings is not None:
                bare_seconds, bare_pages = _bare_canvas(strings, face)
                if name == "badges":
                    bare_seconds += _qr_symbols(qr_payloads)
                row += (
                    f" {bare_seconds:>13.2f} {bare_pages / bare_seconds:>12.1f}"
                    f" {seconds / bare_seconds:>9.1f}"
                )
            print(row, flush=True)
        database.dispose()
    print(
        "\nseconds: the better of two runs. 'x slower' compares them with the time a bare "
        "canvas takes to draw the same strings in the same fonts, one per line, fonts chosen "
        "beforehand, shaped with HarfBuzz by ReportLab and drawn as shaped glyphs (for badges "
        "also segno making the same QR symbols; target: 3x)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
