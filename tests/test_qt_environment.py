"""Before the window opens: a missing display or system library is named, with its package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from anmc_desktop.qt_environment import (
    NO_DISPLAY,
    XCB_LIBRARIES,
    can_load,
    uses_xcb,
    window_problem,
)

X11 = {"DISPLAY": ":0"}


def finder_without(*missing: str):
    """A library finder that knows every library except ``missing``."""
    return lambda soname: soname not in missing


def test_a_complete_x11_machine_has_no_problem():
    assert window_problem(X11, "linux", finder_without()) is None


def test_a_missing_xcb_library_names_the_debian_package_on_one_line():
    # GIVEN an X11 machine without libxcb-cursor (the usual gap on a fresh Debian/Ubuntu)
    problem = window_problem(X11, "linux", finder_without("libxcb-cursor.so.0"))
    # THEN the user is told which library is missing and what to install
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem
    assert problem.endswith("sudo apt-get install libxcb-cursor0")
    assert "\n" not in problem


def test_several_missing_libraries_name_each_package_once():
    problem = window_problem(
        X11,
        "linux",
        finder_without("libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0"),
    )
    assert problem is not None
    assert problem.endswith("sudo apt-get install libxcb-icccm4 libglib2.0-0")


def test_no_display_at_all_is_explained():
    assert window_problem({}, "linux", finder_without()) == NO_DISPLAY


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb;wayland"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ],
)
def test_only_the_xcb_platform_is_checked(environ, expected):
    assert uses_xcb(environ, "linux") is expected


def test_other_operating_systems_are_not_checked():
    nothing_found = finder_without(*XCB_LIBRARIES)
    assert window_problem({}, "win32", nothing_found) is None
    assert window_problem({}, "darwin", nothing_found) is None


def test_offscreen_needs_no_system_library():
    nothing_found = finder_without(*XCB_LIBRARIES)
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", nothing_found) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux only")
def test_the_checked_libraries_are_those_this_machine_can_load():
    # The test machine has Qt's libraries installed (.ci/setup); a made-up one is not.
    assert all(can_load(soname) for soname in XCB_LIBRARIES)
    assert not can_load("libanmc-no-such-library.so.7")


def test_the_app_without_a_display_says_so_and_exits(tmp_path: Path):
    # GIVEN no display and no platform chosen
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    # WHEN the user starts the window
    result = subprocess.run(
        [sys.executable, "-m", "anmc_desktop", "--database", str(tmp_path / "x.db")],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # THEN one clear line says why, instead of Qt's abort
    assert result.returncode == 1
    if sys.platform.startswith("linux"):
        assert result.stderr.strip() == f"anmc-desktop: {NO_DISPLAY}"
