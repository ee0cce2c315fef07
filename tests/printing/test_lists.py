"""The signatory sheet, the delegation list and the programme, read back from the PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.printing.delegations import (
    CityOrder,
    DelegationListOptions,
    render_delegation_list,
)
from anmc_desktop.printing.page import Paper
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.enums import AgendaKind
from tests.printing.conftest import embedded_fonts, page_texts, pdf_text


def _data(services):
    return services.print_data


def _positions(text, needles):
    positions = [text.find(needle) for needle in needles]
    assert min(positions) >= 0, [n for n, p in zip(needles, positions, strict=True) if p < 0]
    return positions


def test_the_signatory_sheet_lists_every_signatory_in_order_with_a_box_to_tick(
    services, all_scripts_meeting
):
    document = _data(services).declaration(all_scripts_meeting)
    pdf = render_signatory_sheet(document.meeting, document.declaration, document.signatories)
    text = " ".join(pdf_text(pdf).split())  # wrapped cells read as one line
    for column in ("No.", "City", "Signatory", "Title", "Status", "Signed", "Remarks"):
        assert column in text
    names = [s.latin_name for s in document.signatories]
    positions = _positions(text, names)
    assert positions == sorted(positions)
    for signatory in document.signatories:
        assert signatory.native_name in text
        assert signatory.city_local_name in text
    assert '<b>Anna</b> & <img src="x.png">' in text
    assert all(has_file for _, has_file in embedded_fonts(pdf))


def test_the_delegation_list_puts_heads_first_and_counts_persons(
    services, sample_meeting_id, all_scripts_fonts
):
    document = _data(services).delegations(sample_meeting_id)
    pdf = render_delegation_list(
        document.meeting,
        document.delegations,
        DelegationListOptions(order=CityOrder.HOST_FIRST, contacts=True, travel=True),
    )
    text = pdf_text(pdf)
    # THEN the host comes first, then the other cities alphabetically
    cities = _positions(text, ["Tomsk (Томск)", "Bangkok", "Delhi", "Hanoi", "Yangon"])
    assert cities == sorted(cities)
    # AND within Tomsk the head comes first, native names beside the Latin ones
    people = _positions(
        text, ["Sergey Zhvachkin", "Сергей Жвачкин", "Yuri Gurdin", "Anatoly Ivanov"]
    )
    assert people == sorted(people)
    assert "Tomsk (Томск) · 5 persons" in text
    assert "In all: 12 delegations, 16 persons" in text
    for column in ("Contacts", "Arrival", "Departure"):
        assert column in text


def test_the_delegation_list_leaves_out_optional_columns_unless_asked(
    services, sample_meeting_id, all_scripts_fonts
):
    document = _data(services).delegations(sample_meeting_id)
    text = pdf_text(render_delegation_list(document.meeting, document.delegations))
    assert "Contacts" not in text
    assert "Arrival" not in text
    assert text.find("Bangkok") < text.find("Tomsk (Томск)")


@pytest.mark.parametrize("paper", list(Paper))
def test_the_delegation_list_prints_every_script_literally(services, all_scripts_meeting, paper):
    document = _data(services).delegations(all_scripts_meeting)
    pdf = render_delegation_list(
        document.meeting, document.delegations, DelegationListOptions(paper=paper)
    )
    text = " ".join(pdf_text(pdf).split())
    for delegation in document.delegations:
        for person in delegation.persons:
            assert person.latin_name in text
            assert person.native_name in text
    pages = page_texts(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page


def test_the_programme_groups_items_by_day_with_times_and_rooms(
    services, sample_meeting_id, all_scripts_fonts
):
    document = _data(services).programme(sample_meeting_id)
    text = " ".join(pdf_text(render_programme(document.meeting, document.items)).split())
    days = _positions(
        text, ["Thursday 4 September 2014", "Friday 5 September 2014", "Saturday 6 September 2014"]
    )
    assert days == sorted(days)
    for item in document.items:
        assert item.title in text
        assert f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}" in text
        assert item.room in text
    assert "Signing of the Tomsk Declaration" in text


def test_an_item_over_several_days_is_printed_on_each_of_them_with_its_dates(
    services, sample_meeting_id, all_scripts_fonts
):
    # GIVEN an exhibition open from the first day of the meeting to the last
    services.agenda.create(
        sample_meeting_id,
        AgendaItemDraft(
            AgendaKind.EXHIBITION,
            "Siberian crafts exhibition",
            dt.datetime(2014, 9, 4, 10),
            dt.datetime(2014, 9, 6, 18),
        ),
    )
    document = _data(services).programme(sample_meeting_id)
    # WHEN the programme is printed THEN each day lists it, with both its dates
    pages = " ".join(pdf_text(render_programme(document.meeting, document.items)).split())
    headings = ["Thursday 4 September 2014", "Friday 5 September 2014", "Saturday 6 September 2014"]
    starts = _positions(pages, headings)
    for start, end in zip(starts, [*starts[1:], len(pages)], strict=True):
        day = pages[start:end]
        assert "Siberian crafts exhibition" in day
        assert "4 Sep 10:00 – 6 Sep 18:00" in day
