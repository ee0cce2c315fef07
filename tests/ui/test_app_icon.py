"""One application icon, rendered from its SVG, in every size the desktop asks for."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from anmc_desktop.ui.app_icon import ICON_SIZES, application_icon
from anmc_desktop.ui.main_window import MainWindow

ICONS = Path(str(resources.files("anmc_desktop") / "icons"))


def test_every_size_is_a_png_of_that_size_beside_the_svg(qapp):
    assert (ICONS / "anmc-desktop.svg").is_file()
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"anmc-desktop-{size}.png"))
        assert image.size() == QSize(size, size)
    assert sorted(s.width() for s in application_icon().availableSizes()) == list(ICON_SIZES)


def test_about_shows_the_application_icon(window: MainWindow, dialogs):
    window.about_action.trigger()
    shown = dialogs.shown[0].iconPixmap().toImage()
    expected = QImage(str(ICONS / "anmc-desktop-64.png")).convertToFormat(shown.format())
    assert shown == expected
