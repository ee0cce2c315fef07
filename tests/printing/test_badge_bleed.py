"""Badges as print pieces: the role band runs into the bleed beyond the trim and stops at
the bleed's edge, crop marks stand at each badge's corners beyond the bleed, a badge-sized
page carries its /TrimBox and /BleedBox, and every text stays a safe margin inside the
trim. Read back with pypdf and pdfplumber, and from the pixels pdftoppm renders."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.units import mm

from anmc_desktop.cli import main
from anmc_desktop.printing.badge_sheet import (
    BADGE_HEIGHT,
    BADGE_WIDTH,
    BLEED,
    MARK_LENGTH,
    MARK_OFFSET,
    SAFE_MARGIN,
    SINGLE_TRIM,
    BadgeLayout,
    Trim,
    sheet_trims,
)
from anmc_desktop.printing.badges import BAND_HEIGHT, ROLE_COLOURS, render_badges
from anmc_desktop.printing.page import Paper
from anmc_desktop.records.enums import PersonRole
from tests.printing.conftest import plumber

DPI = 300
HEAD = colors.HexColor(ROLE_COLOURS[PersonRole.HEAD]).bitmap_rgb()
WHITE = (255, 255, 255)


def _badges(services, meeting_id: int, layout: BadgeLayout, paper: Paper = Paper.A4) -> bytes:
    lists = services.print_data.delegations(meeting_id)
    return render_badges(lists.meeting, lists.delegations, layout, paper)


def _first_page(pdf: bytes, tmp_path: Path) -> Image.Image:
    source = tmp_path / "badges.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile",
                    str(source), str(tmp_path / "page")], check=True)  # fmt: skip
    return Image.open(tmp_path / "page.png").convert("RGB")


class _Pixels:
    """Colours at points of the page (PDF coordinates: from the lower left)."""

    def __init__(self, image: Image.Image) -> None:
        self.image = image

    def at(self, x: float, y: float) -> tuple[int, int, int]:
        scale = DPI / 72
        return self.image.getpixel((round(x * scale), round(self.image.height - y * scale)))

    def darkest_near(self, x: float, y: float, reach: int = 3) -> int:
        """The darkest grey within ``reach`` pixels: a hairline is lighter than black."""
        scale = DPI / 72
        column, row = round(x * scale), round(self.image.height - y * scale)
        return min(
            sum(self.image.getpixel((column + dx, row + dy))) // 3
            for dx in range(-reach, reach + 1)
            for dy in range(-reach, reach + 1)
        )


def _close(colour: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 8 for a, b in zip(colour, expected, strict=True))


def _band_bleeds_and_stops(pixels: _Pixels, trim: Trim) -> None:
    left, bottom, right, _ = trim.box
    middle, band = (left + right) / 2, bottom + BAND_HEIGHT / 2
    half_bleed, beyond = BLEED / 2, BLEED + 0.5 * mm
    # the band's colour on the trim line and halfway into the bleed, below and to each side
    for x, y in ((middle, bottom), (middle, bottom - half_bleed), (left - half_bleed, band),
                 (right + half_bleed, band), (left - half_bleed, bottom - half_bleed)):  # fmt: skip
        assert _close(pixels.at(x, y), HEAD), (x / mm, y / mm, pixels.at(x, y))
    # and none beyond the bleed
    for x, y in ((middle, bottom - beyond), (left - beyond, band), (right + beyond, band)):
        assert pixels.at(x, y) == WHITE, (x / mm, y / mm)
    # the band is the foot only: above it, the edges of the trim and the bleed are white
    assert pixels.at(left - half_bleed, bottom + BAND_HEIGHT + 2 * mm) == WHITE
    assert pixels.at(middle, trim.y + trim.height + half_bleed) == WHITE


@pytest.mark.parametrize("paper", list(Paper))
def test_on_a_sheet_each_band_runs_into_its_bleed_and_crop_marks_frame_each_badge(
    services, all_scripts_meeting, tmp_path, paper
):
    pdf = _badges(services, all_scripts_meeting, BadgeLayout.SHEET, paper)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    assert size == pytest.approx(paper.size)
    trims = sheet_trims(size)
    # THEN four badges stand on the sheet, apart: room between them for two bleeds and marks
    assert len(trims) == 4
    assert trims[1].x - (trims[0].x + BADGE_WIDTH) >= 2 * (MARK_OFFSET + MARK_LENGTH)
    assert trims[0].y - (trims[2].y + BADGE_HEIGHT) >= 2 * (MARK_OFFSET + MARK_LENGTH)
    pixels = _Pixels(_first_page(pdf, tmp_path))
    for trim in trims:
        _band_bleeds_and_stops(pixels, trim)
        # AND at each corner two marks, along the trim lines, beyond the bleed
        left, bottom, right, top = trim.box
        mark = MARK_OFFSET + MARK_LENGTH / 2
        for x, sign_x in ((left, -1), (right, 1)):
            for y, sign_y in ((bottom, -1), (top, 1)):
                assert pixels.darkest_near(x + sign_x * mark, y) < 160, (x / mm, y / mm)
                assert pixels.darkest_near(x, y + sign_y * mark) < 160, (x / mm, y / mm)
                # and no mark inside the bleed
                assert pixels.at(x + sign_x * BLEED / 2, y + sign_y * (BLEED / 2)) in (
                    WHITE, HEAD,
                )  # fmt: skip


def test_one_badge_per_page_is_the_bleed_with_the_trim_box_inside(
    services, all_scripts_meeting, tmp_path
):
    pdf = _badges(services, all_scripts_meeting, BadgeLayout.SINGLE)
    reader = PdfReader(io.BytesIO(pdf))
    # THEN each of the 11 pages is one badge: the MediaBox and /BleedBox are the trim and
    # 3 mm of bleed around it, the /TrimBox the badge as cut
    assert len(reader.pages) == 11
    bleed = [0, 0, BADGE_WIDTH + 2 * BLEED, BADGE_HEIGHT + 2 * BLEED]
    for page in reader.pages:
        assert [float(v) for v in page.mediabox] == pytest.approx(bleed)
        assert [float(v) for v in page.bleedbox] == pytest.approx(bleed)
        assert [float(v) for v in page.trimbox] == pytest.approx(list(SINGLE_TRIM.box))
        assert "/BleedBox" in page and "/TrimBox" in page
    # AND the band fills the bleed to the page's edge, with no crop marks on the page
    pixels = _Pixels(_first_page(pdf, tmp_path))
    left, _, right, top = SINGLE_TRIM.box
    for x, y in ((1, 1), ((left + right) / 2, 1), (right + BLEED - 1, BAND_HEIGHT)):
        assert _close(pixels.at(x, y), HEAD), (x, y)
    assert pixels.darkest_near(left, top + BLEED / 2) > 240


@pytest.mark.parametrize("layout", list(BadgeLayout))
def test_every_text_stays_a_safe_margin_inside_the_trim(services, all_scripts_meeting, layout):
    pdf = _badges(services, all_scripts_meeting, layout)
    with plumber(pdf) as parsed:
        for page in parsed.pages:
            trims = [SINGLE_TRIM] if layout is BadgeLayout.SINGLE else sheet_trims(
                (page.width, page.height)
            )  # fmt: skip
            for char in page.chars:
                if not char["text"].strip():
                    continue
                # pdfplumber measures from the top; the trim from the bottom
                x0, x1 = char["x0"], char["x1"]
                y0, y1 = page.height - char["bottom"], page.height - char["top"]
                inside = [
                    t for t in trims
                    if t.x + SAFE_MARGIN - 0.5 <= x0 and x1 <= t.x + t.width - SAFE_MARGIN + 0.5
                    and t.y + SAFE_MARGIN - 0.5 <= y0 and y1 <= t.y + t.height - SAFE_MARGIN + 0.5
                ]  # fmt: skip
                assert inside, (char["text"], x0 / mm, y0 / mm)


def test_the_command_prints_one_badge_per_page(
    database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    output = tmp_path / "badges.pdf"
    arguments = ["--database", str(database_path), "print", "badges", "--layout", "single",
                 "--meeting", str(sample_meeting_id), "-o", str(output)]  # fmt: skip
    assert main(arguments, out=io.StringIO()) == 0
    page = PdfReader(output).pages[0]
    assert [float(v) for v in page.trimbox] == pytest.approx(list(SINGLE_TRIM.box))
