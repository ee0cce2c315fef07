"""Invitation and visa support letters (issue 18, part 2): filled templates in the
delegation's language, the letterhead on top, PDF read back, .docx and zips opened."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.letter_text import LetterKind, fill, letters
from anmc_desktop.printing.letters import LetterOptions, render_letters
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, DelegationSummary, PersonRecord
from tests.printing.conftest import pdf_text

MEETING = MeetingRecord(
    id=1, title="14th Plenary Meeting", number=14, host_city_id=1, host_city_name="Tomsk",
    time_zone="Asia/Tomsk", venue="Tomsk Region Administration",
    first_day=dt.date(2030, 9, 4), last_day=dt.date(2030, 9, 6), theme="Cities", version=1,
)  # fmt: skip
TODAY = dt.date(2030, 6, 1)


def _delegation(
    city_id: int, city: str, local: str, country: str, persons: list[PersonRecord]
) -> DelegationDetail:
    summary = DelegationSummary(
        id=city_id, meeting_id=1, city_id=city_id, city_name=city, city_local_name=local,
        status=DelegationStatus.CONFIRMED, proxy_to_id=None, proxy_to_city=None,
        head_name=None, head_is_placeholder=False, person_count=len(persons), notes="",
        version=1, city_country=country,
    )  # fmt: skip
    return DelegationDetail(summary, persons)


HANOI = _delegation(2, "Hanoi", "Hà Nội", "Viet Nam", [
    PersonRecord(given_name="Hong Son", family_name="Le", family_name_first=True,
                 native_name="Lê Hồng Sơn", honorific="H.E.", position="Vice Chairman",
                 role=PersonRole.HEAD, passport_number="B1234567",
                 passport_expiry=dt.date(2033, 1, 31), nationality="Vietnamese"),
    PersonRecord(given_name="Thu Ha", family_name="Nguyen", family_name_first=True,
                 role=PersonRole.INTERPRETER),
])  # fmt: skip
ASTANA = _delegation(3, "Astana", "Астана", "Kazakhstan", [
    PersonRecord(given_name="Asel", family_name="Nurova", native_name="Асель Нурова",
                 honorific="Ms", position="Akim", role=PersonRole.HEAD),
])  # fmt: skip
OSAKA = _delegation(4, "Osaka", "大阪", "Japan", [
    PersonRecord(given_name="Ichiro", family_name="Matsui", native_name="松井一郎",
                 position="Mayor", role=PersonRole.HEAD, arrival=dt.datetime(2030, 9, 3, 14, 5)),
])  # fmt: skip
HOST = _delegation(1, "Tomsk", "Томск", "Russia", [
    PersonRecord(given_name="Sergey", family_name="Zhvachkin", role=PersonRole.HEAD),
])  # fmt: skip
DELEGATIONS = [HOST, HANOI, ASTANA]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 100), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def _text(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_a_line_whose_placeholders_are_all_empty_is_left_out():
    values = {"passport_number": "", "name": "Ann"}
    assert fill("Dear ${name},\nPassport ${passport_number}\n\nBye", values) == (
        ("Dear Ann,",),
        ("Bye",),
    )


def test_invitations_go_to_visiting_heads_in_their_language(all_scripts_fonts):
    found = letters(LetterKind.INVITATION, MEETING, DELEGATIONS, today=TODAY)
    assert [(letter.city, letter.language) for letter in found] == [
        ("Astana", "ru"),
        ("Hanoi", "en"),
    ]
    pdf = render_letters(LetterKind.INVITATION, MEETING, DELEGATIONS)
    text = _text(pdf)
    # Russian for Kazakhstan: native name, city and dates in Russian, shaped and read back
    assert "Уважаемый (-ая) Ms Асель Нурова!" in text
    assert "4–6 сентября 2030 г." in text
    assert "Dear H.E. Le Hong Son," in text
    assert "Zhvachkin" not in text  # the host invites no one of its own
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2


def test_a_city_gets_its_own_language_else_the_document_language(all_scripts_fonts):
    delegations = [HOST, HANOI, ASTANA, OSAKA]
    for document_language, hanoi in (("en", "en"), ("ru", "ru"), ("ja", "ja")):
        found = letters(LetterKind.INVITATION, MEETING, delegations, today=TODAY,
                        document_language=document_language)  # fmt: skip
        assert [(letter.city, letter.language) for letter in found] == [
            ("Astana", "ru"), ("Hanoi", hanoi), ("Osaka", "ja"),
        ]  # fmt: skip


def test_japanese_letters_write_names_and_dates_in_japanese(all_scripts_fonts):
    pdf = render_letters(LetterKind.INVITATION, MEETING, [HOST, OSAKA])
    text = _text(pdf)
    assert "松井一郎 様" in text and "大阪代表団の皆様" in text
    assert "2030年9月4日~6日" in "".join(text.split())  # read back NFKC: ～ is ~
    visa = _text(render_letters(LetterKind.VISA, MEETING, [HOST, OSAKA]))
    assert "査証発給に関する依頼状" in visa and "到着予定:2030年9月3日 14:05" in visa  # NFKC
    assert "出発予定" not in visa  # no departure known: its line is left out


def test_japanese_paragraphs_print_their_kana_not_discretionary_ligatures(all_scripts_fonts):
    """ReportLab's shaper asked for "dlig", with which a Japanese font sets ます as 〼
    and グラム as ㌘, drawn as empty boxes; read back raw (no NFKC), the letters say what
    was typed."""
    pdf = render_letters(LetterKind.VISA, MEETING, [HOST, OSAKA])
    raw = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "くださいますよう" in "".join(raw.split()) and "プログラム" in raw
    assert "〼" not in raw and "㌘" not in raw


def test_an_unnamed_head_is_addressed_in_the_letter_language(all_scripts_fonts):
    unnamed = _delegation(5, "Manila", "Maynila", "Philippines", [
        PersonRecord(family_name="(to be confirmed)", role=PersonRole.HEAD, is_placeholder=True),
    ])  # fmt: skip
    for language, head in (("ru", "Глава делегации города Manila"), ("ja", "Manila代表団団長")):
        found = letters(LetterKind.INVITATION, MEETING, [HOST, unnamed], today=TODAY,
                        document_language=language)  # fmt: skip
        assert found[0].recipient == head


def test_visa_letters_carry_passport_details_where_present(all_scripts_fonts):
    pdf = render_letters(LetterKind.VISA, MEETING, [HANOI])
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert "Passport number: B1234567, valid until 31 January 2033" in pages[0]
    assert "Nationality: Vietnamese" in pages[0]
    assert "Passport number" not in pages[1]  # the interpreter has none
    assert "Thu Ha" in pages[1] or "Nguyen Thu Ha" in pages[1]


def test_the_letterhead_is_drawn_on_every_letter(all_scripts_fonts):
    options = LetterOptions(letterhead=_png())
    pdf = render_letters(LetterKind.INVITATION, MEETING, DELEGATIONS, options)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert len(page.images) == 1


def test_one_file_per_delegation_as_pdf_or_docx(all_scripts_fonts):
    options = LetterOptions(per_delegation=True)
    archive = zipfile.ZipFile(io.BytesIO(render_letters(LetterKind.VISA, MEETING, DELEGATIONS,
                                                        options)))  # fmt: skip
    assert archive.namelist() == ["visa-Astana.pdf", "visa-Hanoi.pdf"]
    assert "Асель Нурова" in _text(archive.read("visa-Astana.pdf"))
    options = LetterOptions(per_delegation=True, docx=True, letterhead=_png())
    archive = zipfile.ZipFile(io.BytesIO(render_letters(LetterKind.VISA, MEETING, DELEGATIONS,
                                                        options)))  # fmt: skip
    document = docx.Document(io.BytesIO(archive.read("visa-Hanoi.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Passport number: B1234567, valid until 31 January 2033" in "\n".join(texts)
    assert len(document.inline_shapes) == 2  # a letterhead on each of the two letters


def test_a_template_of_ones_own_is_used_for_every_delegation(all_scripts_fonts):
    template = "To ${full_name} of ${city}: welcome to ${meeting_title}, $$50 paid."
    options = LetterOptions(template=template)
    text = _text(render_letters(LetterKind.INVITATION, MEETING, DELEGATIONS, options))
    assert "To Ms Asel Nurova of Astana: welcome to 14th Plenary Meeting, $50 paid." in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (LetterOptions(template="Hi ${nmae}"), "unknown placeholders: nmae"),
        (LetterOptions(template="Costs $ 5"), r"write \$\$ for a dollar sign"),
        (LetterOptions(letterhead=b"GIF89a..."), "must be a PNG or JPEG image"),
        (LetterOptions(letterhead=b"\x89PNG\r\n\x1a\nbroken"), "cannot be read"),
    ],
)
def test_a_bad_template_or_letterhead_is_refused_with_its_reason(options, message):
    with pytest.raises(UserFacingError, match=message):
        render_letters(LetterKind.INVITATION, MEETING, DELEGATIONS, options)
