"""File > Print: choose options, then the preview shows the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.declaration import Originals, TextLayout
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.print_menu import open_print_options
from anmc_desktop.ui.print_preview import PrintPreviewDialog
from tests.services.test_declaration_versions import RUSSIAN, _with_russian


def _preview_of(dialogs: object) -> PrintPreviewDialog:
    shown = [d for d in dialogs.shown if isinstance(d, PrintPreviewDialog)]  # type: ignore[attr-defined]
    assert len(shown) == 1
    return shown[0]


def test_one_original_per_city_is_previewed_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, dialogs: object
) -> None:
    # GIVEN the sample meeting WHEN the user picks File > Print > Declaration
    window.print_actions[DocumentKind.DECLARATION].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None and options.isVisible()
    # AND chooses one original per signing city, then presses Enter
    options.originals.setCurrentIndex(options.originals.findData(Originals.PER_CITY.value))
    qtbot.keyClick(options, Qt.Key.Key_Return)
    # THEN the preview holds five originals' worth of pages
    preview = _preview_of(dialogs)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 5


def test_two_texts_are_previewed_side_by_side(
    qtbot: QtBot, window: MainWindow, dialogs: object, sample_meeting_id: int
) -> None:
    # GIVEN the sample declaration in English and Russian
    _with_russian(window.services, sample_meeting_id)
    # WHEN the user picks File > Print > Declaration, texts side by side, then Enter
    window.print_actions[DocumentKind.DECLARATION].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None
    options.texts.setCurrentIndex(options.texts.findData(TextLayout.SIDE_BY_SIDE.value))
    qtbot.keyClick(options, Qt.Key.Key_Return)
    # THEN the preview shows both titles on its first page
    preview = _preview_of(dialogs)
    first_page = preview.document.getAllText(0).text()
    assert "Tomsk Declaration" in first_page and RUSSIAN.title in first_page


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_of_the_sample_previews(
    window: MainWindow, dialogs: object, kind: DocumentKind
) -> None:
    options = open_print_options(window, kind)
    assert options is not None
    options.save_button.click()
    assert _preview_of(dialogs).document.pageCount() >= 1


def test_the_records_printed_smaller_are_named_before_the_preview(
    window: MainWindow, dialogs: object
) -> None:
    # GIVEN the sample, whose Ulaanbaatar head's name is too long for a badge at full size
    options = open_print_options(window, DocumentKind.BADGES)
    assert options is not None
    # WHEN the badges are previewed
    options.save_button.click()
    # THEN a message names the record before the preview shows
    texts = dialogs.texts  # type: ignore[attr-defined]
    assert any("Ulaanbaatar: Tseyen Enkhtsengel: name: printed smaller" in t for t in texts)
    assert _preview_of(dialogs).document.pageCount() >= 1


def test_print_entries_are_disabled_without_a_meeting(make_window: object) -> None:
    window = make_window()  # type: ignore[operator]
    assert window.meeting is None
    assert not any(a.isEnabled() for a in window.print_actions.values())


def _items(box: object) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]  # type: ignore[attr-defined]


def test_each_choice_is_named_as_its_own_kind(window: MainWindow) -> None:
    # GIVEN File > Print > Declaration, and then File > Print > Badges
    window.print_actions[DocumentKind.DECLARATION].trigger()
    declaration = window.findChild(PrintOptionsDialog)
    assert declaration is not None
    # THEN the paper is A4 or US Letter (not "A4 landscape", the seating plan's), and the
    # originals are the declaration's (not the badges' "One per badge-sized page")
    assert _items(declaration.paper) == ["A4", "US Letter"]
    assert _items(declaration.originals) == ["One original", "One original per signing city"]
    declaration.reject()
    window.print_actions[DocumentKind.SEATING].trigger()
    seating = next(d for d in window.findChildren(PrintOptionsDialog) if d.isVisible())
    assert _items(seating.paper) == ["A3 landscape", "A4 landscape"]
