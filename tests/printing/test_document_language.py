"""Printed documents in a chosen document language: headings, column titles, roles,
statuses, programme days and badge role bands; names and data print as they are."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys

from anmc_desktop.cli import main
from anmc_desktop.printing.badges import render_badges
from anmc_desktop.printing.delegations import render_delegation_list
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.printing.wording import wording
from tests.printing.conftest import page_texts, pdf_text


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_the_programme_in_russian_has_russian_headings_days_and_kinds(
    services, sample_meeting_id, all_scripts_fonts
):
    document = services.print_data.programme(sample_meeting_id)
    text = _flat(render_programme(document.meeting, document.items, wording=wording("ru")))
    assert "Программа: 13th Plenary Meeting of the ANMC21" in text
    assert "четверг, 4 сентября 2014 г." in text
    assert "пятница, 5 сентября 2014 г." in text
    for column in ("Время", "Зал", "Пункт программы", "Модератор", "Выступающие"):
        assert column in text
    assert "ПЛЕНАРНОЕ ЗАСЕДАНИЕ" in text
    assert "Thursday" not in text and "Programme" not in text


def test_the_delegation_list_in_japanese_names_roles_and_statuses_in_japanese(
    services, sample_meeting_id, all_scripts_fonts
):
    document = services.print_data.delegations(sample_meeting_id)
    pdf = render_delegation_list(document.meeting, document.delegations, wording=wording("ja"))
    text = _flat(pdf)
    assert "代表団名簿" in text and "団長" in text and "役職" in text
    assert "随行職員" in text and "Staff" not in text and "List of delegations" not in text
    assert "Sergey Zhvachkin" in text  # names print as they are


def test_the_signatory_sheet_and_badges_in_russian(services, sample_meeting_id, all_scripts_fonts):
    declaration = services.print_data.declaration(sample_meeting_id)
    sheet = _flat(
        render_signatory_sheet(
            declaration.meeting, declaration.declaration, declaration.signatories,
            wording=wording("ru"),
        )
    )  # fmt: skip
    assert "Подписанты: Tomsk Declaration" in sheet and "Подписант" in sheet
    assert "Signatories" not in sheet
    participants = services.print_data.delegations(sample_meeting_id)
    badges = " ".join(
        page_texts(
            render_badges(participants.meeting, participants.delegations, wording=wording("ru"))
        )
    )
    assert "ГЛАВА ДЕЛЕГАЦИИ" in badges and "HEAD OF DELEGATION" not in badges


def test_print_language_option_of_the_command_line(
    database_path, sample_meeting_id, tmp_path, all_scripts_fonts
):
    output = tmp_path / "programme-ja.pdf"
    arguments = ["--database", str(database_path), "print", "programme", "--meeting",
                 str(sample_meeting_id), "-o", str(output), "--language", "ja"]  # fmt: skip
    assert main(arguments, out=io.StringIO()) == 0
    assert "2014年9月4日木曜日" in _flat(output.read_bytes())


def test_printing_in_a_language_loads_no_qt():
    code = (
        "import sys, datetime as dt\n"
        "from anmc_desktop.printing.wording import wording\n"
        "assert wording('ru').gettext('Programme: {title}').startswith('Программа')\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_meeting_dates_keep_full_month_names_in_every_language():
    """Russian's CLDR data has no interval with full month names: Babel alone would write
    "4—6 сент. 2014 г." in a letter."""
    first, last = dt.date(2014, 9, 4), dt.date(2014, 9, 6)
    russian = wording("ru")
    # CLDR writes "г." after a narrow no-break space
    assert russian.meeting_dates(first, last) == "4–6 сентября 2014\u202fг."
    assert russian.meeting_dates(dt.date(2014, 9, 30), dt.date(2014, 10, 2)) == (
        "30 сентября – 2 октября 2014\u202fг."
    )
    assert wording("ja").meeting_dates(first, last) == "2014年9月4日～6日"
    assert wording("en").meeting_dates(first, last) == "4-6 September 2014"


def test_a_placeholder_is_to_be_confirmed_in_the_document_language():
    assert wording("ru").name("(to be confirmed)", is_placeholder=True) == "(уточняется)"
    assert wording("ja").name("", is_placeholder=True) == "（未定）"
    assert wording("ja").name("Mayor's envoy", is_placeholder=True) == "Mayor's envoy"
    assert wording("ja").name("(to be confirmed)") == "(to be confirmed)"  # a real name
