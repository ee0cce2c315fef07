"""City names as the network's members write them, in their own scripts and forms."""

from __future__ import annotations

import pytest

from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity

# The sample meeting's cities.
CITIES = [
    KnownCity(1, "Tokyo", "東京"),
    KnownCity(2, "Taipei", "臺北"),
    KnownCity(3, "Manila", "Maynila"),
    KnownCity(5, "Singapore", "新加坡"),
    KnownCity(6, "Kuala Lumpur", "Kuala Lumpur"),
    KnownCity(7, "Bangkok", "กรุงเทพมหานคร"),
    KnownCity(9, "Hanoi", "Hà Nội"),
    KnownCity(10, "Seoul", "서울"),
    KnownCity(11, "Ulaanbaatar", "Улаанбаатар"),
    KnownCity(13, "Tomsk", "Томск"),
]


@pytest.mark.parametrize(
    ("written", "city_id"),
    [
        ("東京都", 1),
        ("东京", 1),
        ("トウキョウ", None),
        ("臺北市", 2),
        ("台北", 2),
        ("台北市", 2),
        ("서울특별시", 10),
        ("서울시", 10),
        ("首尔", 10),
        ("ソウル", 10),
        ("Seoul Metropolitan Government", 10),
        ("Thành phố Hà Nội", 9),
        ("TP. Hà Nội", 9),
        ("河内", 9),
        ("ウランバートル", 11),
        ("Город Томск", 13),
        ("г.Томск", 13),
        ("City of Manila", 3),
        ("吉隆坡", 6),
        ("曼谷", 7),
        ("市", None),
        ("都", None),
    ],
)
def test_city_names_in_the_network_s_scripts(written: str, city_id: int | None):
    assert CityMatcher(CITIES).match(written) == city_id
