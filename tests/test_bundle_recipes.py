"""The bundle's recipes: they parse, name files that exist, and agree with the app.

Building a bundle takes minutes and belongs to packaging/linux/build and smoke (.ci/run
runs both); these tests check in seconds what the recipes hold.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

from anmc_desktop.app import DESKTOP_ENTRY
from anmc_desktop.printing import fonts
from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.scripts import Script
from tests.printing.conftest import missing_font

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ENTRY}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ENTRY}.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        missing_font(f"{name} is not installed")  # skips locally, fails on CI
    return str(found)


def test_the_spec_parses_and_bundles_the_fonts_where_the_app_looks():
    source = (PACKAGING / "anmc-desktop.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert f'(str(FONTS), "{fonts.BUNDLED_FONTS_FOLDER}")' in source
    assert f'APP_ID = "{DESKTOP_ENTRY}"' in source
    assert "copy_metadata(NAME)" in source  # the version inside the bundle
    # the window's translations, compiled, where languages.translations_dir() looks
    assert '(str(COMPILED_TRANSLATIONS), "anmc_desktop/translations")' in source


def test_the_desktop_entry_is_valid_and_names_the_app_and_its_icon():
    subprocess.run([_tool("desktop-file-validate"), str(DESKTOP_FILE)], check=True)
    entry = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert "Exec=anmc-desktop" in entry
    assert f"Icon={DESKTOP_ENTRY}" in entry


def test_the_appstream_metadata_is_valid(tmp_path: Path):
    rendered = METAINFO.read_text(encoding="utf-8").replace("@VERSION@", "1.2.3")
    (tmp_path / METAINFO.name).write_text(rendered.replace("@DATE@", "2026-01-31"))
    validate = [_tool("appstreamcli"), "validate", "--no-net", str(tmp_path / METAINFO.name)]
    subprocess.run(validate, check=True, capture_output=True)
    assert f'<launchable type="desktop-id">{DESKTOP_FILE.name}</launchable>' in rendered


def test_the_inno_setup_script_takes_existing_files():
    script = PACKAGING / "windows" / "anmc-desktop.iss"
    text = script.read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in text
    for relative in re.findall(r'(\.\.\\\.\.\\[^"\s*]+)', text):
        target = script.parent.joinpath(*relative.split("\\"))
        assert target.exists() or "dist" in relative, relative


def test_the_workflow_runs_recipes_that_exist():
    text = (PACKAGING / "ci" / "github-workflow.yml").read_text(encoding="utf-8")
    named = set(re.findall(r"(?:\./)?(packaging/[\w./-]+\w)", text))
    assert {
        "packaging/linux/build",
        "packaging/windows/build.ps1",
        "packaging/macos/build",
    } <= named
    for path in named:
        assert (ROOT / path).exists(), path


def test_collected_fonts_print_every_script_with_their_licences(tmp_path, monkeypatch):
    _tool("dpkg")
    folder = tmp_path / fonts.BUNDLED_FONTS_FOLDER
    collect = [sys.executable, str(PACKAGING / "collect_fonts.py"), str(folder)]
    result = subprocess.run(collect, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        missing_font(result.stderr.strip())
    for package in folder.iterdir():
        assert (package / "copyright").is_file(), package.name
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    fonts.clear_cache()
    bundled = [face for face in fonts.installed_faces() if face.bundled]
    fonts.clear_cache()
    font_set = FontSet(installed=bundled, ask_fontconfig=False)
    assert all(font_set.font_for_script(script) for script in Script)
