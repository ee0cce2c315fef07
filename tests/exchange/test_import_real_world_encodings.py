"""Short files in the legacy encodings of the network's regions, without a byte order mark."""

from __future__ import annotations

import unicodedata

import pytest
from import_helpers import empty_meeting
from real_world_files import cities, imported, people

from anmc_desktop.exchange.text_decoding import decode_text
from anmc_desktop.services import Services


def _windows_1258(text: str) -> bytes:
    """Text as Vietnamese Windows saves it: letters with their tone as a combining mark."""
    out = bytearray()
    for letter in text:
        parts = unicodedata.normalize("NFD", letter)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("text", "encode"),
    [
        ("Фамилия;Город\r\nПопова;Томск\r\n", lambda t: t.encode("cp1251")),
        ("Фамилия;Город\r\nПопова;Томск\r\n", lambda t: t.encode("koi8_r")),
        ("ФИО\r\nЁжиков Пётр\r\n", lambda t: t.encode("cp1251")),
        ("氏名,都市\r\n山田 太郎,東京\r\n", lambda t: t.encode("cp932")),
        ("성명,직위,도시\r\n김민준,국장,서울\r\n", lambda t: t.encode("cp949")),
        ("姓名,职务,城市\r\n王伟,副市长,北京\r\n", lambda t: t.encode("gb18030")),
        ("姓名,職務,城市\r\n王偉,副市長,臺北\r\n", lambda t: t.encode("big5")),
        ("ชื่อ;เมือง\r\nสมชาย;กรุงเทพมหานคร\r\n", lambda t: t.encode("cp874")),
        ("Name,City\r\nJosé Müller,Manila\r\n", lambda t: t.encode("cp1252")),
        ("Họ;Tên;Thành phố\r\nNguyễn;Văn An;Hà Nội\r\n", _windows_1258),
    ],
)
def test_a_short_file_is_decoded_right(text: str, encode):
    assert decode_text(encode(text), "short.csv") == text


def test_vietnamese_windows_1258_imports_composed_names(
    services: Services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = tmp_path / "hanoi.csv"
    path.write_bytes(
        _windows_1258("Họ;Tên;Chức vụ;Thành phố\r\nNguyễn;Văn An;Phó Chủ tịch;Hà Nội\r\n")
    )

    imported(services, meeting_id, path)

    an = people(services, meeting_id)["Nguyễn"]
    assert (an.given_name, an.position) == ("Văn An", "Phó Chủ tịch")
    assert cities(services, meeting_id) == {"Nguyễn": "Hanoi"}
