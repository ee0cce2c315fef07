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
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.declaration import render_declaration
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.signatories import render_signatory_sheet
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
NATIVE_NAMES = [native for *_, native, _ in PEOPLE]


@pytest.fixture
def shaping_meeting(services, all_scripts_fonts) -> int:
    from anmc_desktop.records.agenda import AgendaItemDraft
    from anmc_desktop.records.cities import CityDraft
    from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
    from anmc_desktop.records.enums import AgendaKind, PersonRole
    from anmc_desktop.records.meetings import MeetingDraft
    from anmc_desktop.records.persons import PersonDraft

    cities = [services.cities.create(CityDraft(p[0], p[1], "Somewhere")) for p in PEOPLE]
    day = dt.date(2014, 9, 4)
    meeting = services.meetings.create(MeetingDraft("Plenary", cities[0].id, day, day))
    choices = []
    for city, (_, local, given, family, native, position) in zip(cities, PEOPLE, strict=True):
        delegation = services.delegations.create_delegation(meeting.id, city.id)
        draft = PersonDraft(given, family, native_name=native, position=position,
                            role=PersonRole.HEAD)  # fmt: skip
        services.delegations.add_person(delegation.id, draft)
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


def _documents(services, meeting_id: int) -> dict[str, Callable[[], bytes]]:
    data = services.print_data
    lists = data.delegations(meeting_id)
    signing = data.declaration(meeting_id)
    programme = data.programme(meeting_id)
    return {
        "badges": lambda: render_badges(lists.meeting, lists.delegations),
        "single badges": lambda: render_badges(
            lists.meeting, lists.delegations, BadgeLayout.SINGLE
        ),
        "place cards": lambda: render_place_cards(lists.meeting, lists.delegations),
        "delegation list": lambda: render_delegation_list(lists.meeting, lists.delegations),
        "signatory sheet": lambda: render_signatory_sheet(
            signing.meeting, signing.declaration, signing.signatories
        ),
        "declaration": lambda: render_declaration(signing.declaration, signing.signatories),
        "programme": lambda: render_programme(programme.meeting, programme.items),
    }


DOCUMENTS = ("badges", "single badges", "place cards", "delegation list", "signatory sheet",
             "declaration", "programme")  # fmt: skip


def _lines_with_names(pdf: bytes) -> list[TextObject]:
    """The text objects that print one of the names (or a piece of one)."""
    return [
        line
        for line in text_objects(pdf)
        if line.text.strip()
        and any(line.text.strip() in name or name in line.text for name in NATIVE_NAMES)
    ]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_name_prints_the_glyphs_harfbuzz_places(services, shaping_meeting, document):
    pdf = _documents(services, shaping_meeting)[document]()
    lines = _lines_with_names(pdf)
    # THEN every name of every script is printed
    printed = " ".join(" ".join(line.text for line in lines).split())
    assert [name for name in NATIVE_NAMES if name not in printed] == []
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
    lines = _lines_with_names(pdf)
    # THEN each line with a name is a marked span whose /ActualText is the line as typed
    assert [line.text for line in lines if line.actual_text != line.text] == []
    # AND pdftotext (which reads /ActualText) and pypdf (which reads ToUnicode) find them
    poppler = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    pypdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for extracted in (poppler, pypdf):
        text = " ".join(extracted.split())
        assert [line.text for line in lines if line.text not in text] == []
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


@pytest.mark.parametrize("document", ("delegation list", "programme"))
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
        ("delegation list", [f"{city} ({local})" for city, local, *_ in PEOPLE if city != local]
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
