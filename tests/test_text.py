from __future__ import annotations

import pytest

from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.text import display_name, person_search_text, search_key, search_text


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


@pytest.mark.parametrize(
    "parts",
    [
        ("Hồng Sơn", "Lê", "Лё Хонг Шон", "Vice  Mayor"),
        ("Jürgen", "Straße", "", "ﬁnance  officer"),
        ("ＡＢＣ", "ﾊﾝｶﾞﾘｰ", "김 철수", "\u0301Chief"),
        ("Σοφία", "ΣΑΣ", "İstanbul", "Deputy\u00a0Mayor"),
        ("\u1100", "\u1161", " ", None),  # Hangul jamo that compose when adjacent
    ],
)
def test_a_search_text_is_the_search_key_of_its_parts_joined(
    parts: tuple[str | None, ...],
) -> None:
    # Folding part by part (each part's key remembered) gives what folding the whole does.
    assert search_text(parts) == search_key(" ".join(part or "" for part in parts))


def test_a_persons_search_text_holds_the_latin_and_native_names_and_the_position() -> None:
    person = PersonDraft(
        given_name="Hồng Sơn",
        family_name="Lê",
        native_name="Лё Хонг Шон",
        position="Vice Mayor",
        email="ignored@example.org",
        notes="Ignored",
    )
    assert person_search_text(person) == "hong son le ле хонг шон vice mayor"
