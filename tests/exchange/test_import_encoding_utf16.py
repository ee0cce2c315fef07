"""A CSV saved as UTF-16 ("Unicode text" in Excel: tab-separated, with a BOM)."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.services import Services


def test_utf16_tab_separated_unicode_text(services: Services, sample_meeting_id, tmp_path):
    # GIVEN a UTF-16 file with tabs between the cells
    meeting_id = empty_meeting(services, sample_meeting_id)
    text = (
        "City\tFamily name\tGiven name\tNative name\n"
        "Seoul\tPark\tHa-eun\t박하은\n"
        "Tomsk\tPopov\tIvan\tИван Попов\n"
    )
    path = write_text(tmp_path, "people.txt", text, "utf-16")

    # WHEN it is imported
    import_file(services, meeting_id, path)

    # THEN the Hangul and Cyrillic names arrive intact
    persons = persons_of(services, meeting_id)
    assert persons["Seoul"][0].native_name == "박하은"
    assert persons["Tomsk"][0].native_name == "Иван Попов"


def test_utf16_without_bom_is_recognised(services: Services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "people.csv", "City,Family name\nTokyo,Masuzoe\n", "utf-16-le")

    import_file(services, meeting_id, path)

    assert persons_of(services, meeting_id)["Tokyo"][0].family_name == "Masuzoe"
