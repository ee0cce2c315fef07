"""Cities are found however a spreadsheet's author spelled them."""

from __future__ import annotations

import pytest

from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity

CITIES = [
    KnownCity(1, "Ulaanbaatar", "Улаанбаатар"),
    KnownCity(2, "Tomsk", "Томск"),
    KnownCity(3, "Kuala Lumpur", "Kuala Lumpur"),
    KnownCity(4, "Hanoi", "Hà Nội"),
    KnownCity(5, "Delhi", "दिल्ली"),
    KnownCity(6, "Tokyo", "東京"),
    KnownCity(7, "Bangkok", "กรุงเทพมหานคร"),
    KnownCity(8, "Yangon", "ရန်ကုန်"),
]


@pytest.mark.parametrize(
    ("written", "city_id"),
    [
        ("Ulan Bator", 1),
        ("ULAANBAATAR", 1),
        ("Улаанбаатар", 1),
        ("Улан-Батор", 1),
        ("  tomsk ", 2),
        ("г. Томск", 2),
        ("kualalumpur", 3),
        ("Kuala-Lumpur", 3),
        ("Ha Noi", 4),
        ("Hà Nội", 4),
        ("HANOI", 4),
        ("New Delhi", 5),
        ("दिल्ली", 5),
        ("東京", 6),
        ("Tokyo City", 6),
        ("กรุงเทพมหานคร", 7),
        ("Rangoon", 8),
        ("Bangkok Metropolis", 7),
        ("Ulaanbataar", 1),  # a close misspelling of one city
    ],
)
def test_spellings_that_mean_a_member_city(written, city_id):
    assert CityMatcher(CITIES).match(written) == city_id


@pytest.mark.parametrize("written", ["Atlantis", "", "   ", "Kuala", "T"])
def test_names_of_no_member_city_match_nothing(written):
    assert CityMatcher(CITIES).match(written) is None
