"""A CSV saved by a Japanese Excel: Shift-JIS."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.services import Services

TEXT = (
    "City,Family name,Given name,Native name,Position,Notes\n"
    "Tokyo,Masuzoe,Yoichi,舛添要一,Governor,東京都知事\n"
    "Tokyo,Suzuki,Takeshi,鈴木武,Interpreter,通訳・英語\n"
    "Tokyo,Sato,Sakura,佐藤さくら,Staff,会議の受付を担当します\n"
)


def test_shift_jis_is_detected(services: Services, sample_meeting_id, tmp_path):
    # GIVEN a Shift-JIS CSV with kanji and kana
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "tokyo.csv", TEXT, "shift_jis")

    # WHEN it is imported
    import_file(services, meeting_id, path)

    # THEN the Japanese text is decoded, not garbled
    persons = {p.family_name: p for p in persons_of(services, meeting_id)["Tokyo"]}
    assert persons["Masuzoe"].native_name == "舛添要一"
    assert persons["Sato"].notes == "会議の受付を担当します"
    assert persons["Suzuki"].notes == "通訳・英語"
