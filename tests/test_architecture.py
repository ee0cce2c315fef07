"""The layers of ARCHITECTURE.md hold: import-linter's contracts in pyproject.toml are kept,
and every module of the package stays small enough to read in one go."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "anmc_desktop"
MAX_MODULE_LINES = 400


def test_import_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a test dependency (pip install -e '.[test]')"
    result = subprocess.run(
        [lint_imports, "--no-cache"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_cover_every_top_level_module() -> None:
    """A new top-level module or package must be placed in a layer, or it escapes the rules."""
    configured = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    names = {path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    names |= {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    missing = sorted(
        name
        for name in names
        if f'"anmc_desktop.{name}' not in configured and f"| anmc_desktop.{name}" not in configured
    )
    assert missing == []


def test_no_module_is_over_400_lines() -> None:
    long_modules = {
        str(path.relative_to(ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long_modules == {}
