"""Walk the running window through AT-SPI, as a screen reader does; print what it finds.

Run by the system's python3 (pyatspi is a Debian package) inside ``dbus-run-session``
under an X server, by tests/ui/test_atspi.py:

    python3 atspi_walk.py APP_COMMAND...

It starts the accessibility bus (at-spi-bus-launcher), starts the app with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, waits for its main window to appear on the bus, and
prints one JSON list: every node shown on screen, with its role, name, and the names of
the labels it is labelled by. Tables are not entered (their cells are data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WINDOW_TITLE = "ANMC Desktop"
WAIT_SECONDS = 90
NOT_ENTERED = {"table", "tree table", "page tab list"}


def _bus_ready() -> bool:
    probe = subprocess.run(
        [
            "dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
            "/org/a11y/bus", "org.a11y.Bus.GetAddress",
        ],
        capture_output=True,
        check=False,
    )  # fmt: skip
    return probe.returncode == 0


def _wait(condition: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.5)
    raise SystemExit(f"gave up waiting for {what}")


def _main_window() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for application in desktop:
        if application is None:
            continue
        for window in application:
            # The window is there once its page list has its pages.
            if (
                window is not None
                and WINDOW_TITLE in (window.name or "")
                and any(node["name"] == "Pages" for node in _walk(window))
            ):
                return window
    return None


def _labels(node: Any) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                names.append(relation.getTarget(index).name)
    return names


def _walk(node: Any, depth: int = 0) -> list[dict]:
    found: list[dict] = []
    if node is None or depth > 60:
        return found
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return found
    role = node.getRoleName()
    found.append(
        {
            "role": role,
            "name": node.name or "",
            "labelled_by": _labels(node),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        }
    )
    if role in NOT_ENTERED:
        return found
    for child in node:
        found.extend(_walk(child, depth + 1))
    return found


def main(command: list[str]) -> int:
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"])
    app = None
    try:
        _wait(_bus_ready, "the accessibility bus")
        environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        app = subprocess.Popen(command, env=environment)
        window = _wait(_main_window, "the main window on the accessibility bus")
        print(json.dumps(_walk(window)))
    finally:
        for process in (app, launcher):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
