"""Dialogs and the print preview fit the screen they open on and remember their size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.services import Services
from anmc_desktop.ui.dialog_size import SCREEN_SHARE
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.print_preview import PrintPreviewDialog


def _badges(services: Services, meeting_id: int) -> bytes:
    request = PrintRequest(DocumentKind.BADGES, meeting_id)
    return render(request, services.print_data.for_request(request))


def _open_preview(qtbot: QtBot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, "Badges", "badges.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preview_fits_the_screen_and_reopens_at_the_size_the_user_left_it(
    qtbot: QtBot, services: Services, sample_meeting_id: int
) -> None:
    pdf = _badges(services, sample_meeting_id)
    available = QGuiApplication.primaryScreen().availableGeometry()
    # WHEN the preview opens THEN it fits in the screen's available area
    preview = _open_preview(qtbot, pdf)
    assert preview.width() <= available.width() * SCREEN_SHARE
    assert preview.height() <= available.height() * SCREEN_SHARE
    assert preview.isSizeGripEnabled()
    # WHEN the user makes it smaller and closes it THEN it opens again at that size
    preview.resize(preview.minimumWidth() + 10, preview.minimumHeight() + 20)
    left_at = preview.size()
    close = preview.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert _open_preview(qtbot, pdf).size() == left_at


SCREEN_CHECK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from anmc_desktop.ui.print_preview import PrintPreviewDialog

    app = QApplication([])
    dialog = PrintPreviewDialog(Path(sys.argv[1]).read_bytes(), "Badges", "badges.pdf")
    dialog.show()
    app.processEvents()
    room = dialog.screen().availableGeometry()
    frame = dialog.geometry()
    print(room.width(), room.height(), frame.width(), frame.height())
    """
)


def test_the_preview_fits_a_1366_by_768_laptop_at_200_percent(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    pdf = tmp_path / "badges.pdf"
    pdf.write_bytes(_badges(services, sample_meeting_id))
    screens = tmp_path / "screens.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    screens.write_text(json.dumps({"screens": [{**laptop, "logicalDpi": 96, "dpr": 1}]}))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": "2",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCREEN_CHECK, str(pdf)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    room_width, room_height, width, height = map(int, result.stdout.split())
    assert QSize(room_width, room_height) == QSize(683, 384)
    assert width <= room_width and height <= room_height


def test_a_form_opens_resizable_and_again_at_the_size_the_user_left_it(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    # GIVEN the city form opened from the Member cities page
    page = window.show_page(CitiesPage)
    page.select_city(next(c for c in services.cities.list_cities() if c.name_en == "Tomsk").id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert form is not None and form.isSizeGripEnabled()
    # WHEN the user makes it wider and closes it with Esc
    form.resize(form.width() + 40, form.height())
    left_at = form.size()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    # THEN it opens again at that size
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.size() == left_at
