"""A row's given and family name from a whole name, and the key that matches names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from anyascii import anyascii

from anmc_desktop.exchange.header_recognition import family_name_first
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.records.person_import import RowProblem
from anmc_desktop.text import search_key


def name_key(given: str, family: str, native: str) -> str:
    """The folded Latin name, or the native name for someone without one."""
    return search_key(f"{given} {family}") or search_key(native)


_LETTERS_ONLY = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class RowName:
    """A person's names as a row or the database gives them, and the forms they may take
    in another list: family name first, or in another script."""

    given: str
    family: str
    native: str

    @cached_property
    def key(self) -> str:
        return name_key(self.given, self.family, self.native)

    @cached_property
    def other_forms(self) -> frozenset[str]:
        """Folded: the Latin name the other way round; the native name in both orders;
        and each of them transliterated to Latin letters (anyascii), so that "Жвачкин
        Сергей" finds Sergey Zhvachkin by his native name and "Попова Ольга" finds Olga
        Popova by transliteration."""
        latin = f"{self.given} {self.family}".split()
        native = self.native.split()
        forms = {" ".join(reversed(latin)), " ".join(native), " ".join(reversed(native))}
        # Transliteration marks such as the apostrophe of a soft sign ("Ol'ga") are dropped.
        forms |= {_LETTERS_ONLY.sub("", anyascii(form)) for form in forms | {" ".join(latin)}}
        return frozenset(key for form in forms if (key := search_key(form)))


def names_from_full(
    full: str, given: str, family: str, header: Mapping[Field, str], problems: list[RowProblem]
) -> tuple[str, str]:
    """The given and family name, the one missing taken from the full name.

    Without either, the full name is split (see _split_full_name). With one of them, the
    other is the rest of the full name once that one's words are taken out of it ("Ivan
    Petrov" with the family name "Petrov": Ivan; "Иванов Иван Иванович" with "Иванов":
    Иван Иванович). A full name without the other's words (another spelling or script,
    a typo) is a problem of the row: which name is right is the user's to say, and
    dropping either would lose text.
    """
    if not (given or family):
        return _split_full_name(full, header[Field.FULL_NAME])
    known, known_field = (family, Field.FAMILY_NAME) if family else (given, Field.GIVEN_NAME)
    rest = _without_words(full, known)
    if rest is None:
        problems.append(
            RowProblem(
                header[Field.FULL_NAME],
                f"{full!r} does not hold the {known_field.label.casefold()} {known!r} "
                f"of column {header[known_field]}; correct one of them, or give the "
                f"{'given' if family else 'family'} name a column of its own.",
            )
        )
        return given, family
    return (rest, family) if family else (given, rest)


def _without_words(text: str, words: str) -> str | None:
    """``text`` without the run of ``words`` in it, compared folded and without the commas
    around them ("Petrov, Ivan" without "petrov": Ivan); None if it does not hold them."""
    parts = text.split()
    keys = [search_key(part.strip(",;")) for part in parts]
    wanted = [search_key(word.strip(",;")) for word in words.split()]
    for start in range(len(parts) - len(wanted) + 1):
        if keys[start : start + len(wanted)] == wanted:
            rest = parts[:start] + parts[start + len(wanted) :]
            return " ".join(part.strip(",;") for part in rest).strip()
    return None


def holds_words(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` as whole words (folded)."""
    return bool(words) and _without_words(text, words) is not None


def _split_full_name(full: str, header: str) -> tuple[str, str]:
    """The given and family name in a whole name: "Ivan Petrov" -> (Ivan, Petrov); family
    name first after a comma ("Smith, John") or under a header that says so ("Иванов Иван
    Иванович" under ФИО, "Petrov Ivan" under "Last name, first name")."""
    family, comma, given = full.partition(",")
    if comma and family.strip() and given.strip():
        return " ".join(given.split()), " ".join(family.split())
    parts = full.replace(",", " ").split()
    if len(parts) == 1:
        return "", parts[0]
    if family_name_first(header):
        return " ".join(parts[1:]), parts[0]
    return " ".join(parts[:-1]), parts[-1]
