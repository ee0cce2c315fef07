"""Every name prints shaped, in every document: the glyphs and places read back from the
PDF are the ones HarfBuzz gives for the same text in the same font file, and copying the
text (pdftotext, pypdf) gives it as typed."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Callable
from dataclasses import replace

import pytest
from pypdf import PdfReader

from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.documents import DocumentKind, PlaceCardOrder, PrintRequest, render
from anmc_desktop.printing.fitting import ELLIPSIS
from anmc_desktop.printing.letters import LetterOptions
from anmc_desktop.printing.scripts import scripts_in
from tests.printing.conftest import REQUIRED_SCRIPTS
from tests.printing.glyph_readback import TextObject, mismatch, text_objects

# (city, local city name, given name, family name, native name, position)
PEOPLE = (
    ("Tokyo", "東京", "Yoichi", "Masuzoe", "舛添要一 ますぞえ", "Governor of five offices"),
    ("Hanoi", "Hà Nội", "Hong Son", "Le", "Lê Hồng Sơn", "Vice Chairman"),
    ("Tomsk", "Томск", "Sergey", "Zhvachkin", "Сергей Жвачкин", "Губернатор"),
    ("Ulaanbaatar", "Улаанбаатар", "Enkh", "Tseyen", "Цэеэн Өлзий Түмэн", "Орлогч"),
    ("Seoul", "서울", "Jong-seok", "Im", "임종석", "부시장"),
    ("Taipei", "臺北", "Lung-pin", "Hau", "郝龍斌", "市長"),
    ("Beijing", "北京", "Anna", "Wang", "王安娜 郝龙斌", "副市长"),
    ("Bangkok", "กรุงเทพมหานคร", "Sukhumbhand", "Paribatra", "สุขุมพันธุ์ บริพัตร", "ผู้ว่าราชการ"),
    ("Yangon", "ရန်ကုန်", "Kyaw", "Aung", "ကျော်အောင်", "ဟ္လမြင့်"),
    ("Delhi", "दिल्ली", "Sheila", "Dikshit", "शीला दीक्षित", "Chief Minister of दिल्ली"),
    ("Jakarta", "Jakarta", "Mixed", "Line", "Lê Hồng Sơn 임종석 東京 Томск กรุงเทพ ရန်ကုန် दिल्ली",
     "AVA office"),
)  # fmt: skip
NATIVE_NAMES = tuple(native for *_, native, _ in PEOPLE)
LATIN_NAMES = tuple(f"{given} {family}" for _, _, given, family, *_ in PEOPLE)


@pytest.fixture
def shaping_meeting(services, all_scripts_fonts) -> int:
    """Each city's head (Latin and native names) and an interpreter known by the native name
    only, whose name the lists of one name per person print (logistics, the seating plan's
    seats, visa letters). The host has no delegation: letters go to every city of the table."""
    from anmc_desktop.records.agenda import AgendaItemDraft
    from anmc_desktop.records.cities import CityDraft
    from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
    from anmc_desktop.records.enums import AgendaKind, PersonRole
    from anmc_desktop.records.meetings import MeetingDraft
    from anmc_desktop.records.persons import PersonDraft

    cities = [services.cities.create(CityDraft(p[0], p[1], "Somewhere")) for p in PEOPLE]
    host = services.cities.create(CityDraft("Host", "Host", "Somewhere"))
    day = dt.date(2014, 9, 4)
    meeting = services.meetings.create(MeetingDraft("Plenary", host.id, day, day))
    choices = []
    for city, (_, local, given, family, native, position) in zip(cities, PEOPLE, strict=True):
        delegation = services.delegations.create_delegation(meeting.id, city.id)
        draft = PersonDraft(given, family, native_name=native, position=position,
                            role=PersonRole.HEAD)  # fmt: skip
        services.delegations.add_person(delegation.id, draft)
        arrival = dt.datetime.combine(day, dt.time(8, len(choices)))
        interpreter = PersonDraft(
            native_name=native, role=PersonRole.INTERPRETER, arrival=arrival, met_by=native,
            departure=arrival + dt.timedelta(days=2), hotel=local, room="1", transport=local,
            dietary_needs=native,
        )  # fmt: skip
        services.delegations.add_person(delegation.id, interpreter)
        choices.append(SignatoryChoice(delegation.id))
        start = dt.datetime.combine(day, dt.time(9 + len(choices)))
        end = start + dt.timedelta(minutes=50)
        item = AgendaItemDraft(AgendaKind.PRESENTATION, native, start, end, position, local)
        services.agenda.create(meeting.id, item)
    declaration = services.declarations.create(
        meeting.id, DeclarationDraft(title="Declaration", place="Tokyo", signing_date=day)
    )
    services.declarations.set_signatories(declaration.id, choices)
    return meeting.id


# The organizer's own invitation, naming each head in both scripts.
INVITATION = (
    "${full_name}\n${native_name}\n${position}, ${city}\n\nWe invite you to ${meeting_title}."
)
VARIANTS = {
    "badges single": PrintRequest(DocumentKind.BADGES, 0, badge_layout=BadgeLayout.SINGLE),
    "place-cards by seat": PrintRequest(
        DocumentKind.PLACE_CARDS, 0, place_card_order=PlaceCardOrder.SEATING
    ),
    "invitation-letters own template": PrintRequest(
        DocumentKind.INVITATION_LETTERS, 0, letters=LetterOptions(template=INVITATION)
    ),
}
# Every kind the print command offers, and the variants that lay names out otherwise.
REQUESTS = {
    **{kind.value: PrintRequest(kind, 0) for kind in DocumentKind},
    **VARIANTS,
}
DOCUMENTS = tuple(REQUESTS)


def _documents(services, meeting_id: int) -> dict[str, Callable[[], bytes]]:
    def rendered(request: PrintRequest) -> Callable[[], bytes]:
        request = replace(request, meeting_id=meeting_id)
        return lambda: render(request, services.print_data.for_request(request))

    return {name: rendered(request) for name, request in REQUESTS.items()}


def _shows(text: str, name: str) -> bool:
    """Whether a line prints ``name``, a piece of it, or its start cut to fit (a seat of the
    seating plan is small: a long name ends in an ellipsis there)."""
    text = text.strip()
    if text.endswith(ELLIPSIS):
        return name.startswith(text[: -len(ELLIPSIS)].rstrip())
    return text in name or name in text


def _names(document: str) -> tuple[str, ...]:
    """The names of the table a document prints: the English invitation (its default
    template) names each head in Latin letters only."""
    return LATIN_NAMES if document == "invitation-letters" else NATIVE_NAMES


def _lines_with_names(pdf: bytes, names: tuple[str, ...] = NATIVE_NAMES) -> list[TextObject]:
    """The text objects that print one of the names (or a piece of one)."""
    return [
        line
        for line in text_objects(pdf)
        if line.text.strip() and any(_shows(line.text, name) for name in names)
    ]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_name_prints_the_glyphs_harfbuzz_places(services, shaping_meeting, document):
    pdf = _documents(services, shaping_meeting)[document]()
    names = _names(document)
    lines = _lines_with_names(pdf, names)
    # THEN every name of every script is printed (whole, or its start where cut to fit)
    printed = " ".join(" ".join(line.text for line in lines).split())
    cut = [line.text for line in lines if line.text.strip().endswith(ELLIPSIS)]
    missing = [name for name in names if name not in printed]
    assert [name for name in missing if not any(_shows(text, name) for text in cut)] == []
    if names is NATIVE_NAMES:
        assert set(REQUIRED_SCRIPTS) <= set(scripts_in(printed))
    # AND each glyph is the one HarfBuzz chose for that font, where HarfBuzz put it
    problems = [
        problem
        for line in lines
        for segment in line.segments
        if (problem := mismatch(segment)) is not None
    ]
    assert problems == []


@pytest.mark.parametrize("document", DOCUMENTS)
def test_copying_a_shaped_line_gives_the_text_as_typed(services, shaping_meeting, document):
    pdf = _documents(services, shaping_meeting)[document]()
    lines = _lines_with_names(pdf, _names(document))
    # THEN each line with a name is a marked span whose /ActualText is the line as typed
    assert [line.text for line in lines if line.copied != line.text] == []
    # AND pdftotext (which reads /ActualText) and pypdf (which reads ToUnicode) find them
    poppler = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    pypdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for extracted in (poppler, pypdf):
        text = " ".join(extracted.split())
        # (a paragraph's text object holds all its lines: where they break, a space or none)
        unbroken = "".join(text.split())
        assert [line.text for line in lines if "".join(line.text.split()) not in unbroken] == []
        assert "ﬁ" not in text


def test_a_ligature_is_copied_as_its_letters(services, shaping_meeting):
    pdf = _documents(services, shaping_meeting)["badges"]()
    lines = [line for line in text_objects(pdf) if "offices" in line.text]
    # THEN HarfBuzz merged "ffi" into one glyph, which still reads as three letters
    assert lines
    glyphs = len(lines[0].segments[0].glyphs)
    assert glyphs < len(lines[0].text)
    assert "Governor of five offices" in lines[0].text


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_document_names_its_title_subject_and_language(services, shaping_meeting, document):
    reader = PdfReader(io.BytesIO(_documents(services, shaping_meeting)[document]()))
    assert "Plenary" in reader.metadata.title or "Declaration" in reader.metadata.title
    assert reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"


PARAGRAPH_TEXT = "Plenary of five offices, शीला दीक्षित, ကျော်အောင်, สุขุมพันธุ์"


def _private_use_or_ligatures(text: str) -> str:
    return "".join(c for c in text if 0xE000 <= ord(c) <= 0xF8FF or 0xFB00 <= ord(c) <= 0xFB06)


@pytest.mark.parametrize("document", ("delegations", "programme"))
def test_copying_a_shaped_paragraph_gives_the_text_as_typed(services, shaping_meeting, document):
    from anmc_desktop.records.meetings import draft_of

    # GIVEN a meeting whose title (a paragraph of each list's heading) has a Latin ligature,
    # a Devanagari conjunct with a reordered vowel sign and a Myanmar vowel drawn first
    meeting = services.meetings.get(shaping_meeting)
    services.meetings.update(meeting.id, replace(draft_of(meeting), title=PARAGRAPH_TEXT))
    pdf = _documents(services, shaping_meeting)[document]()
    # THEN a viewer that reads /ActualText copies and finds the title as typed, and no
    # ligature or private-use glyph code anywhere
    poppler = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert PARAGRAPH_TEXT in " ".join(poppler.split())
    assert _private_use_or_ligatures(poppler) == ""


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("delegations", [f"{city} ({local})" for city, local, *_ in PEOPLE if city != local]
         + ["Jakarta"]),
        ("programme", ["Thursday 4 September 2014"]),
    ],
)  # fmt: skip
def test_every_group_of_a_list_is_a_bookmark(services, shaping_meeting, document, expected):
    reader = PdfReader(io.BytesIO(_documents(services, shaping_meeting)[document]()))
    # THEN the outline lists each delegation (each day), and each opens the page it is on
    titles = [entry.title for entry in reader.outline]
    assert sorted(titles) == sorted(expected)
    pages = [reader.get_destination_page_number(entry) for entry in reader.outline]
    assert pages == sorted(pages)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_the_declaration_has_a_bookmark_for_its_text_and_its_clauses(services, shaping_meeting):
    reader = PdfReader(io.BytesIO(_documents(services, shaping_meeting)["declaration"]()))
    # THEN the outline names the declaration and, under it, where its clauses begin
    title, clauses = reader.outline
    assert title.title == "Declaration"
    assert [entry.title for entry in clauses] == ["Clauses"]
