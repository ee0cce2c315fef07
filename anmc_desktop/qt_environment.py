"""Before Qt opens a window: is there a display, and the system libraries Qt needs?

On Linux with X11, Qt's window system plugin (xcb) links system libraries that a fresh
Debian or Ubuntu machine may lack; Qt then aborts with a bare "could not load the Qt
platform plugin". We check first and name the Debian package to install instead.
Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

LibraryFinder = Callable[[str], bool]
"""Tells whether a shared library (by soname) can be loaded."""

# What PySide6 6.11's libqxcb.so and the Qt libraries it loads link from the system
# (readelf -d / ldd), with the Debian package that ships each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

NO_DISPLAY = (
    "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): start it "
    "from a desktop session, or under a virtual display with `xvfb-run -a anmc-desktop`"
)


def can_load(soname: str) -> bool:
    """Ask the dynamic loader itself, so the answer matches what Qt will get."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _requested_platform(environ: Mapping[str, str]) -> str:
    """The first platform of QT_QPA_PLATFORM ("xcb:option;wayland" -> "xcb"), or ""."""
    return environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Will Qt pick its X11 plugin? Other platforms and plugins need none of this."""
    if not platform.startswith("linux"):
        return False
    requested = _requested_platform(environ)
    if requested:
        return requested == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def window_problem(
    environ: Mapping[str, str], platform: str, library_found: LibraryFinder
) -> str | None:
    """What stops a window from opening here, as one line for the user; None if nothing."""
    if not uses_xcb(environ, platform):
        return None
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    missing = [soname for soname in XCB_LIBRARIES if not library_found(soname)]
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing))
    return (
        f"Qt's window system plugin (xcb) needs system libraries that are missing "
        f"({', '.join(missing)}); on Debian or Ubuntu install them with: "
        f"sudo apt-get install {packages}"
    )


def check_window_environment() -> str | None:
    """This machine's answer to ``window_problem``."""
    return window_problem(os.environ, sys.platform, can_load)
