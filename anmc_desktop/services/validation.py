"""Field checks shared by the services; each failure names the field and the reason."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar, cast

from anmc_desktop.errors import FieldError, ValidationError
from anmc_desktop.records.limits import LONG_TEXT, SHORT_TEXT
from anmc_desktop.text import clean

T = TypeVar("T")

# Control characters other than tab and line feed: never meant as text.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f]")
# Direction controls (embeddings, overrides, isolates, marks) make a printed or displayed name
# read differently from the stored one ("Trojan Source"); the network writes no right-to-left
# script, so a name never needs them: refused, with the reason.
_DIRECTION_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Invisible fillers that change no glyph but break matching and searching (zero-width space,
# word joiner, byte order mark): taken out. The zero-width (non-)joiners stay: Devanagari and
# other scripts need them to choose their glyphs.
_INVISIBLE_FILLERS = re.compile("[\u200b\u2060\ufeff]")
# Half of a UTF-16 pair with no other half (a damaged paste, an undecodable byte of a file
# name or command-line argument): no character at all, and no database can store it.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# What makes Checker.text refuse or change a text that is trimmed and NFC.
_REFUSED_OR_TAKEN_OUT = re.compile(
    f"{_CONTROL_CHARACTERS.pattern}|{_DIRECTION_CONTROLS.pattern}|{_INVISIBLE_FILLERS.pattern}"
    f"|{_LONE_SURROGATES.pattern}"
)
DIRECTION_CONTROLS_REFUSED = (
    "contains invisible direction controls, which would make the printed text read "
    "differently from what is stored; remove them."
)


def accepted_unchanged(texts: tuple[object, ...], long: tuple[bool, ...]) -> bool:
    """Whether ``Checker.text`` (not required; long or not as ``long`` says for each)
    accepts each of the texts and returns it as it is: a string already trimmed and NFC,
    within its limit, without control characters, direction controls or invisible fillers.

    One check of all the texts at once, for checking thousands of rows. Joined by spaces:
    a space composes with nothing under NFC, so the joined text is NFC exactly when each
    text is, a control character is in it exactly when it is in one of the texts, and
    none of them is longer than it.
    """
    try:
        if tuple(map(str.strip, texts)) != texts:  # TypeError for a non-string
            return False
    except TypeError:
        return False
    strings = cast(tuple[str, ...], texts)
    joined = " ".join(strings)
    return (
        (
            len(joined) <= SHORT_TEXT
            or all(
                len(text) <= (LONG_TEXT if is_long else SHORT_TEXT)
                for text, is_long in zip(strings, long, strict=True)
            )
        )
        and (joined.isascii() or unicodedata.is_normalized("NFC", joined))
        and (joined.isprintable() or not _REFUSED_OR_TAKEN_OUT.search(joined))
    )


class Checker:
    """Collects every problem of a form, so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, reason: str) -> None:
        self.errors.append(FieldError(field, reason))

    def text(
        self, field: str, value: str | None, *, required: bool = False, long: bool = False
    ) -> str:
        cleaned = clean(value)
        if not cleaned.isprintable():
            cleaned = _INVISIBLE_FILLERS.sub("", cleaned).strip()
        limit = LONG_TEXT if long else SHORT_TEXT
        if required and not cleaned:
            self.fail(field, "is required.")
        elif len(cleaned) > limit:
            self.fail(field, f"is {len(cleaned)} characters long; at most {limit} fit.")
        elif _CONTROL_CHARACTERS.search(cleaned):
            self.fail(field, "contains control characters.")
        elif _LONE_SURROGATES.search(cleaned):
            self.fail(field, "contains a broken character (half of a character pair); retype it.")
        elif _DIRECTION_CONTROLS.search(cleaned):
            self.fail(field, DIRECTION_CONTROLS_REFUSED)
        return cleaned

    def check(self, field: str, condition: bool, reason: str) -> None:
        if not condition:
            self.fail(field, reason)

    def enum(self, field: str, value: object, enum_class: Callable[[object], T]) -> T | None:
        try:
            return enum_class(value)
        except ValueError:
            self.fail(field, f"{value!r} is not one of the allowed values.")
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(list(self.errors))
