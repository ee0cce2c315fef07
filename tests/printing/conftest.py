"""Fonts and PDF reading for the printing tests.

The all-scripts tests need the Debian font packages that `.ci/setup test` installs. On a
developer machine without them a test is skipped; in CI (CI=true) it fails instead, so a
missing font can never pass unnoticed.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTCollection, TTFont
from pypdf import PdfReader

from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.scripts import Script

NAMES_BY_SCRIPT: dict[str, str] = {
    "Latin": "Yoichi Masuzoe",
    "Vietnamese": "Lê Hồng Sơn",
    "Russian": "Сергей Жвачкин",
    "Mongolian Cyrillic": "Улаанбаатар Өлзий Түмэн",
    "Hangul": "임종석",
    "Japanese": "舛添要一 ますぞえ ようういち",
    "Chinese traditional": "臺北 郝龍斌",
    "Chinese simplified": "台北 郝龙斌",
    "Thai": "กรุงเทพมหานคร",
    "Myanmar": "ရန်ကုန်",
    "Devanagari": "दिल्ली",
    "Mixed": "Lê Hồng Sơn 임종석 東京 Томск กรุงเทพ ရန်ကုန် दिल्ली",
}

REQUIRED_SCRIPTS = (
    Script.LATIN,
    Script.CYRILLIC,
    Script.HANGUL,
    Script.KANA,
    Script.HAN,
    Script.THAI,
    Script.MYANMAR,
    Script.DEVANAGARI,
)


def missing_font(reason: str) -> None:
    """Skip on a developer machine, fail in CI."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI installs the fonts with `.ci/setup test`)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def all_scripts_fonts() -> None:
    fonts = FontSet()
    lacking = [s.label for s in REQUIRED_SCRIPTS if fonts.font_for_script(s) is None]
    if lacking:
        missing_font(f"no font installed for {', '.join(lacking)}")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def plumber(pdf: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(pdf))


def embedded_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has /FontFile2) for every font the PDF's pages use."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for reference in fonts.get_object().values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            has_file = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = has_file
    return sorted(found.items())


def cmap_of(path: Path, index: int = 0) -> set[int]:
    """The characters a font file has, read with fontTools (independently of ReportLab)."""
    if path.suffix.lower() == ".ttc":
        font = TTCollection(str(path)).fonts[index]
    else:
        font = TTFont(str(path))
    return set(font.getBestCmap())
