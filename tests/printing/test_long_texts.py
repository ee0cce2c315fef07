"""Always fits, never crashes: the longest names, positions, city names and agenda texts
print on every document, and nothing is drawn outside its box."""

from __future__ import annotations

import io

import pytest

from anmc_desktop.cli import main
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
