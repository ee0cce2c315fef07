"""Printing sends the PDF itself, so text reaches the printer as text.

The CUPS test prints through a real CUPS-PDF queue (packages cups and
printer-driver-cups-pdf, with cupsd running and a queue on the cups-pdf:/ device: see
.ci/setup). Without one it is skipped on a developer's machine and fails on CI, where the
queue is set up."""

from __future__ import annotations

import io
import os
import pwd
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.ui import messages
from anmc_desktop.ui.print_preview import PrintPreviewDialog
from anmc_desktop.ui.system_printing import SIDES, lp_arguments

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PRINTED_WITHIN_MS = 120_000  # CUPS converts in the background; a stuck queue fails here


def _cups_pdf_queue() -> str | None:
    try:
        listing = subprocess.run(
            ["lpstat", "-v"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in listing.splitlines():
        name, _, device = line.removeprefix("device for ").partition(": ")
        if device.startswith("cups-pdf:"):
            return name
    return None


@pytest.fixture
def cups_pdf_queue() -> str:
    queue = _cups_pdf_queue()
    if queue is None:
        if os.environ.get("CI"):
            pytest.fail("CI sets up a CUPS-PDF queue (.ci/setup), but none is there")
        pytest.skip("no CUPS-PDF queue here (apt-get install cups printer-driver-cups-pdf)")
    return queue


def test_the_print_dialogs_choices_become_lps_options(qapp) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # takes any duplex and paper
    printer.setCopyCount(3)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    arguments = lp_arguments(printer, "Tomsk 2014 - Badges.pdf")
    assert arguments[:5] == ["lp", "-d", printer.printerName(), "-t", "Tomsk 2014 - Badges.pdf"]
    options = " ".join(arguments[5:])
    assert "-n 3" in options
    assert "-o collate=true" in options
    assert "-P 2-4" in options
    assert "-o sides=one-sided" in options  # a PDF file takes no duplex: Qt keeps none
    assert set(SIDES) == set(QPrinter.DuplexMode)  # each choice of the dialog has its name
    assert "-o media=Letter" in options


def test_print_sends_the_chosen_pages_as_vector_pdf_to_cups(
    qtbot, services, sample_meeting_id, all_scripts_fonts, cups_pdf_queue, monkeypatch
) -> None:
    request = PrintRequest(DocumentKind.DECLARATION, sample_meeting_id)
    pdf = render(request, services.print_data.for_request(request))
    title = f"anmc-{uuid.uuid4().hex[:12]}"
    preview = PrintPreviewDialog(pdf, "Tomsk Declaration", title, None)
    qtbot.addWidget(preview)
    preview.show()

    count = len(PdfReader(io.BytesIO(pdf)).pages)
    assert count >= 2

    def choose_from_the_second_page(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        printer: QPrinter = dialog.printer()
        printer.setPrinterName(cups_pdf_queue)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, count)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_from_the_second_page)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert f"sent to {cups_pdf_queue}" in preview.pages_label.text()
    # cups-pdf writes into the PDF folder of the user who printed
    folder = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    qtbot.waitUntil(lambda: any(folder.glob(f"{title}*.pdf")), timeout=PRINTED_WITHIN_MS)
    printed = next(folder.glob(f"{title}*.pdf"))
    qtbot.waitUntil(lambda: _complete(printed), timeout=PRINTED_WITHIN_MS)
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    original = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == count - 1
    # THEN the pages are text, not pictures of text
    assert all(not page.images for page in reader.pages)
    # (CUPS re-embeds the fonts; words of plain Latin letters read back as typed)
    text = reader.pages[0].extract_text()
    assert "Masuzoe" in text and "Zhvachkin" in text and "page 2 of" in text
    assert "Masuzoe" in original.pages[1].extract_text()
    printed.unlink()


def _complete(path: Path) -> bool:
    return path.read_bytes().rstrip().endswith(b"%%EOF")
