"""A city whose local name only repeats its name prints once ("Jakarta", not
"Jakarta / Jakarta"); a local name that says more prints beside it."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pytest

from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render, render_docx
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.persons import PersonDraft
from tests.printing.conftest import pdf_text

# A city whose name follows itself with only spaces or punctuation between: printed twice.
REPEATED = re.compile(r"jakarta\W{0,6}jakarta")


@pytest.fixture
def jakarta_meeting(services, all_scripts_fonts) -> int:
    day = dt.date(2014, 9, 4)
    cities = [
        services.cities.create(CityDraft("Jakarta", "JAKARTA", "Indonesia")),
        services.cities.create(CityDraft("Hanoi", "Hà Nội", "Viet Nam")),
    ]
    meeting = services.meetings.create(MeetingDraft("Plenary", cities[1].id, day, day))
    choices = []
    for city, name in zip(cities, ("Fauzi Bowo", "Nguyen Van A"), strict=True):
        delegation = services.delegations.create_delegation(meeting.id, city.id)
        given, family = name.rsplit(" ", 1)
        draft = PersonDraft(
            given, family, position="Governor", role=PersonRole.HEAD, hotel="Hotel Tomsk",
            room="101", arrival=dt.datetime(2014, 9, 3, 10), departure=dt.datetime(2014, 9, 5, 18),
            arrival_flight="GA 1", transport="Car 1", dietary_needs="Halal",
        )  # fmt: skip
        services.delegations.add_person(delegation.id, draft)
        choices.append(SignatoryChoice(delegation.id))
    declaration = services.declarations.create(
        meeting.id, DeclarationDraft(title="Declaration", place="Hanoi", signing_date=day)
    )
    services.declarations.set_signatories(declaration.id, choices)
    return meeting.id


def _text(services, request: PrintRequest) -> str:
    document = services.print_data.for_request(request)
    return " ".join(pdf_text(render(request, document)).split())


LOCAL_NAMES = (
    DocumentKind.BADGES,
    DocumentKind.DELEGATIONS,
    DocumentKind.SIGNATORIES,
    DocumentKind.DECLARATION,
    DocumentKind.SEATING,
    DocumentKind.MEETING_REPORT,
)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a_city_written_the_same_in_both_names_prints_once(services, jakarta_meeting, kind):
    # GIVEN Jakarta, whose local name is JAKARTA, WHEN any document of the meeting prints
    text = _text(services, PrintRequest(kind, jakarta_meeting))
    # THEN Jakarta never follows itself (the programme names no delegation's city)
    assert ("jakarta" in text.casefold()) is (kind is not DocumentKind.PROGRAMME)
    assert REPEATED.search(text.casefold()) is None, text
    # AND a local name that says more still prints where the document gives local names
    if kind in LOCAL_NAMES:
        assert "Hà Nội" in text


@pytest.mark.parametrize(
    ("kind", "times"),
    [(DocumentKind.BADGES, 1), (DocumentKind.DELEGATIONS, 1), (DocumentKind.SIGNATORIES, 1),
     (DocumentKind.DECLARATION, 1), (DocumentKind.SEATING, 1),
     (DocumentKind.PLACE_CARDS, 2),  # once on each face of the folded card
     (DocumentKind.MEETING_REPORT, 2)],  # among the participants, and the signatories
)  # fmt: skip
def test_each_place_that_names_the_city_names_it_once(services, jakarta_meeting, kind, times):
    text = _text(services, PrintRequest(kind, jakarta_meeting))
    assert text.casefold().count("jakarta") == times


def test_one_badge_per_page_names_jakarta_once(services, jakarta_meeting):
    request = PrintRequest(DocumentKind.BADGES, jakarta_meeting, badge_layout=BadgeLayout.SINGLE)
    assert _text(services, request).casefold().count("jakarta") == 1


def test_the_meeting_report_as_docx_names_jakarta_once(services, jakarta_meeting):
    document = services.print_data.meeting_report(jakarta_meeting)
    report = docx.Document(io.BytesIO(render_docx(document)))
    headings = [p.text for p in report.paragraphs if p.style.name.startswith("Heading")]
    assert "Jakarta" in headings
    assert "Hanoi (Hà Nội)" in headings
    assert not any(REPEATED.search(text.casefold()) for text in headings)
