"""A CSV saved as UTF-8 without a byte order mark, names in every script."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.services import Services

TEXT = (
    "City,Family name,Given name,Name in native script,Position\n"
    "Hanoi,Lê,Hồng Sơn,Lê Hồng Sơn,Vice Chairman\n"
    "Seoul,Im,Jong-seok,임종석,Vice Mayor\n"
    "Bangkok,Srisai,Suda,สุดา ศรีสาย,Adviser\n"
    "Yangon,Myint,Hla,လှ မြင့်,Mayor\n"
    "Delhi,Sharma,Priya,प्रिया शर्मा,Councillor\n"
    "Tokyo,Sato,Sakura,佐藤さくら,Interpreter\n"
    "Taipei,Ko,Wen-je,柯文哲,Mayor\n"
    "Ulaanbaatar,Bat,Erdene,Батын Эрдэнэ,Governor\n"
)


def test_utf8_without_bom_keeps_every_script(services: Services, sample_meeting_id, tmp_path):
    # GIVEN a UTF-8 CSV without BOM and a meeting without delegations
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "people.csv", TEXT, "utf-8")

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN every row is new and every native name arrives intact
    assert preview.count(preview.rows[0].status) == 8
    natives = {p.native_name for ps in persons_of(services, meeting_id).values() for p in ps}
    assert natives == {
        "Lê Hồng Sơn",
        "임종석",
        "สุดา ศรีสาย",
        "လှ မြင့်",
        "प्रिया शर्मा",
        "佐藤さくら",
        "柯文哲",
        "Батын Эрдэнэ",
    }
