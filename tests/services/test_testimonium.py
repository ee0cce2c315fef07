"""The testimonium of each authentic text, in its language, from the texts that exist."""

from __future__ import annotations

import datetime as dt

import pytest

from anmc_desktop.records.testimonium import build_testimonium

SIXTH = dt.date(2014, 9, 6)


@pytest.mark.parametrize(
    ("language", "place", "date", "languages", "originals", "expected"),
    [
        ("en", "Tomsk", SIXTH, ["en"], 5,
         "Done at Tomsk on 6 September 2014 in five originals in the English language."),
        ("en", "Tomsk", SIXTH, ["en", "ru"], 2,
         "Done at Tomsk on 6 September 2014 in two originals, each in the English and Russian "
         "languages, both texts being equally authentic."),
        ("ru", "Томске", SIXTH, ["en", "ru"], 2,
         "Совершено в Томске 6 сентября 2014 года в двух экземплярах, каждый на русском и "
         "английском языках, причем оба текста имеют одинаковую силу."),
        ("en", "Seoul", dt.date(2015, 10, 1), ["en", "ko", "ru"], 1,
         "Done at Seoul on 1 October 2015 in one original in the English, Korean and Russian "
         "languages, all texts being equally authentic."),
        ("ru", "Сеуле", dt.date(2015, 10, 1), ["en", "ko", "ru"], 3,
         "Совершено в Сеуле 1 октября 2015 года в трех экземплярах, каждый на русском, "
         "английском и корейском языках, причем все тексты имеют одинаковую силу."),
        ("ru", "Томске", SIXTH, ["ru"], 1,
         "Совершено в Томске 6 сентября 2014 года в одном экземпляре на русском языке."),
        ("en", "", None, ["en"], 1, "Done in one original in the English language."),
        ("en", "Delhi", None, ["en"], 25, "Done at Delhi in 25 originals in the English language."),
        ("ja", "Tomsk", SIXTH, ["en", "ja"], 2, ""),
        ("ru", "Дели", SIXTH, ["ru", "hi"], 2, ""),
    ],
)  # fmt: skip
def test_each_version_names_its_own_language_first_in_its_own_formula(
    language, place, date, languages, originals, expected
) -> None:
    assert build_testimonium(language, place, date, languages, originals) == expected
