"""Kanji of Japanese names print in a Japanese font; Chinese names keep a Chinese one."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from anmc_desktop.printing.declaration import DeclarationOptions, render_declaration
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.language import in_japan
from anmc_desktop.printing.scripts import Script
from anmc_desktop.records.cities import draft_of
from anmc_desktop.records.persons import PersonDraft
from tests.printing.conftest import plumber


def _fonts_of(pdf: bytes, text: str) -> set[str]:
    """The fonts that draw the characters of ``text`` anywhere in the PDF."""
    wanted = set(text)
    with plumber(pdf) as document:
        return {
            char["fontname"].split("+")[-1]
            for page in document.pages
            for char in page.chars
            if char["text"] in wanted
        }


@pytest.fixture
def japanese_font(all_scripts_fonts) -> str:
    """The PostScript name the PDF gives the Japanese font."""
    face = FontSet().font_for_script(Script.KANA)
    assert face is not None
    return TTFont(face.path, fontNumber=face.index)["name"].getDebugName(6)


def test_the_governor_of_tokyo_signs_in_a_japanese_font(services, sample_meeting_id, japanese_font):
    data = services.print_data
    document = data.declaration(sample_meeting_id)
    pdf = render_declaration(document.declaration, document.signatories, DeclarationOptions())
    assert _fonts_of(pdf, "舛添要一") == {japanese_font}


def test_a_chinese_name_keeps_the_chinese_font(services, sample_meeting_id, japanese_font):
    # GIVEN a Singapore delegate named in Chinese characters, and Tokyo's governor
    singapore = next(
        d for d in services.delegations.list_delegations(sample_meeting_id)
        if d.city_name == "Singapore"
    )  # fmt: skip
    services.delegations.add_person(
        singapore.id, PersonDraft(family_name="Lee", native_name="李要一")
    )
    data = services.print_data
    pdf = render_delegation_list(
        services.meetings.get(sample_meeting_id), data.delegations(sample_meeting_id).delegations
    )
    # THEN the shared characters 要一 are drawn by two different fonts
    assert len(_fonts_of(pdf, "李")) == 1
    assert _fonts_of(pdf, "李") != _fonts_of(pdf, "舛")


@pytest.mark.parametrize(
    ("country", "japanese"),
    [("Japan", True), (" japan ", True), ("日本", True), ("China", False), ("", False)],
)
def test_which_countries_are_japan(country, japanese):
    assert in_japan(country) is japanese


def test_a_city_moved_out_of_japan_prints_its_names_as_chinese(
    services, sample_meeting_id, japanese_font
):
    import dataclasses

    tokyo = next(c for c in services.cities.list_cities() if c.name_en == "Tokyo")
    services.cities.update(tokyo.id, dataclasses.replace(draft_of(tokyo), country="Testland"))
    data = services.print_data
    document = data.declaration(sample_meeting_id)
    pdf = render_declaration(document.declaration, document.signatories, DeclarationOptions())
    assert japanese_font not in _fonts_of(pdf, "舛添要一")
