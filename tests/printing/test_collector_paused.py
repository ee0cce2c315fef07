"""Drawing a document never waits for Python's cycle collector.

A third of drawing the delegation list of a large meeting went to the collector walking
every object alive, again and again, as the rows and pages were made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from reportlab.pdfgen.canvas import Canvas

from anmc_desktop.printing.documents import (
    DocumentKind,
    MeetingReportDocument,
    PrintRequest,
    render,
    render_docx,
)
from anmc_desktop.services import Services


@contextmanager
def collections_heard() -> Iterator[list[int]]:
    """The generation of each collection the cycle collector starts meanwhile."""
    started: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(heard)
    try:
        yield started
    finally:
        gc.callbacks.remove(heard)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_no_document_is_drawn_with_the_collector_running(
    kind: DocumentKind, services: Services, sample_meeting_id: int, all_scripts_fonts: None
) -> None:
    # GIVEN the sample meeting's data for the document, the collector running
    request = PrintRequest(kind, sample_meeting_id)
    document = services.print_data.for_request(request)
    assert gc.isenabled()
    # WHEN it is drawn (and, for the report, also written as a Word file)
    drawings = 2 if isinstance(document, MeetingReportDocument) else 1
    with collections_heard() as collections:
        pdf = render(request, document)
        if drawings == 2:
            render_docx(document)
    # THEN the collector ran only as each drawing ended, over the objects it made; and it
    # runs again afterwards
    assert pdf.startswith(b"%PDF")
    assert collections == [0] * drawings
    assert gc.isenabled()


@pytest.mark.parametrize("kind", [DocumentKind.DELEGATIONS, DocumentKind.BADGES])
def test_what_a_drawing_leaves_in_cycles_is_freed_as_it_ends(
    kind: DocumentKind, services: Services, sample_meeting_id: int, all_scripts_fonts: None
) -> None:
    # GIVEN the document's data, and nothing waiting for the collector
    request = PrintRequest(kind, sample_meeting_id)
    document = services.print_data.for_request(request)
    gc.collect()
    # WHEN it is drawn
    render(request, document)
    # THEN its canvas, document and pages (which refer to each other) are gone already
    assert not [o for o in gc.get_objects() if isinstance(o, Canvas)]
