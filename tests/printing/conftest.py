"""Fonts and PDF reading for the printing tests.

The all-scripts tests need the Debian font packages that `.ci/setup test` installs. On a
developer machine without them a test is skipped; in CI (CI=true) it fails instead, so a
missing font can never pass unnoticed.
"""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTCollection, TTFont
from pypdf import PdfReader

from anmc_desktop.printing.fontset import FontSet
from anmc_desktop.printing.scripts import Script

NAMES_BY_SCRIPT: dict[str, str] = {
    "Latin": "Yoichi Masuzoe",
    "Vietnamese": "Lê Hồng Sơn",
    "Russian": "Сергей Жвачкин",
    "Mongolian Cyrillic": "Улаанбаатар Өлзий Түмэн",
    "Hangul": "임종석",
    "Japanese": "舛添要一 ますぞえ ようういち",
    "Chinese traditional": "臺北 郝龍斌",
    "Chinese simplified": "台北 郝龙斌",
    "Thai": "กรุงเทพมหานคร",
    "Myanmar": "ရန်ကုန်",
    "Devanagari": "दिल्ली",
    "Mixed": "Lê Hồng Sơn 임종석 東京 Томск กรุงเทพ ရန်ကုန် दिल्ली",
}

REQUIRED_SCRIPTS = (
    Script.LATIN,
    Script.CYRILLIC,
    Script.HANGUL,
    Script.KANA,
    Script.HAN,
    Script.THAI,
    Script.MYANMAR,
    Script.DEVANAGARI,
)


def missing_font(reason: str) -> None:
    """Skip on a developer machine, fail in CI."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI installs the fonts with `.ci/setup test`)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def all_scripts_fonts() -> None:
    fonts = FontSet()
    lacking = [s.label for s in REQUIRED_SCRIPTS if fonts.font_for_script(s) is None]
    if lacking:
        missing_font(f"no font installed for {', '.join(lacking)}")


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page; ligatures the shaper made ("ﬁ") read back as letters."""
    return [
        unicodedata.normalize("NFKC", page.extract_text() or "")
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def plumber(pdf: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(pdf))


def embedded_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has /FontFile2) for every font the PDF's pages use."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for reference in fonts.get_object().values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            has_file = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = has_file
    return sorted(found.items())


def cmap_of(path: Path, index: int = 0) -> set[int]:
    """The characters a font file has, read with fontTools (independently of ReportLab)."""
    if path.suffix.lower() == ".ttc":
        font = TTCollection(str(path)).fonts[index]
    else:
        font = TTFont(str(path))
    return set(font.getBestCmap())


# A meeting whose cities and signatories use every script, with a markup-like name.
ALL_SCRIPTS_CITIES = (
    # (English name, local name, country, time zone, given, family, family first, native, title)
    (
        "Tokyo",
        "東京",
        "Japan",
        "Asia/Tokyo",
        "Yoichi",
        "Masuzoe",
        False,
        "舛添要一 ますぞえ",
        "Governor",
    ),
    ("Taipei", "臺北", "Taipei", "Asia/Taipei", "Lung-pin", "Hau", True, "郝龍斌", "Mayor"),
    (
        "Beijing",
        "北京",
        "China",
        "Asia/Shanghai",
        "Anna",
        "Wang",
        True,
        "王安娜 台北 郝龙斌",
        "Deputy Mayor",
    ),
    (
        "Bangkok",
        "กรุงเทพมหานคร",
        "Thailand",
        "Asia/Bangkok",
        "Sukhumbhand",
        "Paribatra",
        False,
        "สุขุมพันธุ์ บริพัตร",
        "Governor of Bangkok",
    ),
    ("Yangon", "ရန်ကုန်", "Myanmar", "Asia/Yangon", "Hla", "Myint", False, "ဟ္လမြင့်", "Mayor"),
    (
        "Delhi",
        "दिल्ली",
        "India",
        "Asia/Kolkata",
        "Sheila",
        "Dikshit",
        False,
        "शीला दीक्षित",
        "Chief Secretary",
    ),
    (
        "Hanoi",
        "Hà Nội",
        "Viet Nam",
        "Asia/Ho_Chi_Minh",
        "Hong Son",
        "Le",
        True,
        "Lê Hồng Sơn",
        "Vice Chairman of People's Committee",
    ),
    (
        "Seoul",
        "서울",
        "Republic of Korea",
        "Asia/Seoul",
        "Jong-seok",
        "Im",
        True,
        "임종석",
        "Mayor Vice of Political Affairs",
    ),
    (
        "Ulaanbaatar",
        "Улаанбаатар",
        "Mongolia",
        "Asia/Ulaanbaatar",
        "Enkhtsengel",
        "Tseyen",
        True,
        "Цэеэн Энхцэнгэл",
        "Deputy Governor in charge of Social Issues",
    ),
    (
        "Markup City",
        "<i>Nowhere</i>",
        "Nowhere",
        "UTC",
        "<b>Anna</b>",
        '& <img src="x.png">',
        False,
        "Lê 임 東京 Томск กรุง ရန် दिल्ली",
        "Chair <font size=40>&amp;</font>",
    ),
    (
        "Tomsk",
        "Томск",
        "Russia",
        "Asia/Tomsk",
        "Sergey",
        "Zhvachkin",
        False,
        "Сергей Жвачкин",
        "Governor",
    ),
)
LONG_TITLE = (
    "Deputy Governor in charge of Social Issues, Youth Policy, Sport, Culture, Tourism and "
    "International Cooperation of the Capital City, acting on behalf of the Governor"
)


@pytest.fixture
def all_scripts_meeting(services, all_scripts_fonts) -> int:
    """A meeting in every script: every city signs; the host (Tomsk) signs last."""
    import datetime as dt

    from anmc_desktop.records.cities import CityDraft
    from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
    from anmc_desktop.records.enums import PersonRole
    from anmc_desktop.records.meetings import MeetingDraft
    from anmc_desktop.records.persons import PersonDraft

    cities = {}
    for name, local, country, zone, *_ in ALL_SCRIPTS_CITIES:
        cities[name] = services.cities.create(CityDraft(name, local, country, time_zone=zone))
    meeting = services.meetings.create(
        MeetingDraft(
            "All Scripts Plenary",
            cities["Tomsk"].id,
            dt.date(2014, 9, 4),
            dt.date(2014, 9, 6),
            venue="Hall <A> & B",
        )
    )
    choices = []
    for name, _, _, _, given, family, first, native, title in ALL_SCRIPTS_CITIES:
        delegation = services.delegations.create_delegation(meeting.id, cities[name].id)
        services.delegations.add_person(
            delegation.id,
            PersonDraft(
                given_name=given,
                family_name=family,
                family_name_first=first,
                native_name=native,
                honorific="H.E.",
                role=PersonRole.HEAD,
                position=LONG_TITLE if name == "Ulaanbaatar" else title,
            ),
        )
        choices.append(SignatoryChoice(delegation.id))
    declaration = services.declarations.create(
        meeting.id,
        DeclarationDraft(
            title="Declaration of <All> Scripts & Cities",
            opening="We, the representatives of the cities, gathered in Tomsk,",
            preamble=tuple(f"being aware of point {n} of our common work," for n in range(6)),
            clauses=tuple(
                f"We will pursue aim {n} together, and review it <b>yearly</b> & openly "
                "at every plenary meeting of the network that follows this one."
                for n in range(9)
            ),
            place="Tomsk",
            signing_date=dt.date(2014, 9, 6),
            originals_count=len(choices),
        ),
    )
    services.declarations.set_signatories(declaration.id, choices)
    return meeting.id
