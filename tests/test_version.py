"""One version number, in pyproject.toml, shown wherever the app names itself."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from anmc_desktop import __version__
from anmc_desktop.exchange.meeting_file import dump
from anmc_desktop.version import UNKNOWN_VERSION, source_version

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_holds_the_one_static_version_the_app_reports():
    project = _pyproject()["project"]
    assert "version" not in project.get("dynamic", [])
    assert project["version"] == __version__


def test_a_meeting_file_names_the_version_that_wrote_it():
    document = json.loads(dump({"meeting": {}}))
    assert document["written_by"] == f"anmc-desktop {__version__}"


def test_a_source_checkout_reads_the_version_from_pyproject(tmp_path: Path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "7.8.9"\n', encoding="utf-8")
    assert source_version(pyproject) == "7.8.9"


def test_without_metadata_or_pyproject_the_version_says_it_is_unknown(tmp_path: Path):
    assert source_version(tmp_path / "missing.toml") == UNKNOWN_VERSION
    (tmp_path / "broken.toml").write_text("[project", encoding="utf-8")
    assert source_version(tmp_path / "broken.toml") == UNKNOWN_VERSION
