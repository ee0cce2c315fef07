"""Every page, form and dialog at 200% scaling on a 1366 x 768 screen, on a real X server
(Xvfb): none is cut (a widget smaller than its minimum size hint) or larger than the
screen. resources/screenshots/take.py does the looking; it also takes the README's
screenshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TAKE = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "take.py"


def test_nothing_is_cut_at_200_percent_on_a_laptop_screen(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs Xvfb (.ci/setup test), but xvfb-run is missing")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    environment = {**os.environ, "QT_SCALE_FACTOR": "2", "ANMC_HOME": str(tmp_path)}
    environment.pop("QT_QPA_PLATFORM", None)  # the real X server, not offscreen
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 2732x1536x24", sys.executable, str(TAKE),
         "--out", str(tmp_path / "pages"), "--dialogs", str(tmp_path / "dialogs")],
        capture_output=True, text=True, env=environment, timeout=600, check=False,
    )  # fmt: skip
    assert "screen 1366x768 (logical), scale 2.0" in done.stdout, done.stderr
    assert done.returncode == 0, done.stdout
    assert (tmp_path / "dialogs" / "form-person.png").exists()
    assert (tmp_path / "pages" / "overview.png").exists()
