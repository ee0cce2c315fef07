"""Always fits, never crashes: the longest names, positions, city names and agenda texts
print on every document, and nothing is drawn outside its box."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.units import mm

from anmc_desktop.cli import main
from anmc_desktop.printing.page import MARGIN, Paper
from tests.printing.conftest import plumber
from tests.printing.long_texts import lengthen

KINDS = ("declaration", "signatories", "delegations", "programme", "badges", "place-cards")


@pytest.fixture
def long_meeting_id(services, sample_meeting_id) -> int:
    lengthen(services, sample_meeting_id)
    return sample_meeting_id


def print_kind(kind: str, database_path, meeting_id: int, output) -> int:
    arguments = ["--database", str(database_path), "print", kind, "--meeting",
                 str(meeting_id), "-o", str(output)]  # fmt: skip
    return main(arguments, out=io.StringIO())


@pytest.mark.parametrize("kind", KINDS)
def test_the_longest_texts_print_on_every_document(
    kind, database_path, long_meeting_id, tmp_path, all_scripts_fonts
):
    # GIVEN the sample meeting with the longest texts the forms accept
    output = tmp_path / f"{kind}.pdf"
    # WHEN the document is printed from the command line
    code = print_kind(kind, database_path, long_meeting_id, output)
    # THEN it is written
    assert code == 0
    assert output.read_bytes().startswith(b"%PDF")


def printed(kind: str, database_path, meeting_id: int, tmp_path, capsys) -> tuple[bytes, str]:
    """The PDF of ``kind`` and what the command said on stderr."""
    output = tmp_path / f"{kind}.pdf"
    assert print_kind(kind, database_path, meeting_id, output) == 0
    return output.read_bytes(), capsys.readouterr().err


def chars_of(pdf: bytes) -> list[tuple[int, dict]]:
    with plumber(pdf) as document:
        return [(page.page_number, char) for page in document.pages for char in page.chars]


def test_badge_text_stays_inside_its_quarter_of_the_sheet(
    database_path, long_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    pdf, _ = printed("badges", database_path, long_meeting_id, tmp_path, capsys)
    width, height = Paper.A4.size
    margin = 8 * mm - 0.5  # the badge's inner width leaves 8 mm each side
    outside = []
    for page, char in chars_of(pdf):
        left = 0.0 if char["x0"] < width / 2 else width / 2
        bottom = 0.0 if char["bottom"] > height / 2 else height / 2  # top-down: lower half
        top = height - bottom - height / 2
        if not (
            left + margin <= char["x0"]
            and char["x1"] <= left + width / 2 - margin
            and top <= char["top"]
            and char["bottom"] <= top + height / 2
        ):
            outside.append((page, char["text"], round(char["x0"]), round(char["x1"])))
    assert outside == []


def test_place_card_text_stays_inside_its_face(
    database_path, long_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    pdf, _ = printed("place-cards", database_path, long_meeting_id, tmp_path, capsys)
    width, height = Paper.A4.landscape
    margin = 15 * mm - 0.5
    outside = [
        (page, char["text"])
        for page, char in chars_of(pdf)
        if char["x0"] < margin
        or char["x1"] > width - margin
        or char["top"] < 0
        or char["bottom"] > height
        or char["top"] < height / 2 < char["bottom"]  # across the fold
    ]
    assert outside == []


@pytest.mark.parametrize("kind", ["delegations", "signatories", "programme", "declaration"])
def test_text_of_lists_and_the_declaration_stays_inside_the_margins(
    kind, database_path, long_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    pdf, _ = printed(kind, database_path, long_meeting_id, tmp_path, capsys)
    with plumber(pdf) as document:
        outside = [
            (page.page_number, char["text"])
            for page in document.pages  # the signatory sheet is landscape
            for char in page.chars
            if char["x0"] < MARGIN - 0.5
            or char["x1"] > page.width - MARGIN + 0.5
            or char["top"] < 0
            or char["bottom"] > page.height
        ]
    assert outside == []


def test_no_cell_of_the_delegation_list_runs_into_the_next_column(
    database_path, long_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    pdf, _ = printed("delegations", database_path, long_meeting_id, tmp_path, capsys)
    with plumber(pdf) as document:
        for page in document.pages:
            titles = {
                w["text"]: w for w in page.extract_words() if w["text"] in {"Role", "Position"}
            }
            borders = [titles["Role"]["x0"] - 2.5, titles["Position"]["x0"] - 2.5]
            headings = [r for r in page.rects if r["fill"] and r["width"] > page.width / 2]
            crossing = [
                char["text"]
                for char in page.chars
                if titles["Role"]["top"] <= char["top"] < page.height - MARGIN  # the table's
                for border in borders
                if char["x0"] < border - 0.5 < border + 0.5 < char["x1"]
                and not any(r["top"] <= char["top"] < r["bottom"] for r in headings)
            ]
            assert crossing == [], page.page_number


def test_the_command_names_each_record_that_was_shrunk_or_cut(
    services, database_path, long_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    # GIVEN a head whose name, position and city are the longest the forms accept
    # WHEN the badges, place cards and declaration are printed
    _, badges = printed("badges", database_path, long_meeting_id, tmp_path, capsys)
    _, cards = printed("place-cards", database_path, long_meeting_id, tmp_path, capsys)
    _, declaration = printed("declaration", database_path, long_meeting_id, tmp_path, capsys)
    # THEN each field cut to fit is named with its person and city
    cut = [line for line in badges.splitlines() if "cut short" in line]
    assert {line.rsplit(": ", 2)[-2] for line in cut[1:]} == {"name", "native name",
                                                               "position", "city"}  # fmt: skip
    assert all(line.startswith("anmc-desktop: Governor Administration") for line in cut[1:])
    assert cut[0] == "anmc-desktop: Meeting: title: cut short to fit"
    assert "position: cut short to fit" not in cards
    assert "name: cut short to fit" in cards
    assert "title: cut short to fit" in declaration
    # AND a name that fits only when smaller is named as printed smaller
    assert "Ulaanbaatar: Tseyen Enkhtsengel: name: printed smaller to fit" in badges
