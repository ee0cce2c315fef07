"""Full powers and ad referendum ticked on the Signatories page; what the print dialog
says before printing the declaration."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.declaration import Originals
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.signatories import SignatoriesPage
from tests.ui.test_signatories_editing import click_city, declaration, press, signatories


@pytest.fixture
def page(window: MainWindow) -> SignatoriesPage:
    return window.show_page(SignatoriesPage)


def _flags(services: Services, meeting_id: int, city: str) -> tuple[bool, bool]:
    signatory = next(s for s in signatories(services, meeting_id) if s.city_name == city)
    return signatory.credentials_received, signatory.ad_referendum


def test_full_powers_and_ad_referendum_are_ticked_on_a_final_declaration_and_undone(
    page: SignatoriesPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # GIVEN a final declaration (the letters arrive on the day itself)
    services.declarations.mark_final(declaration(services, sample_meeting_id).id)
    window.reload_all()
    click_city(page, qtbot, "Seoul")
    assert page.credentials.isEnabled() and not page.credentials.isChecked()
    # WHEN the user ticks "Full powers received", then "Signs ad referendum"
    qtbot.mouseClick(page.credentials, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ad_referendum, Qt.MouseButton.LeftButton)
    # THEN both are stored for Seoul, and the table says so
    assert _flags(services, sample_meeting_id, "Seoul") == (True, True)
    row = [s.city_name for s in page.model.rows()].index("Seoul")
    shown = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert "received" in shown and "yes" in shown
    # WHEN the user presses Ctrl+Z twice THEN both are undone, on the page too
    press(window, qtbot)
    assert _flags(services, sample_meeting_id, "Seoul") == (True, False)
    press(window, qtbot)
    assert _flags(services, sample_meeting_id, "Seoul") == (False, False)
    click_city(page, qtbot, "Seoul")
    assert not page.credentials.isChecked() and not page.ad_referendum.isChecked()


def test_the_print_dialog_lists_what_is_missing_and_offers_the_alternat_only_per_city(
    window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    # GIVEN Seoul's full powers arrived, no one else's
    seoul = next(s for s in signatories(services, sample_meeting_id) if s.city_name == "Seoul")
    services.declarations.set_signatory_credentials(seoul.id, True, False)
    # WHEN the user picks File > Print > Declaration
    window.print_actions[DocumentKind.DECLARATION].trigger()
    options = window.findChild(PrintOptionsDialog)
    assert options is not None
    # THEN the dialog names every city whose letter is missing
    text = options.check_label.text()
    for city in ("Hanoi", "Tokyo", "Ulaanbaatar", "Tomsk"):
        assert f"credentials letter from {city}" in text
    assert "Seoul" not in text
    # AND the alternat can only be chosen with one original per city
    assert not options.alternat.isEnabled()
    options.originals.setCurrentIndex(options.originals.findData(Originals.PER_CITY.value))
    assert options.alternat.isEnabled()
    options.alternat.setChecked(True)
    options.originals.setCurrentIndex(options.originals.findData(Originals.SINGLE.value))
    assert not options.alternat.isEnabled() and not options.alternat.isChecked()
    options.reject()
