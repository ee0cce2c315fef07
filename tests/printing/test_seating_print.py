"""`print seating` and `print place-cards --order seating`, read back from the PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, landscape

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.printing.seating_geometry import (
    PLACE_BOX,
    ROWS_BEHIND,
    SEAT_BOX,
    SEATS_PER_ROW,
    seat_behind,
    spots,
)
from anmc_desktop.records.seating import SeatingLayout
from anmc_desktop.services import Services
from tests.printing.conftest import page_texts, pdf_text


def _print(database_path: Path, meeting_id: int, output: Path, *options: str) -> int:
    arguments = ["--database", str(database_path), "print", *options]
    return main([*arguments, "--meeting", str(meeting_id), "-o", str(output)], out=io.StringIO())


@pytest.mark.parametrize(("paper", "size"), [("a3", A3), ("a4", A4)])
def test_the_plan_prints_every_place_in_both_scripts_on_a_landscape_sheet(
    database_path, sample_meeting_id, tmp_path, all_scripts_fonts, paper, size
) -> None:
    output = tmp_path / "seating.pdf"
    assert _print(database_path, sample_meeting_id, output, "seating", "--paper", paper) == 0
    pdf = output.read_bytes()
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        landscape(size), abs=1
    )
    text = " ".join(pdf_text(pdf).split())
    # English and native names of the places, the head at the table, the others behind
    for name in ("Tomsk", "Томск", "Tokyo", "東京", "Seoul", "서울", "Bangkok", "Hà Nội"):
        assert name in text
    assert "Sergey Zhvachkin (chair)" in text
    assert "Andrey Knorr" in text and "Yuri Gurdin" in text
    assert "Round table: 12 places, protocol order" in text


def test_a_letter_sized_plan_is_refused(database_path, sample_meeting_id, tmp_path) -> None:
    output = tmp_path / "seating.pdf"
    code = _print(database_path, sample_meeting_id, output, "seating", "--paper", "letter")
    assert code == EXIT_USER_ERROR and not output.exists()


def test_place_cards_follow_the_seating_plan_arranged_by_hand(
    services: Services, database_path, sample_meeting_id, tmp_path, all_scripts_fonts
) -> None:
    # GIVEN a plan where Tokyo was moved to the place next to the chair
    plan = services.seating.plan(sample_meeting_id)
    order = [p.delegation_id for p in plan.places]
    tokyo = next(p.delegation_id for p in plan.places if p.city_name == "Tokyo")
    order.remove(tokyo)
    order.insert(1, tokyo)
    services.seating.arrange(sample_meeting_id, order)
    # WHEN the place cards print in seating order
    output = tmp_path / "cards.pdf"
    assert (
        _print(database_path, sample_meeting_id, output, "place-cards", "--order", "seating") == 0
    )
    pages = page_texts(output.read_bytes())
    # THEN the host's head comes first, then the persons behind him, then Tokyo's head
    assert "Sergey Zhvachkin" in pages[0]
    first_tokyo = next(i for i, page in enumerate(pages) if "Yoichi Masuzoe" in page)
    first_hanoi = next(i for i, page in enumerate(pages) if "Le Hong Son" in page)
    assert all("Tomsk" in page for page in pages[:first_tokyo])
    assert first_tokyo < first_hanoi
    # AND the plan itself says it was arranged by hand
    plan_pdf = tmp_path / "plan.pdf"
    assert _print(database_path, sample_meeting_id, plan_pdf, "seating") == 0
    assert "arranged by hand" in pdf_text(plan_pdf.read_bytes())


def test_seating_order_is_for_place_cards_only(database_path, sample_meeting_id, tmp_path):
    output = tmp_path / "list.pdf"
    code = _print(database_path, sample_meeting_id, output, "delegations", "--order", "seating")
    assert code == EXIT_USER_ERROR


def _overlap(a: tuple[float, float], a_box: tuple[float, float], b: tuple[float, float],
             b_box: tuple[float, float]) -> bool:  # fmt: skip
    return (abs(a[0] - b[0]) < (a_box[0] + b_box[0]) / 2
            and abs(a[1] - b[1]) < (a_box[1] + b_box[1]) / 2)  # fmt: skip


@pytest.mark.parametrize("layout", list(SeatingLayout))
@pytest.mark.parametrize("count", [2, 5, 11, 12, 20])
def test_the_seats_behind_a_place_never_cover_its_box(layout: SeatingLayout, count: int) -> None:
    # Beside a round table the seats behind point sideways, where the upright place box is
    # widest: the interpreters' seats covered the head's name there.
    for spot in spots(layout, count):
        for index in range(SEATS_PER_ROW * ROWS_BEHIND):
            seat = seat_behind(spot, index)
            assert not _overlap((spot.x, spot.y), PLACE_BOX, seat, SEAT_BOX), (spot, index)
