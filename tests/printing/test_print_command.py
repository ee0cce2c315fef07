"""`anmc-desktop print KIND --meeting ID -o FILE.pdf` for every kind of document."""

from __future__ import annotations

import io

import pytest

from anmc_desktop.cli import EXIT_USER_ERROR, main
from tests.printing.conftest import pdf_text

EXPECTED = {
    "declaration": "Tomsk Declaration",
    "signatories": "Signatories: Tomsk Declaration",
    "delegations": "List of delegations",
    "programme": "Programme: 13th Plenary Meeting of the ANMC21",
    "badges": "Yoichi Masuzoe",
    "place-cards": "Sergey Zhvachkin",
    "invitation-letters": "Dear H.E. Im Jong-seok,",
    "visa-letters": "VISA SUPPORT LETTER",
    "arrivals": "S7 5301",
    "rooming": "Hotel Magistrat",
    "dietary": "no shellfish",
    "transport": "Car 1",
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_kind_of_document_is_written_as_a_pdf(
    kind, database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    # GIVEN the sample meeting in a database file
    output = tmp_path / f"{kind}.pdf"
    out = io.StringIO()
    # WHEN the document is printed from the command line on Letter paper
    code = main(
        [
            "--database",
            str(database_path),
            "print",
            kind,
            "--meeting",
            str(sample_meeting_id),
            "-o",
            str(output),
            "--paper",
            "letter",
        ],
        out=out,
    )
    # THEN a PDF with the document's text is written, and its path is printed
    assert code == 0
    assert out.getvalue().strip() == str(output)
    assert output.read_bytes().startswith(b"%PDF")
    assert EXPECTED[kind] in " ".join(pdf_text(output.read_bytes()).split())


def test_declaration_options_reach_the_document(
    database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    output = tmp_path / "originals.pdf"
    code = main(
        [
            "--database",
            str(database_path),
            "print",
            "declaration",
            "--meeting",
            str(sample_meeting_id),
            "-o",
            str(output),
            "--originals",
            "per-city",
            "--alternat",
            "--columns",
            "1",
        ],
        out=io.StringIO(),
    )
    assert code == 0
    text = pdf_text(output.read_bytes())
    for city in ("Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk"):
        assert f"Original for {city}" in text


def test_an_unknown_meeting_or_folder_is_a_user_error(
    database_path, sample_meeting_id, tmp_path, capsys
):
    missing_meeting = main(
        [
            "--database",
            str(database_path),
            "print",
            "programme",
            "--meeting",
            "999",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    missing_folder = main(
        [
            "--database",
            str(database_path),
            "print",
            "programme",
            "--meeting",
            str(sample_meeting_id),
            "-o",
            str(tmp_path / "no" / "x.pdf"),
        ]
    )
    assert missing_meeting == EXIT_USER_ERROR
    assert missing_folder == EXIT_USER_ERROR
    errors = capsys.readouterr().err
    assert "999" in errors
    assert "does not exist" in errors
    assert list(tmp_path.glob("*.pdf")) == []
