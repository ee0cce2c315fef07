"""The closing formula of each authentic text ("Done at ..."), in that text's language.

It is built from the place, the date, the number of originals and the languages of the
versions that exist, so it never claims a text that the declaration does not hold. Each
version names its own language first, as treaty practice has it ("каждый на русском и
английском языках" in the Russian text). Languages without a formula here get none: the
organizer types it (the pre-print check asks for it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from anmc_desktop.records.languages import language_name

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)  # fmt: skip
# "в двух экземплярах": the numeral in the prepositional case.
_RUSSIAN_NUMBERS = (
    "одном", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти",
    "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати",
    "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати", "двадцати",
)  # fmt: skip
_RUSSIAN_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
# "на английском и русском языках": the adjective in the prepositional case.
_RUSSIAN_LANGUAGES = {
    "en": "английском", "ru": "русском", "ja": "японском", "ko": "корейском",
    "zh": "китайском", "vi": "вьетнамском", "th": "тайском", "my": "бирманском",
    "id": "индонезийском", "ms": "малайском", "mn": "монгольском", "fr": "французском",
    "de": "немецком", "es": "испанском",
}  # fmt: skip


def number_in_words(count: int) -> str:
    return _NUMBER_WORDS[count - 1] if 1 <= count <= len(_NUMBER_WORDS) else str(count)


def own_language_first(language: str, languages: Sequence[str]) -> list[str]:
    return [language, *(other for other in languages if other != language)]


def _listed(names: Sequence[str], conjunction: str) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {conjunction} {names[-1]}"


def english_testimonium(
    place: str, signing_date: dt.date | None, languages: Sequence[str], originals_count: int
) -> str:
    """E.g. "Done at Tomsk on 6 September 2014 in two originals, each in the English and
    Russian languages, both texts being equally authentic."."""
    done = "Done"
    if place:
        done += f" at {place}"
    if signing_date:
        done += f" on {signing_date.day} {signing_date:%B %Y}"
    if originals_count == 1:
        done += " in one original"
    else:
        done += f" in {number_in_words(originals_count)} originals"
    names = [language_name(code) for code in languages]
    if len(names) == 1:
        done += f" in the {names[0]} language"
    elif names:
        each = ", each" if originals_count > 1 else ""
        authentic = "both texts" if len(names) == 2 else "all texts"
        done += f"{each} in the {_listed(names, 'and')} languages, {authentic} being equally"
        done += " authentic"
    return f"{done}."


def russian_testimonium(
    place: str, signing_date: dt.date | None, languages: Sequence[str], originals_count: int
) -> str:
    """E.g. "Совершено в Томске 6 сентября 2014 года в двух экземплярах, каждый на русском и
    английском языках, причем оба текста имеют одинаковую силу."; ``place`` as it follows
    "в" (Томске). "" if a language has no Russian name here."""
    if any(code not in _RUSSIAN_LANGUAGES for code in languages):
        return ""
    done = "Совершено"
    if place:
        done += f" в {place}"
    if signing_date:
        month = _RUSSIAN_MONTHS[signing_date.month - 1]
        done += f" {signing_date.day} {month} {signing_date.year} года"
    if 1 <= originals_count <= len(_RUSSIAN_NUMBERS):
        number = _RUSSIAN_NUMBERS[originals_count - 1]
    else:
        number = str(originals_count)
    done += f" в {number} {'экземпляре' if originals_count == 1 else 'экземплярах'}"
    names = [_RUSSIAN_LANGUAGES[code] for code in languages]
    if len(names) == 1:
        done += f" на {names[0]} языке"
    elif names:
        each = ", каждый" if originals_count > 1 else ""
        authentic = "оба текста" if len(names) == 2 else "все тексты"
        done += f"{each} на {_listed(names, 'и')} языках, причем {authentic} имеют одинаковую силу"
    return f"{done}."


_FORMULAS = {"en": english_testimonium, "ru": russian_testimonium}


def build_testimonium(
    language: str,
    place: str,
    signing_date: dt.date | None,
    languages: Sequence[str],
    originals_count: int,
) -> str:
    """The testimonium of the ``language`` version, naming all ``languages`` (the codes of
    the versions that exist); "" where this language has no formula here."""
    formula = _FORMULAS.get(language)
    if formula is None:
        return ""
    return formula(place, signing_date, own_language_first(language, languages), originals_count)
