"""The preview dialog: the generated PDF inside the app, Print... and Save as PDF..."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.ui import messages
from anmc_desktop.ui.print_preview import PrintPreviewDialog, show_preview

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def declaration_pdf(services, sample_meeting_id, all_scripts_fonts) -> bytes:
    data = services.print_data
    request = PrintRequest(DocumentKind.DECLARATION, sample_meeting_id)
    return render(request, data.for_request(request))


@pytest.fixture
def preview(qtbot, declaration_pdf) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(declaration_pdf, "Tomsk Declaration", "tomsk-declaration.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_shows_every_page_of_the_document(preview, declaration_pdf):
    assert preview.document.status() is QPdfDocument.Status.Ready
    assert preview.document.pageCount() == _pages(declaration_pdf)
    assert preview.view.document() is preview.document
    assert preview.pages_label.text() == f"{_pages(declaration_pdf)} pages"


def test_save_as_pdf_writes_the_same_document(
    preview, declaration_pdf, qtbot, tmp_path, monkeypatch
):
    # GIVEN the user will pick a file name without the .pdf suffix
    target = tmp_path / "signed-copy"
    shown = []

    def choose_file(dialog: QDialog) -> int:
        shown.append(dialog)
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_file)
    # WHEN they click Save as PDF...
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    # THEN the very bytes of the preview are saved, as a .pdf file
    assert len(shown) == 1
    assert (tmp_path / "signed-copy.pdf").read_bytes() == declaration_pdf


def test_print_sends_every_page_to_the_chosen_printer(
    preview, declaration_pdf, qtbot, tmp_path, monkeypatch
):
    # GIVEN the user chooses to print to a PDF file in the print dialog
    printed = tmp_path / "printed.pdf"

    def choose_printer(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_printer)
    # WHEN they click Print...
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    # THEN every page reaches the printer
    assert _pages(printed.read_bytes()) == _pages(declaration_pdf)


def test_cancelling_the_print_dialog_prints_nothing(preview, monkeypatch):
    monkeypatch.setattr(messages, "run_modal", lambda dialog: QDialog.DialogCode.Rejected)
    assert preview.print_document() is False
    assert preview.save_as_pdf() is None


def test_show_preview_opens_the_dialog_on_the_rendered_document(
    services, sample_meeting_id, all_scripts_fonts, monkeypatch, qtbot
):
    shown = []
    monkeypatch.setattr(messages, "run_modal", lambda dialog: shown.append(dialog) or 0)
    show_preview(None, services, PrintRequest(DocumentKind.BADGES, sample_meeting_id))
    # A name printed smaller to fit its badge is named first, then the preview opens.
    assert len(shown) == 2
    assert "Tseyen Enkhtsengel" in shown[0].informativeText()
    assert isinstance(shown[1], PrintPreviewDialog)
    qtbot.addWidget(shown[1])
    assert shown[1].document.pageCount() == 3  # 9 named persons (7 heads to be confirmed)


def test_a_document_that_cannot_be_printed_is_explained(services, monkeypatch, qtbot):
    # GIVEN a meeting without a declaration
    import datetime as dt

    from anmc_desktop.records.cities import CityDraft
    from anmc_desktop.records.meetings import MeetingDraft

    city = services.cities.create(CityDraft("Tomsk", time_zone="Asia/Tomsk"))
    meeting = services.meetings.create(
        MeetingDraft("Empty", city.id, dt.date(2015, 1, 1), dt.date(2015, 1, 2))
    )
    shown = []
    monkeypatch.setattr(messages, "run_modal", lambda dialog: shown.append(dialog) or 0)
    # WHEN its declaration is to be previewed
    show_preview(None, services, PrintRequest(DocumentKind.DECLARATION, meeting.id))
    # THEN a message says why, and no preview opens
    assert len(shown) == 1
    assert isinstance(shown[0], QMessageBox)
    assert "has no declaration to print yet" in shown[0].informativeText()


def _choosing(name: object, shown: list[QDialog]):
    """A stand-in for the user: in the file dialog, type ``name`` and save; Ok elsewhere."""

    def run_modal(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(name))
        return QDialog.DialogCode.Accepted

    return run_modal


def test_save_as_pdf_writes_the_very_file_the_dialog_asked_about(
    preview, declaration_pdf, qtbot, tmp_path, monkeypatch
):
    # GIVEN a PDF the user keeps, and the user types a name with another suffix
    folder = tmp_path / "saved"
    folder.mkdir()
    kept = folder / "minutes.pdf"
    kept.write_bytes(b"%PDF the minutes")
    shown: list[QDialog] = []
    monkeypatch.setattr(messages, "run_modal", _choosing(folder / "minutes.txt", shown))

    # WHEN they save
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    # THEN the dialog adds .pdf only to a name without a suffix, the named file is
    # written, and the file the dialog never asked about is untouched
    assert isinstance(shown[0], QFileDialog)
    assert shown[0].defaultSuffix() == "pdf"
    assert (folder / "minutes.txt").read_bytes() == declaration_pdf
    assert kept.read_bytes() == b"%PDF the minutes"
    assert sorted(p.name for p in folder.iterdir()) == ["minutes.pdf", "minutes.txt"]


def test_a_pdf_that_cannot_be_saved_is_explained(preview, qtbot, tmp_path, monkeypatch):
    # GIVEN the user picks a file in a folder that has gone meanwhile
    shown: list[QDialog] = []
    monkeypatch.setattr(messages, "run_modal", _choosing(tmp_path / "gone" / "copy.pdf", shown))

    # WHEN they save
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    # THEN an error box says what went wrong, in the user's words
    boxes = [dialog for dialog in shown if isinstance(dialog, QMessageBox)]
    assert len(boxes) == 1
    assert boxes[0].icon() is QMessageBox.Icon.Critical
    assert "the folder" in boxes[0].informativeText()
    assert "does not exist" in boxes[0].informativeText()
    assert not (tmp_path / "gone").exists()


def test_pages_painted_for_a_printer_that_takes_no_pdf_stay_lossless(
    preview, declaration_pdf, qtbot, tmp_path, monkeypatch
):
    # GIVEN the user prints the second page only, to a PDF file (so the pages are painted
    # at the printer's resolution, as for a printer that takes no PDF)
    printed = tmp_path / "page-2.pdf"

    def choose_second_page(dialog: QDialog) -> int:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_second_page)
    # WHEN they click Print...
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    # THEN that page is printed, its image kept without JPEG's losses
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    objects = [
        shown.get_object()
        for page in reader.pages
        for shown in page["/Resources"]["/XObject"].get_object().values()
    ]
    filters = {str(o.get("/Filter")) for o in objects if o.get("/Subtype") == "/Image"}
    assert filters and "/DCTDecode" not in filters
