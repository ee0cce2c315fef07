"""Choosing fonts per script, passing over CFF fonts, and telling the user what is missing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics

from anmc_desktop import paths
from anmc_desktop.cli import main
from anmc_desktop.printing import fontset as fontset_module
from anmc_desktop.printing.fonts import FontFace, clear_cache, installed_faces
from anmc_desktop.printing.fontset import Face, FontSet, MissingFontError
from anmc_desktop.printing.glyphs import GlyphFont, face_characters
from anmc_desktop.printing.scripts import Script
from anmc_desktop.printing.typesetting import Typesetter
from tests.printing.conftest import NAMES_BY_SCRIPT, cmap_of

pytestmark = pytest.mark.usefixtures("all_scripts_fonts")


def _face_of(font_name: str) -> tuple[Path, int]:
    for face_key, name in fontset_module._NAMES.items():
        if name == font_name:
            path, _, index = face_key.rpartition("#")
            return Path(path), int(index)
    raise AssertionError(font_name)


@pytest.mark.parametrize("face", list(Face))
@pytest.mark.parametrize("script_name", list(NAMES_BY_SCRIPT))
def test_every_character_of_every_script_has_a_glyph_in_the_font_that_draws_it(script_name, face):
    # GIVEN a name in one script (or several mixed in one line)
    name = NAMES_BY_SCRIPT[script_name]
    # WHEN it is cut into font runs
    runs = FontSet(face).runs(name)
    # THEN every character is drawn, and the font file drawing it has it in its cmap
    assert "".join(run.text for run in runs) == name
    for run in runs:
        characters = cmap_of(*_face_of(run.font_name))
        assert all(ord(c) in characters for c in run.text), (run.font_name, run.text)


def test_each_script_goes_to_a_font_made_for_it():
    fonts = FontSet()
    families = {
        text: {
            fontset_module.pdfmetrics.getFont(run.font_name).face.name for run in fonts.runs(text)
        }
        for text in ("กรุงเทพ", "ရန်ကုန်", "दिल्ली", "서울")
    }
    assert any(b"Thai" in name for name in families["กรุงเทพ"])
    assert any(b"Myanmar" in name for name in families["ရန်ကုန်"])
    assert any(b"Devanagari" in name for name in families["दिल्ली"])
    assert any(b"Nanum" in name for name in families["서울"])


def test_a_mixed_line_keeps_punctuation_with_the_word_it_belongs_to():
    runs = FontSet().runs("東京 (Tokyo)")
    assert [run.text.strip() for run in runs] == ["東京", "(Tokyo)"]


def test_a_script_without_font_is_reported_with_the_field_and_the_debian_package():
    # GIVEN a machine without any Thai font
    without_thai = [f for f in installed_faces() if "Thai" not in f.family]
    fonts = FontSet(installed=without_thai, ask_fontconfig=False)
    # WHEN a document with a Thai name is checked
    with pytest.raises(MissingFontError) as raised:
        fonts.check([("Bangkok: native name", "กรุงเทพมหานคร"), ("Tokyo: name", "Tokyo")])
    # THEN the message names the field, the script and the package to install
    message = str(raised.value)
    assert "Bangkok: native name (กรุงเทพมหานคร)" in message
    assert "Thai script" in message
    assert "fonts-noto-core" in message
    assert "Tokyo: name" not in message


def test_a_character_no_font_has_is_reported_not_printed_as_a_box():
    with pytest.raises(MissingFontError, match="Person 7: native name"):
        FontSet().check([("Person 7: native name", "Anna \U000f0001")])


def test_the_private_characters_of_shaped_glyphs_are_not_characters_a_font_has():
    # GIVEN Devanagari shaped into conjuncts, which get private characters in its font
    fonts = FontSet()
    Typesetter(fonts).width("शीला दीक्षित", 10)
    # THEN typed private-use characters are still reported, not drawn as those conjuncts
    with pytest.raises(MissingFontError, match="Delhi: native name"):
        fonts.check([("Delhi: native name", "शीला \U000f0000")])


def _write_cff_font(path: Path) -> None:
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({ord("A"): "A"})
    pen = T2CharStringPen(500, None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 700))
    pen.lineTo((0, 700))
    pen.closePath()
    charstrings = {".notdef": T2CharStringPen(500, None).getCharString(), "A": pen.getCharString()}
    builder.setupCFF("CffOnly", {"FullName": "Cff Only"}, charstrings, {})
    _finish_font(builder, "Cff Only", path)


def _finish_font(builder: FontBuilder, family: str, path: Path) -> None:
    """The tables every test font has, after its glyphs "A" and ".notdef"; saved."""
    builder.setupHorizontalMetrics({".notdef": (500, 0), "A": (500, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))


def test_fonts_in_the_user_folder_are_used_but_cff_outlines_are_passed_over():
    # GIVEN the user's fonts folder holds a TrueType font and a CFF-outline .otf
    folder = paths.fonts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    truetype = next(f for f in installed_faces() if f.family == "Noto Sans")
    (folder / "Mine.ttf").write_bytes(truetype.path.read_bytes())
    _write_cff_font(folder / "CffOnly.otf")
    clear_cache()
    # WHEN the fonts are listed
    faces = installed_faces()
    # THEN the TrueType font from the user folder is there and the CFF font is not
    assert any(f.path == folder / "Mine.ttf" for f in faces)
    assert not any(f.family == "Cff Only" for f in faces)


def test_the_fonts_command_lists_a_font_for_every_script():
    out = io.StringIO()
    assert main(["fonts"], out=out) == 0
    lines = out.getvalue().splitlines()
    for script in ("Latin", "Cyrillic", "Thai", "Myanmar", "Devanagari", "Hangul", "Han"):
        line = next(line for line in lines if line.startswith(script))
        assert "MISSING" not in line
        assert ".tt" in line


def test_a_regular_face_is_not_taken_from_a_bold_file_that_claims_regular_weight(tmp_path):
    # GIVEN a family whose Bold file claims regular weight (as Noto Serif Myanmar's does),
    # listed before its Regular file
    source = installed_faces()[0].path
    faces = []
    for style in ("Bold", "Regular"):
        path = tmp_path / f"NotoSerifMyanmar-{style}{source.suffix}"
        path.write_bytes(source.read_bytes())
        faces.append(FontFace(path, 0, "Noto Serif Myanmar", bold=False, regular_style=True))
    fonts = FontSet(Face.SERIF, installed=faces, ask_fontconfig=False)
    # THEN regular text takes the Regular file and bold text the Bold one
    assert fonts.font_for_script(Script.MYANMAR).path.stem.endswith("-Regular")
    assert fonts.font_for_script(Script.MYANMAR, bold=True).path.stem.endswith("-Bold")


def _font_mapping_b_to_the_missing_glyph(path: Path) -> None:
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({ord("A"): "A", ord("B"): ".notdef"})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 700))
    pen.lineTo((500, 0))
    pen.closePath()
    builder.setupGlyf({".notdef": pen.glyph(), "A": pen.glyph()})
    _finish_font(builder, "Notdef Test", path)


def test_a_character_the_font_maps_to_its_missing_glyph_box_is_not_drawn_by_it(tmp_path):
    # GIVEN a font whose character map sends "B" to the missing-glyph box (glyph 0)
    path = tmp_path / "notdef.ttf"
    _font_mapping_b_to_the_missing_glyph(path)
    # WHEN the app reads which characters the font draws
    font = GlyphFont("NotdefTest-0", str(path))
    # THEN "A" is among them and "B" is not, so another font (or the check) takes "B"
    assert ord("A") in font.characters
    assert ord("B") not in font.characters
    assert face_characters(str(path)) == font.characters


def test_the_characters_read_by_harfbuzz_are_the_cmap_without_the_missing_glyph():
    # GIVEN every installed TrueType face that prints a script of the network
    faces = [face for face in installed_faces() if face.path.suffix.lower() == ".ttf"]
    for face in faces[:40]:
        # WHEN HarfBuzz reads its characters
        found = face_characters(str(face.path), face.index)
        # THEN they are those fontTools reads, less any sent to glyph 0
        font = FontToolsFont(str(face.path), fontNumber=face.index)
        mapped = {code for code, glyph in font.getBestCmap().items() if glyph != ".notdef"}
        assert found == mapped, face.path.name


def test_a_font_registered_without_a_font_set_is_still_asked_what_it_draws(tmp_path):
    # GIVEN a font registered with ReportLab directly, not chosen by a FontSet
    path = tmp_path / "notdef.ttf"
    _font_mapping_b_to_the_missing_glyph(path)
    pdfmetrics.registerFont(GlyphFont("NotdefTest-direct", str(path)))
    # WHEN a FontSet is asked whether it draws characters
    fonts = FontSet(Face.SANS)
    # THEN the font's own characters answer, as before fonts were registered lazily
    assert fonts.draws("NotdefTest-direct", "A")
    assert not fonts.draws("NotdefTest-direct", "B")
