"""A printed document inside the app: the pages as they will print, Print... through the
system's print dialog, and Save as PDF...

The dialog receives finished PDF bytes (``anmc_desktop.printing.documents.render``), so it
shows exactly what the command line would write.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.printing.documents import (
    DeclarationDocument,
    Document,
    MeetingReportDocument,
    PrintRequest,
    render,
    render_docx,
)
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.progress import GATHERING, Progress
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import run_in_background
from anmc_desktop.ui.dialog_size import fit_to_screen
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.saved_files import announce_saved, choose_destination, document_file_name
from anmc_desktop.ui.system_printing import send_pdf, takes_pdf
from anmc_desktop.ui.translation import translate

_MAX_DPI = 300
PREFERRED_SIZE = QSize(860, 1000)


class PrintPreviewDialog(KeyboardReadyDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        docx: Callable[[], bytes] | None = None,
    ) -> None:
        """``docx``, if given, writes the document as .docx for the Save as .docx button."""
        super().__init__(parent)
        self.setWindowTitle(translate("print_preview", "{title} - preview").format(title=title))
        self._pdf = pdf
        self._file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self._pages_text(), self)
        self.print_button = QPushButton(translate("print_preview", "&Print..."), self)
        self.save_button = QPushButton(translate("print_preview", "&Save as PDF..."), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self._docx = docx
        self.docx_button = QPushButton(translate("print_preview", "Save as .&docx..."), self)
        self.docx_button.setVisible(docx is not None)
        self.docx_button.clicked.connect(self.save_as_docx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.pages_label)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.docx_button)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        fit_to_screen(self, "print_preview", PREFERRED_SIZE)

    def _pages_text(self) -> str:
        count = self.document.pageCount()
        return translate("print_preview", "%n page(s)", None, count)

    def save_as_pdf(self) -> Path | None:
        """Ask where, then write the PDF; returns the file written, or None."""
        return self._save(
            translate("print_preview", "Save as PDF"),
            translate("print_preview", "PDF files (*.pdf)"),
            "pdf",
            lambda: self._pdf,
        )

    def save_as_docx(self) -> Path | None:
        """Ask where, then write the .docx; returns the file written, or None."""
        if self._docx is None:
            return None
        return self._save(
            translate("print_preview", "Save as .docx"),
            translate("print_preview", "Word files (*.docx)"),
            "docx",
            self._docx,
        )

    def _save(
        self, caption: str, name_filter: str, suffix: str, content: Callable[[], bytes]
    ) -> Path | None:
        target = choose_destination(
            self,
            caption,
            name_filter,
            str(Path(self._file_name).with_suffix(f".{suffix}")),
            suffix,
        )
        if target is None:
            return None
        try:
            write_atomically(target, content())
        except (UserFacingError, OSError) as error:
            messages.error(
                self,
                caption,
                translate("print_preview", "Could not save {target}.").format(target=target),
                str(error),
            )
            return None
        announce_saved(self, target)
        return target

    def print_document(self) -> bool:
        """The system print dialog, then the PDF itself to the printer (CUPS) or to the
        file chosen; pages are painted at the printer's resolution only where the system
        takes no PDF (system_printing.py)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if messages.run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            if takes_pdf(printer):
                sent = send_pdf(self._pdf, printer, self._file_name)
                self.pages_label.setText(
                    translate("print_preview", "{pages}: sent to {printer}").format(
                        pages=self._pages_text(), printer=printer.printerName()
                    )
                )
                self.pages_label.setToolTip(sent)
            elif self._whole_document_to_file(printer):
                write_atomically(Path(printer.outputFileName()), self._pdf)
            else:
                self._paint_pages(printer)
        except (UserFacingError, OSError) as error:
            messages.error(
                self,
                translate("print_preview", "Print"),
                translate("print_preview", "The document was not printed."),
                str(error),
            )
            return False
        return True

    def _whole_document_to_file(self, printer: QPrinter) -> bool:
        return (
            printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
            and printer.printRange() is not QPrinter.PrintRange.PageRange
            and printer.copyCount() == 1
        )

    def _paint_pages(self, printer: QPrinter) -> None:
        first, last = printer.fromPage(), printer.toPage()
        count = self.document.pageCount()
        pages = range((first or 1) - 1, last or count)  # 0 and 0 mean every page
        painter = QPainter()
        if not painter.begin(printer):
            messages.error(
                self,
                translate("print_preview", "Print"),
                translate("print_preview", "The printer could not be started."),
            )
            return
        try:
            for number, index in enumerate(pages):
                if number:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        points = self.document.pagePointSize(index)
        scale = min(area.width() / points.width(), area.height() / points.height())
        # Rendered at no more than 300 dpi: a 1200 dpi printer would need 500 MB per page.
        raster = min(scale, _MAX_DPI / 72)
        image = self.document.render(
            index, QSize(round(points.width() * raster), round(points.height() * raster))
        )
        target = QRectF(QPointF(0, 0), points * scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Without it a PDF engine stores the page as a JPEG: lossy text, as issue 16 found.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        painter.drawImage(target, image)


def show_preview(parent: QWidget | None, services: Services, request: PrintRequest) -> None:
    """Build the document off the window's thread (with progress and Cancel) and show it;
    a document that cannot be printed (no declaration yet, a script without a font) is
    explained in a message box instead, and the records whose text was printed smaller
    or cut to fit are named before the preview."""
    notes = FitNotes()

    def build(own: Services, progress: Progress) -> tuple[Document, bytes]:
        progress.step(GATHERING)
        document = own.print_data.for_request(request)
        return document, render(request, document, notes, progress)

    try:
        built = run_in_background(
            parent,
            translate("print_preview", "Printing: {document}").format(document=label(request.kind)),
            services,
            build,
        )
    except UserFacingError as error:
        messages.error(
            parent,
            label(request.kind),
            translate("print_preview", "This document cannot be printed."),
            messages.error_text(error),
        )
        return
    if built is None:
        return
    document, pdf = built
    if notes:
        text = translate("print_preview", "Some texts do not fit their place at full size:")
        messages.inform(parent, label(request.kind), text, "\n".join(map(str, notes)))
    file_name = document_file_name(document.meeting, _what_is_printed(request, document), "pdf")
    docx = None
    if isinstance(document, MeetingReportDocument):
        docx = partial(render_docx, document)
    preview = PrintPreviewDialog(pdf, label(request.kind), file_name, parent, docx=docx)
    messages.run_modal(preview)


def _what_is_printed(request: PrintRequest, document: Document) -> str:
    """The document's name for its file, in the window's language: a declaration not yet
    final says "draft"."""
    if isinstance(document, DeclarationDocument) and not document.declaration.is_final:
        return translate("saved_files", "{document} - draft").format(document=label(request.kind))
    return label(request.kind)
