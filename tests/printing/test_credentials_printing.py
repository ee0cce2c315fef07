"""What the signatory sheet and the print command say of full powers, ad referendum and
the alternat."""

from __future__ import annotations

import io

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.printing.signatories import render_signatory_sheet
from tests.printing.conftest import page_texts


def _mark_seoul_and_tokyo(services, meeting_id) -> None:
    """Seoul's full powers arrived; Tokyo signs ad referendum."""
    declaration = services.declarations.get_for_meeting(meeting_id)
    for signatory in services.declarations.list_signatories(declaration.id):
        services.declarations.set_signatory_credentials(
            signatory.id, signatory.city_name == "Seoul", signatory.city_name == "Tokyo"
        )


def test_the_signatory_sheet_shows_missing_full_powers_and_ad_referendum(
    services, sample_meeting_id, all_scripts_fonts
):
    _mark_seoul_and_tokyo(services, sample_meeting_id)
    document = services.print_data.declaration(sample_meeting_id)
    pdf = render_signatory_sheet(document.meeting, document.declaration, document.signatories)
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "Full powers or credentials letter missing for 4 of 5" in text
    assert text.count("MISSING") == 4
    assert text.count("received") == 1
    assert "ad referendum" in text


def _print(database_path, meeting_id, output, *options):
    argv = ["--database", str(database_path), "print", "declaration", "--meeting"]
    return main([*argv, str(meeting_id), "-o", str(output), *options], out=io.StringIO())


def test_printing_names_what_is_missing_before_the_final_print(
    services, database_path, sample_meeting_id, tmp_path, capsys, all_scripts_fonts
):
    _mark_seoul_and_tokyo(services, sample_meeting_id)
    code = _print(database_path, sample_meeting_id, tmp_path / "draft.pdf")
    assert code == 0
    errors = capsys.readouterr().err
    assert "Before the final print:" in errors
    assert "no full powers or credentials letter from Hanoi (Le Hong Son) yet." in errors
    assert "Seoul" not in errors
    assert "Tokyo (Yoichi Masuzoe) signs ad referendum." in errors


def test_the_alternat_without_one_original_per_city_is_refused(
    database_path, sample_meeting_id, tmp_path, capsys
):
    output = tmp_path / "alternat.pdf"
    code = _print(database_path, sample_meeting_id, output, "--alternat")
    assert code == EXIT_USER_ERROR
    assert "needs one original per signing city (--originals per-city)" in (capsys.readouterr().err)
    assert not output.exists()
