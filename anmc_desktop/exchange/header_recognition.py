"""Which column of an imported sheet holds which field of a person.

Headers are recognised in English and Russian (and as our own export writes them, see
``known_headers``); the header row may sit anywhere in the first rows, below a title.
Columns nobody recognises can be mapped by the user; ``column_memory`` keeps those
choices for the next file.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from anmc_desktop.exchange.known_headers import KNOWN_HEADERS, header_key
from anmc_desktop.exchange.limits import HEADER_SEARCH_ROWS
from anmc_desktop.exchange.person_fields import NAME_FIELDS, ColumnMapping, Field

# A plain "Name" beside a family name column holds the given name.
_GIVEN_BESIDE_FAMILY = frozenset({"name", "이름", "名前", "お名前"})

_HEADER_PARTS = re.compile(r"[/|\\()\[\]\n,;、・]+")


def recognise(header: str, remembered: Mapping[str, Field]) -> Field | None:
    """The field a header names: as a whole, else by its parts when they agree, so that
    "Фамилия / Surname", "Family name (in English)" and "Должность:" are recognised.

    Parts naming different fields are not guessed at: "Фамилия, имя" holds whole names
    (a family name and a given name: the full name), "Name / Surname" and "Position /
    Title" are left to the user.
    """
    key = header_key(header)
    if not key:
        return None
    found = remembered.get(key) or KNOWN_HEADERS.get(key)
    if found is not None:
        return found
    named: set[Field] = set()
    # Full-width brackets and slashes (Japanese and Chinese forms) split as ASCII ones.
    for part in _HEADER_PARTS.split(unicodedata.normalize("NFKC", header)):
        part_key = header_key(part)
        found = remembered.get(part_key) or KNOWN_HEADERS.get(part_key)
        if found is not None and found is not Field.IGNORE:
            named.add(found)
    if len(named) == 1:
        return named.pop()
    # "Имя / Name": a given name is often translated as "Name".
    if named and named <= {Field.GIVEN_NAME, Field.PATRONYMIC, Field.FULL_NAME}:
        return Field.GIVEN_NAME if Field.GIVEN_NAME in named else None
    if named and named <= {Field.GIVEN_NAME, Field.FAMILY_NAME, Field.PATRONYMIC}:
        return Field.FULL_NAME
    return None


@lru_cache(maxsize=256)
def family_name_first(header: str) -> bool:
    """Whether a header of whole names puts the family name first: "Last name, first
    name", "Фамилия, имя", and a Russian "ФИО" (family name, given name, patronymic)."""
    for part in _HEADER_PARTS.split(unicodedata.normalize("NFKC", header)):
        found = KNOWN_HEADERS.get(header_key(part))
        if found in (Field.FAMILY_NAME, Field.GIVEN_NAME):
            return found is Field.FAMILY_NAME
    return bool(re.search("[а-яё]", header.casefold()))


def _in_context(
    row: Sequence[str], fields: tuple[Field | None, ...], remembered: Mapping[str, Field]
) -> tuple[Field | None, ...]:
    """The fields of a header row, with a plain "Name" beside a family name column (and
    no given name column) read as the given name."""
    if Field.FAMILY_NAME not in fields or Field.GIVEN_NAME in fields:
        return fields
    return tuple(
        Field.GIVEN_NAME
        if (key := header_key(cell)) in _GIVEN_BESIDE_FAMILY and key not in remembered
        else chosen
        for cell, chosen in zip(row, fields, strict=True)
    )


def locate_header(
    rows: Sequence[Sequence[str]], remembered: Mapping[str, Field] | None = None
) -> ColumnMapping | None:
    """The top row naming the most fields (at least two, one of them a name).

    A header of two rows counts as one: "ФИО" merged above "Фамилия | Имя | Отчество"
    beside "Город" merged down over both rows. The lower row is the header then, each of
    its empty cells taking the field the cell above it names.
    """
    remembered = remembered or {}
    best: ColumnMapping | None = None
    best_score = 0
    above: tuple[str, ...] = ()
    above_fields: tuple[Field | None, ...] = ()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        own = tuple(recognise(cell, remembered) for cell in row)
        headers, fields = _under(tuple(row), own, above, above_fields)
        above, above_fields = tuple(row), own
        fields = _in_context(headers, fields, remembered)
        found = {f for f in fields if f is not None and f is not Field.IGNORE}
        score = len(found)
        if score >= 2 and found & NAME_FIELDS and score > best_score:
            best = ColumnMapping(index, headers, fields, remembered)
            best_score = score
    return best


def _under(
    row: tuple[str, ...],
    fields: tuple[Field | None, ...],
    above: tuple[str, ...],
    above_fields: tuple[Field | None, ...],
) -> tuple[tuple[str, ...], tuple[Field | None, ...]]:
    """A row's headers and fields, its empty cells filled from the row above where that
    one names a field."""
    if not any(above_fields) or not any(cell.strip() for cell in row):
        return row, fields
    width = max(len(row), len(above))
    headers = list(row) + [""] * (width - len(row))
    filled = list(fields) + [None] * (width - len(fields))
    for column, (text, named) in enumerate(zip(above, above_fields, strict=True)):
        if named is not None and not headers[column].strip():
            headers[column], filled[column] = text, named
    return tuple(headers), tuple(filled)


NEAR_MISS = 0.8


def suggest(header: str) -> Field | None:
    """The field an unrecognised header is a near miss of ("Famly name", "E-mial"), for
    the user to confirm; None when it is close to none, or to headers of several fields."""
    key = header_key(header)
    if not key or key in KNOWN_HEADERS:
        return None
    close = difflib.get_close_matches(key, KNOWN_HEADERS, n=3, cutoff=NEAR_MISS)
    fields = {KNOWN_HEADERS[match] for match in close} - {Field.IGNORE}
    return fields.pop() if len(fields) == 1 else None
