"""Printing the PDF itself, so that text reaches the printer as text (vector), not as
pages rasterised by Qt.

Where the system takes PDF (CUPS, on Linux and macOS) the document's bytes go to ``lp``
with the pages, copies, duplex and paper chosen in the print dialog; CUPS converts for
the printer. "Print to file (PDF)" writes the PDF as it is. Only elsewhere (Windows'
printers) are pages painted through QPrinter.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from anmc_desktop.errors import UserFacingError
from anmc_desktop.ui.translation import translate

LP_TIMEOUT_SECONDS = 60  # lp only hands the job to the spooler
SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
}

# CUPS's names of the papers of the app's documents (Qt's keys differ, e.g. "AnsiA").
_SIZE = QPageSize.PageSizeId
MEDIA = {
    _SIZE.A3: "A3",
    _SIZE.A4: "A4",
    _SIZE.A5: "A5",
    _SIZE.A6: "A6",
    _SIZE.Letter: "Letter",
    _SIZE.Legal: "Legal",
}


def takes_pdf(printer: QPrinter) -> bool:
    """The chosen printer is a CUPS queue that ``lp`` can hand the PDF to."""
    return (
        sys.platform != "win32"
        and printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
        and bool(printer.printerName())
        and shutil.which("lp") is not None
    )


def lp_arguments(printer: QPrinter, title: str) -> list[str]:
    """The ``lp`` command for what the print dialog chose."""
    arguments = ["lp", "-d", printer.printerName(), "-t", title]
    arguments += ["-n", str(max(1, printer.copyCount()))]
    if printer.collateCopies():
        arguments += ["-o", "collate=true"]
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() is QPrinter.PrintRange.PageRange and first and last:
        arguments += ["-P", f"{first}-{last}"]
    arguments += ["-o", f"sides={SIDES.get(printer.duplex(), 'one-sided')}"]
    paper = printer.pageLayout().pageSize()
    media = MEDIA.get(paper.id(), paper.key())
    if media:
        arguments += ["-o", f"media={media}"]
    return arguments


def send_pdf(pdf: bytes, printer: QPrinter, title: str) -> str:
    """Hand the PDF to CUPS; returns lp's answer ("request id is ..."). UserFacingError
    with lp's own words if the printer refuses it."""
    try:
        done = subprocess.run(
            lp_arguments(printer, title),
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UserFacingError(
            translate(
                "system_printing", "The printing system did not take the document: {error}"
            ).format(error=error)
        ) from error
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip() or f"lp exited with {done.returncode}"
        raise UserFacingError(
            translate("system_printing", "{printer} did not take the document: {said}").format(
                printer=printer.printerName(), said=said
            )
        )
    return done.stdout.decode(errors="replace").strip()
