"""Which font draws each script on this machine (``anmc-desktop fonts``)."""

from __future__ import annotations

from dataclasses import dataclass

from anmc_desktop.printing.font_families import SCRIPT_FONTS
from anmc_desktop.printing.fonts import FontFace
from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.scripts import Script

# A word in each script, to show the chosen font really has its letters.
SPECIMENS: dict[Script, str] = {
    Script.LATIN: "Lê Hồng Sơn",
    Script.GREEK: "Αθήνα",
    Script.CYRILLIC: "Томск Улаанбаатар",
    Script.DEVANAGARI: "दिल्ली",
    Script.THAI: "กรุงเทพมหานคร",
    Script.MYANMAR: "ရန်ကုန်",
    Script.MONGOLIAN: "ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ",
    Script.HANGUL: "서울",
    Script.KANA: "とうきょう",
    Script.HAN: "東京 臺北 台北",
}


@dataclass(frozen=True)
class ScriptFont:
    script: Script
    regular: FontFace | None
    bold: FontFace | None
    debian_package: str
    draws_specimen: bool


def script_fonts(fonts: FontSet) -> list[ScriptFont]:
    rows = []
    for script, specimen in SPECIMENS.items():
        regular = fonts.font_for_script(script)
        drawn = "".join(
            character
            for run in fonts.runs(specimen)
            for character in run.text
            if fonts.draws(run.font_name, character)
        )
        rows.append(
            ScriptFont(
                script=script,
                regular=regular,
                bold=fonts.font_for_script(script, bold=True),
                debian_package=SCRIPT_FONTS[script].debian_package,
                draws_specimen=regular is not None and drawn == specimen,
            )
        )
    return rows
