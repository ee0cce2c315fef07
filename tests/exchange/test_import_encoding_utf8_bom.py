"""A CSV saved by Excel as "CSV UTF-8": a byte order mark before the header."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.services import Services


def test_utf8_with_bom_reads_the_first_header(services: Services, sample_meeting_id, tmp_path):
    # GIVEN a UTF-8 CSV with a BOM (which must not stick to the first header, "City")
    meeting_id = empty_meeting(services, sample_meeting_id)
    text = "City;Family name;Given name\nHà Nội;Nguyễn;Thị Lan\n"
    path = write_text(tmp_path, "people.csv", text, "utf-8-sig")

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN the city column was recognised and the Vietnamese name kept
    assert preview.header_row == 1
    [person] = persons_of(services, meeting_id)["Hanoi"]
    assert (person.family_name, person.given_name) == ("Nguyễn", "Thị Lan")
