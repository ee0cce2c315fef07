"""Parallel authentic texts printed side by side or one after another, with one set of
signature blocks after all texts, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from anmc_desktop.cli import main
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.declaration import DeclarationOptions, TextLayout, render_declaration
from anmc_desktop.records.declarations import declaration_draft_of
from tests.printing.conftest import page_texts, plumber
from tests.services.test_declaration_versions import RUSSIAN

RUSSIAN_TESTIMONIUM = (
    "Совершено в Томске 6 сентября 2014 года в двух экземплярах, каждый на русском и "
    "английском языках, причем оба текста имеют одинаковую силу."
)
ENGLISH_TESTIMONIUM = (
    "Done at Tomsk on 6 September 2014 in two originals, each in the English and Russian "
    "languages, both texts being equally authentic."
)


@pytest.fixture
def bilingual(services, sample_meeting_id):
    """The Tomsk Declaration in English and Russian, in two originals."""
    record = services.declarations.get_for_meeting(sample_meeting_id)
    draft = replace(declaration_draft_of(record), originals_count=2, other_versions=(RUSSIAN,))
    services.declarations.update(record.id, draft)
    return services.print_data.declaration(sample_meeting_id)


def _joined(pages):
    return [" ".join(page.split()) for page in pages]


def test_one_after_another_each_text_then_one_set_of_blocks(bilingual, all_scripts_fonts):
    pdf = render_declaration(bilingual.declaration, bilingual.signatories)
    pages = _joined(page_texts(pdf))
    text = " ".join(pages)
    # THEN the English text comes whole, then the Russian one, each with its testimonium
    assert text.index("Tomsk Declaration") < text.index(ENGLISH_TESTIMONIUM)
    assert text.index(ENGLISH_TESTIMONIUM) < text.index("Томская декларация")
    assert text.index("Томская декларация") < text.index(RUSSIAN_TESTIMONIUM)
    # AND the Russian text starts on a page of its own
    russian = next(page for page in pages if "Мы, представители" in page)
    assert "Done at" not in russian and "Hereby we declare" not in russian
    # AND the blocks come once, after all texts, on the page of the Russian testimonium
    assert text.count("For Hanoi") == 1
    assert text.index(RUSSIAN_TESTIMONIUM) < text.index("For Hanoi")
    signing = next(page for page in pages if "For Hanoi" in page)
    assert RUSSIAN_TESTIMONIUM in signing and "Пункт 6." in signing
    # AND the title on every page names both texts
    assert all("Tomsk Declaration / Томская декларация" in page for page in pages)


def test_side_by_side_sets_each_clause_beside_its_counterpart(bilingual, all_scripts_fonts):
    options = DeclarationOptions(texts=TextLayout.SIDE_BY_SIDE)
    pdf = render_declaration(bilingual.declaration, bilingual.signatories, options)
    with plumber(pdf) as parsed:
        for number, clause in enumerate(bilingual.declaration.clauses, start=1):
            opening_words = " ".join(clause.split()[:3])
            english_page = next(p for p in parsed.pages if p.search(opening_words, regex=False))
            russian = english_page.search(f"Пункт {number}.", regex=False)
            english = english_page.search(opening_words, regex=False)
            # THEN the clause's two texts stand on one page, at the same height
            assert russian and english
            assert abs(russian[0]["top"] - english[0]["top"]) < 2
            assert english[0]["x0"] < english_page.width / 2 < russian[0]["x0"]
    pages = _joined(page_texts(pdf))
    signing = next(page for page in pages if "For Hanoi" in page)
    assert ENGLISH_TESTIMONIUM in signing and RUSSIAN_TESTIMONIUM in signing


def test_side_by_side_needs_exactly_two_texts(services, sample_meeting_id):
    document = services.print_data.declaration(sample_meeting_id)
    options = DeclarationOptions(texts=TextLayout.SIDE_BY_SIDE)
    with pytest.raises(UserFacingError, match=r"Side by side prints two texts; .* has 1"):
        render_declaration(document.declaration, document.signatories, options)


def test_the_command_line_prints_side_by_side(
    bilingual, database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    output = tmp_path / "both.pdf"
    argv = ["--database", str(database_path), "print", "declaration", "--meeting"]
    argv += [str(sample_meeting_id), "-o", str(output), "--texts", "side-by-side"]
    assert main(argv, out=io.StringIO()) == 0
    first = page_texts(output.read_bytes())[0]
    assert "Tomsk Declaration" in first and "Томская декларация" in first

    argv[-1] = "sideways"
    assert main(argv, out=io.StringIO()) != 0
