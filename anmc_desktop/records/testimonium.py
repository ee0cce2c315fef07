"""The closing formula of a declaration, built from its place, date and originals."""

from __future__ import annotations

import datetime as dt

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)  # fmt: skip


def number_in_words(count: int) -> str:
    return _NUMBER_WORDS[count - 1] if 1 <= count <= len(_NUMBER_WORDS) else str(count)


def split_languages(languages: str) -> list[str]:
    return [part.strip() for part in languages.replace(";", ",").split(",") if part.strip()]


def build_testimonium(
    place: str, signing_date: dt.date | None, languages: str, originals_count: int
) -> str:
    """E.g. "Done at Tomsk on 6 September 2014, in five originals in the English language."."""
    done = "Done"
    if place:
        done += f" at {place}"
    if signing_date:
        done += f" on {signing_date.day} {signing_date:%B %Y}"
    originals = (
        "in one original"
        if originals_count == 1
        else f"in {number_in_words(originals_count)} originals"
    )
    names = split_languages(languages)
    if not names:
        language_part = ""
    elif len(names) == 1:
        language_part = f" in the {names[0]} language"
    else:
        listed = ", ".join(names[:-1]) + f" and {names[-1]}"
        each = ", each text being equally authentic" if originals_count >= 1 else ""
        language_part = f" in the {listed} languages{each}"
    return f"{done}, {originals}{language_part}."
