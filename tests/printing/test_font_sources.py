"""Where fonts come from: the machine's own (Windows, macOS, Linux), the bundle's otherwise.

Windows and macOS are played here by their font folders (and ``sys.platform``), holding
small TrueType fonts made for the test under those systems' family names.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from anmc_desktop.printing.font_families import MACOS_FAMILIES, SCRIPT_FONTS, WINDOWS_FAMILIES
from anmc_desktop.printing.font_report import SPECIMENS
from anmc_desktop.printing.fonts import bundled_fonts_dir, clear_cache, installed_faces
from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.scripts import Script

SCRIPTS = list(WINDOWS_FAMILIES)


def write_truetype_font(
    path: Path, family: str, characters: str, weight: int = 400, bold_style: bool = False
) -> None:
    """A TrueType font of one family with a box for each character."""
    codes = sorted({ord(c) for c in characters if not c.isspace()})
    names = [".notdef", *(f"uni{code:04X}" for code in codes)]
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, 700))
    pen.lineTo((450, 700))
    pen.lineTo((450, 0))
    pen.closePath()
    box = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap(dict(zip(codes, names[1:], strict=True)))
    builder.setupGlyf(dict.fromkeys(names, box))
    builder.setupHorizontalMetrics(dict.fromkeys(names, (500, 50)))
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    style = "Bold" if bold_style else "Regular"
    postscript = f"{family.replace(' ', '')}-{style}"
    builder.setupNameTable({"familyName": family, "styleName": style, "psName": postscript})
    selection = 0b10_0000 if bold_style else 0b100_0000  # fsSelection BOLD or REGULAR
    builder.setupOS2(usWeightClass=weight, usWidthClass=5, fsSelection=selection)
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))


def _fonts_for_each_script(folder: Path, families: dict[Script, tuple[str, ...]]) -> None:
    for script in SCRIPTS:
        family = families[script][0]
        characters = SPECIMENS[script] + (SPECIMENS[Script.HAN] if script is Script.KANA else "")
        write_truetype_font(folder / f"{family.replace(' ', '')}.ttf", family, characters)


def _debian_families() -> dict[Script, tuple[str, ...]]:
    return {script: SCRIPT_FONTS[script].sans for script in SCRIPTS}


@pytest.fixture(autouse=True)
def fresh_font_lists() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle's data folder (sys._MEIPASS) carrying fonts of Debian's families."""
    folder = tmp_path / "bundle"
    _fonts_for_each_script(folder / "fonts", _debian_families())
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    return folder


def _windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    return tmp_path / "Windows" / "Fonts"


def _chosen(script: Script) -> tuple[str, bool]:
    face = FontSet(installed=installed_faces(), ask_fontconfig=False).font_for_script(script)
    assert face is not None, script
    return face.family, face.bundled


def test_the_bundle_s_fonts_folder_lies_in_its_data_folder(bundle: Path):
    assert bundled_fonts_dir() == bundle / "fonts"
    bundled = [face for face in installed_faces() if face.bundled]
    assert {face.family for face in bundled} == {SCRIPT_FONTS[s].sans[0] for s in SCRIPTS}
    assert all(face.path.is_relative_to(bundle) for face in bundled)


def test_outside_a_bundle_no_font_counts_as_bundled(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert bundled_fonts_dir() is None
    assert not any(face.bundled for face in installed_faces())


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_on_windows_each_script_prints_with_windows_own_font(
    script: Script, bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _fonts_for_each_script(_windows(tmp_path, monkeypatch), WINDOWS_FAMILIES)
    assert _chosen(script) == (WINDOWS_FAMILIES[script][0], False)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_on_macos_each_script_prints_with_macos_own_font(
    script: Script, bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path / "mac-home"))
    _fonts_for_each_script(tmp_path / "mac-home" / "Library" / "Fonts", MACOS_FAMILIES)
    assert _chosen(script) == (MACOS_FAMILIES[script][0], False)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.name)
def test_a_machine_without_a_font_for_a_script_prints_it_with_the_bundle_s(
    script: Script, bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _windows(tmp_path, monkeypatch)  # an empty Windows font folder
    assert _chosen(script) == (SCRIPT_FONTS[script].sans[0], True)


def test_every_script_knows_the_fonts_windows_and_macos_ship_for_it():
    for script in SCRIPTS:
        sans = SCRIPT_FONTS[script].sans
        assert set(WINDOWS_FAMILIES[script]) <= set(sans)
        assert set(MACOS_FAMILIES[script]) <= set(sans)
    windows = {family for families in WINDOWS_FAMILIES.values() for family in families}
    named_by_the_issue = {"Nirmala UI", "Leelawadee UI", "Myanmar Text", "Malgun Gothic"}
    named_by_the_issue |= {"Yu Gothic", "Microsoft YaHei", "Microsoft JhengHei"}
    assert named_by_the_issue <= windows


def test_a_bold_whose_weight_class_is_600_still_prints_the_bold_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # GIVEN NanumGothic's pair on Windows: the bold has weight class 600 and the bold style bit
    fonts = _windows(tmp_path, monkeypatch)
    write_truetype_font(fonts / "NanumGothic.ttf", "NanumGothic", "서울")
    write_truetype_font(fonts / "NanumGothicBold.ttf", "NanumGothic", "서울", 600, True)
    # WHEN the bold Hangul font is chosen
    face = FontSet(installed=installed_faces(), ask_fontconfig=False).font_for_script(
        Script.HANGUL, bold=True
    )
    # THEN it is the bold file
    assert face is not None and face.path.name == "NanumGothicBold.ttf"
