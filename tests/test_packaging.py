"""The wheel ships every package, the migrations kept in the top-level db/ and the icons."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_listed_in_pyproject() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "anmc_desktop").rglob("__init__.py")
    }
    # Mapped from folders outside anmc_desktop/ (db/, resources/translations/).
    found |= {
        "anmc_desktop.migrations",
        "anmc_desktop.migrations.versions",
        "anmc_desktop.translations",
    }
    assert found == _listed_packages()


def test_the_wheel_contains_the_migrations_and_the_meeting_file_schema(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True,
    )  # fmt: skip
    wheel = next(tmp_path.glob("anmc_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "anmc_desktop/migrations/env.py" in names
    assert "anmc_desktop/migrations/script.py.mako" in names
    assert any(n.startswith("anmc_desktop/migrations/versions/0001_") for n in names)
    assert "anmc_desktop/icons/anmc-desktop.svg" in names
    assert "anmc_desktop/icons/anmc-desktop-256.png" in names
    assert "anmc_desktop/exchange/meeting_file.schema.json" in names
    for language in ("ru", "ja"):
        assert f"anmc_desktop/translations/anmc_desktop_{language}.ts" in names
        assert f"anmc_desktop/translations/anmc_printing_{language}.po" in names
        assert f"anmc_desktop/help/guide.{language}.md" in names
    assert "anmc_desktop/help/guide.md" in names
