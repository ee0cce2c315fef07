from __future__ import annotations

import pytest

from anmc_desktop.text import display_name, search_key


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Lê Hồng Sơn", "le hong son"),
        ("Đà Nẵng", "da nang"),
        ("ЖВАЧКИН", "жвачкин"),
        ("  Im   Jong-seok ", "im jong-seok"),
        ("임종석", "임종석"),
        ("舛添要一", "舛添要一"),
    ],
)
def test_search_keys_ignore_case_accents_and_spacing(typed: str, key: str) -> None:
    assert search_key(typed) == key


def test_display_name_follows_the_family_name_first_flag() -> None:
    assert display_name("Hong Son", "Le", True) == "Le Hong Son"
    assert display_name("Yoichi", "Masuzoe", False) == "Yoichi Masuzoe"
    assert display_name("", "Enkhtsengel", False) == "Enkhtsengel"
