"""File > Print > Invitation letters with a letterhead, and the person form's passport
fields, each checked beside the field (issue 18)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.print_preview import PrintPreviewDialog


def test_invitation_letters_preview_on_the_chosen_letterhead(
    qtbot: QtBot, window: MainWindow, dialogs: object, tmp_path: Path
) -> None:
    # GIVEN a letterhead image, and a file that is none
    letterhead = tmp_path / "letterhead.png"
    Image.new("RGB", (800, 120), (200, 0, 0)).save(letterhead)
    not_an_image = tmp_path / "letterhead.txt"
    not_an_image.write_text("hello")
    # WHEN the user picks File > Print > Invitation letters and types the wrong file
    window.print_actions[DocumentKind.INVITATION_LETTERS].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None and options.isVisible()
    qtbot.keyClicks(options.letters.letterhead.path, str(not_an_image))
    # THEN the reason stands beside the field and Preview is disabled
    assert "PNG or JPEG" in (options.form.message("letterhead") or "")
    assert not options.save_button.isEnabled()
    # WHEN the user types the image's path instead and presses Enter
    options.letters.letterhead.path.clear()
    qtbot.keyClicks(options.letters.letterhead.path, str(letterhead))
    assert not options.form.message("letterhead")
    qtbot.keyClick(options, Qt.Key.Key_Return)
    # THEN the preview shows one letter per visiting delegation, the letterhead on top
    shown = [d for d in dialogs.shown if isinstance(d, PrintPreviewDialog)]  # type: ignore[attr-defined]
    assert len(shown) == 1
    document = shown[0].document
    assert document.pageCount() == 11  # twelve delegations, less the host
    page = document.render(0, document.pagePointSize(0).toSize())
    assert page.format() != QImage.Format.Format_Invalid
    top = page.pixelColor(page.width() // 2, 70)
    assert top.red() > 150 and top.green() < 60 and top.blue() < 60  # the letterhead's red


def test_the_person_form_checks_the_passport_beside_its_fields(
    qtbot: QtBot, services: Services, sample_meeting_id: int
) -> None:
    delegation = services.delegations.list_delegations(sample_meeting_id)[0]
    form = PersonForm(services, delegation.id, default_time=dt.datetime(2014, 9, 5, 12))
    qtbot.addWidget(form)
    form.open()
    qtbot.keyClicks(form.texts["family_name"], "Nguyen")
    # WHEN a passport number with other characters is typed
    qtbot.keyClicks(form.texts["passport_number"], "B12/34")
    assert "Latin letters, digits" in (form.form.message("passport_number") or "")
    assert not form.save_button.isEnabled()
    form.texts["passport_number"].clear()
    qtbot.keyClicks(form.texts["passport_number"], "B1234567")
    qtbot.keyClicks(form.texts["hotel"], "Hotel Magistrat")
    # AND an expiry before the departure is set
    form.departure.set_value(dt.datetime(2014, 9, 7, 8, 35))
    form.passport_expiry.set_value(dt.date(2014, 9, 6))
    assert "before the person's departure" in (form.form.message("passport_expiry") or "")
    assert not form.save_button.isEnabled()
    # WHEN the expiry is corrected THEN the person saves with the passport and the hotel
    form.passport_expiry.set_value(dt.date(2031, 1, 1))
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.texts["family_name"], Qt.Key.Key_Return)
    persons = services.delegations.get_delegation(delegation.id).persons
    saved = next(p for p in persons if p.family_name == "Nguyen")
    assert (saved.passport_number, saved.passport_expiry, saved.hotel) == (
        "B1234567",
        dt.date(2031, 1, 1),
        "Hotel Magistrat",
    )


def test_visa_letters_are_saved_as_a_zip_of_docx_per_delegation(
    qtbot: QtBot, window: MainWindow, dialogs: object, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "visa.zip"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kwargs: target)
    # WHEN the user asks for visa letters as .docx, one file per delegation
    window.print_actions[DocumentKind.VISA_LETTERS].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None
    qtbot.mouseClick(options.letters.per_delegation, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(options.letters.docx, Qt.MouseButton.LeftButton)
    qtbot.keyClick(options, Qt.Key.Key_Return)
    # THEN no preview shows, and the zip holds a .docx per visiting delegation with persons
    assert not [d for d in dialogs.shown if isinstance(d, PrintPreviewDialog)]  # type: ignore[attr-defined]
    archive = zipfile.ZipFile(target)
    assert "visa-Tokyo.docx" in archive.namelist()
    document = docx.Document(io.BytesIO(archive.read("visa-Tokyo.docx")))
    # a Japanese city's letter is in Japanese: the name in its own script
    assert any("舛添要一" in p.text for p in document.paragraphs)
