"""The application icon: the PNG sizes rendered from anmc_desktop/icons/anmc-desktop.svg.

The same files are the icon of the window, of About, and of the desktop entry the Linux
bundle installs (packaging/linux), so the app looks the same everywhere.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("anmc_desktop") / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"anmc-desktop-{size}.png"), QSize(size, size))
    return icon
