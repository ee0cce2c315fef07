"""The running window as a screen reader meets it: over the AT-SPI bus, under Xvfb.

The app runs as the user runs it (``anmc-desktop --database FILE``) on a D-Bus session
with the accessibility bus; the system's python3 walks its window with pyatspi
(tests/ui/atspi_walk.py). Skipped only off CI when the Debian packages are missing
(at-spi2-core, python3-pyatspi, xvfb, dbus): on CI it must run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from anmc_desktop.db import Database

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
NAMED_ROLES = {"push button", "text", "combo box", "check box", "table", "list", "menu"}


def _missing() -> str:
    for tool in ("xvfb-run", "dbus-run-session", "dbus-send"):
        if shutil.which(tool) is None:
            return tool
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=False)
    return "python3-pyatspi" if probe.returncode else ""


@pytest.fixture
def walked(database: Database, database_path: Path, sample_meeting_id: int) -> list[dict]:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is missing: .ci/setup test installs it")
        pytest.skip(f"{missing} is not installed")
    database.dispose()  # the app takes the writer's lock itself
    app = [
        sys.executable, "-c", "import sys; from anmc_desktop.cli import main; sys.exit(main())",
        "--database", str(database_path),
    ]  # fmt: skip
    result = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
            "dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), *app,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="xcb"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _named(nodes: list[dict], role: str) -> list[str]:
    return [node["name"] for node in nodes if node["role"] == role]


def test_a_screen_reader_finds_every_main_control_by_name(walked: list[dict]) -> None:
    # The window opens on the overview of the sample meeting.
    assert "Pages" in _named(walked, "list")
    assert {"Meetings", "Delegations", "Signatories", "Overview"} <= set(
        _named(walked, "list item")
    )
    assert any(name.startswith("Overview: ") for name in _named(walked, "heading")), {
        node["role"]: node["name"] for node in walked if node["name"]
    }
    assert {"File", "Edit", "Help"} <= set(_named(walked, "menu item"))
    unnamed = [
        node
        for node in walked
        if node["role"] in NAMED_ROLES and not (node["name"] or node["labelled_by"])
    ]
    assert unnamed == []
