"""`print meeting-report`: the PDF and the .docx the network publishes after a plenary."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from anmc_desktop.cli import EXIT_USER_ERROR, main
from tests.printing.conftest import pdf_text

SIGNATORY_LINES = [
    "Hanoi: Le Hong Son (Lê Hồng Sơn), Vice Chairman of People's Committee",
    "Seoul: Im Jong-seok (임종석), Mayor Vice of Political Affairs",
    "Tokyo: Yoichi Masuzoe (舛添要一), Governor",
    "Ulaanbaatar: Tseyen Enkhtsengel, Deputy Governor in charge of Social Issues",
    "Tomsk: Sergey Zhvachkin (Сергей Жвачкин), Governor",
]


def _report(database_path: Path, meeting_id: int, output: Path) -> int:
    arguments = ["--database", str(database_path), "print", "meeting-report"]
    return main([*arguments, "--meeting", str(meeting_id), "-o", str(output)], out=io.StringIO())


def test_the_report_pdf_has_participants_programme_declaration_and_statistics(
    database_path, sample_meeting_id, tmp_path, all_scripts_fonts
) -> None:
    output = tmp_path / "report.pdf"
    assert _report(database_path, sample_meeting_id, output) == 0
    text = " ".join(pdf_text(output.read_bytes()).split())
    for heading in ("Statistics", "Participants by city", "Programme as held", "Declaration"):
        assert heading in text
    # statistics: the 5 cities with named persons, 9 persons, by role
    assert "Cities represented 5" in text
    assert "Participants 9" in text
    assert "Heads of delegation 5" in text
    # participants by city, in both scripts
    assert "Tomsk Томск (5)" in text and "Сергей Жвачкин" in text
    # the programme as held and the declaration with its signatories in signing order
    assert "Children's painting exhibition" in text
    assert 'Panel discussion "Better life through new social initiatives"' in text
    assert "Hereby we declare:" in text
    positions = [text.index(line) for line in SIGNATORY_LINES]
    assert positions == sorted(positions)


def test_the_report_docx_reads_back_with_the_same_content(
    database_path, sample_meeting_id, tmp_path
) -> None:
    output = tmp_path / "report.docx"
    assert _report(database_path, sample_meeting_id, output) == 0
    document = docx.Document(str(output))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Statistics", "Participants by city"]
    assert "Programme as held" in headings and "Declaration" in headings
    assert "Tomsk (Томск)" in headings
    statistics = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert statistics["Cities represented"] == "5"
    assert statistics["Participants"] == "9"
    texts = [p.text for p in document.paragraphs]
    assert texts[-5:] == SIGNATORY_LINES
    assert document.core_properties.title.startswith("Report: 13th Plenary Meeting")


def test_only_the_meeting_report_is_written_as_docx(database_path, sample_meeting_id, tmp_path):
    output = tmp_path / "badges.docx"
    arguments = ["--database", str(database_path), "print", "badges"]
    code = main([*arguments, "--meeting", str(sample_meeting_id), "-o", str(output)])
    assert code == EXIT_USER_ERROR and not output.exists()
