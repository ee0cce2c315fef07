"""The declaration and its signing pages, read back from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from anmc_desktop.printing import fontset as fontset_module
from anmc_desktop.printing.declaration import DeclarationOptions, Originals, render_declaration
from anmc_desktop.printing.fonts import installed_faces
from anmc_desktop.printing.fontset import FontSet, MissingFontError
from anmc_desktop.printing.page import Paper
from anmc_desktop.records.declarations import city_line
from tests.printing.conftest import cmap_of, embedded_fonts, page_texts, pdf_text, plumber


def _document(services, meeting_id):
    data = services.print_data
    return data.declaration(meeting_id)


def _render(services, meeting_id, **options):
    document = _document(services, meeting_id)
    pdf = render_declaration(
        document.declaration, document.signatories, DeclarationOptions(**options)
    )
    return document, pdf


def _in_order(text, needles):
    positions = [text.find(needle) for needle in needles]
    assert all(p >= 0 for p in positions), [
        n for n, p in zip(needles, positions, strict=True) if p < 0
    ]
    return positions == sorted(positions)


def test_the_tomsk_declaration_prints_every_signatory_in_signing_order(
    services, sample_meeting_id, all_scripts_fonts
):
    # GIVEN the sample meeting's declaration, signed by five cities
    document, pdf = _render(services, sample_meeting_id)
    text = pdf_text(pdf)
    # THEN the text, the testimonium and every block are there, in the signing order
    assert "Tomsk Declaration" in text
    assert "Hereby we declare:" in text
    assert "Done at Tomsk on 6 September 2014 in five originals in the English language." in (
        " ".join(text.split())
    )
    names = [s.latin_name for s in document.signatories]
    assert names == [
        "Le Hong Son",
        "Im Jong-seok",
        "Yoichi Masuzoe",
        "Tseyen Enkhtsengel",
        "Sergey Zhvachkin",
    ]
    assert _in_order(text, names)
    for signatory in document.signatories:
        assert f"For {signatory.city_name}" in text
        assert signatory.title in text
        if signatory.native_name:
            assert signatory.native_name in text
    # AND every page says "page n of N"
    pages = page_texts(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page


def test_one_original_per_city_with_the_alternat_puts_each_citys_block_first(
    services, sample_meeting_id, all_scripts_fonts
):
    document, pdf = _render(
        services, sample_meeting_id, originals=Originals.PER_CITY, alternat=True
    )
    pages = page_texts(pdf)
    order = [s.city_name for s in document.signatories]
    originals: dict[str, list[str]] = {}
    for page in pages:
        owner = re.search(r"Original for (\S+)", page).group(1)
        originals.setdefault(owner, []).append(page)
    # THEN there is one original per signing city, in signing order, numbered on its own
    assert list(originals) == order
    for owner, owner_pages in originals.items():
        text = "\n".join(owner_pages)
        for number, page in enumerate(owner_pages, start=1):
            assert f"page {number} of {len(owner_pages)}" in page
        # AND its owner's block comes first, the others follow in signing order
        expected = [owner, *(city for city in order if city != owner)]
        assert _in_order(text, [f"For {city}" for city in expected])


def test_without_the_alternat_every_original_keeps_the_signing_order(
    services, sample_meeting_id, all_scripts_fonts
):
    document, pdf = _render(services, sample_meeting_id, originals=Originals.PER_CITY)
    order = [f"For {s.city_name}" for s in document.signatories]
    pages = page_texts(pdf)
    seoul = "\n".join(page for page in pages if "Original for Seoul" in page)
    assert _in_order(seoul, order)


@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("paper", list(Paper))
def test_no_signature_block_is_split_and_the_signing_page_carries_the_testimonium(
    services, all_scripts_meeting, columns, paper
):
    # GIVEN a declaration signed by eleven cities in every script, one with a long title
    document, pdf = _render(
        services, all_scripts_meeting, columns=columns, paper=paper, initials_box=True
    )
    pages = page_texts(pdf)
    assert len(pages) >= 2
    with plumber(pdf) as parsed:
        for signatory in document.signatories:
            # THEN the city line, the name and the last word of the title share a page
            city = city_line(signatory).split(" (")[0]
            found = [i for i, page in enumerate(pages) if city in page]
            assert len(found) == 1, city
            page = parsed.pages[found[0]]
            city_top = min(w["top"] for w in page.search(re.escape(city)))
            name_top = min(w["top"] for w in page.search(re.escape(signatory.latin_name)))
            assert city_top < name_top
            assert signatory.title.split()[-1] in pages[found[0]]
    # AND the first page with a signature block also carries the testimonium
    first_city = city_line(document.signatories[0]).split(" (")[0]
    first_signing = next(i for i, page in enumerate(pages) if first_city in page)
    assert "Done at Tomsk" in pages[first_signing]
    # AND every page carries the initials box, the signing pages too
    assert all("Initials" in page for page in pages)


def test_text_that_looks_like_markup_prints_as_typed(services, all_scripts_meeting):
    _, pdf = _render(services, all_scripts_meeting)
    text = pdf_text(pdf)
    assert "Declaration of <All> Scripts & Cities" in text
    assert "<b>yearly</b> & openly" in " ".join(text.split())
    assert '<b>Anna</b> & <img src="x.png">' in text
    assert "Chair <font size=40>&amp;</font>" in text
    assert "For Markup City (<i>Nowhere</i>)" in text


def test_every_font_is_embedded_as_a_subset(services, all_scripts_meeting):
    _, pdf = _render(services, all_scripts_meeting)
    fonts = embedded_fonts(pdf)
    assert len(fonts) >= 6  # Latin, Hangul, Han, kana, Thai, Myanmar, Devanagari, bold ...
    for base_font, has_font_file in fonts:
        assert has_font_file, base_font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", base_font), base_font


def test_every_character_of_every_name_is_drawn_by_a_font_that_has_it(
    services, all_scripts_meeting
):
    # GIVEN the PDF of a declaration with names in every script
    document, pdf = _render(services, all_scripts_meeting)
    registered = {
        fontset_module.pdfmetrics.getFont(name).face.name.decode(): key
        for key, name in fontset_module._NAMES.items()
        if name in fontset_module._REGISTERED  # only the fonts a document has used
    }
    cmaps: dict[str, set[int]] = {}
    checked = 0
    with plumber(pdf) as parsed:
        for page in parsed.pages:
            for char in page.chars:
                # WHEN a character is looked up in the font file that draws it (fontTools)
                name = char["fontname"].split("+", 1)[1]
                if name not in cmaps:
                    key = registered.get(name) or registered[re.sub(r"-\d+$", "", name)]
                    path, _, index = key.rpartition("#")
                    cmaps[name] = cmap_of(Path(path), int(index))
                for character in char["text"]:
                    if 0xE000 <= ord(character) <= 0xF8FF:
                        continue  # a shaped glyph with no character of its own
                    # THEN the font has it
                    assert ord(character) in cmaps[name], (character, name)
                    checked += 1
    all_names = "".join(s.latin_name + s.native_name for s in document.signatories)
    assert checked > len(all_names)


def test_a_missing_font_stops_printing_and_names_the_signatory(services, all_scripts_meeting):
    document = _document(services, all_scripts_meeting)
    without_myanmar = [f for f in installed_faces() if "Myanmar" not in f.family]
    fonts = FontSet(installed=without_myanmar, ask_fontconfig=False)
    with pytest.raises(MissingFontError) as raised:
        render_declaration(document.declaration, document.signatories, fonts=fonts)
    message = str(raised.value)
    assert "Myanmar script" in message
    assert "(Yangon): native name" in message
    assert "fonts-noto-core" in message
