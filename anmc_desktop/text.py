"""Text helpers shared by every layer: search keys, stored search texts and display names."""

from __future__ import annotations

import functools
import operator
import unicodedata
from collections.abc import Iterable
from typing import Protocol

# Letters that carry no combining mark in Unicode and so survive NFKD untouched.
_FOLD_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})


def search_key(text: str) -> str:
    """Fold text for case- and accent-insensitive matching ("Lê Hồng Sơn" -> "le hong son")."""
    if text.isascii():  # no accents to strip: the common case, kept fast for imports
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.translate(_FOLD_EXTRA)
    # Re-compose so that scripts whose syllables decompose (Hangul) match typed input.
    return " ".join(unicodedata.normalize("NFC", folded).split())


# search_key remembered: the same given names, family names and positions recur in a list
# of thousands of persons (an import) and in every person's search text.
_part_key = functools.lru_cache(maxsize=65536)(search_key)

# The fields of a person and of a city whose words the search finds.
PERSON_SEARCH_FIELDS = ("given_name", "family_name", "native_name", "position")
_CITY_SEARCH_FIELDS = ("name_en", "name_local", "country")
_person_search_parts = operator.attrgetter(*PERSON_SEARCH_FIELDS)
_city_search_parts = operator.attrgetter(*_CITY_SEARCH_FIELDS)


class SearchedPerson(Protocol):
    """Anything with a person's searched fields: the model, a draft, a record."""

    @property
    def given_name(self) -> str | None: ...
    @property
    def family_name(self) -> str | None: ...
    @property
    def native_name(self) -> str | None: ...
    @property
    def position(self) -> str | None: ...


class SearchedCity(Protocol):
    """Anything with a city's searched fields: the model, a draft, a record."""

    @property
    def name_en(self) -> str | None: ...
    @property
    def name_local(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...


def search_text(parts: Iterable[str | None]) -> str:
    """The text a ``search_text`` column stores: the search keys of the parts joined by
    spaces, empty parts left out; the search looks for each typed word in it.

    Folded part by part, each part's key remembered: the key of parts joined by a space is
    the keys of the parts joined by a space, since each step of search_key maps characters
    one by one or, for normalization, never across a space.
    """
    return " ".join(filter(None, map(_part_key, filter(None, parts))))


def person_search_text(person: SearchedPerson) -> str:
    """The search text of a person: every writer of a person stores this one."""
    return search_text(_person_search_parts(person))


def city_search_text(city: SearchedCity) -> str:
    """The search text of a city: every writer of a city stores this one."""
    return search_text(_city_search_parts(city))


def clean(text: str | None) -> str:
    """Trim and NFC-normalize user input; None becomes the empty string."""
    if text is None:
        return ""
    if text.isascii():  # NFC leaves ASCII as it is
        return text.strip()
    return unicodedata.normalize("NFC", text).strip()


def display_name(given_name: str, family_name: str, family_name_first: bool) -> str:
    """A person's Latin-script name in the order they use ("Le Hong Son", "Yoichi Masuzoe")."""
    first, second = (family_name, given_name) if family_name_first else (given_name, family_name)
    return f"{first} {second}" if first and second else first or second


def other_name(name: str, local_name: str) -> str:
    """The local name of a city where it says more than its name: "" for Jakarta and
    Jakarta (or JAKARTA, or an extra space), so the city prints once."""

    def folded(text: str) -> str:
        return unicodedata.normalize("NFKC", " ".join(text.split())).casefold()

    return "" if folded(local_name) == folded(name) else local_name
