"""Field checks shared by the services; each failure names the field and the reason."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from anmc_desktop.errors import FieldError, ValidationError
from anmc_desktop.models.base import LONG_TEXT, SHORT_TEXT
from anmc_desktop.text import clean

T = TypeVar("T")

# Control characters other than tab and line feed: never meant as text.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f]")


def cleaned_if_fine(
    texts: Mapping[str, str | None], limits: Mapping[str, int]
) -> dict[str, str] | None:
    """Each text cleaned, when ``Checker.text`` would accept every one of them (none
    required) with the limit given by field; else None, and the checker tells why.

    The same rules as ``Checker.text``, for checking thousands of rows at once.
    """
    cleaned = {}
    for name, limit in limits.items():
        text = clean(texts[name])
        if len(text) > limit or not (text.isprintable() or not _CONTROL_CHARACTERS.search(text)):
            return None
        cleaned[name] = text
    return cleaned


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
        limit = LONG_TEXT if long else SHORT_TEXT
        if required and not cleaned:
            self.fail(field, "is required.")
        elif len(cleaned) > limit:
            self.fail(field, f"is {len(cleaned)} characters long; at most {limit} fit.")
        elif _CONTROL_CHARACTERS.search(cleaned):
            self.fail(field, "contains control characters.")
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
