"""Signing pages by treaty practice, read back from the PDF: no page of signatures can be
detached from the text it signs."""

from __future__ import annotations

import re

import pytest

from anmc_desktop.printing.declaration import DeclarationOptions, Originals, render_declaration
from anmc_desktop.printing.page import Paper
from anmc_desktop.records.declarations import SignatoryRecord, city_line
from anmc_desktop.records.enums import SignatoryStatus
from tests.printing.conftest import page_texts, plumber

CONTINUED = "Tomsk Declaration — signature page (continued)"


def _signatories(count: int) -> list[SignatoryRecord]:
    """``count`` signatories of made-up cities, every third with a title on two lines."""
    return [
        SignatoryRecord(
            id=n,
            declaration_id=1,
            position=n,
            delegation_id=n,
            city_name=f"City{n:02d}",
            city_local_name="",
            is_host=False,
            person_id=n,
            honorific="",
            latin_name=f"Signer{n:02d} Family",
            native_name="",
            title="Deputy Mayor for International Relations and Cooperation of the City"
            if n % 3 == 0
            else "Mayor",
            status=SignatoryStatus.PLANNED,
        )
        for n in range(1, count + 1)
    ]


def _last_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[-count:])


def _joined(page: str) -> str:
    return " ".join(page.split())


def test_the_sample_moves_its_last_clause_down_to_all_five_blocks(
    services, sample_meeting_id, all_scripts_fonts
):
    # GIVEN the Tomsk Declaration: five blocks do not fit under the sixth clause on page 1
    document = services.print_data.declaration(sample_meeting_id)
    pdf = render_declaration(
        document.declaration, document.signatories, DeclarationOptions(initials_box=True)
    )
    pages = [_joined(page) for page in page_texts(pdf)]
    last_clause = _last_words(document.declaration.clauses[-1])
    # THEN the sixth clause moved down: it stands with the testimonium and all five blocks
    signing = [i for i, page in enumerate(pages) if "For Hanoi" in page]
    assert len(signing) == 1
    page = pages[signing[0]]
    assert last_clause in page
    assert "Done at Tomsk on 6 September 2014" in page
    for signatory in document.signatories:
        assert f"For {signatory.city_name}" in page
    # AND the page before ends with the fifth clause, not the sixth
    assert last_clause not in pages[signing[0] - 1]
    assert _last_words(document.declaration.clauses[-2]) in pages[signing[0] - 1]
    # AND every page has the initials box, the signing page too
    assert all("Initials" in page for page in pages)


@pytest.mark.parametrize("count", [13, 40])
@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("paper", list(Paper))
def test_blocks_continue_on_pages_that_repeat_the_title_and_never_split(
    services, sample_meeting_id, all_scripts_fonts, count, columns, paper
):
    # GIVEN the Tomsk Declaration signed by many cities
    document = services.print_data.declaration(sample_meeting_id)
    signatories = _signatories(count)
    options = DeclarationOptions(paper=paper, columns=columns, initials_box=True)
    pdf = render_declaration(document.declaration, signatories, options)
    pages = [_joined(page) for page in page_texts(pdf)]
    first = next(i for i, page in enumerate(pages) if "For City01" in page)
    # THEN the first signing page carries the end of the text and the testimonium
    assert _last_words(document.declaration.clauses[-1]) in pages[first]
    assert "Done at Tomsk" in pages[first]
    assert CONTINUED not in pages[first]
    # AND each later page continues the signature page under the declaration's title,
    # and holds no text of the declaration
    later = pages[first + 1 :]
    assert later, "forty blocks do not fit on one page"
    for page in later:
        assert CONTINUED in page
        assert "We will" not in page and "Done at" not in page
    # AND every block stands whole on one page: city, then name, then title
    with plumber(pdf) as parsed:
        for signatory in signatories:
            found = [i for i, page in enumerate(pages) if city_line(signatory) in page]
            assert len(found) == 1, signatory.city_name
            page = parsed.pages[found[0]]
            city_top = min(w["top"] for w in page.search(re.escape(city_line(signatory))))
            name_top = min(w["top"] for w in page.search(re.escape(signatory.latin_name)))
            assert city_top < name_top
            assert signatory.title.split()[-1] in pages[found[0]]
    # AND every page carries the initials box and its number
    for number, page in enumerate(pages, start=1):
        assert "Initials" in page
        assert f"page {number} of {len(pages)}" in page


def test_each_original_starts_its_own_continuation(services, sample_meeting_id, all_scripts_fonts):
    # GIVEN one original per city for thirteen cities, each ending on blocks alone
    document = services.print_data.declaration(sample_meeting_id)
    options = DeclarationOptions(originals=Originals.PER_CITY, alternat=True)
    pdf = render_declaration(document.declaration, _signatories(13), options)
    pages = [_joined(page) for page in page_texts(pdf)]
    # THEN the first page of each original is its title page, never a continuation
    firsts = [page for page in pages if "page 1 of" in page]
    assert len(firsts) == 13
    assert all(CONTINUED not in page and "Tomsk Declaration" in page for page in firsts)
