"""Badges and place cards, read back from the PDF."""

from __future__ import annotations

import pytest

from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.page import Paper
from tests.printing.conftest import embedded_fonts, page_texts, plumber


def _delegations(services, meeting_id):
    data = services.print_data
    return data.delegations(meeting_id)


@pytest.mark.parametrize("paper", list(Paper))
def test_four_badges_to_a_sheet_carry_name_native_name_position_and_city(
    services, all_scripts_meeting, paper
):
    document = _delegations(services, all_scripts_meeting)
    pdf = render_badges(document.meeting, document.delegations, paper=paper)
    pages = [" ".join(text.split()) for text in page_texts(pdf)]
    people = [(d.summary, p) for d in document.delegations for p in d.persons]
    # THEN 11 persons need 3 sheets
    assert len(pages) == 3
    text = " ".join(pages)
    for summary, person in people:
        assert person.latin_name in text
        assert person.native_name in text
        assert summary.city_name in text
        assert "HEAD OF DELEGATION" in text
    assert '<b>Anna</b> & <img src="x.png">' in text
    assert all(has_file for _, has_file in embedded_fonts(pdf))
    # AND each quarter of a sheet holds one badge: no name crosses a cutting line
    with plumber(pdf) as parsed:
        page = parsed.pages[0]
        middle_x, middle_y = page.width / 2, page.height / 2
        for word in page.extract_words():
            assert word["x1"] <= middle_x or word["x0"] >= middle_x, word["text"]
            assert word["bottom"] <= middle_y or word["top"] >= middle_y, word["text"]


def test_placeholders_get_no_badge_or_place_card(services, sample_meeting_id, all_scripts_fonts):
    # GIVEN the sample meeting: 16 persons, of whom 7 are heads still to be confirmed
    document = _delegations(services, sample_meeting_id)
    # WHEN badges and place cards are printed
    badges = " ".join(page_texts(render_badges(document.meeting, document.delegations)))
    cards = page_texts(render_place_cards(document.meeting, document.delegations))
    # THEN only the nine named persons have one
    assert "to be confirmed" not in badges
    assert "Alexey Knyazev" in badges
    assert len(cards) == 9


def test_single_badges_are_one_per_page(services, all_scripts_meeting):
    document = _delegations(services, all_scripts_meeting)
    pdf = render_badges(document.meeting, document.delegations, BadgeLayout.SINGLE)
    pages = page_texts(pdf)
    assert len(pages) == 11
    with plumber(pdf) as parsed:
        assert round(parsed.pages[0].width) == 258  # 85 mm and 3 mm of bleed each side


def test_place_cards_show_the_name_on_both_faces(services, all_scripts_meeting):
    document = _delegations(services, all_scripts_meeting)
    pdf = render_place_cards(document.meeting, document.delegations)
    with plumber(pdf) as parsed:
        assert len(parsed.pages) == 11
        page = parsed.pages[0]
        assert page.width > page.height  # landscape, folded along the middle
        name = sorted(document.delegations, key=lambda d: d.summary.city_name)[0].persons[0]
        upright = [c for c in page.chars if c["upright"] and c["top"] > page.height / 2]
        assert name.latin_name in "".join(c["text"] for c in upright)
        # the top face is printed upside down: its characters run right to left
        top_half = [c for c in page.chars if c["top"] < page.height / 2 and c["size"] > 20]
        assert top_half
        assert top_half[0]["matrix"][0] < 0
